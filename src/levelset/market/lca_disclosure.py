"""Complementary suppression for LCA filings, over every area, level and company a query can ask.

An LCA answer is the filings of one role and fiscal year in an area (a metro's principal
cities, a state, the nation) at one prevailing-wage level or all, optionally of one company.
Areas nest (metro in state in nation) and levels add up to all levels, so a metro's answer
subtracted from its state's, or four levels from the whole, could single out a few filings.
The atoms are (level, state, the metros a city belongs to); every answer is a sum of atoms,
and `disclosure.Span` keeps only answers that no weighted sum of shown answers can narrow to
1 to MIN_CELL - 1 filings (the most asked first: all levels before one, nation before state
before metro).

A company is free text, so two company answers can split employers any way. An employer (one
key however its filings spell it: "Google LLC", "GOOGLE LLC", "Google, Inc."; employers.py) is
therefore counted in a company answer only in atoms where it holds MIN_CELL filings or more,
and only while the atom's other filings are none or MIN_CELL or more (the smallest employers
join the rest until they are): every piece a company answer can cut out of an atom holds 0 or
at least MIN_CELL filings, whichever company strings are compared.

Pieces of at least MIN_CELL filings are not enough: the answers of every employer in a metro
add up to the metro's answer, which may be withheld because the state less the metro leaves a
few filings. So one span holds the area answers and then every answerable employer's answer
at every area and level (wider areas first, larger employers first), and an employer's answer
that would let a combination single out a few filings is withheld. A company string's answer
is the sum of the answers of the employers it matches: it is shown only where each of theirs
is, and then lies in the span of shown answers whatever other strings are asked. The span is
worked out once per role and year, not per company string.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from levelset.market.disclosure import Span
from levelset.market.employers import SEARCH_SQL, employer_key
from levelset.market.lca_cells import (
    COUNTED,
    LEVEL_TEXT,
    built_roles,
    metro_steps,
    role_key,
    soc_numbers,
    title_filter,
)
from levelset.market.memo import per_store
from levelset.market.places import oews_areas
from levelset.market.privacy import MIN_CELL
from levelset.market.roles import Fetcher, RoleMatch
from levelset.market.widening import Step

LEVELS = ("", "I", "II", "III", "IV")  # '' asks for every level
AtomKey = tuple[str, str, tuple[str, ...]]  # level, state, the metros its city is in
CellKey = tuple[str, str, bool]  # area key, level asked, company or not
Metros = dict[tuple[str, str], tuple[str, ...]]  # (state, upper-case city) -> its metros


def cell_key(step: Step, level: str | None, company: bool) -> CellKey:
    return (f"{step.state or ''}|{','.join(step.cities)}", level or "", company)


def withheld(store: Fetcher, role: RoleMatch, year: int, company: str | None) -> frozenset[CellKey]:
    """The LCA answers of a role and year (a company's, when given) that complementary
    suppression hides."""
    if not company:
        return per_store(
            store,
            ("lca_withheld", role.soc_codes, role.lca_words, year),
            lambda: _role_withheld(store, role, year),
        )
    asked = employer_key(company)
    key = ("lca_withheld", role.soc_codes, role.lca_words, year, asked)
    return per_store(store, key, lambda: _company_withheld(store, role, year, asked))


def employers_withheld(
    store: Fetcher, role: RoleMatch, year: int
) -> dict[tuple[str, str], frozenset[str]]:
    """Per (area key, level asked), the employers whose own answer there is withheld, decided
    once for every employer together (a company answer is the sum of its employers')."""
    key = ("lca_employers_withheld", role.soc_codes, role.lca_words, year)
    return per_store(store, key, lambda: _employers_withheld(store, role, year))


def answerable(store: Fetcher, role: RoleMatch, year: int) -> dict[AtomKey, frozenset[str]]:
    """Per atom, the employers a company answer may count there."""
    key = ("lca_answerable", role.soc_codes, role.lca_words, year)
    return per_store(store, key, lambda: _answerable(_employer_counts(store, role, year)))


def atom_of(level: str | None, state: str | None, city: str | None, metros: Metros) -> AtomKey:
    """The atom of a filing, given `metros_of(store)` (read once per store, not per filing)."""
    return (level or "", state or "", metros.get((state or "", city or ""), ()))


# Roles overlap: "Data Specialist" (O*NET: SOC 15-2041 and 15-2051) holds every "Data
# Scientist" filing (the same codes, titles with "data scientist") and the statisticians more,
# so one span per role would let the two answers differ by a few filings. One span per year
# therefore holds the answers of every role a query can name that is not a sum of others:
# each curated role and each SOC code alone. Its atoms split the role-free atoms by SOC code
# and by the curated roles whose codes and title words a filing matches, so every such answer
# is a sum of atoms. An O*NET reading with several SOC codes is the sum of its codes' own
# answers: it is shown only where each code's answer is shown or holds no filing, and so lies
# in the span of shown answers.
Piece = tuple[AtomKey, int, tuple[int, ...]]  # atom, SOC number, curated roles it counts in
Answer = tuple[str, str]  # area key, level asked


class Shown:
    """Every role's answers over one year: their sizes, and which the year's span shows."""

    def __init__(self, sizes: dict[str, dict[Answer, int]], shown: set[tuple[str, Answer]]):
        self.sizes = sizes  # role id ('soc:152051' or a curated role's key) -> answer -> n
        self.shown = shown

    def withheld(self, ids: Sequence[str]) -> frozenset[CellKey]:
        """Answers of the sum of these roles that hold filings one of them does not show."""
        out: set[CellKey] = set()
        for rid in ids:
            out |= {(*a, False) for a in self.sizes.get(rid, {}) if (rid, a) not in self.shown}
        return frozenset(out)


def _role_withheld(store: Fetcher, role: RoleMatch, year: int) -> frozenset[CellKey]:
    every = per_store(store, ("lca_every_role", year), lambda: _every_role(store, year))
    if role.lca_words:
        if role_key(role) in every.sizes:
            return every.withheld([role_key(role)])
        atoms = _atom_counts(store, role, year, {})  # not a curated role: nothing is shown
        return frozenset((*k, False) for k in _area_cells(store, atoms))
    return every.withheld([f"soc:{n}" for n in soc_numbers(role.soc_codes)])


def _every_role(store: Fetcher, year: int) -> Shown:
    """One span over the answers of every curated role and every SOC code alone: every area
    and level in the order asked most, and at each the curated roles (in the map's order)
    before the SOC codes (largest first)."""
    roles = built_roles()
    pieces = _role_pieces(store, roles, year)
    keys = [role_key(r) for r in roles]
    cells: dict[tuple[Answer, str], list[Piece]] = defaultdict(list)
    soc_sizes: dict[str, int] = defaultdict(int)
    for piece, n in pieces.items():
        atom, soc, counted = piece
        soc_sizes[f"soc:{soc}"] += n
        for area in _areas_of(atom):
            for level in {"", atom[0]}:
                for rid in (f"soc:{soc}", *(keys[i] for i in counted)):
                    cells[((area, level), rid)].append(piece)
    ids = [*keys, *sorted(soc_sizes, key=lambda k: (-soc_sizes[k], k))]
    span = Span({p: n for p, n in pieces.items() if n > 0})
    sizes: dict[str, dict[Answer, int]] = defaultdict(dict)
    shown: set[tuple[str, Answer]] = set()
    for answer in _cell_order(store):
        for rid in ids:
            cell = cells.get((answer, rid))
            if not cell:
                continue
            n = sizes[rid][answer] = sum(pieces[p] for p in cell)
            if n >= MIN_CELL and span.add(cell):
                shown.add((rid, answer))
    return Shown(dict(sizes), shown)


def _role_pieces(store: Fetcher, roles: Sequence[RoleMatch], year: int) -> dict[Piece, int]:
    """Counted filings of the year by atom, SOC code and the curated roles they count in."""
    cases = ", ".join(
        f"CASE WHEN soc IN ({', '.join(str(s) for s in soc_numbers(r.soc_codes))})"
        + "".join(f" AND {w}" for w in title_filter(r))
        + f" THEN {i} END"
        for i, r in enumerate(roles)
    )
    sql = (
        f"SELECT {LEVEL_TEXT}, coalesce(worksite_state, ''), coalesce(city, ''), soc, "
        f"list_filter([{cases}], lambda r: r IS NOT NULL), count(*) FROM lca "
        f"WHERE fiscal_year = ? AND {COUNTED} AND soc IS NOT NULL GROUP BY ALL"
    )
    metros = metros_of(store)
    counts: dict[Piece, int] = defaultdict(int)
    for level, state, city, soc, counted, n in store.fetch(sql, [year]):
        atom = atom_of(level, state, city, metros)
        counts[(atom, int(soc), tuple(int(i) for i in counted or ()))] += int(n)
    return dict(counts)


def _area_cells(
    store: Fetcher, atoms: Iterable[AtomKey]
) -> dict[tuple[str, str], frozenset[AtomKey]]:
    """The atoms of every area answer, most asked first (all levels, then each; nation,
    states, metros)."""
    by_area: dict[tuple[str, str], set[AtomKey]] = defaultdict(set)
    for atom in atoms:
        for area in _areas_of(atom):
            for level in {"", atom[0]}:
                by_area[(area, level)].add(atom)
    return {k: frozenset(by_area[k]) for k in _cell_order(store) if k in by_area}


def _company_withheld(store: Fetcher, role: RoleMatch, year: int, asked: str) -> frozenset[CellKey]:
    """A company answer is withheld where any employer it counts has its answer withheld."""
    held = employers_withheld(store, role, year)
    return frozenset(
        (area, level, True) for (area, level), employers in held.items()
        if any(asked in e for e in employers)
    )  # fmt: skip


def _employers_withheld(
    store: Fetcher, role: RoleMatch, year: int
) -> dict[tuple[str, str], frozenset[str]]:
    """One span over the area answers and every answerable employer's answers: a company
    string can pick any set of employers, and its answer is their sum, so when each
    employer's answer lies in the span of shown answers, every company's does too."""
    pieces = _pieces(_employer_counts(store, role, year), answerable(store, role, year))
    span = Span({p: n for p, n in pieces.items() if n > 0})
    by_atom: dict[AtomKey, list[tuple[AtomKey, str]]] = defaultdict(list)
    for piece in pieces:
        by_atom[piece[0]].append(piece)
    for atoms in _area_cells(store, by_atom).values():
        cell = [p for a in atoms for p in by_atom[a]]
        if sum(pieces[p] for p in cell) >= MIN_CELL:
            span.add(cell)  # the same answers the area span keeps (its small pieces are atoms)
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (area, level, employer), cell in _employer_cells(store, pieces):
        if not span.add(cell):
            out[(area, level)].add(employer)
    return {k: frozenset(v) for k, v in out.items()}


def _pieces(
    employers: dict[tuple[AtomKey, str], int], allowed: dict[AtomKey, frozenset[str]]
) -> dict[tuple[AtomKey, str], int]:
    """Atoms split into pieces: each answerable employer, and the rest of the atom ('')."""
    pieces: dict[tuple[AtomKey, str], int] = defaultdict(int)
    for (atom, employer), n in employers.items():
        pieces[(atom, employer if employer in allowed.get(atom, ()) else "")] += n
    return dict(pieces)


def _employer_cells(
    store: Fetcher, pieces: dict[tuple[AtomKey, str], int]
) -> list[tuple[tuple[str, str, str], list[tuple[AtomKey, str]]]]:
    """Every answerable employer's answer at each area and level, as pieces: by area and
    level as the area answers, the largest employers first."""
    cells: dict[tuple[str, str, str], list[tuple[AtomKey, str]]] = defaultdict(list)
    sizes: dict[str, int] = defaultdict(int)
    for piece, n in pieces.items():
        atom, employer = piece
        if employer:
            sizes[employer] += n
            for area in _areas_of(atom):
                for level in {"", atom[0]}:
                    cells[(area, level, employer)].append(piece)
    rank = {k: i for i, k in enumerate(_cell_order(store))}
    order = sorted(cells, key=lambda k: (rank.get(k[:2], len(rank)), -sizes[k[2]], k[2]))
    return [(k, cells[k]) for k in order]


def _areas_of(atom: AtomKey) -> tuple[str, ...]:
    """The area keys of every answer an atom counts in: the nation, its state, its metros."""
    return ("|", *((f"{atom[1]}|",) if atom[1] else ()), *atom[2])


def _cell_order(store: Fetcher) -> list[tuple[str, str]]:
    """(area key, level) of every area answer, most asked first."""

    def build() -> list[tuple[str, str]]:
        return [(_step_name(step), level) for level in LEVELS for step in _steps(store)]

    return per_store(store, "lca_cell_order", build)


def _answerable(employers: dict[tuple[AtomKey, str], int]) -> dict[AtomKey, frozenset[str]]:
    by_atom: dict[AtomKey, dict[str, int]] = defaultdict(dict)
    for (atom, employer), n in employers.items():
        by_atom[atom][employer] = n
    return {atom: _large_employers(counts) for atom, counts in by_atom.items()}


def _large_employers(counts: dict[str, int]) -> frozenset[str]:
    """Employers with MIN_CELL filings or more, the smallest joining the rest while the rest
    holds 1 to MIN_CELL - 1 filings."""
    large = sorted((n, e) for e, n in counts.items() if n >= MIN_CELL)
    rest = sum(counts.values()) - sum(n for n, _ in large)
    while large and 0 < rest < MIN_CELL:
        n, _ = large.pop(0)
        rest += n
    return frozenset(e for _, e in large)


def inside(atom: AtomKey, step: Step, level: str) -> bool:
    if level and atom[0] != level:
        return False
    if step.state and atom[1] != step.state:
        return False
    return not step.cities or _step_name(step) in atom[2]


def _step_name(step: Step) -> str:
    return cell_key(step, None, False)[0]


def _steps(store: Fetcher) -> list[Step]:
    """Every area an LCA answer can be for: the nation, each state, each metro (read once per
    store: walking every metro's chain is the slow part)."""

    def build() -> list[Step]:
        metros = _metro_steps(store)
        states = sorted({s.state for s in metros if s.state} | set(_states(store)))
        return [Step("United States"), *(Step(s, None, s) for s in states), *metros]

    return per_store(store, "lca_steps", build)


def _metro_steps(store: Fetcher) -> list[Step]:
    return per_store(store, "lca_metro_steps", lambda: metro_steps(oews_areas(store)))


def _states(store: Fetcher) -> list[str]:
    rows = store.fetch("SELECT DISTINCT worksite_state FROM lca WHERE worksite_state IS NOT NULL")
    return [str(r[0]) for r in rows]


def metros_of(store: Fetcher) -> Metros:
    """(state, upper-case city) -> the metros whose principal cities include it."""

    def build() -> dict[tuple[str, str], tuple[str, ...]]:
        found: dict[tuple[str, str], list[str]] = defaultdict(list)
        for step in _metro_steps(store):
            for city in step.cities:
                found[(step.state or "", city)].append(_step_name(step))
        return {k: tuple(sorted(v)) for k, v in found.items()}

    return per_store(store, "lca_metros_of", build)


def _atom_counts(
    store: Fetcher, role: RoleMatch, year: int, employers: dict[tuple[AtomKey, str], int]
) -> dict[AtomKey, int]:
    """Counted filings by atom: summed from the employer counts when read, else one query."""
    atoms: dict[AtomKey, int] = defaultdict(int)
    if employers:
        for (atom, _employer), n in employers.items():
            atoms[atom] += n
        return atoms
    for (atom, _employer), n in _employer_counts(store, role, year, by_employer=False).items():
        atoms[atom] += n
    return atoms


def _employer_counts(
    store: Fetcher, role: RoleMatch, year: int, *, by_employer: bool = True
) -> dict[tuple[AtomKey, str], int]:
    """Counted filings of the role and year by atom and employer (its employer key; '' for
    every employer when not `by_employer`, a far smaller grouping)."""
    where = ["fiscal_year = ?", COUNTED, f"soc IN ({', '.join('?' for _ in role.soc_codes)})"]
    where += title_filter(role)
    who = "lower(employer_name)" if by_employer else "''"
    sql = (
        f"SELECT {LEVEL_TEXT}, coalesce(worksite_state, ''), coalesce(city, ''), {who}, "
        f"count(*) FROM lca WHERE {' AND '.join(where)} GROUP BY ALL"
    )
    counts: dict[tuple[AtomKey, str], int] = defaultdict(int)
    metros = metros_of(store)
    for level, state, city, employer, n in store.fetch(sql, [year, *soc_numbers(role.soc_codes)]):
        counts[(atom_of(level, state, city, metros), employer_key(str(employer or "")))] += int(n)
    return dict(counts)


def quantiles(wages: Iterable[float], points: Sequence[float]) -> list[float] | None:
    """Linear-interpolated quantiles, as DuckDB's quantile_cont computes them."""
    ordered = sorted(wages)
    if not ordered:
        return None
    out = []
    for q in points:
        at = q * (len(ordered) - 1)
        low = int(at)
        high = min(low + 1, len(ordered) - 1)
        out.append(ordered[low] + (at - low) * (ordered[high] - ordered[low]))
    return out


def company_rows(store: Fetcher, role: RoleMatch, year: int, company: str) -> list[tuple[Any, ...]]:
    """(level, state, city, employer, wage, dataset) of the company's counted filings."""
    where = [
        "fiscal_year = ?",
        COUNTED,
        f"soc IN ({', '.join('?' for _ in role.soc_codes)})",
        f"contains({SEARCH_SQL}, ?)",  # a first filter; callers compare employer keys
        *title_filter(role),
    ]
    sql = (
        f"SELECT {LEVEL_TEXT}, coalesce(worksite_state, ''), coalesce(city, ''), "
        f"lower(employer_name), annual_wage, dataset FROM lca WHERE {' AND '.join(where)}"
    )
    return store.fetch(sql, [year, *soc_numbers(role.soc_codes), company.lower()])
