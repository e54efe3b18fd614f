"""Results others granted (awards, papers accepted at a named venue), partners and clients named
by their kind, and the author's own people and team, read as RULES.md decides (issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.features import extract
from levelset.proof.lead import lead_signals
from levelset.proof.learned import _model, read
from levelset.proof.quantities import quantities
from levelset.proof.reach import reach_signals
from levelset.proof.scoring import scaffold
from levelset.proof.signals import signals
from levelset.proof.uptake import uptake_signals


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        ("Won the regional hackathon with a parking-spot predictor.", "uptake:recognised", "Won"),
        ("Built a multi-award-winning tutoring app.", "uptake:recognised", "award-winning"),
        (
            "Received glowing client feedback for the new intake form.",
            "uptake:recognised",
            "Received glowing client feedback",
        ),
        (
            "Co-authored a paper on sparse retrieval at SIGIR 2023.",
            "uptake:venue_paper",
            "paper on sparse retrieval at SIGIR",
        ),
        ("First author of an ICLR 2024 paper.", "uptake:venue_paper", "ICLR 2024 paper"),
        (
            "Our article on rota planning appeared in the Journal of Nursing Management.",
            "uptake:venue_paper",
            "article on rota planning appeared in the Journal of",
        ),
    ],
)
def test_a_judgement_by_others_is_read_with_its_words(text: str, signal: str, words: str) -> None:
    assert uptake_signals(text).get(signal) == words


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed eight papers for ICML and NeurIPS.",
        "Submitted a paper on label noise to EMNLP 2024.",
        "Wrote a paper on label noise.",
        "Won buy-in from the three regional directors.",
        "Won over the sceptical finance lead.",
    ],
)
def test_reviewing_submitting_or_winning_people_over_is_no_judgement(text: str) -> None:
    found = uptake_signals(text)
    assert "uptake:venue_paper" not in found
    assert "uptake:recognised" not in found


def test_a_paper_at_a_top_venue_is_an_outcome_without_metric_or_reach() -> None:
    reading = read("Co-authored a paper on sparse retrieval at SIGIR 2023.")
    assert reading["outcome"].value
    assert not reading["has_metric"].value
    assert not reading["cross_team"].value


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        (
            "Partnered with Stripe's engineers on instant payouts.",
            "reach:partnered",
            "Partnered with",
        ),
        (
            "Liaised with the city council on the sensor pilot.",
            "reach:partnered",
            "Liaised with",
        ),
        (
            "Built forecasting notebooks for regional customers in Benelux.",
            "reach:clients_served",
            "for regional customers",
        ),
        (
            "Consolidated reporting across four business lines.",
            "reach:units_served",
            "across four business lines",
        ),
    ],
)
def test_partners_and_clients_named_by_their_kind_are_reach(
    text: str, signal: str, words: str
) -> None:
    assert reach_signals(text).get(signal) == words


@pytest.mark.parametrize(
    "text",
    [
        "Deployed the cache across three cloud regions.",
        "Built a demo for potential clients.",
        "Wrote loaders for data across vendors.",
    ],
)
def test_regions_prospects_and_data_sources_are_not_reach(text: str) -> None:
    found = reach_signals(text)
    assert "reach:clients_served" not in found
    assert "reach:units_served" not in found


def test_leading_ones_own_people_is_a_near_miss_of_its_own() -> None:
    found = reach_signals("Coached and trained six newly hired support engineers.")
    assert (
        found["reach:leads_own_people"] == "Coached and trained six newly hired support engineers"
    )
    assert "reach:leads_own_people" not in reach_signals("Built a dashboard for the sales team.")


@pytest.mark.parametrize(
    "text",
    [
        "One of four engineers on the fraud team; built the device features.",
        "Moved to the payments team as its third engineer.",
    ],
)
def test_the_team_one_sits_in_is_not_reach(text: str) -> None:
    assert "reach:beyond_only" not in reach_signals(text)


def test_an_effect_written_after_the_work_is_a_signal() -> None:
    found = signals("Moved the mail servers over a weekend, minimising downtime for the clinics.")
    assert found["rule:effect_clause"] == ", minimising"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Was the decision maker for the vector store we bought.", "decision maker for"),
        ("Headed up incident response during the March outage.", "Headed up"),
        ("Managed a €2M annual cloud budget.", "Managed a €2M annual cloud budget"),
    ],
)
def test_deciding_heading_up_and_holding_a_budget_lead(text: str, words: str) -> None:
    assert lead_signals(text).get("lead:took_charge") == words


def test_heading_somewhere_leads_nobody() -> None:
    assert "lead:took_charge" not in lead_signals("Headed up to the Leeds office each Monday.")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Cut on-call pages from ~30 to ~5 a week.", "from ~30 to ~5"),
        ("Brought flaky builds from ≈40 to ≈10 per sprint.", "from ≈40 to ≈10"),
    ],
)
def test_a_pair_of_figures_marked_as_about_is_a_result(text: str, words: str) -> None:
    assert [(q.kind, q.words) for q in quantities(text) if q.result] == [("change", words)]


def test_in_a_quarter_is_a_time_not_a_fraction() -> None:
    assert not quantities("Rescued a stalled migration and shipped it in a quarter.")
    assert [q.words for q in quantities("Cut the cloud bill by a quarter.")] == ["by a quarter"]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Coached and trained six newly hired support engineers",
            "by coaching and training six newly hired support engineers,",
        ),
        ("Built, tested and shipped the billing API", "by building, testing and shipping the"),
    ],
)
def test_a_rewrite_turns_every_joined_verb_into_its_ing_form(text: str, action: str) -> None:
    assert action in (scaffold(text, extract(text)) or "")


@pytest.mark.parametrize(
    "text",
    [
        "Directed the modernisation of the legacy billing system.",
        "Oversee a portfolio of five data products.",
    ],
)
def test_directing_work_and_the_present_oversee_open_on_leading(text: str) -> None:
    assert "lead:opens" in lead_signals(text)


def test_directing_traffic_leads_nobody() -> None:
    assert "lead:opens" not in lead_signals(
        "Directed traffic to the new cluster with weighted DNS."
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Moved the mail servers over a weekend, minimising downtime for the clinics.",
            ", minimising downtime",
        ),
        (
            "Rewrote the nightly stock sync in Go, cutting our cloud costs.",
            ", cutting our cloud costs",
        ),
        (
            "Added retry queues to the payment webhooks, eliminating manual checks by support.",
            ", eliminating manual checks",
        ),
        (
            "Scripted the weekly rota export, freeing up the ward clerk on Mondays.",
            ", freeing up the ward",
        ),
        (
            "Tuned the autoscaler; thereby shortening build times for the mobile team.",
            "; thereby shortening build times",
        ),
    ],
)
def test_an_effect_named_after_a_comma_is_an_outcome(text: str, words: str) -> None:
    assert signals(text)["rule:effect_named"] == words
    verdict = read(text)["outcome"]
    assert verdict.value, verdict
    # where the weights alone would say no, the rule's own words are the reason shown
    if verdict.probability < _model()["verdicts"]["outcome"]["threshold"]:
        assert words in verdict.words


@pytest.mark.parametrize(
    "text",
    [
        "Refactored the form library, enhancing maintainability.",
        "Rebuilt the admin pages in React, improving the user experience.",
        "Migrated the wiki, preventing and fixing broken links.",
        "Wrote the loader, using Python and a cron job to save time.",
    ],
)
def test_a_quality_claimed_after_a_comma_names_no_effect(text: str) -> None:
    assert "rule:effect_named" not in signals(text)
