"""The differencing routes issue 13's audit named, each tried on every crowd family the shipped
file holds (every curated role in every country where it has 5 or more full-time submissions):
staff contains senior; a span of years contains each of its years; two titles read as one
O*NET occupation; and `--offer`, whose placement must tell nothing the shown percentiles do
not. The people behind each shown cell are rebuilt from the published file (test_disclosure).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Hashable
from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.crowd_source import crowd_titles
from levelset.market.curated import load
from levelset.market.privacy import MIN_CELL
from levelset.market.ranges import market_range_in
from levelset.market.report import SourceRange
from levelset.market.titles import resolve_role
from tests.market.attack import recoverable
from tests.market.market_home import clock, market_paths
from tests.market.test_disclosure import _distinct_rows, _members

LEVELS = (None, "entry", "mid", "senior", "staff", "senior staff", "principal")
YEARS = (None, 2020, 2021, 2022, 2023, 2024, 2025)
Cell = tuple[str | None, int | None, bool]  # level, year asked, remote
Shown = dict[Cell, tuple[SourceRange, Counter[Hashable]]]


@pytest.fixture(scope="module")
def families(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Shown]:
    """Every shown crowd cell of every family, with the people behind it."""
    store = open_market(market_paths(tmp_path_factory.mktemp("routes")), now=clock)
    rows = _distinct_rows()
    countries = load("places")["countries"]
    out: dict[tuple[str, str], Shown] = {}
    for role in load("roles")["roles"].values():
        titles = {t.lower() for t in role["crowd_titles"]}
        sizes = Counter(r["employee_residence"] for r in rows if r["job_title"].lower() in titles)
        for code in sorted(c for c, n in sizes.items() if n >= MIN_CELL and c in countries):
            shown: Shown = {}
            name = str(countries[code])
            for level, year, remote in itertools.product(LEVELS, YEARS, (False, True)):
                where = f"Remote {name}" if remote else name
                report = market_range_in(store, role["label"], level, where, year=year,
                                         source="crowd")  # fmt: skip
                if report.ranges and report.ranges[0].shown:
                    shown[(level, year, remote)] = (report.ranges[0], _members(report, rows))
            out[(role["label"], code)] = shown
    return out


def _nested_differences(
    shown: Shown, pairs: list[tuple[Cell, Cell]]
) -> tuple[int, list[tuple[Cell, Cell, int]]]:
    """How many of the pairs were both shown on the same period, and those whose bigger cell
    holds the smaller one and 1 to MIN_CELL - 1 more people."""
    compared, found = 0, []
    for big, small in pairs:
        if big in shown and small in shown:
            (big_range, a), (small_range, b) = shown[big], shown[small]
            if big_range.period == small_range.period and not b - a:
                compared += 1
                if 0 < sum((a - b).values()) < MIN_CELL:
                    found.append((big, small, sum((a - b).values())))
    return compared, found


def test_staff_never_shows_a_few_people_more_than_senior(
    families: dict[tuple[str, str], Shown],
) -> None:
    # staff counts SE and EX; senior SE; senior staff and principal EX; no level minus the
    # all-levels cell either
    nests = [("staff", "senior"), ("staff", "senior staff"), ("staff", "principal"),
             *((None, lv) for lv in LEVELS[1:])]  # fmt: skip
    compared, leaks = 0, []
    for family, shown in families.items():
        pairs = [((big, y, r), (small, y, r)) for big, small in nests
                 for y, r in itertools.product(YEARS, (False, True))]  # fmt: skip
        n, found = _nested_differences(shown, pairs)
        compared += n
        leaks += [(family, *f) for f in found]
    assert compared > 200  # the pairs are there to compare
    assert leaks == []


def test_a_span_of_years_never_shows_a_few_people_more_than_one_of_its_years(
    families: dict[tuple[str, str], Shown],
) -> None:
    compared, leaks = 0, []
    for family, shown in families.items():
        pairs = [((lv, None, r), (lv, y, r)) for lv, y, r in
                 itertools.product(LEVELS, YEARS[1:], (False, True))]  # fmt: skip
        pairs += [((lv, None, False), (lv, None, True)) for lv in LEVELS]  # country vs remote
        n, found = _nested_differences(shown, pairs)
        compared += n
        leaks += [(family, *f) for f in found]
    assert compared > 50  # the default years hold each of their two years
    assert leaks == []


def test_no_weighted_sum_of_a_familys_answers_singles_out_a_few_people(
    families: dict[tuple[str, str], Shown],
) -> None:
    assert len(families) > 60
    leaks = {}
    for family, shown in families.items():
        found = recoverable({str(k): members for k, (_, members) in shown.items()})
        if found:
            leaks[family] = found
    assert leaks == {}


# crowd titles that O*NET reads as one occupation, found by reading every title in the file
# (about 290; too slow to read them all here): each group shared rows before. "Engineer" and
# "Lead Engineer", "Analyst" and "Lead Analyst" were groups; a title of one generic job word is
# now asked which (bare_titles.ask_if_bare)
ONE_OCCUPATION = (
    ("Data Analyst", "Lead Data Analyst", "Principal Data Analyst", "Data Integration Analyst"),
    ("Data Architect", "Principal Data Architect", "Data Governance Architect"),
    ("Software Architect", "Principal Software Architect"),
    ("Business Data Analyst", "BI Data Analyst", "Business Intelligence Data Analyst"),
    ("Data Specialist", "Data Quality Specialist", "Data Visualization Specialist"),
    ("Statistical Programmer", "Principal Statistical Programmer"),
    ("Solutions Engineer", "Solution Engineer"),
)  # fmt: skip


def test_two_titles_read_as_one_occupation_count_the_same_crowd_rows(
    levelset_home: Path,
) -> None:
    """The rows two readings count are the same or none in common (with the typed title
    counted too, "Data Analyst" and "Lead Data Analyst" in the US, mid level, 2023 showed 132
    and 133 people)."""
    store = open_market(market_paths(levelset_home), now=clock)
    counted = {
        title: frozenset(crowd_titles(resolve_role(title, store)))
        for group in ONE_OCCUPATION
        for title in group
    }
    for group in ONE_OCCUPATION:
        assert len({counted[t] for t in group}) == 1, group
    for a, b in itertools.combinations(set(counted.values()), 2):
        assert not a & b, (sorted(a), sorted(b))
    plain, lead = (market_range_in(store, t, "mid", "US", year=2023, source="crowd")
                   for t in ("Data Analyst", "Lead Data Analyst"))  # fmt: skip
    assert plain.ranges[0].shown and plain.ranges[0].n == lead.ranges[0].n


def test_an_offer_is_placed_from_the_shown_percentiles_alone(
    families: dict[tuple[str, str], Shown], levelset_home: Path
) -> None:
    """Offers swept across shown cells, thin and large, placed again with the percentiles
    read off the answer: the same placement every time, so asking many offers of two nested
    cells tells nothing their shown percentiles do not."""
    store = open_market(market_paths(levelset_home), now=clock)
    cells = [(family, cell, shown[cell][0]) for family, shown in families.items()
             for cell in shown if cell[1] in (None, 2024)][::7]  # fmt: skip
    assert any("thin" in r.flags for _, _, r in cells) and len(cells) > 50
    for (label, code), (level, year, remote), cell in cells:
        points = [(p, float(v)) for p, v in zip((10, 25, 50, 75, 90), _values(cell), strict=True)
                  if v is not None]  # fmt: skip
        low, high = points[0][1], points[-1][1]
        name = load("places")["countries"][code]
        where = f"Remote {name}" if remote else name
        for offer in (low - 1, *(low + (high - low) * i / 9 for i in range(10)), high + 1):
            placed = market_range_in(store, label, level, where, year=year, source="crowd",
                                     offer=offer).ranges[0]  # fmt: skip
            assert placed.values == cell.values
            assert (placed.offer_position, placed.offer_percentile) == _expected(
                points, offer, "thin" in cell.flags
            ), (label, code, level, year, remote, offer)


def _values(cell: SourceRange) -> list[float | None]:
    return [None if cell.values.get(k) is None else float(cell.values[k])  # type: ignore[arg-type]
            for k in ("p10", "p25", "p50", "p75", "p90")]  # fmt: skip


def _expected(points: list[tuple[int, float]], offer: float, thin: bool) -> tuple[str, int | None]:
    """Where an offer sits, from the shown points only (written apart from levelset's code)."""
    if offer < points[0][1]:
        return f"below P{points[0][0]}", None
    if offer > points[-1][1]:
        return f"above P{points[-1][0]}", None
    for (p0, v0), (p1, v1) in itertools.pairwise(points):
        if v0 <= offer <= v1:
            if thin:
                return f"P{p0}-P{p1}", None
            at = p0 if v1 == v0 else p0 + (p1 - p0) * (offer - v0) / (v1 - v0)
            return f"P{at:.0f}", round(at)
    raise AssertionError("an offer inside the shown range falls between two points")
