"""A title of one generic job word is asked which job it means, with the closest roles, on the
CLI and in JSON, instead of a range blending every trade that uses the word (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import AmbiguousValue
from levelset.market.bare_titles import CHOICES
from levelset.market.build import open_market
from levelset.market.store import MarketStore
from levelset.market.titles import resolve_role
from tests.cli.runner import run_cli
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


# each was read before as a blend of O*NET's filings or a trade outside tech ("Scientist": four
# life-science occupations; "Architect": building architects; "Analyst": financial analysts;
# "Director": film directors; "Intern": medical interns), or refused with unrelated suggestions
@pytest.mark.parametrize(
    ("title", "job"),
    [
        ("Scientist", "scientist"),
        ("Senior Scientist", "scientist"),
        ("Scientist II", "scientist"),
        ("Architect", "architect"),
        ("Sr. Architect", "architect"),
        ("Lead Architect", "architect"),
        ("Analyst", "analyst"),
        ("Manager", "manager"),
        ("Senior Manager", "manager"),
        ("Lead", "lead"),
        ("Team Lead", "lead"),
        ("Consultant", "consultant"),
        ("Director", "director"),
        ("Head", "head"),
        ("Vice President", "vp"),
        ("Intern", "intern"),
        ("Researcher", "researcher"),
        ("Designer", "designer"),
        ("Administrator", "administrator"),
        ("Senior Specialist", "specialist"),
        ("Engineer (Senior)", "engineer"),
    ],
)
def test_a_bare_job_word_is_asked_which(market: MarketStore, title: str, job: str) -> None:
    with pytest.raises(AmbiguousValue) as asked:
        resolve_role(title, market)
    assert tuple(asked.value.suggestions) == CHOICES[job]
    assert "names no field" in str(asked.value)
    assert "level words are kept" in (asked.value.hint or "")


@pytest.mark.parametrize("choice", sorted({c for choices in CHOICES.values() for c in choices}))
def test_every_suggestion_reads_as_a_role(market: MarketStore, choice: str) -> None:
    assert _read(market, choice)[0] != "refused"


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("Developer", ("software_engineer", None)),  # what a user of a tech tool means
        ("Senior Programmer", ("software_engineer", "senior")),
        ("Staff Engineer", ("software_engineer", "staff")),
        ("Tech Lead", ("software_engineer", "staff")),
        ("Data Lead", ("data_engineer", "staff")),
        ("Staff Research Scientist", ("research_scientist", "staff")),
        ("Principal Solutions Architect", ("onet:15-1241.00", "principal")),
    ],
)
def test_a_job_word_with_its_field_or_a_developer_is_still_read(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


def test_the_cli_and_json_ask_which_with_the_choices(levelset_home: Path) -> None:
    market_paths(levelset_home)
    shown = run_cli("range", "Scientist", "-p", "San Francisco")
    assert shown.exit_code == 2
    assert "ambiguous title" in shown.stderr and "Research Scientist" in shown.stderr
    assert "Headline" not in shown.stdout
    data = run_cli("range", "Architect", "-p", "Seattle", "--json").json()
    assert data["error"] == "ambiguous_value"
    assert data["suggestions"] == list(CHOICES["architect"])
    answered = run_cli("range", "Senior Data Scientist", "-p", "San Francisco")
    assert answered.exit_code == 0, answered.stderr
