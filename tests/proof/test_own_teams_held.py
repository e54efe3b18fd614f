"""Teams the author runs, however many, are the author's own line, not reach (RULES.md, cases
decided on 2026-12-07: several teams of the author's own); other teams served or given
direction stay reach (levelset.proof.reach_held, levelset.proof.reach, levelset.proof.party;
issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.party import party_signals
from levelset.proof.reach import reach_signals


@pytest.mark.parametrize(
    "text",
    [
        # a list of running verbs before the teams
        "Built and scaled a distributed mobile engineering team from two to eleven people",
        "Leading, supporting and planning the work of four data engineering teams.",
        # present-tense overseeing, directing and heading
        "Oversee the QA and support engineering teams across two sites",
        "Headed the billing and fraud engineering groups through the 2024 reorganisation",
        # managers of the author's groups, a size with a plus
        "Managed the managers of the billing and fraud engineering groups (24 people)",
        "Managed 12+ person audit teams on year-end engagements",
        # a head of a function for the organisation the author runs
        "Director of engineering for a sixty-person organisation of five teams.",
        # one team whose plans, roadmap or hiring the author holds
        "Set the quarterly priorities and OKRs for the checkout team",
        "Owned the roadmap and hiring for the search infrastructure team.",
    ],
)
def test_teams_the_author_runs_are_no_reach(text: str) -> None:
    assert "reach:beyond_only" not in reach_signals(text)
    assert "party:beyond" not in party_signals(text)


@pytest.mark.parametrize(
    "text",
    [
        # several teams given direction, not said to report to the author (RULES.md)
        "Set direction for the three ML platform teams",
        # others named beside the team the author runs
        "Owned the roadmap for the anti-fraud team, trading off requests from support and legal",
        # a group's strategy reaches past one team (labelled so on the tuning rows)
        "Wrote the data strategy for the whole payments group",
    ],
)
def test_other_teams_named_beside_them_stay_reach(text: str) -> None:
    assert "reach:beyond_only" in reach_signals(text)
    assert "party:beyond" in party_signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Moderator of an open data community of 200k members",
        "Co-authored two community papers on solar wind models",
        "Upstreamed the parser fix, now used by our team and the community",
    ],
)
def test_a_community_outside_the_employer_is_reach(text: str) -> None:
    assert "reach:outside" in reach_signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ran the student community's welcome week for 300 first-years",
        "Completed a placement at a community pharmacy in Leeds",
        "Measured community-level effects of the microloan scheme",
        "Grew the company's startup community newsletter",
    ],
)
def test_a_community_of_ones_own_or_in_a_name_is_no_reach(text: str) -> None:
    assert "reach:outside" not in reach_signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ran weekly labs and office hours for 40 students in the C course",
        "Taught programming labs in Python to first-year engineers",
        "Reimaged every machine in the school's computer labs over the summer",
        "Implemented OAuth 2.0 with PKCE for the partner APIs",
        "Scraped order statuses from partner websites with Playwright",
    ],
)
def test_lab_classes_and_a_partners_api_are_no_reach(text: str) -> None:
    assert "reach:outside" not in reach_signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "The benchmark is used by university labs and two AI labs",
        "Onboarded four partner banks onto the new payment rails",
        "Built the feed with the partner integrations team in Berlin",
    ],
)
def test_other_labs_and_partner_organisations_stay_reach(text: str) -> None:
    assert "reach:outside" in reach_signals(text)
