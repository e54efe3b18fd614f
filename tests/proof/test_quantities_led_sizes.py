"""The size of a programme or project the author led is its scope, as a budget held; a thing
rolled out to teams counted and people grown who made a level are results; lists and methods
named by a number ("Fortune 500", "Six Sigma", "5S") count nothing (RULES.md, has_metric).
Sentences written for the reader, none a row of the bullet corpus; issue 12."""

from __future__ import annotations

import pytest

from levelset.proof.quantities import results


@pytest.mark.parametrize(
    "text",
    [
        "Led a $5M modernisation programme for the claims office.",
        "Ran a €2M ERP project across the two plants.",
        "Oversaw a £750k data-centre exit programme.",
        "Managed a USD 3 million transformation initiative.",
        "Delivered data platforms for Fortune 500 clients.",
        "Advised FTSE 100 boards on cyber risk.",
        "Certified Lean Six Sigma Black Belt.",
        "Ran 5S workshops on the packing line.",
    ],
)
def test_the_size_of_what_was_led_is_no_result(text: str) -> None:
    assert not results(text), (text, results(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Delivered a $3M program on time, saving $400K a year.", "$400K"),
        ("Closed a $4M deal with a regional retailer.", "$4M"),
        ("Rolled the new linting setup out to 14 teams.", "14 teams"),
        ("Rolled the booking tool out to all nine clinics.", "nine clinics"),
        ("Coached six engineers through promotion; four made senior within a year.", "four made"),
        ("Mentored five analysts, two of whom made lead.", "made lead"),
        ("Won 12 Fortune 500 clients for the analytics product.", "12 Fortune 500 clients"),
        ("Cut the page's load time to 5s from 12s.", "5s"),
    ],
)
def test_results_beside_a_size_or_a_team_are_kept(text: str, words: str) -> None:
    found = results(text)
    assert any(words in q.words for q in found), (text, found)
