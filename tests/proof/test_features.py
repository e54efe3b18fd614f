"""Edge cases of the feature rules that a reader would get right without thinking."""

from __future__ import annotations

import pytest

from levelset.proof.features import Scope, Wording, extract


@pytest.mark.parametrize(
    "text",
    [
        "Joined Acme in 2019 as the second ML hire.",
        "Managed a team of 8 ML engineers.",
        "Worked across 3 teams on the migration.",
        "Built v2 of the ingestion service.",
    ],
)
def test_years_team_sizes_and_versions_are_not_results(text: str) -> None:
    assert not extract(text).has_metric


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cut p99 latency from 120 ms to 35 ms.", "time"),
        ("Saved $1.2M a year in GPU spend.", "money"),
        ("Raised conversion by 3.5%.", "percent"),
        ("Made batch scoring 4x faster.", "multiple"),
        ("Served 12M predictions a day.", "volume"),
        ("Improved AUC from 0.81 to 0.86.", "change"),
    ],
)
def test_each_kind_of_result_is_found(text: str, kind: str) -> None:
    assert kind in extract(text).metric_kinds


def test_led_to_is_not_leadership_but_led_is() -> None:
    assert not extract("The talk led to wider adoption.").has_leadership
    assert extract("Led the adoption of the new stack.").has_leadership


def test_task_wording_wins_only_before_an_unmeasured_outcome() -> None:
    assert extract("Responsible for improving the model.").wording is Wording.TASK
    worked = extract("Worked with research to cut word error rate by 12%.")
    assert worked.wording is Wording.OUTCOME


def test_scope_words_are_whole_words() -> None:
    assert extract("Built a dashboard for onboarding.").scope is Scope.SELF  # not "board"
    assert extract("Refactored the code.").scope is Scope.SELF  # not "cto"
    assert extract("Presented the plan to the board.").scope is Scope.COMPANY


def test_ml_proof_needs_an_ml_context_except_for_papers() -> None:
    assert not extract("Deployed the billing service to production.").has_ml_proof
    assert extract("Deployed the ranking model to production.").ml == ("production",)
    assert extract("Published a paper on databases at VLDB.").ml == ("paper",)


def test_partner_functions_named_after_with_are_reach_across_teams() -> None:
    drove = extract("Drove the roadmap with product and design; the team shipped 3 launches.")
    assert drove.has_cross_team
    assert not extract("Built dashboards with product analytics.").has_cross_team
