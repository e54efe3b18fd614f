"""Metric forms engineers write and the near misses that look like them (batch 2026-12-06m's
wordings, in sentences written for these tests): points said short, shares of people grown,
fractions said approximately, distances saved, a frequency before an arrow, zero harms; and
hardware sizes, version pairs, commitments, budgets held, promises listed, chores closed."""

from __future__ import annotations

import pytest

from levelset.proof.quantities import quantities, results


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Activation up 2.7 pts once the checklist went live.", "up 2.7 pts"),
        ("Search success rate +4 pts quarter on quarter.", "+4 pts"),
        ("Three of the five interns I coached were promoted within a year.", "Three of the"),
        ("Two of my four mentees later received staff offers.", "Two of my"),
        ("Cut the review backlog down by roughly two thirds.", "by roughly two thirds"),
        ("Reduced cold-start time by about a half with lazy imports.", "by about a half"),
        ("The new pick path saves each picker about 3 km per shift.", "saves each picker"),
        ("Saving the fleet roughly 1,200 litres of diesel a month.", "1,200 litres"),
        ("Monthly releases -> 12 releases a week after trunk-based development.", "Monthly"),
        ("Zero customer-facing outages in the year since the failover work.", "Zero"),
    ],
)
def test_forms_of_a_result(text: str, words: str) -> None:
    found = [q.words for q in results(text)]
    assert any(words in w for w in found), (text, quantities(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Built a 32-core, 256 GB RAM workstation for the lab.", "hardware"),
        ("Fine-tuned the model on two A100 40GB cards.", "hardware"),
        ("Benchmarked on 4× H100 nodes and a single L4.", "hardware"),
        ("Bought 8 TB NVMe drives for the scratch space.", "hardware"),
        ("Planned the cluster with 2x headroom over the launch peak.", "hardware"),
        ("Moved the service's Django version from 3.2 to 4.2.", "version"),
        ("Upgraded the workers from Node 16 to 20.", "version"),
        ("Committed to a 20% cut in build minutes for the next half.", "target"),
        ("Budget owner for an €800k yearly tooling budget.", "budget"),
        ("Agreed SLOs of 99.95% availability and 250 ms p95 with the product team.", "promise"),
    ],
)
def test_numbers_that_look_like_results_but_are_not(text: str, kind: str) -> None:
    assert not results(text), results(text)
    assert kind in {q.kind for q in quantities(text)}, quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Closed 85 Jira tickets during the migration sprint.",
        "Fixed 140 bugs in the legacy billing module.",
        "One of four engineers on the ranking team.",
        "Led 3 of the 7 engineers on the search rewrite.",
    ],
)
def test_counts_of_ones_own_work_and_team_are_no_result(text: str) -> None:
    assert not results(text), results(text)


def test_a_harm_brought_to_zero_stays_a_result_and_a_few_artefacts_do_not() -> None:
    assert results("0 production incidents since the rollout.")
    assert not results("Authored 4 design documents for the storage layer.")


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Saved USD25k a year on licences.", "money", "USD25k"),
        ("Recovered EUR3.4M of disputed invoices.", "money", "EUR3.4M"),
        ("Cut vendor fees by Rs12 lakh.", "money", "Rs12 lakh"),
        ("The gateway now handles 40M req/day.", "throughput", "40M req/day"),
        ("Scaled ingestion to 250k events/min.", "throughput", "250k events/min"),
    ],
)
def test_money_with_its_code_glued_on_and_rates_in_a_unit_of_their_own(
    text: str, kind: str, words: str
) -> None:
    assert (kind, words) in [(q.kind, q.words) for q in results(text)], quantities(text)


def test_a_model_name_with_digits_stays_a_name() -> None:
    assert not results("Trained ResNet50 and EfficientNetB3 classifiers.")
