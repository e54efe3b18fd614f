"""The differencing attack on everything LCA answers publish, over roles, levels, areas, years
and companies, checked by linear algebra (linear_attack.py).

Two fiscal years of generated filings, small enough to ask every question: every role a title
can read as over the file's SOC codes (curated roles with title words, SOC codes alone, O*NET
readings of several codes), every area and level, with and without a company, each with an
offer to place. The filings behind every shown answer are rebuilt from the file apart from
levelset's code; the attacker holds all of them at once and may weight and add them any way.
"""

from __future__ import annotations

import csv
import itertools
import random
from collections import Counter
from collections.abc import Hashable
from pathlib import Path

import pytest

from levelset.market.areas import oews_areas
from levelset.market.build import import_file, open_market
from levelset.market.lca_cells import metro_steps
from levelset.market.levels import parse_level
from levelset.market.places import resolve_place
from levelset.market.privacy import MIN_CELL
from levelset.market.ranges import build_report
from levelset.market.report import SourceRange
from levelset.market.roles import Fetcher, RoleMatch, curated_names
from levelset.market.stats import percentile_of
from levelset.market.titles import resolve_role
from levelset.market.widening import area_chain
from levelset.paths import Paths
from tests.market.attack import nested_pairs
from tests.market.lca_sample import HEADER
from tests.market.linear_attack import audit
from tests.market.market_home import clock, market_paths
from tests.market.test_lca_disclosure_sample import _Rebuild

YEARS = (2023, 2024)
SOCS = ("15-2051", "15-2041", "15-1252", "15-1221")
# (title, SOC code, weight): titles that count in one curated role, in two, or in none
TITLES = (("DATA SCIENTIST", "15-2051", 8), ("DATA SCIENTIST, MACHINE LEARNING", "15-2051", 3),
          ("STATISTICIAN", "15-2041", 2), ("DATA SCIENTIST", "15-2041", 1),
          ("SOFTWARE ENGINEER", "15-1252", 6), ("MACHINE LEARNING ENGINEER", "15-1252", 3),
          ("DATA ENGINEER", "15-1252", 2), ("RESEARCH SCIENTIST", "15-1221", 2))  # fmt: skip
CITIES = (("SAN FRANCISCO", "CA", 8), ("OAKLAND", "CA", 2), ("SAN JOSE", "CA", 3),
          ("FRESNO", "CA", 1), ("SEATTLE", "WA", 6), ("BELLEVUE", "WA", 2),
          ("SPOKANE", "WA", 1))  # fmt: skip
EMPLOYERS = (("Example AI, Inc.", 9), ("EXAMPLE CLOUD LLC", 6), ("North Data Labs", 4),
             ("Tiny Co", 1), *((f"Small Shop {i}", 1) for i in range(12)))  # fmt: skip
# where and what the larger employers mostly file: (city, state, title, SOC code)
HOMES = {"Example AI, Inc.": ("SAN FRANCISCO", "CA", "DATA SCIENTIST", "15-2051"),
         "EXAMPLE CLOUD LLC": ("SEATTLE", "WA", "SOFTWARE ENGINEER", "15-1252"),
         "North Data Labs": ("SAN FRANCISCO", "CA", "STATISTICIAN", "15-2041")}  # fmt: skip
WAGE_LEVELS = (("I", 3), ("II", 5), ("III", 3), ("IV", 2), ("", 1))
PLACES = ("United States", "California", "Washington State", "San Francisco", "San Jose",
          "Seattle")  # fmt: skip
LEVELS = (None, "junior", "mid", "senior", "staff")
COMPANIES = (None, "example", "north data")
OFFERS = (95_000.0, 140_000.0, 180_000.0, 260_000.0)
Answers = dict[str, Counter[Hashable]]


def _filings(year: int, count: int) -> list[dict[str, str]]:
    pick = random.Random(year)
    rows = []
    for i in range(count):
        employer = pick.choices(*zip(*EMPLOYERS, strict=True))[0]
        title, soc = pick.choices([t[:2] for t in TITLES], [t[2] for t in TITLES])[0]
        city, state = pick.choices([c[:2] for c in CITIES], [c[2] for c in CITIES])[0]
        if employer in HOMES and pick.random() < 0.7:
            city, state, title, soc = HOMES[employer]
        rows.append({
            "CASE_NUMBER": f"I-200-{year % 100}{i:06d}", "CASE_STATUS": "Certified",
            "DECISION_DATE": f"{year}-03-01", "JOB_TITLE": title, "SOC_CODE": f"{soc}.00",
            "FULL_TIME_POSITION": "Y",
            "EMPLOYER_NAME": employer,
            "WORKSITE_CITY": city, "WORKSITE_STATE": state,
            "WAGE_RATE_OF_PAY_FROM": str(pick.randrange(80_000, 260_000, 500)),
            "WAGE_UNIT_OF_PAY": "Year",
            "PW_WAGE_LEVEL": pick.choices(*zip(*WAGE_LEVELS, strict=True))[0],
        })  # fmt: skip
    return rows


FILINGS = {year: _filings(year, count) for year, count in zip(YEARS, (260, 320), strict=True)}


def _write(folder: Path, year: int) -> Path:
    file = folder / f"LCA_Disclosure_Data_FY{year}_Q4.csv"
    with file.open("w", newline="") as out:
        writer = csv.DictWriter(out, HEADER)
        writer.writeheader()
        writer.writerows(FILINGS[year])
    return file


# O*NET titles read as one of the file's SOC codes alone or as several codes together
ONET = ("Analytical Data Miner", "Analytical Statistician", "Data Specialist",
        "Clinical Data Coordinator", "Computational Linguist", "Application Integrator",
        "Data Modeler")  # fmt: skip


def _roles(store: Fetcher) -> dict[str, RoleMatch]:
    """One title of every role asked that counts the file's filings, read as levelset reads
    it (titles counting the same filings give the same answers)."""
    found: dict[tuple[object, ...], tuple[str, RoleMatch]] = {}
    for title in (*curated_names(), *ONET):
        role = resolve_role(title, store)
        counted = frozenset(role.soc_codes) & frozenset(SOCS)
        if role.level_hint or not counted:
            continue  # a level word changes the level asked; other codes count nothing here
        found.setdefault((counted, role.lca_words), (title, role))
    return dict(found.values())


class Published:
    """Everything the answers publish: the filings behind each shown answer, each withheld
    answer's filings (for the control), and every offer placement with its shown points."""

    def __init__(self) -> None:
        self.plain: Answers = {}
        self.company: Answers = {}
        self.withheld: Answers = {}
        self.placements: list[tuple[SourceRange, float]] = []
        self.roles: set[str] = set()


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Published:
    folder = tmp_path_factory.mktemp("lca-differencing")
    paths: Paths = market_paths(folder / "home")
    for year in YEARS:
        import_file(paths, "lca", _write(folder, year), now=clock)
    out = Published()
    with open_market(paths, now=clock) as store:
        areas = oews_areas(store)
        places = {p: resolve_place(p, store) for p in PLACES}
        steps = metro_steps(areas)
        questions = itertools.product(_roles(store).items(), YEARS, PLACES, LEVELS, COMPANIES)
        rebuilds: dict[tuple[str, int], _Rebuild] = {}
        for i, ((title, role), year, where, level, company) in enumerate(questions):
            band = parse_level(level) if level else None
            offer = OFFERS[i % len(OFFERS)]
            report = build_report(store, role, band, places[where], company=company,
                                  source="lca", year=year, offer=offer)  # fmt: skip
            if not report.ranges:
                continue
            lca = report.ranges[0]
            key = (title, year)
            rebuild = rebuilds.get(key) or rebuilds.setdefault(
                key, _Rebuild(FILINGS[year], steps, role)
            )
            step = next(s for s in area_chain(places[where], areas) if s.name == lca.area)
            members = rebuild.members(step, band.bridge.wage_level if band else None, company)
            filings = Counter({(year, n): c for n, c in members.items()})
            assert sum(filings.values()) == lca.n, (title, year, where, level, company)
            name = f"{title}/FY{year}/{where}/{level}/{company}"
            if lca.shown:
                (out.company if company else out.plain)[name] = filings
                out.placements.append((lca, offer))
                out.roles.add(title)
            elif lca.n >= MIN_CELL:
                out.withheld[name] = filings
    return out


def test_every_kind_of_answer_is_asked(published: Published) -> None:
    # curated roles with title words, SOC codes alone and O*NET readings of several codes
    assert {"Data Scientist", "Machine Learning Engineer", "Software Engineer"} <= published.roles
    assert len(published.roles) >= 8
    assert {k.split("/")[1] for k in published.plain} == {"FY2023", "FY2024"}
    assert len(published.plain) > 300 and len(published.company) > 60
    assert {k.split("/")[0] for k in published.company} >= {"Data Scientist", "Software Engineer"}
    assert len(published.withheld) > 20  # the rule has work to do on this file


def test_no_weighted_sum_of_answers_without_a_company_gives_a_filing_away(
    published: Published,
) -> None:
    found = audit(published.plain)
    assert found.rank > 50 and found.tried > 1000
    assert found.suspected == 0 and found.given_away == ()


def test_no_weighted_sum_of_every_answer_gives_a_filing_away(published: Published) -> None:
    """Company answers of every role, with every answer without one: a company's 'Data
    Specialist' answer less its 'Data Scientist' one used to leave its statisticians (one
    filing in Washington on the sample of test_lca_disclosure_sample)."""
    every = {**published.plain, **published.company}
    assert nested_pairs(every) == []
    found = audit(every)
    assert found.rank > 50 and found.tried > 1000
    assert found.suspected == 0 and found.given_away == ()


def test_the_attack_finds_what_the_rule_withholds(published: Published) -> None:
    """The control: with the withheld answers published too, the same attack singles out a
    few filings (so an empty finding above is the rule's doing, not the attack's blindness)."""
    every = {**published.plain, **published.company, **published.withheld}
    found = audit(every, first=True)
    assert found.given_away
    assert all(0 < len(few) < MIN_CELL for few in found.given_away)


def test_an_offer_is_placed_from_the_shown_percentiles_alone(published: Published) -> None:
    """A placement adds nothing to the shown numbers: on a large cell it is the
    interpolation between the shown percentiles, on a thin one the band between two, and
    outside the shown range 'below' or 'above' the edge."""
    assert len(published.placements) > 300
    for cell, offer in published.placements:
        points = cell.points
        if offer < points[0][1] or offer > points[-1][1]:
            assert cell.offer_percentile is None
            assert (cell.offer_position or "").startswith(("below", "above"))
        elif "thin" in cell.flags:
            assert cell.offer_percentile is None and cell.offer_position is not None
            assert "-" in cell.offer_position
        else:
            expected = percentile_of(points, offer)
            assert expected is not None and cell.offer_percentile == round(expected)
