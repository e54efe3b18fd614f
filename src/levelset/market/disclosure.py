"""Complementary suppression: no combination of answers may single out fewer than MIN_CELL people.

A crowd cell is a union of atoms (experience code x work year x fully remote or not) within
one role and one country. Cells levelset can show overlap: staff (SE and EX) contains senior
(SE); 2024-2025 contains 2024; remote holds fewer people than the whole country. Everything a
shown cell tells about its people (its n, how many sit below an amount) adds up over its
atoms, so any sum or difference of shown cells, with any whole-number or fractional weights,
tells the same about the atoms it leaves: staff minus senior leaves the executives; every
level of 2023 minus its mid and senior people leaves the rest; 2024 plus 2025 minus senior
2024-2025 leaves the other levels; and so on with four or more answers.

The rule: the shown cells span a space of such combinations, and no combination other than
nothing may rest on atoms that hold 1 to MIN_CELL - 1 people in all. Cells are taken in a
fixed order, the most asked first (the default years before single years, the whole country
before its remote workers); a cell is shown when it holds at least MIN_CELL people and adding
it keeps the rule, else it is withheld. Only atoms of 1 to MIN_CELL - 1 people can make up such
a combination, so the span is kept in echelon form with those atoms last: the rows whose
leading atom is small are exactly the combinations resting on small atoms alone, and only
when a new cell adds one are the few small sets checked (against those rows in reduced form,
where a combination resting on a set can use only the rows whose lead is in it). Arithmetic
is modulo a large prime (the rank of 0/1 rows of this size equals their rank over the
rationals).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

from levelset.market.privacy import MIN_CELL

K = TypeVar("K", bound=Hashable)
Atom = tuple[str, int, bool]  # experience code, work year, fully remote
PRIME = (1 << 61) - 1
# The small sets a new cell's check may try; past it the cell is withheld (never a leak, and
# an answer's first cost stays bounded when many small atoms are linked).
CHECK_LIMIT = 2000


def size(cell: frozenset[Atom], counts: Mapping[Atom, int]) -> int:
    return sum(counts.get(a, 0) for a in cell)


def leaks(a: frozenset[Atom], b: frozenset[Atom], counts: Mapping[Atom, int]) -> bool:
    """True when one cell holds every person of the other and 1 to MIN_CELL - 1 more (the
    two-answer case of the rule)."""
    return any(
        size(y - x, counts) == 0 and 0 < size(x - y, counts) < MIN_CELL for x, y in ((a, b), (b, a))
    )


def withheld(cells: Mapping[K, frozenset[Atom]], counts: Mapping[Atom, int]) -> frozenset[K]:
    """The cells to withhold, taking the cells in the order given (most asked first)."""
    span = Span({a: n for a, n in counts.items() if n > 0})
    out: set[K] = set()
    for key, cell in cells.items():
        if size(cell, counts) < MIN_CELL:
            continue  # hidden by the plain rule, and it shows nothing to combine
        if not span.add(cell):
            out.add(key)
    return frozenset(out)


class Span:
    """The combinations of the cells shown so far, in echelon form over atoms (small last).

    Rows are sparse ({column: value}); atoms are any hashable keys with their counts."""

    def __init__(self, counts: Mapping[Hashable, int]) -> None:
        order = sorted(counts, key=lambda a: (counts[a] < MIN_CELL, repr(a)))
        self.index = {a: i for i, a in enumerate(order)}
        self.weights = [counts[a] for a in order]
        self.first_small = sum(1 for a in order if counts[a] >= MIN_CELL)
        self.rows: dict[int, dict[int, int]] = {}  # leading column -> row, leading entry 1

    def add(self, cell: Iterable[Hashable], *, check: bool = True) -> bool:
        """Add a cell when the span keeps the rule; False (and nothing added) otherwise.
        Without `check` the cell is added whatever it gives away (a cell already shown)."""
        row = _reduce({self.index[a]: 1 for a in cell if a in self.index}, self.rows)
        if not row:
            return True  # already a combination of shown cells: it tells nothing new
        lead = min(row)
        if check and lead >= self.first_small and self._isolates(row):
            return False
        self.rows[lead] = _normal(row, lead)
        return True

    def _isolates(self, new: dict[int, int]) -> bool:
        """True when the small-atom rows joined to `new` combine into something on few people
        (only rows linked to `new` through shared atoms can take part)."""
        small = [r for lead, r in self.rows.items() if lead >= self.first_small]
        linked, columns = [new], set(new)
        grew = True
        while grew:
            grew = False
            for row in small:
                if row not in linked and columns & row.keys():
                    linked.append(row)
                    columns |= row.keys()
                    grew = True
        ordered = sorted(columns)
        if _count_few_sets(ordered, self.weights) > CHECK_LIMIT:
            return True  # too many sets to check: withheld, as if one were singled out
        basis = _reduced(linked)
        masks = {lead: _mask(row) for lead, row in basis.items()}
        checked: set[int] = set()
        for need in _needs(masks):
            for few in _largest_few_sets(ordered, self.weights, need):
                if few not in checked:
                    checked.add(few)
                    leads = [lead for lead in masks if few >> lead & 1]
                    if _rests(leads, basis, masks, few):
                        return True
        return False


def _needs(masks: Mapping[int, int]) -> list[int]:
    """Per row (reduced form, by lead: its columns' bits), the columns a set must hold for the
    row to take part in a combination resting on it: its lead (a combination resting on a set
    uses only the rows led in it) and every column no other row has (a column a combination
    leaves outside the set must cancel). Only the sets holding one row's are checked: `_rests`
    of any other is False before any arithmetic (a cold import: 7,000 sets down to a few)."""
    once = twice = 0
    for bits in masks.values():
        twice |= once & bits
        once |= bits
    return [1 << lead | bits & ~twice for lead, bits in masks.items()]


def _reduce(row: dict[int, int], rows: Mapping[int, dict[int, int]]) -> dict[int, int]:
    row = dict(row)
    done: set[int] = set()
    while True:
        leads = [c for c in row if c in rows and c not in done]
        if not leads:
            return row
        lead = min(leads)
        done.add(lead)
        factor = row[lead]
        for column, value in rows[lead].items():
            updated = (row.get(column, 0) - factor * value) % PRIME
            if updated:
                row[column] = updated
            else:
                row.pop(column, None)


def _mask(columns: Iterable[int]) -> int:
    """The columns as the bits of one integer (sets of columns are tested thousands of times
    per span: bit operations instead of sets and lists)."""
    bits = 0
    for column in columns:
        bits |= 1 << column
    return bits


def _count_few_sets(columns: Sequence[int], weights: Sequence[int]) -> int:
    """How many non-empty sets of the columns hold 1 to MIN_CELL - 1 people (by their totals,
    without making them)."""
    ways = [1] + [0] * (MIN_CELL - 1)  # sets of the columns so far, by total (0: the empty)
    for column in columns:
        weight = weights[column]
        for total in range(MIN_CELL - 1, weight - 1, -1):
            ways[total] += ways[total - weight]
    return sum(ways) - 1


def _largest_few_sets(
    columns: Sequence[int], weights: Sequence[int], base: int = 0
) -> Iterator[int]:
    """Every non-empty set of the columns whose atoms hold 1 to MIN_CELL - 1 people and that
    no other column can join (as bits), each once, in no set order: a combination resting on a
    set of few people rests on any larger such set too (it may use the same rows), so only
    these are checked. With `base` (bits of some of the columns), only the sets holding it.
    The columns are tried lightest first, so a search stops at the first one too heavy to
    join, on a stack rather than nested generators (a cold import's CPU)."""
    light = sorted((c for c in columns if not base >> c & 1), key=lambda c: weights[c])
    bits = [1 << column for column in light]
    sizes = [weights[column] for column in light] + [MIN_CELL]  # a last stop: none joins it
    room = [_mask(c for c in columns if weights[c] <= n) for n in range(MIN_CELL)]
    held = sum(weights[c] for c in columns if base >> c & 1)
    if held >= MIN_CELL:
        return
    if base and not room[MIN_CELL - 1 - held] & ~base:
        yield base  # no column can join the base itself
    stack = [(0, base, held)]  # (first column that may join, the set's bits, its total)
    while stack:
        start, chosen, total = stack.pop()
        for at in range(start, len(light)):
            grown = total + sizes[at]
            if grown >= MIN_CELL:
                break  # the columns after are no lighter
            picked = chosen | bits[at]
            stack.append((at + 1, picked, grown))
            if grown + sizes[at + 1] >= MIN_CELL and not room[MIN_CELL - 1 - grown] & ~picked:
                yield picked  # no column after can join, nor any before it left out


def _rests_on(rows: list[dict[int, int]], few: frozenset[int]) -> bool:
    """True when a non-zero combination of `rows` is zero outside the columns `few`: the rows
    lose rank when those columns are dropped."""
    basis = dict(enumerate(rows))
    masks = {i: _mask(row) for i, row in basis.items()}
    return _rests(list(basis), basis, masks, _mask(few))


def _rests(
    chosen: list[int], rows: Mapping[int, dict[int, int]], masks: Mapping[int, int], few: int
) -> bool:
    """`_rests_on` for the rows `chosen` (keys of `rows`, `masks` their columns' bits) and the
    columns' bits `few`. A row alone at a column outside `few` takes no part in such a
    combination, so such rows are set aside first (most often all of them)."""
    outside = [masks[i] & ~few for i in chosen]
    while True:
        once = twice = 0
        for bits in outside:
            twice |= once & bits
            once |= bits
        alone = once & ~twice
        taking = [i for i, bits in enumerate(outside) if not bits & alone]
        if len(taking) == len(chosen):
            break
        chosen, outside = [chosen[i] for i in taking], [outside[i] for i in taking]
    if not chosen:
        return False
    if not any(outside):
        return True  # each row rests on `few` alone
    kept = [{c: v for c, v in rows[i].items() if not few >> c & 1} for i in chosen]
    return _rank(kept) < len(chosen)


def _reduced(rows: list[dict[int, int]]) -> dict[int, dict[int, int]]:
    """The rows' span in reduced echelon form, by leading column: each row is 1 at its lead
    and 0 at every other row's, so a combination's value at a lead is that row's weight (a
    combination resting on `few` uses only the rows whose lead is in `few`)."""
    leads = _echelon(rows)
    for lead in sorted(leads, reverse=True):
        for other, row in leads.items():
            if other != lead and lead in row:
                leads[other] = _minus(row, row[lead], leads[lead])
    return leads


def _minus(row: dict[int, int], factor: int, other: dict[int, int]) -> dict[int, int]:
    out = dict(row)
    for column, value in other.items():
        updated = (out.get(column, 0) - factor * value) % PRIME
        if updated:
            out[column] = updated
        else:
            out.pop(column, None)
    return out


def _rank(rows: list[dict[int, int]]) -> int:
    return len(_echelon(rows))


def _echelon(rows: list[dict[int, int]]) -> dict[int, dict[int, int]]:
    """The rows' span in echelon form, by leading column (each row 1 at its lead)."""
    leads: dict[int, dict[int, int]] = {}
    for row in rows:
        reduced = _reduce(row, leads)
        if reduced:
            lead = min(reduced)
            leads[lead] = _normal(reduced, lead)
    return leads


def _normal(row: dict[int, int], lead: int) -> dict[int, int]:
    inverse = pow(row[lead], PRIME - 2, PRIME)
    return {c: v * inverse % PRIME for c, v in row.items()}
