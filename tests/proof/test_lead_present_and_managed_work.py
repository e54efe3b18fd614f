"""Leading said without "led": the present "Own" of a résumé in the present tense, a piece of
work managed, a committee or department run, a second verb before the direction set, and
partnerships held; with their near misses (levelset.proof.lead, levelset.proof.lead_direction,
levelset.proof.lead_people; issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.lead import lead_signals


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        (
            "Own hiring, onboarding and performance reviews for the support engineers",
            "lead:opens",
            "Own",
        ),
        (
            "Managed the installation of the new sorting line at the Leeds depot",
            "lead:took_charge",
            "Managed the installation",
        ),
        (
            "Managed the overhaul and relaunch of the members' portal",
            "lead:took_charge",
            "Managed the overhaul",
        ),
        (
            "Manage an eight-person committee that plans the annual alumni weekend",
            "lead:grew_people",
            "Manage an eight-person committee",
        ),
        (
            "Set and execute the product direction for the loyalty app",
            "lead:direction",
            "Set and execute the product direction",
        ),
        (
            "Built and maintain partnerships with four regional hospitals",
            "lead:go_to",
            "Built and maintain partnerships with",
        ),
        (
            "Backend lead for the booking service; moved it from PHP to Go",
            "lead:own_role",
            "Backend lead",
        ),
        (
            "Sole Android developer of the app, leading end-to-end delivery of its offline mode",
            "lead:drove_work",
            "leading end-to-end delivery",
        ),
    ],
)
def test_leading_said_without_led(text: str, name: str, words: str) -> None:
    assert lead_signals(text).get(name) == words


@pytest.mark.parametrize(
    "text",
    [
        "Own up to mistakes in the post-incident review",
        "Managed 12 TB of survey data on the lab's file server",
        "Managed the band's website and social media accounts",
        "Managed to finish the installation two days early",
        "Cut lead time for development changes from a week to a day",
        "Automated the reports, leading to full development of the dashboard",
    ],
)
def test_owning_up_and_things_managed_lead_nobody(text: str) -> None:
    leading = {"lead:opens", "lead:took_charge", "lead:grew_people", "lead:drove_work"}
    assert not leading & set(lead_signals(text))
