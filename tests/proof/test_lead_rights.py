"""Leading told by decision rights, work handed out, others' work reviewed, roles in other trades
and noun phrases of non-native English; and the near misses of each (issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.lead import lead_signals
from levelset.proof.lead_people import grew_people
from levelset.proof.signals import signals


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        ("Final say on which vendors the clinic signs with.", "lead:took_charge", "Final say"),
        ("Feature freezes are my call.", "lead:took_charge", "my call"),
        (
            "The hiring plan for the data org is mine to write each year.",
            "lead:took_charge",
            "mine to write",
        ),
        (
            "I decide which incidents get a full postmortem.",
            "lead:took_charge",
            "I decide which",
        ),
        (
            "No schema change ships without my review.",
            "lead:took_charge",
            "without my review",
        ),
        (
            "Every production access request goes through me.",
            "lead:took_charge",
            "goes through me",
        ),
        (
            "Took care of the new joiners in their first month.",
            "lead:took_charge",
            "Took care of the new joiners",
        ),
        (
            "Kept the five of us shipping during the freeze.",
            "lead:took_charge",
            "Kept the five of us",
        ),
        (
            "Talked the board out of an in-house data centre.",
            "lead:took_charge",
            "Talked the board out of",
        ),
        (
            "Managed the budget of the mobile apps.",
            "lead:took_charge",
            "Managed the budget",
        ),
        ("Ran the shop on Sundays.", "lead:took_charge", "Ran the shop"),
        (
            "Was put in charge of the depot's winter rota.",
            "lead:took_charge",
            "put in charge",
        ),
        (
            "Responsible for hiring across the analytics group.",
            "lead:took_charge",
            "Responsible for hiring",
        ),
        (
            "Assigned the beds and the nurses for each night shift.",
            "lead:across",
            "Assigned the beds",
        ),
        (
            "Reviewed their code daily until the interns could merge alone.",
            "lead:across",
            "Reviewed their code",
        ),
        (
            "Persuaded both platform teams to share one build cache.",
            "lead:across",
            "Persuaded both platform teams",
        ),
        (
            "Piloting of the ERP roll-out in the Lyon plant.",
            "lead:without_verb",
            "Piloting of",
        ),
        (
            "Gave the training to the new support colleagues on the CRM.",
            "lead:without_verb",
            "Gave the training to",
        ),
        (
            "Three analysts and a data engineer report to me.",
            "lead:without_verb",
            "report to me",
        ),
        ("Design authority for the payments APIs.", "lead:own_role", "Design authority"),
        ("Sous-chef of a forty-cover bistro.", "lead:own_role", "Sous-chef"),
        ("Referent for accessibility across the studio.", "lead:own_role", "Referent"),
        (
            "Backend developer and tech lead of the booking squad.",
            "lead:own_role",
            "Backend developer and tech lead of",
        ),
        ("Set the curriculum for the welding apprentices.", "lead:direction", "Set the curriculum"),
        (
            "Oversaw the deployment of the new tills in twelve shops.",
            "lead:drove_work",
            "Oversaw the deployment",
        ),
        (
            "Held monthly office hours for the product managers.",
            "lead:ran_for_others",
            "Held monthly office hours",
        ),
    ],
)
def test_leading_told_by_rights_handing_out_and_reviewing_work_is_read(
    text: str, signal: str, words: str
) -> None:
    assert lead_signals(text).get(signal) == words


@pytest.mark.parametrize(
    "text",
    [
        "Hired into the platform team as its third engineer.",
        "Grew the shop's customers fivefold in a year.",
        "Finance signed off.",
        "Teaching assistant for second-year statistics.",
        "Managed employee accounts in the identity portal.",
        "Set weekly promotions for the grocery category.",
        "Ran the unit tests before each merge.",
    ],
)
def test_near_misses_of_hiring_growing_signing_and_running_earn_no_sure_leading(text: str) -> None:
    sure = {
        "lead:opens_people",
        "lead:grew_people",
        "lead:took_charge",
        "lead:people_work",
        "lead:own_role",
    }
    assert not sure & set(lead_signals(text)), lead_signals(text)


def test_people_words_that_name_a_thing_are_not_people_grown() -> None:
    assert (
        grew_people("Coached two nurses through the new triage protocol.") == "Coached two nurses"
    )
    assert grew_people("Supervised student projects on the lab's robots.") == ""


@pytest.mark.parametrize(
    "text",
    [
        "Drove a 12% lift in repeat orders with better search.",
        "Drove down to the Leeds depot every week to fix scanners.",
    ],
)
def test_driving_a_change_or_down_the_road_earns_no_implicit_leading(text: str) -> None:
    assert "rule:lead_implicit" not in signals(text)
