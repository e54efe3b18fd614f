"""Numbers RULES.md reads as no result, in wordings the reader missed: money raised from
investors, artefacts counted by their migration, the 5S method in lower case; and a change of
period written with "every" (has_metric: before and after pairs)."""

from __future__ import annotations

import pytest

from levelset.proof.learned import read
from levelset.proof.quantities import quantities, results


@pytest.mark.parametrize(
    "text",
    [
        "Contributed to a Series A raise of $8M.",
        "Helped the startup raise $8M from angel investors.",
        "Led the migration of 40 services to Kubernetes.",
        "Led a 12-month migration of 40 services to Kubernetes.",
        "Implemented 5s lean practices on the shop floor.",
    ],
)
def test_no_result_and_no_metric(text: str) -> None:
    assert not results(text), quantities(text)
    assert not read(text)["has_metric"].value


@pytest.mark.parametrize(
    "text",
    [
        "Raised $40k for the children's shelter in a charity run.",
        "Raised over $13,500 individually from donors for the university.",
        "Raised $2M in new revenue through the partner channel.",
        "Cut each batch step to 5s.",
    ],
)
def test_money_for_a_cause_revenue_and_seconds_stay_results(text: str) -> None:
    assert results(text)


def test_a_period_written_with_every_is_one_side_of_a_pair() -> None:
    text = "Shortened release cycle from every two weeks to daily."
    assert [q.kind for q in results(text)] == ["change"]
    assert read(text)["has_metric"].value


@pytest.mark.parametrize(
    "text",
    [
        "Handled 5 enterprise accounts worth $2M.",
        "Advised and awarded five contracts, each valued between $50 - $100MM.",
        "Processed credit requests in the excess amount of $100K.",
    ],
)
def test_what_a_thing_handled_is_worth_is_no_result(text: str) -> None:
    assert not results(text), quantities(text)


@pytest.mark.parametrize(
    "text",
    ["Closed deals worth $3.4 million in the first year.", "Signed contracts valued at €2M."],
)
def test_deals_closed_at_that_worth_are_results(text: str) -> None:
    assert [q.kind for q in results(text)] == ["money"]


def test_the_second_count_of_bugs_resolved_is_work_done_too() -> None:
    text = "Resolved 700+ bugs and 40+ critical security issues through refactoring."
    assert not results(text), quantities(text)
    assert results("Resolved 1,200 tickets a month with the new triage bot.")
