"""The source registry: a fourth source added through one SourceSpec reaches `levelset range`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from levelset.market import registry
from levelset.market.registry import Found, Query, SourceSpec
from levelset.market.report import SourceRange
from levelset.market.roles import Fetcher
from tests.cli.runner import run_cli
from tests.market.market_home import market_paths


def _survey(store: Fetcher, query: Query) -> Found:
    """A made-up survey with one fixed cell, read from the store like a real loader."""
    (count,) = store.fetch("SELECT count(*) FROM crowd")[0]
    area = query.place.name if query.place else "United States"
    cell = SourceRange(
        source="survey",
        label="Pay Survey (test)",
        dataset="survey_2025",
        area=area,
        period="2025",
        basis="total pay, surveyed",
        n=int(count),
        n_label="respondents",
        values={
            "p10": 100000.0,
            "p25": 150000.0,
            "p50": 200000.0,
            "p75": 250000.0,
            "p90": 300000.0,
        },
    )
    return Found((cell,), widened=("survey: asked for a city, used the nation",))


def _notes(query: Query, ranges: Sequence[SourceRange]) -> list[str]:
    return [f"The survey covers {len(ranges)} cell for {query.role.label}."]


SURVEY = SourceSpec(
    key="survey",
    name="A pay survey",
    short="Survey",
    offer_name="the survey",
    basis="surveyed total pay",
    basis_plural="surveyed total pay",
    unit="answers",
    licence="CC BY 4.0",
    preference=0,
    loader=_survey,
    caveats=_notes,
)


@pytest.fixture
def survey(levelset_home: Path) -> Iterator[None]:
    market_paths(levelset_home)
    registry.register(SURVEY)
    try:
        yield
    finally:
        registry.unregister("survey")


def test_the_built_in_sources_are_specs() -> None:
    assert registry.choices() == ("all", "crowd", "oews", "lca")
    assert registry.by_preference()[:2] == ("crowd", "oews_level")
    with pytest.raises(ValueError, match="exists already"):
        registry.register(registry.specs()[0])


@pytest.mark.usefixtures("survey")
def test_a_fourth_source_shows_in_the_table_headline_and_caveats() -> None:
    result = run_cli("range", "Machine Learning Engineer", "--level", "senior")
    assert result.exit_code == 0, result.stderr
    assert "Pay Survey (test)" in result.stdout
    assert "surveyed total pay, USD" in result.stdout
    assert "answers" in result.stdout
    data = run_cli("range", "MLE", "--level", "senior", "--offer", "200000", "--json").json()
    survey = next(r for r in data["ranges"] if r["source"] == "survey")
    assert survey["label"] == "Pay Survey (test)" and survey["p50"] == 200000.0
    assert survey["offer_position"] == "P50"
    assert "Pay Survey (test)" in data["headline"]["sources"]
    assert "Survey" in data["headline"]["method"]
    assert "The survey covers 1 cell for Machine Learning Engineer." in data["caveats"]
    assert "survey: asked for a city, used the nation" in data["widened"]


@pytest.mark.usefixtures("survey")
def test_a_fourth_source_can_be_asked_for_alone() -> None:
    data = run_cli("range", "MLE", "--source", "survey", "--json").json()
    assert [r["source"] for r in data["ranges"]] == ["survey"]
    result = run_cli("range", "MLE", "--source", "nosuch")
    assert result.exit_code != 0 and "survey" in result.stderr


@pytest.mark.usefixtures("survey")
def test_an_offer_is_anchored_on_the_preferred_source(levelset_home: Path) -> None:
    from levelset.app.market_placement import market_range_for
    from levelset.app.workspace import Workspace

    with_ws = Workspace.at(levelset_home)
    found, why = market_range_for(with_ws, "Machine Learning Engineer", "senior", None)
    assert why is None and found is not None
    assert found.source == "A pay survey" and found.basis == "surveyed total pay"


@pytest.mark.parametrize(
    ("level", "source"),
    [
        ("senior", "BLS OEWS wages, blend at senior"),  # at its median: not moved
        ("staff", "BLS OEWS wages, level-adjusted"),  # moved through the wage levels
    ],
)
def test_an_offers_oews_range_is_called_level_adjusted_only_when_it_was_moved(
    levelset_home: Path, level: str, source: str
) -> None:
    """The senior anchor and walk-away cited 'BLS OEWS wages, level-adjusted' while the range
    said the senior rows are not moved."""
    from levelset.app.market_placement import market_range_for
    from levelset.app.workspace import Workspace

    market_paths(levelset_home)
    found, why = market_range_for(
        Workspace.at(levelset_home), "Machine Learning Engineer", level, "Menlo Park"
    )
    assert why is None and found is not None
    assert found.source == source and found.place == "San Francisco-Oakland-Fremont, CA"
