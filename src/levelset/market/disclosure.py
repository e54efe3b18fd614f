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
people. (Three or more answers combined are not covered by this pairwise rule.)
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


def withheld(cells: Mapping[K, frozenset[Atom]], counts: Mapping[Atom, int]) -> frozenset[K]:
    """The cells to withhold, taking the cells in the order given (most asked first).

    A cell is shown when it holds at least MIN_CELL people and leaks nothing against any cell
    already shown; otherwise it is withheld. Every pair of shown cells is therefore safe.
    """
    shown: list[frozenset[Atom]] = []
    out: set[K] = set()
    for key, cell in cells.items():
        if size(cell, counts) < MIN_CELL:
            continue  # hidden by the plain rule, and it shows nothing to subtract
        if any(leaks(cell, other, counts) for other in shown):
            out.add(key)
        else:
            shown.append(cell)
    return frozenset(out)
