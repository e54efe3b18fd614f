"""Sizes of what the author held or ran are no results: a group of firms named by its size
("a Big 4 firm"), a piece of work sized by its money ("oversaw a $12M renovation"), a portfolio
and what its clients are worth, accounts looked after, bugs resolved (RULES.md, has_metric:
budgets, accounts held, counts of one's activities). Results beside them are kept. Sentences
written for the reader, none a row of the bullet corpus; issue 12."""

from __future__ import annotations

import pytest

from levelset.proof.quantities import results


@pytest.mark.parametrize(
    "text",
    [
        "Audit associate at a Big 4 firm, on banking clients.",
        "Moved from a Big Four consultancy to an in-house data team.",
        "Benchmarked our plant costs against the Big Three automakers.",
        "Oversaw a $12M renovation of the east wing.",
        "Led a 3-year, £2.4M research programme funded by the council.",
        "Managed a portfolio of 25 SME clients worth about €4M.",
        "Maintained monthly check-ins with 50+ accounts.",
        "Managed 40 key accounts in the Midlands.",
        "Resolved 700+ bugs during the migration.",
    ],
)
def test_what_was_held_or_done_is_no_result(text: str) -> None:
    assert not results(text), (text, results(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Delivered a $2M cost reduction in freight.", "$2M"),
        ("Delivered a £300k annual saving on licences.", "£300k"),
        ("Onboarded 40 accounts onto the new billing system.", "40 accounts"),
        ("Saved $12M on the renovation of the east wing.", "$12M"),
        ("The Big 4 banks all adopted our fraud feed; losses fell 20%.", "20%"),
        ("Resolved 120 customer bugs in a quarter, cutting the backlog by half.", "by half"),
    ],
)
def test_results_beside_them_are_kept(text: str, words: str) -> None:
    found = results(text)
    assert any(words in q.words for q in found), (text, found)
