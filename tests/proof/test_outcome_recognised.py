"""Outcomes said by who judged or what was kept off (RULES.md, cases decided on 2026-12-08): a
journal named after "published", the author named before others or rewarded, a named loss or
attack avoided, a manual chore ended. Sentences written for the scorer, none a corpus row."""

from __future__ import annotations

import pytest

from levelset.proof.agreement import understand
from levelset.proof.signals import signals


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        (
            "Modelled coral bleaching risk; published in PLOS and presented at two meetings.",
            "uptake:venue_paper",
            "published in PLOS",
        ),
        (
            "Measured soil carbon loss after fires, with a publication in Geoderma.",
            "uptake:venue_paper",
            "publication in Geoderma",
        ),
        (
            "Published the findings of the river survey in Freshwater Biology.",
            "uptake:venue_paper",
            "Published the findings of the river survey in Freshwater Biology",
        ),
        (
            "Thanked at the company town hall for the billing migration.",
            "uptake:recognised",
            "Thanked at the company town hall",
        ),
        (
            "Commended by the chief nurse for the new handover checklist.",
            "uptake:recognised",
            "Commended by",
        ),
        (
            "Nominated to the regional innovation list for the route planner.",
            "uptake:recognised",
            "Nominated to ",
        ),
        (
            "Filed the quarterly returns on time and avoided late-filing penalties.",
            "rule:effect_named",
            "avoided late-filing penalties",
        ),
        (
            "Added rate limits to the login API thwarting a credential-stuffing attack.",
            "rule:effect_named",
            "thwarting a credential-stuffing attack",
        ),
        (
            "Ended the monthly manual reporting by wiring the ledger to the dashboard.",
            "rule:effect_named",
            "Ended the monthly manual reporting",
        ),
    ],
)
def test_the_signal_names_its_words_and_the_bullet_reads_as_an_outcome(
    text: str, signal: str, words: str
) -> None:
    assert signals(text).get(signal) == words
    assert understand(text).reading["outcome"].value


@pytest.mark.parametrize(
    "text",
    [
        "Published dashboards in Tableau for the regional sales managers.",
        "Published the mobile app on Google Play.",
        "Nominated for the tech lead track after two years on the team.",
        "Acknowledged customer tickets within the agreed hour.",
        "Designed access controls to avoid penalties from the regulator.",
    ],
)
def test_the_same_words_that_say_no_outcome(text: str) -> None:
    found = signals(text)
    assert not {"uptake:venue_paper", "uptake:recognised", "rule:effect_named"} & set(found)
