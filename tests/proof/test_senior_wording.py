"""How senior people write: the reach and leading rules read from the tuning rows of batch
2026-12-06i, each with its near miss (sentences written here, in the batch's forms)."""

from __future__ import annotations

import pytest

from levelset.proof.lead import lead_signals
from levelset.proof.reach import reach_signals
from levelset.proof.signals import signals


@pytest.mark.parametrize(
    "text",
    [
        "Worked as data analyst and main tester for the billing release.",
        "Good analyst of legacy code and its failure modes.",
        "Built the evaluation harness for LLM agents and their tools.",
        "Added a retry queue to support offline checkout.",
        "Hardened the gateway to support compliance audits.",
        "Led data engineering and analytics implementations for the risk models.",
        "Subject matter expert on technical operations and mobile messaging development.",
        "Moved the builds from Jenkins to GitHub Actions.",
        "Maintain the deployment of an open-source technology stack for the chat app.",
        "Wrote the test plans as part of the design team.",
        "Guide the development team through each framework upgrade.",
    ],
)
def test_an_own_role_a_verb_a_tool_or_ones_own_team_is_no_reach(text: str) -> None:
    found = reach_signals(text)
    assert "reach:beyond_only" not in found
    assert "reach:beneficiaries" not in found


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        (
            "Gave back 3 hours a week to each analyst by scripting the pack.",
            "reach:beneficiaries",
            "analyst",
        ),
        (
            "Saved about 400 analyst-hours a year on the filing.",
            "reach:beneficiaries",
            "analyst-hours",
        ),
        ("Trained the support agents on the new console.", "reach:beneficiaries", "support agents"),
        (
            "Refund reasons are now shown to support, and tickets halved.",
            "reach:with_function",
            "to support",
        ),
        (
            "Guided the payments and fraud teams through the migration.",
            "reach:named_teams",
            "payments and fraud teams",
        ),
        ("Maintainer of an open-source library with 2k stars.", "reach:open_source", "open-source"),
    ],
)
def test_people_of_a_trade_a_function_and_other_teams_are_still_reach(
    text: str, signal: str, words: str
) -> None:
    assert reach_signals(text)[signal] == words


def test_industry_trends_name_no_one_reached() -> None:
    assert "rule:reach_named" not in signals("Kept current with industry trends by reading papers.")
    assert "rule:reach_named" in signals("Set the industry standard for model cards with IEEE.")


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        ("Fostered a culture of blameless reviews.", "lead:direction", "Fostered a culture"),
        (
            "Enforced the security policies for every service.",
            "lead:direction",
            "Enforced the security policies",
        ),
        (
            "Established governance for the shared data lake.",
            "lead:direction",
            "Established governance",
        ),
        (
            "Implemented a weekly design review process for the group.",
            "lead:started",
            "Implemented a weekly design review process",
        ),
        (
            "Provided training to new hires on the deploy tooling.",
            "lead:ran_for_others",
            "Provided training",
        ),
        ("Single POC for the vendor's support desk.", "lead:go_to", "Single POC"),
    ],
)
def test_rules_and_habits_set_for_others_are_leading(text: str, name: str, words: str) -> None:
    assert lead_signals(text)[name] == words


@pytest.mark.parametrize(
    "text",
    [
        "Wrote and maintained code in compliance with established coding standards.",
        "Kept every module per established guidelines.",
        "Implemented a convolutional neural network for image tagging.",
        "Built a proof of concept (POC) for the search page.",
    ],
)
def test_an_established_rule_followed_or_a_thing_implemented_leads_no_one(text: str) -> None:
    found = lead_signals(text)
    assert not {"lead:direction", "lead:started", "lead:go_to"} & set(found)
