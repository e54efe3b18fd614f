"""Levels: band names, company ladders, crowd codes and the prevailing-wage bridge."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from levelset.bands import Band
from levelset.errors import UnknownValue
from levelset.market.build import open_market
from levelset.market.levels import bridge, crowd_codes, level_rows, parse_level
from tests.cli.runner import run_cli
from tests.market.market_home import clock, market_paths


@pytest.mark.parametrize(
    ("text", "company", "band"),
    [
        ("senior", None, Band.SENIOR),
        ("Sr.", None, Band.SENIOR),
        ("Staff", None, Band.STAFF),
        ("senior staff", None, Band.SENIOR_STAFF),
        ("Principal", None, Band.PRINCIPAL),
        ("new grad", None, Band.ENTRY),
        ("L5", None, Band.SENIOR),
        ("L5", "Amazon", Band.MID),
        ("l6", "AWS", Band.SENIOR),
        ("E5", None, Band.SENIOR),
        ("SDE II", None, Band.MID),
        ("SDE-2", None, Band.MID),
        ("IC4", None, Band.MID),
        ("ICT4", None, Band.SENIOR),
        ("63", None, Band.SENIOR),
        ("Engineer II", None, Band.MID),
    ],
)
def test_level_names(text: str, company: str | None, band: Band) -> None:
    assert parse_level(text, company).band is band


def test_an_ambiguous_level_names_its_other_reading() -> None:
    found = parse_level("L5")
    assert found.ladder == "google"
    assert any("amazon" in other and "mid" in other for other in found.alternatives)


def test_bridge_follows_the_prevailing_wage_levels() -> None:
    expected = {Band.ENTRY: ("I", 17), Band.MID: ("II", 34), Band.SENIOR: ("III", 50),
                Band.STAFF: ("IV", 67)}  # fmt: skip
    for band, (level, pct) in expected.items():
        found = bridge(band)
        assert (found.wage_level, found.percentile, found.extrapolated) == (level, pct, False)
        assert "approximate" in found.label
    assert bridge(Band.PRINCIPAL).extrapolated


def test_crowd_codes() -> None:
    assert crowd_codes(Band.ENTRY) == ("EN",)
    assert crowd_codes(Band.SENIOR) == ("SE",)
    assert crowd_codes(Band.STAFF) == ("SE", "EX")


def test_unknown_level_has_closest_matches() -> None:
    with pytest.raises(UnknownValue) as caught:
        parse_level("seniro")
    assert "senior" in caught.value.suggestions


def test_parser_agrees_with_the_shipped_level_table(levelset_home: Path) -> None:
    store = open_market(market_paths(levelset_home), now=clock)
    rows = level_rows(store.fetch_dicts("SELECT * FROM level_map"))
    checked = 0
    for row in rows[:6]:  # bands 1-6; the fellow row is above the band scale
        for company, cell in row.companies.items():
            first = re.split(r"[ (]", cell.strip())[0]
            name = first.split("-")[0] if company == "microsoft" else first
            if not name or (company == "apple" and not name.startswith("ICT")):
                continue
            assert parse_level(name, company).band is row.band, (company, cell)
            checked += 1
    assert checked >= 25


def test_the_profile_accepts_any_level_the_market_reads() -> None:
    from levelset.profile.model import parse_band
    from tests.cli.runner import run_cli

    assert parse_band("SDE II") is Band.MID
    assert parse_band("senior_staff") is Band.SENIOR_STAFF
    result = run_cli("profile", "set", "--level", "E6", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["profile"]["target_band"] == "staff"
    refused = run_cli("profile", "set", "--level", "wizard")
    assert refused.exit_code == 2 and "senior" in refused.stderr


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("senior staff engineer", Band.SENIOR_STAFF),
        ("Senior Principal Engineer", Band.SENIOR_STAFF),
        ("Staff Software Engineer", Band.STAFF),
        ("Engineer, Senior Staff", Band.SENIOR_STAFF),
    ],
)
def test_the_longest_level_words_in_a_title_win(text: str, band: Band) -> None:
    assert parse_level(text).band is band


@pytest.mark.parametrize("text", ["foo", "E9", "entri"])
def test_closest_levels_are_not_repeated(text: str) -> None:
    with pytest.raises(UnknownValue) as caught:
        parse_level(text)
    found = caught.value.suggestions
    assert found and len(set(found)) == len(found)


def test_a_company_without_a_ladder_is_said_not_ignored() -> None:
    match = parse_level("L5", "Foo Corp")
    assert (
        match.band is Band.SENIOR and match.ladder == "generic"
    )  # never a named company's ladder (issue 13)
    assert "no company given" not in match.why and "'Foo Corp'" in match.why


def test_a_level_not_on_the_companys_ladder_says_so() -> None:
    match = parse_level("E5", "Google")
    assert match.ladder == "meta"
    assert "no company given" not in match.why and "not on the google ladder" in match.why


@pytest.mark.parametrize(("text", "near"), [("L9", "L8"), ("E9", "E8"), ("ICT7", "ICT6")])
def test_an_unknown_ladder_level_suggests_its_neighbours(text: str, near: str) -> None:
    with pytest.raises(UnknownValue) as caught:
        parse_level(text)
    assert near in caught.value.suggestions[:3]


def test_a_company_without_a_ladder_is_read_on_the_generic_ladder_and_says_so() -> None:
    found = parse_level("L5", "Stripe")
    assert (found.band, found.ladder) == (Band.SENIOR, "generic")
    assert "generic ladder" in found.why and "no ladder" in found.why
    assert "google" not in found.why
    assert found.alternatives == ("at amazon L5 is mid",)
    assert parse_level("IC6", "Stripe").band == Band.STAFF


def test_a_company_with_a_ladder_still_reads_its_own() -> None:
    assert parse_level("L5", "Amazon").ladder == "amazon"
    assert parse_level("L5").ladder == "google"  # no company: the stated default


def test_a_title_with_a_level_word_reads_by_the_word_when_no_company_is_given() -> None:
    # "Principal Engineer" is staff on two companies' ladders; with no company it is the
    # principal band its word names, and the ladders that read it otherwise are said
    found = parse_level("Principal   Engineer")
    assert found.band is Band.PRINCIPAL and found.ladder is None
    assert "'Principal   Engineer'" in found.why
    assert any("amazon" in other and "staff" in other for other in found.alternatives)
    assert parse_level("Principal Engineer", "Amazon").band is Band.STAFF


def test_the_reason_quotes_the_words_the_user_typed() -> None:
    found = parse_level("[/x] Senior")
    assert found.why == "'senior' in '[/x] Senior' names the senior band"
    assert parse_level("Partner").why.startswith("'Partner' is a level on the microsoft ladder")


def test_closest_levels_do_not_repeat_a_name_in_other_case() -> None:
    """'sneior' was offered 'senior principal, SENIOR PRINCIPAL, ...'."""
    with pytest.raises(UnknownValue) as caught:
        parse_level("sneior")
    found = caught.value.suggestions
    assert found[0] == "senior"
    assert len({s.casefold() for s in found}) == len(found)


@pytest.mark.parametrize("text", ["Fellow", "Technical Fellow", "fellow"])
def test_a_fellow_is_read_as_principal_and_says_it_is_above_the_bands(text: str) -> None:
    # it said "'Fellow' names the principal band" while the table shows Fellow above the bands
    read = parse_level(text)
    assert read.band is Band.PRINCIPAL
    assert "a Fellow ranks above the six bands, so it is read as principal" in read.why
    assert "understate" in read.why


def test_the_level_table_dates_its_source_and_reads_its_fellow_row(levelset_home: Path) -> None:
    result = run_cli("levels", "--json")
    assert result.exit_code == 0
    rows = result.json()["levels"]
    assert {r["source"] for r in rows} == {"level_map (community-reported, compiled 2025)"}
    assert [r["read_as"] for r in rows] == [b.value for b in Band] + ["principal"]
    assert rows[-1]["band"] is None and rows[-1]["generic_title"] == "Fellow"
    shown = " ".join(run_cli("levels").stdout.split())
    assert "Source: level_map (community-reported, compiled 2025)" in shown
    assert "Fellow read as principal" in shown
