"""The differencing attack over a year of LCA filings shaped like real ones (lca_sample.py):
every area, wage level and company string a query can ask, every pair and every weighted sum
of the answers levelset shows. The filings behind each shown answer are rebuilt from the
generated file apart from levelset's code (which cities a metro holds is taken from the
metros a query walks)."""

from __future__ import annotations

import itertools
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Hashable
from pathlib import Path

import pytest

from levelset.errors import AmbiguousValue
from levelset.market.areas import oews_areas
from levelset.market.build import import_file, open_market
from levelset.market.build_db import BuildDb
from levelset.market.lca_cells import built_roles, metro_steps
from levelset.market.lca_disclosure import compute_span, stored_span
from levelset.market.lca_span import MAX_EMPLOYERS
from levelset.market.levels import parse_level
from levelset.market.places import resolve_place
from levelset.market.privacy import MIN_CELL
from levelset.market.ranges import market_range_in
from levelset.market.roles import Fetcher, RoleMatch, curated_names
from levelset.market.store import MarketStore
from levelset.market.titles import resolve_role
from levelset.market.widening import Step, area_chain
from levelset.paths import Paths
from tests.market import lca_sample
from tests.market.attack import nested_pairs, recoverable
from tests.market.linear_attack import audit
from tests.market.market_home import clock, market_paths

# the nation, states, metros (Fresno and Spokane widen to their state for want of filings)
PLACES = ("United States", "California", "Washington State", "New York State", "Texas",
          "Virginia", "San Francisco", "San Jose", "Seattle", "New York", "Austin", "Dallas",
          "Fresno", "Spokane", "Arkansas", "Springdale, AR")  # fmt: skip
LEVELS = (None, "junior", "mid", "senior", "staff")
LEGAL = {"llc", "llp", "inc", "corp", "corporation", "co", "ltd", "limited"}
Answers = dict[str, Counter[Hashable]]


def _key(name: str) -> str:
    """One company however it is spelt, written apart from levelset's employer key."""
    words = re.sub(r"[^a-z0-9]+", " ", name.lower().replace("&", " and ")).split()
    words = words[1:] if words[:1] == ["the"] and len(words) > 1 else words
    while len(words) > 1 and words[-1] in LEGAL:
        words.pop()
    return " ".join(words)


def _companies(rows: list[dict[str, str]]) -> tuple[str, ...]:
    """Every word of every employer's name, each large employer's key and a spelling of it,
    and short strings that match many employers: one string for each set of employers they
    match (strings matching the same employers get the same answers)."""
    words = {w for r in rows for w in _key(r["EMPLOYER_NAME"]).split() if not w.isdigit()}
    large = [spellings for spellings, _, _ in lca_sample.LARGE]
    keys = {_key(s[0]) for s in large} | {s[-1] for s in large}
    employers = {_key(r["EMPLOYER_NAME"]) for r in rows}
    by_match: dict[frozenset[str], str] = {}
    for asked in sorted(words | keys | {"a", "co", "in"}):
        by_match.setdefault(frozenset(e for e in employers if _key(asked) in e), asked)
    return tuple(by_match.values())


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """A home whose market store holds the sample's filings."""
    folder = tmp_path_factory.mktemp("lca-sample")
    paths = market_paths(folder / "home")
    import_file(paths, "lca", lca_sample.write(folder, lca_sample.filings()), now=clock)
    return paths


def _shown_members(store, areas, rebuild, title, where, level, company):  # type: ignore[no-untyped-def]
    """The filings behind the LCA answer a query shows (None when it shows none); their count is
    the answer's n."""
    report = market_range_in(store, title, level, where, company=company, source="lca")
    lca = report.ranges[0] if report.ranges else None
    if lca is None or not lca.shown:
        return None
    step = next(s for s in area_chain(resolve_place(where, store), areas) if s.name == lca.area)
    wage = parse_level(level).bridge.wage_level if level else None  # type: ignore[union-attr]
    members = rebuild.members(step, wage, company)
    assert sum(members.values()) == lca.n, (title, where, level, company)
    return members


@pytest.fixture(scope="module")
def sample(imported: Paths) -> tuple[Answers, Answers]:
    """(answers without a company, answers of a company) a query can show, as filings."""
    paths, rows = imported, lca_sample.filings()
    plain: Answers = {}
    company: Answers = {}
    with open_market(paths, now=clock) as store:
        areas = oews_areas(store)
        rebuild = _Rebuild(rows, metro_steps(areas))
        for where, level, asked in itertools.product(PLACES, LEVELS, (None, *_companies(rows))):
            members = _shown_members(store, areas, rebuild, "Data Scientist", where, level, asked)
            if members is not None:
                (company if asked else plain)[f"{where}/{level}/{asked}"] = members
    return plain, company


class _Rebuild:
    """The counted filings behind an answer, from the file's rows (a role's: its SOC codes,
    and every word of one of its word groups in the title; 'Data Scientist' when none is
    given)."""

    def __init__(
        self, rows: list[dict[str, str]], metros: list[Step], role: RoleMatch | None = None
    ) -> None:
        kept = [
            i for i, r in enumerate(rows) if (_counts(r, role) if role else lca_sample.counted(r))
        ]
        self.number = kept  # a filing's number in the file, the same for every role
        self.rows = [rows[i] for i in kept]
        metros_of: dict[tuple[str, str], set[str]] = defaultdict(set)
        for step in metros:
            for city in step.cities:
                metros_of[(step.state or "", city)].add(step.name)
        self.metros_of = {k: frozenset(v) for k, v in metros_of.items()}
        self.metros = [self.metros_of.get((r["WORKSITE_STATE"], r["WORKSITE_CITY"]), frozenset())
                       for r in self.rows]  # fmt: skip
        self.keys = [_key(r["EMPLOYER_NAME"]) for r in self.rows]
        self.answerable = self._answerable(rows)

    def members(self, step: Step, wage: str | None, company: str | None) -> Counter[Hashable]:
        asked = _key(company) if company else None
        return Counter(
            self.number[i] for i, r in enumerate(self.rows)
            if (step.state is None or r["WORKSITE_STATE"] == step.state)
            and (not step.cities or step.name in self.metros[i])
            and (wage is None or r["PW_WAGE_LEVEL"] == wage)
            and (asked is None or (asked in self.keys[i] and self.number[i] in self.answerable))
        )  # fmt: skip

    def _answerable(self, rows: list[dict[str, str]]) -> set[int]:
        """Filings a company answer may count: their employer holds MIN_CELL or more in the
        block (wage level, state, metros, SOC code and the curated roles the filing counts
        in) and the block's other filings are 0 or MIN_CELL+, the smallest such employers
        joining the rest until they are; only the year's MAX_EMPLOYERS employers with the most
        filings are named. Blocks are over every counted filing, whatever the role asked."""
        blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
        for i, r in enumerate(rows):
            if r["CASE_STATUS"] != "Certified" or r["FULL_TIME_POSITION"] != "Y":
                continue
            curated = tuple(j for j, role in enumerate(CURATED) if _counts(r, role))
            metros = self.metros_of.get((r["WORKSITE_STATE"], r["WORKSITE_CITY"]), frozenset())
            blocks[(r["PW_WAGE_LEVEL"], r["WORKSITE_STATE"], metros, r["SOC_CODE"][:7],
                    curated)].append(i)  # fmt: skip
        kept: set[int] = set()
        keys = [_key(r["EMPLOYER_NAME"]) for r in rows]
        totals = Counter(keys[i] for members in blocks.values() for i in members)
        named = sorted(totals, key=lambda e: (-totals[e], e))[:MAX_EMPLOYERS]
        for members in blocks.values():
            sizes = Counter(keys[i] for i in members)
            large = sorted((n, e) for e, n in sizes.items() if n >= MIN_CELL and e in named)
            rest = len(members) - sum(n for n, _ in large)
            while large and 0 < rest < MIN_CELL:
                rest += large.pop(0)[0]
            names = {e for _, e in large}
            kept |= {i for i in members if keys[i] in names}
        return kept


def _counts(row: dict[str, str], role: RoleMatch) -> bool:
    title = row["JOB_TITLE"].lower()
    return (
        row["CASE_STATUS"] == "Certified"
        and row["FULL_TIME_POSITION"] == "Y"
        and row["SOC_CODE"][:7] in role.soc_codes
        and (not role.lca_words or any(all(w in title for w in g) for g in role.lca_words))
    )


def test_the_sample_asks_answers_of_every_kind(sample: tuple[Answers, Answers]) -> None:
    plain, company = sample
    assert len(plain) > 40 and len(company) > 400
    several = {k for k in company if k.endswith(("/a", "/data", "/labs", "/amazon"))}
    assert several  # strings matching several employers are answered, not only exact names


def test_no_two_answers_differ_by_a_few_filings(sample: tuple[Answers, Answers]) -> None:
    plain, company = sample
    assert nested_pairs({**plain, **company}) == []


def test_no_weighted_sum_of_any_answers_singles_out_a_few_filings(
    sample: tuple[Answers, Answers],
) -> None:
    plain, company = sample
    assert recoverable(plain) == []
    assert recoverable({**plain, **company}) == []


def _roles(store: Fetcher) -> dict[str, RoleMatch]:
    """One title of every role that counts filings of the sample's SOC codes (15-2051, and
    the statisticians' 15-2041): every curated role, and every O*NET title filed under either
    code, read as levelset reads it (titles read as the same codes and words kept once)."""
    onet = store.fetch(
        "SELECT DISTINCT title FROM onet_titles WHERE soc IN ('15-2041', '15-2051') ORDER BY 1"
    )
    found: dict[tuple[object, ...], tuple[str, RoleMatch]] = {}
    for title in [*curated_names(), "Data Specialist", *(str(r[0]) for r in onet)]:
        try:
            role = resolve_role(title, store)
        except AmbiguousValue:
            continue  # "Researcher" is asked which job it means: it gives no answer to compare
        codes = frozenset(role.soc_codes) & SAMPLE_SOCS
        if role.level_hint or not codes:
            continue  # a level word would change the level asked; other codes count nothing
        # titles counting the same filings of the sample give the same answers
        found.setdefault((codes, role.lca_words), (title, role))
    return dict(found.values())


SAMPLE_SOCS = frozenset({"15-2041", "15-2051"})
CURATED = built_roles()  # the role map's curated roles, in its order


@pytest.fixture(scope="module")
def every_role(imported: Paths) -> tuple[Answers, dict[str, RoleMatch]]:
    """The answers without a company of every role over the sample's codes, as filings."""
    rows = lca_sample.filings()
    answers: Answers = {}
    with open_market(imported, now=clock) as store:
        areas = oews_areas(store)
        roles = _roles(store)
        for title, role in roles.items():
            rebuild = _Rebuild(rows, metro_steps(areas), role)
            for where, level in itertools.product(PLACES, LEVELS):
                members = _shown_members(store, areas, rebuild, title, where, level, None)
                if members is not None:
                    answers[f"{title}/{where}/{level}"] = members
    return answers, roles


def test_the_roles_searched_overlap_as_real_roles_do(
    every_role: tuple[Answers, dict[str, RoleMatch]],
) -> None:
    answers, roles = every_role
    # curated roles with title words (Data Scientist; ML Engineer counts 'data scientist,
    # machine learning'), codes alone (Statistician, Data Scientists) and both codes together
    assert {"Data Scientist", "Machine Learning Engineer", "Data Specialist"} <= set(roles)
    codes = {frozenset(role.soc_codes) & SAMPLE_SOCS for role in roles.values()
             if not role.lca_words}  # fmt: skip
    assert codes == {frozenset({"15-2041"}), frozenset({"15-2051"}), SAMPLE_SOCS}
    shown = {key.split("/")[0] for key in answers}
    assert {"Data Scientist", "Data Specialist", "Machine Learning Engineer"} <= shown
    assert len(answers) > 150


def test_no_two_answers_of_any_roles_differ_by_a_few_filings(
    every_role: tuple[Answers, dict[str, RoleMatch]],
) -> None:
    """'Data Specialist' (O*NET: every filing of 15-2041 and 15-2051) holds every 'Data
    Scientist' filing and the statisticians more: before one span held every role's answers,
    the two differed by 1 to 4 filings in half the places and levels asked."""
    answers, _ = every_role
    assert nested_pairs(answers) == []


def test_the_import_stores_the_years_span(imported: Paths, tmp_path: Path) -> None:
    """The span of every role's answers is stored at import (a query reads it, never works
    it out): the stored one is the one worked out from the filings, a year without filings
    has none, and a store whose span was lost answers the same by working it out."""
    with open_market(imported, now=clock) as store:
        stored = stored_span(store, 2024)
        assert stored is not None and sum(len(a) for a in stored.hidden.values()) > 50
        worked_out = compute_span(store, 2024, metro_steps(oews_areas(store)))
        assert stored.hidden == worked_out.hidden
        assert stored_span(store, 2023) is None
        asked = [("Data Scientist", level, where) for level in LEVELS for where in PLACES]
        before = [market_range_in(store, *q, source="lca").to_dict() for q in asked]
    copy = tmp_path / "market.duckdb"
    shutil.copyfile(imported.market_db, copy)
    db = BuildDb(copy)
    db.run("DELETE FROM lca_spans")
    db.close()
    with MarketStore(copy) as store:
        assert stored_span(store, 2024) is None
        assert [market_range_in(store, *q, source="lca").to_dict() for q in asked] == before


def test_no_weighted_sum_of_any_roles_answers_gives_a_filing_away(
    every_role: tuple[Answers, dict[str, RoleMatch]],
) -> None:
    """Every role's shown answers at once, weighted and added any way (the numpy checker,
    linear_attack.py): no set of 1 to 4 filings is left."""
    answers, _ = every_role
    found = audit(answers)
    assert found.answers > 80 and found.tried > 100
    assert found.suspected == 0 and found.given_away == ()
