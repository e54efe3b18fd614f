"""An event carries only what fits it: an offer on an offer event, text on a note; the first
offer is corrected, never voided. Anything else is refused and nothing is stored."""

import pytest

from levelset.errors import Conflict, InputError
from levelset.negotiation import NegotiationRecord
from tests.negotiation.conftest import REVISED, TODAY, event, offer


def test_a_note_needs_its_text(opened: NegotiationRecord) -> None:
    with pytest.raises(InputError, match="note: give the note's text"):
        opened.append(event("note", "2026-03-03"), today=TODAY)


@pytest.mark.parametrize("kind", ["counter_sent", "deadline", "note", "signed"])
def test_an_offer_only_goes_with_an_offer_event(opened: NegotiationRecord, kind: str) -> None:
    with pytest.raises(
        InputError, match="only an initial offer, a revised offer or a correction brings an offer"
    ):
        opened.append(event(kind, "2026-03-03", note="x", offer=offer(REVISED)), today=TODAY)


def test_verbal_only_goes_with_an_offer_event(opened: NegotiationRecord) -> None:
    with pytest.raises(InputError, match="only an initial or a revised offer can be verbal"):
        opened.append(event("deadline", "2026-03-03", verbal=True), today=TODAY)


def test_the_first_offer_is_corrected_not_voided(opened: NegotiationRecord) -> None:
    with pytest.raises(Conflict, match="the initial offer cannot be voided"):
        opened.append(
            event("correction", "2026-03-03", corrects=1, data={"void": True}), today=TODAY
        )
    fixed = opened.append(
        event("correction", "2026-03-03", corrects=1, offer=offer(REVISED)), today=TODAY
    )
    assert fixed.initial_offer is not None and fixed.initial_offer.base == 205000


def test_a_correction_brings_an_offer_only_to_an_offer_event(opened: NegotiationRecord) -> None:
    record = opened.append(event("counter_sent", "2026-03-03"), today=TODAY)
    with pytest.raises(InputError, match="event #2 is the counter you sent, not an offer"):
        record.append(
            event("correction", "2026-03-04", corrects=2, offer=offer(REVISED)), today=TODAY
        )


def test_a_verbal_offer_is_not_signed_until_it_is_in_writing(opened: NegotiationRecord) -> None:
    spoken = opened.append(
        event("revised_offer", "2026-03-05", offer=offer(REVISED), verbal=True), today=TODAY
    )
    with pytest.raises(Conflict, match="only verbal"):
        spoken.append(event("signed", "2026-03-06"), today=TODAY)
    written = spoken.append(event("in_writing", "2026-03-06"), today=TODAY)
    assert written.append(event("signed", "2026-03-07"), today=TODAY).closed


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"corrects": 1, "note": "x"}, "only a correction names an event to correct"),
        (
            {"data": {"void": True}, "note": "x"},
            "only a correction moves an event.s date or voids it",
        ),
    ],
)
def test_correction_options_only_go_with_a_correction(
    opened: NegotiationRecord, fields: dict, said: str
) -> None:
    with pytest.raises(InputError, match=said):
        opened.append(event("note", "2026-03-03", **fields), today=TODAY)


def test_an_anchor_is_computed_not_logged_by_hand(opened: NegotiationRecord) -> None:
    """The message names no command (it reaches the web too); the field lets the CLI name
    `levelset negotiate anchor` in its hint (tests/negotiation/test_refusal_hints.py)."""
    with pytest.raises(InputError, match="it is not logged by hand") as refused:
        opened.append(event("anchor_set", "2026-03-03"), today=TODAY)
    assert "negotiate" not in refused.value.message and refused.value.fields == ("anchor",)
