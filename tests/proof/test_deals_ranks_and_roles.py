"""Numbers that are the size of a deal, a holding or a session, and results said as a place, a
rating, people who came or organisations that committed; reach words that name no one else
(a browser's "client side", a hub an app is hosted on, "contributed to" alone, one's own
university, "regulatory"); leading said as standards, approvals, roadmaps, events coordinated
and sessions conducted, and a role taken on that is not a lead (sentences written for these
tests; issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.lead import lead_signals
from levelset.proof.quantities import quantities, results
from levelset.proof.reach import reach_signals


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Steered the integration after the $450 million acquisition by a rival.", "deal"),
        ("Closed the ~€80 million acquisition of a logistics firm.", "deal"),
        ("Was acquired by a chipmaker for $90 million in 2024.", "deal"),
        ("Secured $25 million in debt financing for the expansion.", "deal"),
        ("Received $1,200 in funding from the student venture fund.", "deal"),
        ("Took personal responsibility of $2 million of lab equipment.", "deal"),
        ("Work billed to the county in excess of $40 million.", "deal"),
        ("Built an ingestion job, ensuring 100% data consistency.", "assured"),
        ("Filed the returns, ensuring 100% compliance with the tax code.", "assured"),
        ("Built a rover prototype, achieving 100% objectives.", "assured"),
        ("Gave three 2 hour lectures a term on compilers.", "attribute"),
    ],
)
def test_sizes_of_deals_holdings_and_sessions_are_no_results(text: str, kind: str) -> None:
    assert not results(text), results(text)
    assert kind in {q.kind for q in quantities(text)}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Grew the shop to #1 in Etsy search for hand-made lamps.", "#1 in"),
        ("Won the best sales rating of all 40 branches in 2023.", "40 branches"),
        ("Taught statistics; received student ratings of 4.7/5.", "4.7/5"),
        ("Ran talks with an average attendance of 60-80 people.", "80 people"),
        ("Securing signed LOIs from 4 regional hospitals.", "4 regional hospitals"),
        ("Shipped the onboarding flow, securing 6 new business clients.", "6 new business clients"),
        ("Set up the funnel, generating an additional 150-200 monthly inquiries.", "inquiries"),
    ],
)
def test_places_ratings_attendance_and_commitments_are_results(text: str, words: str) -> None:
    assert any(words in q.words for q in results(text)), quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kept a library of 60+ internal plugins and widgets.",
        "Built an item bank of 4,210 questions for the exam board.",
        "Automated 45 regression tests with Playwright.",
        "Raised $900k in funded loans for the credit union's members.",
    ],
)
def test_collections_and_tests_are_own_artefacts_but_loans_made_are_results(text: str) -> None:
    found = results(text)
    assert bool(found) == text.startswith("Raised"), found


@pytest.mark.parametrize(
    "text",
    [
        "Built the checkout in React on the client side and Go on the server side.",
        "Deployed the demo on Hugging Face Spaces for anyone to try.",
        "Packaged the widgets with Rollup and npm.",
        "Contributed to the quarterly planning of the squad.",
        "Rebuilt the University Careers Office website.",
        "Automated the regulatory filings of the desk.",
        "Reported to the head of data science.",
    ],
)
def test_words_that_name_no_one_else_are_no_reach(text: str) -> None:
    found = reach_signals(text)
    assert "reach:beyond_only" not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Upstreamed the fix: contributed the patch upstream to Hugging Face.",
            "reach:open_source",
        ),
        ("Partnered with three universities on the survey.", "reach:outside"),
        ("Answered to the regulator's questions during the audit.", "reach:outside"),
        ("Presented the plan to the heads of product and design.", "reach:executives"),
        ("Ran escalation calls for the customer side of the rollout.", "reach:clients_served"),
    ],
)
def test_others_named_are_still_reach(text: str, name: str) -> None:
    assert name in reach_signals(text), reach_signals(text)


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        ("Standardized and documented the on-call handover process.", "lead:direction", "process"),
        (
            "Standardize the data science teams' Python dependencies.",
            "lead:direction",
            "dependencies",
        ),
        ("Review and approve all drafts of the quarterly filings.", "lead:direction", "drafts"),
        ("Co-approve the hiring budget with the finance lead.", "lead:direction", "approve"),
        ("Generate roadmaps from customer goals each half.", "lead:direction", "roadmaps"),
        (
            "Develop and maintain the onboarding syllabus for the guild.",
            "lead:direction",
            "syllabus",
        ),
        ("Designed and implemented a new management structure.", "lead:direction", "structure"),
        (
            "Act as subject matter expert on the billing rules.",
            "lead:go_to",
            "subject matter expert",
        ),
        ("Plans and coordinates large meetups for the chapter.", "lead:ran_for_others", "meetups"),
        ("Setting up hiring fairs across the region.", "lead:ran_for_others", "fairs"),
        (
            "Conducted pair-programming sessions with new joiners.",
            "lead:ran_for_others",
            "sessions",
        ),
        (
            "Took personal responsibility for the plant's safety audit.",
            "lead:took_charge",
            "responsibility",
        ),
    ],
)
def test_leading_without_led(text: str, name: str, words: str) -> None:
    found = lead_signals(text)
    assert name in found and words in found[name], found


@pytest.mark.parametrize(
    "text",
    [
        "Took on the role of a data intern in the pricing group.",
        "Took on a dual role to support two product managers.",
        "Reviewed code in line with the team's standards.",
    ],
)
def test_a_role_taken_on_is_not_leading(text: str) -> None:
    found = lead_signals(text)
    assert not {"lead:took_charge", "lead:direction"} & set(found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Led to publication in peer-reviewed medical journal Heart as first author.",
            "uptake:venue_paper",
        ),
        ("Tracking robot built for the lab (presented at ICRA 2024).", "uptake:venue_paper"),
        ("Selected as a featured article by the editors.", "uptake:recognised"),
    ],
)
def test_papers_shown_at_a_venue_and_work_chosen_by_editors(text: str, name: str) -> None:
    from levelset.proof.uptake import uptake_signals

    assert name in uptake_signals(text), uptake_signals(text)
