"""An effect the bullet's own verb names, without its size, is an outcome (RULES.md, effects said
without a size): a time, a cost, a harm or a gain that someone observes, not a quality claimed."""

from __future__ import annotations

import pytest

from levelset.proof.learned import _model, read
from levelset.proof.signals import signals
from levelset.proof.uptake import uptake_signals


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Cut cloud costs by moving batch jobs to spot instances.", "Cut cloud costs"),
        (
            "Decreased customer complaints about late deliveries by rerouting the courier handoff.",
            "Decreased customer complaints",
        ),
        (
            "Minimized downtime during database upgrades with blue-green deploys.",
            "Minimized downtime",
        ),
        (
            "Increased sales in the northern region by launching a referral program.",
            "Increased sales",
        ),
        (
            "Lowered infrastructure spend by consolidating clusters.",
            "Lowered infrastructure spend",
        ),
        (
            "Removed the need for manual approvals in the release process.",
            "Removed the need for",
        ),
        (
            "Cut false alarms on the monitoring dashboards by tuning thresholds.",
            "Cut false alarms",
        ),
        (
            "Accelerated developer onboarding with a one-command local setup.",
            "Accelerated developer onboarding",
        ),
        ("Sped up the nightly ETL by rewriting it in Spark.", "Sped up the nightly"),
        (
            "Lowered the rate of failed deployments with canary releases.",
            "Lowered the rate of failed deployments",
        ),
        (
            "Built a fraud rule engine that blocked card-testing attacks.",
            "blocked card-testing attacks",
        ),
        (
            "Saved the support team hours of manual triage each week.",
            "Saved the support team hours",
        ),
        (
            "Wrote the importer. Reduced errors in the invoice export by validating input.",
            "Reduced errors",
        ),
        (
            "Rewrote the retry logic, resulting in fewer failed payouts.",
            "resulting in fewer failed payouts",
        ),
        (
            "Made code review mandatory on the team; bugs in production dropped.",
            "bugs in production dropped",
        ),
    ],
)
def test_an_effect_the_verb_names_is_an_outcome(text: str, words: str) -> None:
    assert signals(text)["rule:effect_named"] == words
    verdict = read(text)["outcome"]
    assert verdict.value, verdict
    # where the weights alone would say no, the rule's own words are the reason shown
    if verdict.probability < _model()["verdicts"]["outcome"]["threshold"]:
        assert words in verdict.words


@pytest.mark.parametrize(
    "text",
    [
        "Improved the performance of the search service.",
        "Enhanced the user experience of the checkout flow.",
        "Optimized SQL queries to improve efficiency.",
        "Worked to reduce costs in the data platform.",
        "Tasked with reducing churn for the subscription product.",
        "Target for next year: cut churn by a fifth.",
        "Improved time management skills through weekly planning.",
        "Saved user preferences to local storage.",
    ],
)
def test_a_quality_claimed_or_an_aim_names_no_effect(text: str) -> None:
    assert "rule:effect_named" not in signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Granted a US patent for the streaming join algorithm.",
        "Two patents were granted on the ranking work.",
        "Our patent was licensed by a chip maker.",
    ],
)
def test_a_patent_granted_is_recognition(text: str) -> None:
    assert "uptake:recognised" in uptake_signals(text)
    assert read(text)["outcome"].value


def test_a_patent_filed_is_not() -> None:
    assert "uptake:recognised" not in uptake_signals("Filed 2 patents on model quantization.")


@pytest.mark.parametrize(
    "text",
    [
        "Integrated SIFT landmarks with the map data, improving navigation accuracy.",
        "Designed solutions for clients, significantly improving customer satisfaction.",
        "Built interactive components, resulting in an improved user experience.",
    ],
)
def test_a_clause_claiming_a_quality_is_no_effect_clause(text: str) -> None:
    assert "rule:effect_clause" not in signals(text)
    assert not read(text)["outcome"].value


def test_a_clause_claiming_a_quality_with_its_size_is_one() -> None:
    text = "Refactored delivery workflows, improving efficiency by 15%."
    assert signals(text)["rule:effect_clause"] == ", improving"
    assert read(text)["outcome"].value
