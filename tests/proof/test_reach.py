"""Reach read by who was affected: the signals, the cross-team verdict and the band they lift."""

from __future__ import annotations

import json

import pytest

from levelset.bands import Band
from levelset.proof.agreement import understand
from levelset.proof.learned import MODEL, read
from levelset.proof.reach import reach_signals

WHO = [
    (
        "Partnered with the finance team to automate the close.",
        "reach:function_unit",
        "finance team",
    ),
    (
        "Built the churn model the customer success org plans renewals with.",
        "reach:function_unit",
        "customer success org",
    ),
    (
        "Ran the weekly model review with product, design and data science.",
        "reach:with_functions",
        "with product, design and data science",
    ),
    (
        "Rolled the logging library out across four product teams.",
        "reach:team_count",
        "four product teams",
    ),
    (
        "Unblocked the mobile team's release by shipping the model early.",
        "reach:other_possessive",
        "mobile team's",
    ),
    (
        "Set one schema for the search, ads and feeds teams.",
        "reach:named_teams",
        "search, ads and feeds teams",
    ),
    (
        "Defined the metrics glossary for the whole company.",
        "reach:whole_company",
        "for the whole company",
    ),
    ("Reduced false declines for partner banks by 22%.", "reach:outside", "partner banks"),
    (
        "Research integrated into the speech product, cutting labels needed by 60%.",
        "reach:taken_up",
        "integrated into",
    ),
    (
        "Returned 8 hours a month to each analyst by automating the deck.",
        "reach:beneficiaries",
        "analyst",
    ),
    (
        "Ran the quarterly service reviews with our key customers' IT heads.",
        "reach:clients_served",
        "with our key customers",
    ),
    (
        "Second-line support on client escalations for the payroll product.",
        "reach:clients_served",
        "client escalations",
    ),
    (
        "Wrote the monthly risk summary read by senior management.",
        "reach:executives",
        "senior management",
    ),
]


# one client organisation named by its kind or its own name, not counted
CLIENTS = [
    (
        "Built a demand-forecasting service for a regional grocery client.",
        "for a regional grocery client",
    ),
    ("For a Retail Client: moved nightly pricing jobs to streaming.", "For a Retail Client"),
    (
        "Wrote the fraud rules engine for a leading Dutch banking institution.",
        "for a leading Dutch banking institution",
    ),
    ("Shipped the loyalty app for Acme client in four months.", "for Acme client"),
    ("Enabled client to self-serve their monthly usage reports.", "Enabled client to"),
]


@pytest.mark.parametrize(("text", "words"), CLIENTS)
def test_a_client_organisation_the_work_was_for_is_reach(text: str, words: str) -> None:
    assert reach_signals(text).get("reach:client_org") == words


@pytest.mark.parametrize(
    "text",
    [
        "Cut the client data load from four hours to forty minutes.",
        "Built the customer accounts page in React.",
        "Answered questions from a client every week.",
    ],
)
def test_a_client_named_as_data_or_as_a_page_is_not_a_client_organisation(text: str) -> None:
    assert "reach:client_org" not in reach_signals(text)


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        (
            "Moved the site to a headless CMS; this allowed marketing to publish the same day.",
            "reach:with_function",
            "allowed marketing",
        ),
        (
            "Replaced the nightly export with a stream, saving the company $80k a year.",
            "reach:whole_company",
            "saving the company",
        ),
        (
            "Worked with our product owners on the checkout backlog.",
            "reach:own_product_people",
            "with our product owners",
        ),
    ],
)
def test_a_function_let_act_a_saving_for_the_whole_company_and_the_authors_product_people(
    text: str, signal: str, words: str
) -> None:
    assert reach_signals(text).get(signal) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Helped Contoso IT retire its last on-premise mail server.", "Contoso IT"),
        ("Ran the cut-over weekend with the IT department and two vendors.", "IT department"),
        (
            "Set up one release calendar between the onsite and offshore teams.",
            "onsite and offshore teams",
        ),
    ],
)
def test_a_companys_it_and_teams_at_other_sites_are_reach(text: str, words: str) -> None:
    assert reach_signals(text).get("reach:it_or_sites") == words


@pytest.mark.parametrize(
    "text", ["Managed the IT infrastructure of the Leeds office.", "It took two weeks to migrate."]
)
def test_it_as_a_domain_or_a_pronoun_is_not_reach(text: str) -> None:
    assert "reach:it_or_sites" not in reach_signals(text)


@pytest.mark.parametrize(("text", "signal", "words"), WHO)
def test_each_kind_of_reach_is_a_signal_with_the_bullets_own_words(
    text: str, signal: str, words: str
) -> None:
    found = reach_signals(text)
    assert found[signal] == words
    if signal != "reach:beneficiaries":  # a weaker sign, weighed on its own
        assert "reach:beyond_only" in found


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Cut our team's build time from 18 to 6 minutes.", "reach:own_team"),
        ("Served 3M users a day from the ranking service.", "reach:users"),
        ("Reported weekly progress to stakeholders.", "reach:unnamed"),
        ("Engineering manager for the payments risk team (8 people).", "reach:led_unit"),
        ("First author of an ACL 2023 paper on summarisation.", "reach:venue"),
    ],
)
def test_near_misses_are_signals_of_their_own(text: str, signal: str) -> None:
    found = reach_signals(text)
    assert signal in found
    if signal in ("reach:own_team", "reach:users", "reach:unnamed"):
        assert "reach:beyond_only" not in found  # nothing here reaches past the team


def test_a_sprint_board_and_our_own_teams_possessive_are_not_reach() -> None:
    assert "reach:executives" not in reach_signals("Kept the team's sprint board current.")
    assert "reach:other_possessive" not in reach_signals("Cut our team's deploy time by half.")
    assert reach_signals("Presented the plan to the board.")["reach:executives"] == "to the board"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Partnered with the finance team to automate the monthly close, now two days.",
            "finance team",
        ),
        ("Rolled the shared logging library out across four product teams.", "product teams"),
        ("Built the attrition model for the HR analytics group.", "analytics group"),
        ("Worked with procurement to cut GPU spend by $1.2M a year.", "procurement"),
    ],
)
def test_the_cross_team_verdict_reads_who_was_reached_and_says_so(text: str, who: str) -> None:
    verdict = read(text)["cross_team"]
    assert verdict.value, (text, verdict.probability)
    shown = [w.lower() for w in verdict.words]
    assert any(w in who or who in w for w in shown), verdict.words  # names who was reached


@pytest.mark.parametrize(
    "text",
    [
        "Cut our team's build time from 18 to 6 minutes by caching Docker layers.",
        "Served 3M users a day from the new ranking service.",
        "Wrote 30 unit tests for the embeddings service.",
    ],
)
def test_work_inside_the_team_is_not_read_as_reach(text: str) -> None:
    assert not read(text)["cross_team"].value


def test_only_the_cross_team_verdict_and_the_band_read_reach_signals() -> None:
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    for name in ("has_metric", "outcome", "leadership"):
        assert not any(s.startswith("reach:") for s in model["verdicts"][name]["weights"]), name
    assert any(s.startswith("reach:") for s in model["verdicts"]["cross_team"]["weights"])


@pytest.mark.parametrize(
    ("text", "band"),
    [
        (
            "Championed one on-call standard across the infrastructure organisation.",
            Band.SENIOR_STAFF,
        ),
        ("Owned the company-wide rollout of the new data retention policy.", Band.PRINCIPAL),
    ],
)
def test_a_clear_reach_lifts_the_band_without_a_number(text: str, band: Band) -> None:
    seen = understand(text)
    assert not seen.features.has_metric
    assert seen.reading["leadership"].value and seen.reading["cross_team"].value
    assert seen.band.band is band
    if seen.reading.band.rank < band.rank:  # the learned band alone reads lower: reach lifts it
        assert seen.band.track == "reach"
    assert seen.band.words and all(w.lower() in text.lower() for w in seen.band.words)


def test_the_reach_track_lifts_a_band_the_learned_reading_puts_lower() -> None:
    seen = understand("Owned the company-wide rollout of the new data retention policy.")
    assert seen.reading.band.rank < Band.PRINCIPAL.rank
    assert seen.band.band is Band.PRINCIPAL and seen.band.track == "reach"


def test_reach_without_leadership_does_not_lift_the_band() -> None:
    seen = understand("Answered data questions for the sales org through a dashboard.")
    assert seen.reading["cross_team"].value and not seen.reading["leadership"].value
    assert seen.band.track != "reach"


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        (
            "Brought together finance and engineering to agree one definition of revenue.",
            "reach:function_list",
            "finance and engineering",
        ),
        (
            "Maintained a vector index library with 8k GitHub stars and 150 contributors.",
            "reach:open_source",
            "GitHub",
        ),
        ("Reviewed papers for NeurIPS and ICML.", "reach:open_source", "Reviewed papers for"),
        (
            "Prepared labelled datasets for the annotation vendor.",
            "reach:vendor",
            "for the annotation vendor",
        ),
    ],
)
def test_the_field_vendors_and_functions_named_together_are_reach(
    text: str, signal: str, words: str
) -> None:
    found = reach_signals(text)
    assert found[signal] == words
    assert "reach:beyond_only" in found


@pytest.mark.parametrize(
    "text",
    [
        "Engineering manager for the payments risk team (8 people).",
        "Took over a struggling organisation of three teams and brought delivery back.",
        "Cut model size from 1.1 GB to 140 MB for mobile deployment.",
        "Raised data freshness to every fifteen minutes for the pricing tables.",
        "Used address data from three vendors to build the matching model.",
    ],
)
def test_a_team_the_author_runs_or_a_function_named_as_a_domain_is_not_reach(text: str) -> None:
    found = reach_signals(text)
    assert "reach:beyond_only" not in found, found


def test_a_team_named_by_two_function_words_is_still_another_team() -> None:
    found = reach_signals("Partnered with the search ranking team on a shared index.")
    assert found["reach:function_unit"] == "search ranking team"
    assert "reach:function_as_domain" not in found and "reach:beyond_only" in found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Treasury now closes the quarter from the ledger I rebuilt", "Treasury now closes"),
        (
            "The search and ads teams picked it up within a month",
            "search and ads teams picked it up",
        ),
        (
            "Wrote the exporter the data platform team now relies on",
            "the data platform team now relies on",
        ),
    ],
)
def test_another_function_or_team_doing_something_with_the_work_is_a_signal(
    text: str, words: str
) -> None:
    assert reach_signals(text)["reach:others_act"] == words


@pytest.mark.parametrize(
    "text",
    ["Our team uses the new linter on every change", "The results used in the paper were mine"],
)
def test_the_authors_own_team_or_a_thing_using_the_work_is_not_others_acting(text: str) -> None:
    assert "reach:others_act" not in reach_signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lifted customer engagement by 8% with a new onboarding email",
        "Answered questions from customers in the app's chat",
        "Kept the board's slides up to date",
    ],
)
def test_customers_in_general_or_their_engagement_are_no_clients_served(text: str) -> None:
    found = reach_signals(text)
    assert "reach:clients_served" not in found and "reach:executives" not in found, found
