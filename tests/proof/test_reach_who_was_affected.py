"""Reach told by who was affected (issue 12): the people the author grows or line-manages, rivals
in a contest, a thing named by a party's word ("a Python client", "social media", "unit tests")
and the object of a verb after "to" reach nobody; a community is a party only as reach reads one;
and "cross-team" work is reach (levelset.proof.reach_held, levelset.proof.reach,
levelset.proof.party)."""

from __future__ import annotations

import pytest

from levelset.proof.party import party_signals
from levelset.proof.reach import reach_signals


def _reaches(text: str) -> bool:
    found = {**reach_signals(text), **party_signals(text)}
    return any(n in found for n in ("reach:beyond_only", "reach:beneficiaries", "party:beyond"))


@pytest.mark.parametrize(
    "text",
    [
        # people of a trade the author coaches, guides or line-manages
        "Coached two new data analysts through their first quarter",
        "Guidance of two junior analysts through their first audit season.",
        "Line manager for five ML engineers; all five were rated strong or above.",
        "People lead for the five engineers of the mobile squad, alongside my own coding.",
        "Supervised a team of five analysts.",
        # a department the author heads, with its size; a function stood up; an org reorganised
        "Class teacher and head of the maths department (6 teachers).",
        "Stood up the SRE function (hired 4, wrote the on-call policy)",
        "Reorganised the data org into domain teams",
    ],
)
def test_the_people_and_units_the_author_runs_reach_nobody(text: str) -> None:
    assert not _reaches(text)


def test_another_functions_people_trained_stay_reach() -> None:
    assert _reaches("Trained the customer success managers to read the health scores")


def test_a_team_using_what_the_author_built_is_reach_not_the_authors_own() -> None:
    found = reach_signals("Built the attribution model the marketing team uses every week")
    assert found["reach:others_act"] == "the marketing team uses"


@pytest.mark.parametrize(
    "text",
    [
        "Top 10% in the company's internal hackathon (out of 60 teams).",
        "Won 2nd prize in a national design competition amongst 75+ teams.",
    ],
)
def test_teams_a_prize_was_won_among_are_rivals_not_reach(text: str) -> None:
    found = {**reach_signals(text), **party_signals(text)}
    assert "reach:team_count" not in found
    assert "party:beyond" not in found


def test_teams_that_took_the_work_up_stay_reach() -> None:
    assert "party:beyond" in party_signals("The linter was adopted by 12 teams")


@pytest.mark.parametrize(
    "text",
    [
        "Rebuilt the app with Angular for client side and Java for server side.",
        "Managed various social media accounts for the shop.",
        "Wrote comprehensive unit tests for the smart contracts.",
        "Held office hours for the data structures course.",
        "Wrote the scripts to migrate settings for client hardware upgrades.",
        "Model tracking and recalibration to ensure compliance with internal standards",
    ],
)
def test_a_thing_or_a_verbs_object_named_by_a_partys_word_is_no_party(text: str) -> None:
    assert "party:beyond" not in party_signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pioneered a forecasting platform for a global chemical client",
        "Maintained relationships with key media contacts and stylists",
        "Presented the churn analysis to the finance team",
        "Renegotiated the contract with our GPU cloud vendor",
    ],
)
def test_clients_media_and_vendors_as_organisations_stay_parties(text: str) -> None:
    assert "party:beyond" in party_signals(text)


def test_a_community_is_a_party_only_as_reach_reads_one() -> None:
    assert "party:outside" not in party_signals("Mentor in the student community")
    assert "party:outside" not in party_signals("Placement at a community pharmacy")
    assert "party:outside" in party_signals("Plugins used by the open-source community")


def test_work_across_team_lines_is_cross_team() -> None:
    found = reach_signals("Restructured the data group, cutting cross-team hand-offs.")
    assert found["reach:cross_functional"] == "cross-team"


@pytest.mark.parametrize(
    "text",
    [
        "Chaired the safety committee of the three production sites.",
        "Updated the World Health Organization's global underweight estimates",
    ],
)
def test_a_unit_before_of_or_its_possessive_stays_a_party(text: str) -> None:
    assert "party:beyond" in party_signals(text)


def test_a_function_before_until_is_the_people_worked_with() -> None:
    text = "Ran point on the GDPR request backlog with legal until it was cleared"
    assert reach_signals(text)["reach:with_function"] == "with legal"
    assert party_signals(text)["party:function>rel"] == "with legal"


@pytest.mark.parametrize(
    "text",
    [
        # the system the author is on call for
        "On-call for payments, 1 week in 5.",
        "Carried the pager for the data platform, roughly 6 pages a week",
        "Wrote about thirty runbooks for the platform.",
        # an executive post the author holds
        "As COO I oversaw the day to day operations of the firm",
        "As Vice President of Communications at a research institute, I lead its messaging",
    ],
)
def test_the_system_on_call_for_and_the_authors_own_post_reach_nobody(text: str) -> None:
    assert not _reaches(text)


def test_executives_presented_to_stay_reach() -> None:
    assert _reaches("Presented the migration plan to the CFO and the VP of Sales")
