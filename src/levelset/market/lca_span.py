"""The year-wide LCA span: which answers of every role (and every employer) a year may show.

Pure functions over counts of filings, so the span can be worked out wherever the counts are
read: at import from the table under construction, or on first use from the store.

A piece is the filings of one year in one atom (wage level, state, the metros the city is
in) of one SOC code that count in the same curated roles. Every answer without a company,
of a curated role (its key) or of one SOC code alone ('soc:152051'), at an area and level,
is a sum of pieces; `year_shown` takes the answers in the order asked most and shows each
that holds MIN_CELL filings and keeps the span free of combinations singling out a few.

A company answer is a sum of employer pieces: a piece's filings of one employer (its key),
counted only where the employer holds MIN_CELL filings or more in the piece and the piece's
other filings are none or MIN_CELL or more, and only for the year's MAX_EMPLOYERS employers
with the most filings. `employers_held` adds every shown answer of every
role to one span over those pieces, then each employer's answer of every role at every area
and level (larger employers first), and returns those it had to withhold; a company answer
of any role is then shown only where every employer it counts is (a company answer of one
role less the same company's answer of an overlapping role is then a combination of shown
answers, never a few filings).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from levelset.market.disclosure import Span
from levelset.market.privacy import MIN_CELL

AtomKey = tuple[str, str, tuple[str, ...]]  # level, state, the metros its city is in
Piece = tuple[AtomKey, int, tuple[int, ...]]  # atom, SOC number, curated roles it counts in
Answer = tuple[str, str]  # area key, level asked ('' for every level)
EmployerPiece = tuple[Piece, str]  # a piece's filings of one employer ('' for the rest)
Held = tuple[str, str, str, str]  # role id, area key, level, employer


class Shown:
    """The answers of every role over one year that hold filings and are not shown, by role
    id ('soc:152051' or a curated role's key)."""

    def __init__(self, hidden: Mapping[str, frozenset[Answer]]) -> None:
        self.hidden = hidden

    def withheld(self, ids: Sequence[str]) -> frozenset[tuple[str, str, bool]]:
        """Answers of the sum of these roles that hold filings one of them does not show."""
        return frozenset((*a, False) for rid in ids for a in self.hidden.get(rid, ()))

    def shows(self, rid: str, answer: Answer) -> bool:
        """Whether a role's answer that holds filings is shown."""
        return answer not in self.hidden.get(rid, ())


def areas_of(atom: AtomKey) -> tuple[str, ...]:
    """The area keys of every answer an atom counts in: the nation, its state, its metros."""
    return ("|", *((f"{atom[1]}|",) if atom[1] else ()), *atom[2])


def role_ids(roles: Sequence[str], soc: int, counted: Iterable[int]) -> tuple[str, ...]:
    """The role ids a piece counts in: its SOC code alone and each curated role it matches."""
    return (f"soc:{soc}", *(roles[i] for i in counted))


def year_shown(pieces: Mapping[Piece, int], order: Sequence[Answer], roles: Sequence[str]) -> Shown:
    """The answers of every curated role (`roles`: their keys, in the map's order) and every
    SOC code alone that one year's span shows: answers in `order` (most asked first), and at
    each the curated roles before the SOC codes (largest first)."""
    cells: dict[tuple[Answer, str], list[Piece]] = defaultdict(list)
    soc_sizes: dict[str, int] = defaultdict(int)
    for piece, n in pieces.items():
        atom, soc, counted = piece
        soc_sizes[f"soc:{soc}"] += n
        for answer in _answers_of(atom):
            for rid in role_ids(roles, soc, counted):
                cells[(answer, rid)].append(piece)
    ids = [*roles, *sorted(soc_sizes, key=lambda k: (-soc_sizes[k], k))]
    span = Span({p: n for p, n in pieces.items() if n > 0})
    asked = {answer for answer, _ in cells}  # the answers that hold filings: few of `order`
    hidden: dict[str, set[Answer]] = defaultdict(set)
    for answer in order:
        if answer not in asked:
            continue
        for rid in ids:
            cell = cells.get((answer, rid))
            if not cell:
                continue
            if sum(pieces[p] for p in cell) < MIN_CELL or not span.add(cell):
                hidden[rid].add(answer)
    return Shown({rid: frozenset(answers) for rid, answers in hidden.items()})


# Employers a company answer may name in a year: the ones with the most filings. The span over
# every employer's answers grows with their pieces (a million generated filings over 20,000
# employers took minutes); the rest of a year's employers join each piece's rest.
MAX_EMPLOYERS = 200


def answerable(employers: Mapping[EmployerPiece, int]) -> dict[Piece, frozenset[str]]:
    """Per piece, the employers a company answer may count there: of the year's MAX_EMPLOYERS
    employers with the most filings, those `large_employers` keeps."""
    totals: dict[str, int] = defaultdict(int)
    by_piece: dict[Piece, dict[str, int]] = defaultdict(dict)
    for (piece, employer), n in employers.items():
        by_piece[piece][employer] = by_piece[piece].get(employer, 0) + n
        totals[employer] += n
    named = set(sorted((e for e in totals if e), key=lambda e: (-totals[e], e))[:MAX_EMPLOYERS])
    return {piece: large_employers(counts, named) for piece, counts in by_piece.items()}


def large_employers(counts: Mapping[str, int], named: Collection[str]) -> frozenset[str]:
    """Of the `named` employers, those with MIN_CELL filings or more, the smallest joining the
    rest while the rest holds 1 to MIN_CELL - 1 filings."""
    large = sorted((n, e) for e, n in counts.items() if n >= MIN_CELL and e in named)
    rest = sum(counts.values()) - sum(n for n, _ in large)
    while large and 0 < rest < MIN_CELL:
        n, _ = large.pop(0)
        rest += n
    return frozenset(e for _, e in large)


def employers_held(
    employers: Mapping[EmployerPiece, int],
    shown: Shown,
    order: Sequence[Answer],
    roles: Sequence[str],
) -> frozenset[Held]:
    """The employer answers (role id, area, level, employer) a year withholds, given the
    filings by piece and employer key and the year's shown answers without a company."""
    allowed = answerable(employers)
    pieces: dict[EmployerPiece, int] = defaultdict(int)
    for (piece, employer), n in employers.items():
        pieces[(piece, employer if employer in allowed.get(piece, ()) else "")] += n
    span = Span({p: n for p, n in pieces.items() if n > 0})
    area_cells: dict[tuple[str, Answer], list[EmployerPiece]] = defaultdict(list)
    employer_cells: dict[tuple[Answer, str, str], list[EmployerPiece]] = defaultdict(list)
    sizes: dict[str, int] = defaultdict(int)
    for item in pieces:
        (atom, soc, counted), employer = item
        for answer in _answers_of(atom):
            for rid in role_ids(roles, soc, counted):
                area_cells[(rid, answer)].append(item)
                if employer:
                    employer_cells[(answer, rid, employer)].append(item)
        sizes[employer] += pieces[item]
    for (rid, answer), cell in sorted(area_cells.items()):
        if shown.shows(rid, answer):
            span.add(cell, check=False)  # shown already: the span must hold them
    rank = {a: i for i, a in enumerate(order)}
    ids = {rid: i for i, rid in enumerate(roles)}
    held: set[Held] = set()

    def asked(k: tuple[Answer, str, str]) -> tuple[int, int, str, int, str]:
        return (rank.get(k[0], len(rank)), ids.get(k[1], len(ids)), k[1], -sizes[k[2]], k[2])

    for answer, rid, employer in sorted(employer_cells, key=asked):
        if not span.add(employer_cells[(answer, rid, employer)]):
            held.add((rid, *answer, employer))
    return frozenset(held)


def _answers_of(atom: AtomKey) -> list[Answer]:
    return [(area, level) for area in areas_of(atom) for level in {"", atom[0]}]
