"""The differencing attack as linear algebra with numpy, written apart from levelset's code.

Each published answer is a row over the people behind every answer (a 0/1 row: who is in
it). Whatever an answer tells about its people (how many, how many sit below any amount)
adds up over them, so an attacker holding every answer knows exactly the combinations in
the row space of these rows, and knows the pay of a set of people exactly when some non-zero
combination is zero outside that set. A set of 1 to MIN_CELL - 1 people is then given away
(one person: their wage to the dollar).

People in exactly the same answers cannot be told apart, so each such group is one column.
With Q an orthonormal basis of the row space, a combination supported on the columns S exists
exactly when the largest singular value of Q's columns S is 1 (a unit vector x with x Q zero
outside S has |x Q_S| = |x| = 1, and no unit x gives more): a set of one column is given away
when its leverage (its row of the projection onto the row space) is 1. Only combinations
that are zero on every group of MIN_CELL people or more can rest on a small set, so Q is taken
over those combinations, and only sets of columns they touch are tried. Floating-point
findings are confirmed with exact fractions (attack.py) before they are reported.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from levelset.market.privacy import MIN_CELL
from tests.market.attack import exact_rank

TOLERANCE = 1e-9
CONFIRM = 3  # findings confirmed exactly (one is enough to fail; each costs a rank in fractions)


@dataclass(frozen=True)
class Audit:
    """What the attack found: the answers and groups it ran over, the rank of the answers,
    how many small sets it tried and found in floating point, and the people of the sets
    confirmed exactly (the first CONFIRM found; empty: none)."""

    answers: int
    groups: int
    rank: int
    tried: int
    suspected: int
    given_away: tuple[frozenset[Hashable], ...]


def audit(answers: Mapping[str, Counter[Hashable]], *, first: bool = False) -> Audit:
    """Every set of 1 to MIN_CELL - 1 people that some weighted sum of `answers` rests on
    (with `first`, the search stops at the first size of set where one is found)."""
    people, sizes, matrix = _matrix(answers)
    large = np.array([n >= MIN_CELL for n in sizes], dtype=bool)
    rank = _rank(matrix)
    basis = _small_basis(matrix[:, large], matrix[:, ~large])
    small_sizes = [sizes[i] for i in np.flatnonzero(~large)]
    found: list[list[int]] = []
    tried = 0
    if basis.shape[0]:
        touched = [c for c in range(basis.shape[1]) if np.linalg.norm(basis[:, c]) > TOLERANCE]
        column = np.flatnonzero(~large)  # a small column's place in the whole matrix
        for sets in _few_sets(touched, small_sizes):
            tried += len(sets)
            tops = np.linalg.svd(basis[:, sets].transpose(1, 0, 2), compute_uv=False)[:, 0]
            hits = np.flatnonzero(tops > 1 - TOLERANCE)
            found += [[int(c) for c in column[sets[i]]] for i in hits]
            if first and found:
                break
    confirmed = tuple(
        frozenset(p for c in few for p in people[c])
        for few in found[:CONFIRM]
        if _exactly(matrix, few)
    )
    return Audit(len(matrix), len(sizes), rank, tried, len(found), confirmed)


def _exactly(matrix: np.ndarray, few: list[int]) -> bool:
    """The floating-point finding checked with exact fractions: the answers lose rank when
    the columns `few` are dropped."""
    rows = [{int(c): Fraction(1) for c in np.flatnonzero(row)} for row in matrix]
    kept = [{c: v for c, v in row.items() if c not in few} for row in rows]
    return exact_rank(rows) > exact_rank(kept)


def _matrix(
    answers: Mapping[str, Counter[Hashable]],
) -> tuple[list[tuple[Hashable, ...]], list[int], np.ndarray]:
    """The groups (people in the same answers), their sizes, and the 0/1 answer matrix."""
    distinct = list({frozenset(members) for members in answers.values() if members})
    signature: dict[Hashable, list[int]] = {}
    for i, members in enumerate(distinct):
        for person in members:
            signature.setdefault(person, []).append(i)
    groups: dict[tuple[int, ...], list[Hashable]] = {}
    for person, rows in signature.items():
        groups.setdefault(tuple(rows), []).append(person)
    keys = sorted(groups, key=lambda sig: (len(groups[sig]), sig))
    matrix = np.zeros((len(distinct), len(keys)))
    for column, sig in enumerate(keys):
        matrix[list(sig), column] = 1.0
    return [tuple(groups[k]) for k in keys], [len(groups[k]) for k in keys], matrix


def _small_basis(large: np.ndarray, small: np.ndarray) -> np.ndarray:
    """Orthonormal rows spanning every combination of the answers that is zero on the large
    groups, restricted to the small groups."""
    if small.shape[1] == 0:
        return np.zeros((0, 0))
    if large.shape[1]:
        u, s, _ = np.linalg.svd(large, full_matrices=True)
        kept = u[:, int((s > TOLERANCE * max(1.0, s[0])).sum()) :]  # left null space of `large`
        combos = kept.T @ small
    else:
        combos = small
    if combos.shape[0] == 0:
        return np.zeros((0, small.shape[1]))
    _, s, vt = np.linalg.svd(combos, full_matrices=False)
    return vt[: int((s > TOLERANCE * max(1.0, s[0] if len(s) else 0.0)).sum())]


def _rank(matrix: np.ndarray) -> int:
    return int(np.linalg.matrix_rank(matrix)) if matrix.size else 0


def _few_sets(columns: Sequence[int], sizes: Sequence[int]) -> Iterator[np.ndarray]:
    """Every non-empty set of the columns holding 1 to MIN_CELL - 1 people in all, as arrays
    of sets of one size (so a size's singular values are taken in one call)."""
    for count in range(1, MIN_CELL):
        # each of `count` columns holds one person or more, so none may hold more than this
        fits = [c for c in columns if sizes[c] <= MIN_CELL - count]
        sets = [few for few in itertools.combinations(fits, count)
                if sum(sizes[c] for c in few) < MIN_CELL]  # fmt: skip
        if sets:
            yield np.array(sets, dtype=int)
