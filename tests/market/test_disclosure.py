"""Complementary suppression: no two crowd answers can be subtracted to reveal fewer than 5 people.

The attack is the one an auditor ran: ask every cell the CLI can show (each level, each year,
the default years, the whole country and its remote workers), then subtract any two where one
contains the other. The sample behind each shown cell is rebuilt here from the published file
(independently of levelset's code), so the check does not trust what it tests.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from fractions import Fraction
from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.disclosure import leaks, withheld
from levelset.market.privacy import MIN_CELL
from levelset.market.ranges import market_range_in
from levelset.market.report import RangeReport
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths
from tests.market.test_ranges import source_rows

LEVELS = (None, "entry", "mid", "senior", "staff", "senior staff", "principal")
YEARS = (None, 2020, 2021, 2022, 2023, 2024, 2025)
CASES = [
    ("Engineering Manager", "United States"),
    ("Applied Scientist", "United States"),
    ("Machine Learning Engineer", "France"),
    ("Machine Learning Engineer", "Germany"),
    ("Data Scientist", "Canada"),
]


def test_a_cell_that_differs_from_a_shown_one_by_a_few_people_is_withheld() -> None:
    counts = {("SE", 2024, False): 40, ("EX", 2024, False): 2, ("SE", 2025, False): 3}
    senior = frozenset({("SE", 2024, False), ("SE", 2025, False)})
    staff = senior | {("EX", 2024, False)}
    only_2024 = frozenset({("SE", 2024, False)})
    cells = {"senior": senior, "staff": staff, "2024": only_2024}
    assert leaks(senior, staff, counts) and leaks(senior, only_2024, counts)
    assert withheld(cells, counts) == {"staff", "2024"}  # the first asked stays shown
    assert not leaks(staff - {("SE", 2025, False)}, senior, counts)  # neither contains the other


def test_a_cell_that_three_answers_would_isolate_is_withheld() -> None:
    se24, se25, ex24 = ("SE", 2024, False), ("SE", 2025, False), ("EX", 2024, False)
    counts = {se24: 40, se25: 30, ex24: 2, ("MI", 2024, False): 20}
    cells = {
        "senior 2024": frozenset({se24}),
        "senior 2025": frozenset({se25}),
        "staff 2024-2025": frozenset({se24, se25, ex24}),  # minus the two above: 2 executives
        "mid 2024": frozenset({("MI", 2024, False)}),
    }
    assert not any(leaks(a, b, counts) for a, b in itertools.combinations(cells.values(), 2))
    assert withheld(cells, counts) == {"staff 2024-2025"}
    # 2024 + 2025 - senior 2024-2025 = the 3 executives
    ex25 = ("EX", 2025, False)
    counts[ex25] = 1
    union = {
        "2024": frozenset({se24, ex24}),
        "2025": frozenset({se25, ex25}),
        "senior 2024-2025": frozenset({se24, se25}),
    }
    assert not any(leaks(a, b, counts) for a, b in itertools.combinations(union.values(), 2))
    assert withheld(union, counts) == {"senior 2024-2025"}


def test_a_cell_that_four_answers_would_isolate_is_withheld() -> None:
    # every level of 2023 minus its entry, mid and senior people leaves 2 executives: no pair
    # or triple of these cells does, only the four together
    en, mi, se, ex = (("EN", 2023, False), ("MI", 2023, False), ("SE", 2023, False),
                      ("EX", 2023, False))  # fmt: skip
    counts = {en: 12, mi: 30, se: 40, ex: 2}
    cells = {
        "entry 2023": frozenset({en}),
        "mid 2023": frozenset({mi}),
        "senior 2023": frozenset({se}),
        "2023": frozenset({en, mi, se, ex}),
    }
    assert withheld(cells, counts) == {"2023"}
    counts[ex] = 5  # five executives: every cell may be shown
    assert withheld(cells, counts) == frozenset()


def test_a_combination_that_halves_a_sum_is_caught_too() -> None:
    # (a + b - c) / 2 is the two people of q, though c does not hold a's and b's overlap
    p, q, r = ("SE", 2024, False), ("EX", 2024, False), ("MI", 2024, False)
    counts = {p: 30, q: 2, r: 40}
    cells = {"a": frozenset({p, q}), "b": frozenset({q, r}), "c": frozenset({p, r})}
    assert not any(leaks(x, y, counts) for x, y in itertools.combinations(cells.values(), 2))
    assert withheld(cells, counts) == {"c"}


def _distinct_rows() -> list[dict[str, str]]:
    distinct = {tuple(r.values()): r for r in source_rows("aijobs_salaries_2025-01-19.csv")}
    return [r for r in distinct.values() if r["employment_type"] == "FT"]


def _members(report: RangeReport, rows: list[dict[str, str]]) -> Counter[int]:
    """The published rows behind a shown crowd cell, rebuilt from its level, years and place."""
    crowd = report.ranges[0]
    years = re.match(r"(\d{4})(?:-(\d{4}))?", crowd.period)
    assert years is not None
    first, last = int(years.group(1)), int(years.group(2) or years.group(1))
    titles = {t.lower() for t in report.role.crowd_titles}
    codes = set(report.level.crowd_codes) if report.level else {"EN", "MI", "SE", "EX"}
    place = report.place
    assert place is not None
    return Counter(
        i
        for i, r in enumerate(rows)
        if r["job_title"].lower() in titles
        and r["experience_level"] in codes
        and r["employee_residence"] == place.country
        and first <= int(r["work_year"]) <= last
        and (place.kind != "remote" or r["remote_ratio"] == "100")
    )


def _shown_cells(store: MarketStore, title: str, country: str) -> dict[str, RangeReport]:
    shown = {}
    for level, year, where in itertools.product(LEVELS, YEARS, (country, f"Remote {country}")):
        report = market_range_in(store, title, level, where, year=year, source="crowd")
        if report.ranges and report.ranges[0].shown:
            shown[f"{level}/{year}/{where}"] = report
    return shown


@pytest.mark.parametrize(("title", "country"), CASES)
def test_no_two_shown_crowd_cells_can_be_subtracted(
    levelset_home: Path, title: str, country: str
) -> None:
    store = open_market(market_paths(levelset_home), now=clock)
    rows = _distinct_rows()
    cells = {k: _members(r, rows) for k, r in _shown_cells(store, title, country).items()}
    for (ka, a), (kb, b) in itertools.combinations(cells.items(), 2):
        for big, small, names in ((a, b, (ka, kb)), (b, a, (kb, ka))):
            if not small - big:  # `small` lies inside `big`: subtracting isolates big - small
                extra = sum((big - small).values())
                assert extra == 0 or extra >= MIN_CELL, f"{names} differ by {extra} people"
    assert cells  # the family is not simply all hidden
    assert _three_answer_leaks(cells) == []
    assert _any_combination_leaks(cells) == []


def _any_combination_leaks(cells: dict[str, Counter[int]]) -> list[int]:
    """Every set of 1 to MIN_CELL - 1 people that some weighted sum of shown cells singles out.

    People who are in exactly the same shown cells cannot be told apart, so each such group is
    one column; a combination rests on a set of columns when the cells lose rank once those
    columns are dropped (exact rational arithmetic, written apart from levelset's own)."""
    groups: Counter[tuple[bool, ...]] = Counter()
    for person in set().union(*cells.values()):
        groups[tuple(person in members for members in cells.values())] += 1
    columns = list(groups)
    matrix = [[Fraction(int(sig[i])) for sig in columns] for i in range(len(cells))]
    full = _exact_rank(matrix)
    small = [j for j, sig in enumerate(columns) if groups[sig] < MIN_CELL]
    found = []
    for size_ in range(1, MIN_CELL):
        for few in itertools.combinations(small, size_):
            people = sum(groups[columns[j]] for j in few)
            if people < MIN_CELL:
                kept = [[x for j, x in enumerate(row) if j not in few] for row in matrix]
                if _exact_rank(kept) < full:
                    found.append(people)
    return found


def _exact_rank(rows: list[list[Fraction]]) -> int:
    rows = [list(r) for r in rows]
    rank, width = 0, len(rows[0]) if rows else 0
    for col in range(width):
        pivot = next((i for i in range(rank, len(rows)) if rows[i][col] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for i in range(len(rows)):
            if i != rank and rows[i][col] != 0:
                factor = rows[i][col] / rows[rank][col]
                rows[i] = [x - factor * y for x, y in zip(rows[i], rows[rank], strict=True)]
        rank += 1
    return rank


def _three_answer_leaks(cells: dict[str, Counter[int]]) -> list[tuple[str, ...]]:
    """Every triple of shown cells whose difference (a - b - c, b and c disjoint inside a) or
    sum less overlap (a + b - c, c holding a's and b's overlap, inside their union) isolates
    1 to MIN_CELL - 1 people."""
    masks = {k: sum(1 << i for i in members) for k, members in cells.items()}
    found = []
    for trio in itertools.combinations(masks, 3):
        for one, two, three in itertools.permutations(trio):
            a, b, c = masks[one], masks[two], masks[three]
            rest = (
                a & ~(b | c) if not b & c and not (b | c) & ~a else None,
                (a & b) | ((a ^ b) & ~c) if not (a & b) & ~c and not c & ~(a | b) else None,
            )
            if any(r is not None and 0 < r.bit_count() < MIN_CELL for r in rest):
                found.append((one, two, three))
    return found


def test_an_offer_in_a_thin_cell_is_placed_in_a_band_and_never_at_p100(
    levelset_home: Path,
) -> None:
    store = open_market(market_paths(levelset_home), now=clock)
    thin = market_range_in(store, "MLE", "senior", "Germany", source="crowd", offer=175_000)
    cell = thin.ranges[0]
    assert "thin" in cell.flags and cell.shown
    assert cell.offer_percentile is None and re.fullmatch(r"P\d+-P\d+", cell.offer_position or "")
    high = market_range_in(store, "MLE", "senior", "SF", offer=1_200_000)
    assert all(r.offer_position == "above P90" for r in high.ranges if r.shown)
    assert not any("P100" in str(r.offer_position) for r in high.ranges)
