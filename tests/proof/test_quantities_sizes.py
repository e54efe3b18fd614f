"""Sizes said without a figure ("by millions", "by several points", "hundreds of thousands in
savings"), none of a named harm ("0 sev-1 incidents"), and counts that are the work's scope
rather than its result: artefacts retired, websites scraped, the size of a unit the author runs
(sentences written for these tests; issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.features import extract
from levelset.proof.quantities import quantities, results


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Cut our cloud costs by millions a year by rightsizing idle clusters.", "by millions"),
        ("Brought the AWS bill down by hundreds of thousands after the storage cleanup.", "bill"),
        ("Fraud losses fell by millions once the new rules went live.", "by millions"),
        ("Saved the company millions by replacing the licensed ETL suite.", "millions"),
        ("Renegotiated two vendor contracts: hundreds of thousands in savings.", "in savings"),
        ("Hundreds of thousands in annual cost savings from the spot-instance move.", "savings"),
        ("Tens of thousands in new revenue from the self-serve upgrade path.", "in new revenue"),
        ("Raised ranking precision by several points with hard-negative mining.", "several"),
        ("Conversion went up a few points after the checkout rewrite.", "a few points"),
        ("Lifted recall by a couple of points at the same precision.", "a couple of points"),
        ("0 sev-1 incidents in the year after the failover redesign.", "0 sev-1 incidents"),
        ("Zero P1 outages since the new deploy gates went in.", "Zero P1 outages"),
    ],
)
def test_a_size_said_without_a_figure_is_a_result(text: str, words: str) -> None:
    found = [q.words for q in results(text)]
    assert any(words in w for w in found), (text, quantities(text))
    assert extract(text).has_metric


@pytest.mark.parametrize(
    "text",
    [
        "Managed a budget of millions across three programmes.",
        "Goal for next year: zero sev-1 incidents.",
        "Retired three legacy ETL servers and their licences.",
        "Decommissioned 40 old VMs in the staging account.",
        "Sunset two internal dashboards nobody opened.",
        "Wrote a crawler that scraped 10+ websites for pricing news.",
        "Crawled 25 public job boards for the dataset.",
        "Lead the finance and HR operations of two divisions, with 40 providers, over 41,000 "
        "annual patient visits and 1,300 surgeries.",
        "Managed the region's four stores, with 120 staff and about 9,000 customers a week.",
        "Kept the migration on track and the four consuming teams informed every week.",
        "Migrated 30 products from .NET Framework to .NET 8.",
    ],
)
def test_scope_and_plans_are_no_result(text: str) -> None:
    assert not results(text), (text, quantities(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # what the retiring saved stays a result
        ("Decommissioned 40 legacy servers, saving $200k a year in licences.", "$200k"),
        # a count of harms removed is no artefact of the author's estate
        ("Retired 3 of the 5 noisiest alerts' false pages.", "Retired 3"),
        # what a move retired after it is what the adoption ended
        ("Moved every team onto one CI system, retiring five bespoke build farms.", "retiring"),
        # a unit's size is scope only when it is the unit the author runs
        ("Launched the app in 5 stores with over 10,000 downloads in the first week.", "10,000"),
        ("Scaled the crawler to 2M pages a day for the search team.", "2M pages"),
    ],
)
def test_results_beside_the_scope_rules_stay(text: str, words: str) -> None:
    found = [q.words for q in results(text)]
    assert any(words in w for w in found), (text, quantities(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Chosen for the demo day among 5 projects out of 60 submissions.", "out of 60"),
        ("Our prototype was selected as one of 4 finalists out of 120 teams.", "out of 120 teams"),
        ("The chatbot generated 340 qualified sales leads in its first month.", "qualified sales"),
        ("Brought in 90+ inbound leads a week through the docs site.", "inbound leads"),
    ],
)
def test_ranks_among_many_and_leads_won(text: str, words: str) -> None:
    found = [q.words for q in results(text)]
    assert any(words in w for w in found), (text, quantities(text))


@pytest.mark.parametrize(
    "text",
    [
        "Built 3 internal tools using Go and Postgres for my own team.",
        "Answered 30-40 daily support cases for the billing product.",
        "Worked alongside three tech leads on the payments rewrite.",
        "Applied to 12 hackathons out of curiosity.",
    ],
)
def test_tools_chores_and_people_named_leads_are_no_result(text: str) -> None:
    assert not results(text), (text, quantities(text))
