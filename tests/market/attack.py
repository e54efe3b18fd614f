"""The differencing attack on shown answers, written apart from levelset's own disclosure code.

An answer is the set of people (filings, submissions) behind it. Whatever an answer tells
about its people (how many, how many sit below an amount) adds up over them, so any weighted
sum of answers tells the same about the people it rests on. A set of 1 to MIN_CELL - 1 people
is recoverable when some non-zero weighted sum of shown answers rests on them alone.

People who are in exactly the same answers cannot be told apart, so each such group is one
column. The answers are brought to reduced row echelon form with exact fractions, the groups
of MIN_CELL people or more first: the rows whose leading column is a small group then span
every combination that rests on small groups alone, and only sets of small groups those rows
touch need trying.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Hashable, Iterator, Mapping, Sequence
from fractions import Fraction

from levelset.market.privacy import MIN_CELL

Row = dict[int, Fraction]


def recoverable(answers: Mapping[str, Counter[Hashable]]) -> list[int]:
    """The size of every set of 1 to MIN_CELL - 1 people some weighted sum of the answers
    rests on alone (empty when there is none)."""
    groups, rows = _columns(answers)
    small_rows = _small_rows(rows, groups)
    if not small_rows:
        return []
    touched = sorted({c for row in small_rows for c in row})
    found = []
    for few in _few_sets(touched, groups):
        kept = [{c: v for c, v in row.items() if c not in few} for row in small_rows]
        if exact_rank(kept) < len(small_rows):
            found.append(sum(groups[c] for c in few))
    return found


def nested_pairs(answers: Mapping[str, Counter[Hashable]]) -> list[tuple[str, str, int]]:
    """Every pair of answers where one holds the other and 1 to MIN_CELL - 1 people more."""
    distinct = {frozenset(members): key for key, members in answers.items()}
    found = []
    for (a, ka), (b, kb) in itertools.permutations(distinct.items(), 2):
        if b < a and len(a - b) < MIN_CELL:
            found.append((ka, kb, len(a - b)))
    return found


def _columns(answers: Mapping[str, Counter[Hashable]]) -> tuple[list[int], list[Row]]:
    """The groups' sizes (large groups first) and each distinct answer as a row over them."""
    distinct = list({frozenset(members) for members in answers.values()})
    signature: dict[Hashable, list[int]] = {}
    for i, members in enumerate(distinct):
        for person in members:
            signature.setdefault(person, []).append(i)
    sizes = Counter(tuple(sig) for sig in signature.values())
    order = sorted(sizes, key=lambda sig: (sizes[sig] < MIN_CELL, sig))
    rows: list[Row] = [{} for _ in distinct]
    for column, sig in enumerate(order):
        for i in sig:
            rows[i][column] = Fraction(1)
    return [sizes[sig] for sig in order], rows


def _small_rows(rows: list[Row], groups: Sequence[int]) -> list[Row]:
    """A basis of the combinations of `rows` that rest on small groups alone."""
    first_small = sum(1 for n in groups if n >= MIN_CELL)
    echelon = _echelon(rows)
    return [row for lead, row in echelon.items() if lead >= first_small]


def _echelon(rows: list[Row]) -> dict[int, Row]:
    """Rows in echelon form, keyed by leading column (each row zero before its lead)."""
    leads: dict[int, Row] = {}
    for row in rows:
        row = dict(row)
        while row:
            lead = min(row)
            if lead not in leads:
                leads[lead] = {c: v / row[lead] for c, v in row.items()}
                break
            factor = row[lead]
            for column, value in leads[lead].items():
                updated = row.get(column, Fraction(0)) - factor * value
                if updated:
                    row[column] = updated
                else:
                    row.pop(column, None)
    return leads


def exact_rank(rows: list[Row]) -> int:
    return len(_echelon(rows))


def _few_sets(columns: Sequence[int], groups: Sequence[int]) -> Iterator[frozenset[int]]:
    """Every non-empty set of the columns holding 1 to MIN_CELL - 1 people in all."""
    small = [c for c in columns if groups[c] < MIN_CELL]
    for size in range(1, MIN_CELL):
        for few in itertools.combinations(small, size):
            if sum(groups[c] for c in few) < MIN_CELL:
                yield frozenset(few)
