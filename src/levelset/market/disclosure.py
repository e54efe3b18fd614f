"""Complementary suppression: no two answers may differ by fewer than MIN_CELL people.

A crowd cell is a union of atoms (experience code x work year x fully remote or not) within
one role and one country. Two cells levelset can show overlap: staff (SE and EX) contains
senior (SE); 2024-2025 contains 2024; remote contains fewer people than the whole country.
Showing both of two overlapping cells whose difference holds 1 to 4 people would let anyone
subtract them and read those people's pay. The cells of a family are taken
in a fixed order, the most asked first (the default years before single years, the whole
country before its remote workers); a cell is withheld when a cell shown before it contains
it, or is contained by it, and the two differ by 1 to MIN_CELL - 1 people. Of any two visible
cells where one contains the other, the larger therefore holds 0 or at least MIN_CELL more
people.

Three answers are combined the same way: a cell minus two disjoint cells inside it (every level
in 2023 minus its mid and its senior people leaves the rest), and two cells minus one that holds
their overlap and lies inside their union (2024 plus 2025 minus senior 2024-2025 leaves the
other levels). A cell is withheld when, with any two cells already shown, such a sum or
difference isolates 1 to MIN_CELL - 1 people.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

from levelset.market.privacy import MIN_CELL

K = TypeVar("K", bound=Hashable)
Atom = tuple[str, int, bool]  # experience code, work year, fully remote


def size(cell: frozenset[Atom], counts: Mapping[Atom, int]) -> int:
    return sum(counts.get(a, 0) for a in cell)


def leaks(a: frozenset[Atom], b: frozenset[Atom], counts: Mapping[Atom, int]) -> bool:
    """True when one cell holds every person of the other and 1 to MIN_CELL - 1 more.

    Subtracting two answers isolates people only when one cell contains the other; two cells
    that each hold people the other lacks give a mixture, not anyone's pay.
    """
    return any(
        size(y - x, counts) == 0 and 0 < size(x - y, counts) < MIN_CELL for x, y in ((a, b), (b, a))
    )


def _mask(cell: frozenset[Atom], index: Mapping[Atom, int]) -> int:
    return sum(1 << index[a] for a in cell if a in index)


def _few(mask: int, weights: list[int]) -> bool:
    """True when the atoms of `mask` hold 1 to MIN_CELL - 1 people."""
    total = 0
    while mask and total < MIN_CELL:
        low = mask & -mask
        total += weights[low.bit_length() - 1]
        mask ^= low
    return 0 < total < MIN_CELL


def triple_leaks(a: int, b: int, c: int, weights: list[int]) -> bool:
    """True when a sum or difference of the three cells (as atom bit masks) isolates a few people:
    one cell minus two disjoint ones inside it, or two cells minus one holding their overlap."""
    for big, x, y in ((a, b, c), (b, a, c), (c, a, b)):
        if not x & y and not (x | y) & ~big and _few(big & ~(x | y), weights):
            return True
    for low, p, q in ((a, b, c), (b, a, c), (c, a, b)):
        rest = (p & q) | ((p ^ q) & ~low)  # p + q - low, atom by atom
        if not (p & q) & ~low and not low & ~(p | q) and _few(rest, weights):
            return True
    return False


def withheld(cells: Mapping[K, frozenset[Atom]], counts: Mapping[Atom, int]) -> frozenset[K]:
    """The cells to withhold, taking the cells in the order given (most asked first).

    A cell is shown when it holds at least MIN_CELL people and leaks nothing against any cell
    already shown; otherwise it is withheld. Every pair of shown cells is therefore safe.
    """
    atoms = [a for a, n in counts.items() if n > 0]
    index = {a: i for i, a in enumerate(atoms)}
    weights = [counts[a] for a in atoms]
    shown: list[frozenset[Atom]] = []
    masks: list[int] = []
    out: set[K] = set()
    for key, cell in cells.items():
        if size(cell, counts) < MIN_CELL:
            continue  # hidden by the plain rule, and it shows nothing to subtract
        mask = _mask(cell, index)
        if any(leaks(cell, other, counts) for other in shown) or _any_triple(mask, masks, weights):
            out.add(key)
        elif mask not in masks:
            shown.append(cell)
            masks.append(mask)
    return frozenset(out)


def _any_triple(mask: int, masks: list[int], weights: list[int]) -> bool:
    return any(
        triple_leaks(mask, masks[i], masks[j], weights)
        for i in range(len(masks))
        for j in range(i + 1, len(masks))
    )
