"""The differencing attack over a year of LCA filings shaped like real ones (lca_sample.py):
every area, wage level and company string a query can ask, every pair and every weighted sum
of the answers levelset shows. The filings behind each shown answer are rebuilt from the
generated file apart from levelset's code (which cities a metro holds is taken from the
metros a query walks)."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Hashable

import pytest

from levelset.market.build import import_file, open_market
from levelset.market.lca_cells import metro_steps
from levelset.market.levels import parse_level
from levelset.market.places import oews_areas, resolve_place
from levelset.market.privacy import MIN_CELL
from levelset.market.ranges import market_range_in
from levelset.market.widening import Step, area_chain
from levelset.paths import Paths
from tests.market import lca_sample
from tests.market.attack import nested_pairs, recoverable
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
            report = market_range_in(store, "Data Scientist", level, where, company=asked,
                                     source="lca")  # fmt: skip
            lca = report.ranges[0] if report.ranges else None
            if lca is None or not lca.shown:
                continue
            step = next(s for s in area_chain(resolve_place(where, store), areas)
                        if s.name == lca.area)  # fmt: skip
            wage = parse_level(level).bridge.wage_level if level else None  # type: ignore[union-attr]
            members = rebuild.members(step, wage, asked)
            assert sum(members.values()) == lca.n, (where, level, asked)
            (company if asked else plain)[f"{where}/{level}/{asked}"] = members
    return plain, company


class _Rebuild:
    """The counted filings behind an answer, from the file's rows."""

    def __init__(self, rows: list[dict[str, str]], metros: list[Step]) -> None:
        self.rows = [r for r in rows if lca_sample.counted(r)]
        metros_of: dict[tuple[str, str], set[str]] = defaultdict(set)
        for step in metros:
            for city in step.cities:
                metros_of[(step.state or "", city)].add(step.name)
        self.metros = [frozenset(metros_of[(r["WORKSITE_STATE"], r["WORKSITE_CITY"])])
                       for r in self.rows]  # fmt: skip
        self.keys = [_key(r["EMPLOYER_NAME"]) for r in self.rows]
        self.answerable = self._answerable()

    def members(self, step: Step, wage: str | None, company: str | None) -> Counter[Hashable]:
        asked = _key(company) if company else None
        return Counter(
            i for i, r in enumerate(self.rows)
            if (step.state is None or r["WORKSITE_STATE"] == step.state)
            and (not step.cities or step.name in self.metros[i])
            and (wage is None or r["PW_WAGE_LEVEL"] == wage)
            and (asked is None or (asked in self.keys[i] and i in self.answerable))
        )  # fmt: skip

    def _answerable(self) -> set[int]:
        """Filings a company answer may count: their employer holds MIN_CELL or more in the
        block (wage level, state, metros) and the block's other filings are 0 or MIN_CELL+,
        the smallest such employers joining the rest until they are."""
        blocks: dict[tuple[str, str, frozenset[str]], list[int]] = defaultdict(list)
        for i, r in enumerate(self.rows):
            blocks[(r["PW_WAGE_LEVEL"], r["WORKSITE_STATE"], self.metros[i])].append(i)
        kept: set[int] = set()
        for members in blocks.values():
            sizes = Counter(self.keys[i] for i in members)
            large = sorted((n, e) for e, n in sizes.items() if n >= MIN_CELL)
            rest = len(members) - sum(n for n, _ in large)
            while large and 0 < rest < MIN_CELL:
                rest += large.pop(0)[0]
            names = {e for _, e in large}
            kept |= {i for i in members if self.keys[i] in names}
        return kept


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


@pytest.mark.xfail(
    strict=True,
    reason="found 2026-12-05, not fixed: each role's LCA answers are checked against its own "
    "areas, levels and companies only, but roles overlap: 'Data Specialist' (O*NET: every "
    "filing of SOC 15-2041 and 15-2051) holds every 'Data Scientist' filing (the same codes, "
    "titles with 'data scientist') and the sample's few statisticians more, so the two "
    "answers differ by 1 to 4 filings in half the places and levels asked (one span per "
    "year over every role's answers, atoms split by SOC code and curated title words, "
    "would close it)",
)
def test_two_roles_over_the_same_soc_codes_never_differ_by_a_few_filings(
    imported: Paths,
) -> None:
    found = []
    with open_market(imported, now=clock) as store:
        for where, level in itertools.product(PLACES, LEVELS):
            shown = []
            for title in ("Data Scientist", "Data Specialist"):
                report = market_range_in(store, title, level, where, source="lca")
                cell = report.ranges[0] if report.ranges else None
                shown.append(cell if cell is not None and cell.shown else None)
            narrow, wide = shown
            if narrow and wide and narrow.area == wide.area and 0 < wide.n - narrow.n < MIN_CELL:
                found.append((where, level, wide.n - narrow.n))
    assert found == []
