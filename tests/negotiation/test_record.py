"""The record: five steps in order, append-only events, corrections instead of rewrites."""

import pytest

from levelset.errors import Conflict, InputError
from levelset.negotiation import NegotiationRecord, Step
from tests.negotiation.conftest import INITIAL, REVISED, TODAY, event, offer


def test_steps_follow_the_events(opened: NegotiationRecord) -> None:
    assert opened.step is Step.PREPARE
    record = opened.append(event("anchor_set", "2026-03-03", data={"anchor": {}}), today=TODAY)
    assert record.step is Step.ANCHOR
    record = record.append(event("counter_sent", "2026-03-04"), today=TODAY)
    assert record.step is Step.ASK
    record = record.append(
        event("revised_offer", "2026-03-09", offer=offer(REVISED), verbal=True), today=TODAY
    )
    assert record.step is Step.HOLD and record.verbal_only
    record = record.append(event("in_writing", "2026-03-10"), today=TODAY)
    assert record.step is Step.CONFIRM and not record.verbal_only
    record = record.append(event("signed", "2026-03-12"), today=TODAY)
    assert record.step is Step.SIGNED and record.closed
    assert [e.seq for e in record.events] == [1, 2, 3, 4, 5, 6]
    assert len(record.offer_events()) == 2  # every offer version is kept


def test_steps_only_move_forward(opened: NegotiationRecord) -> None:
    record = opened.append(event("step", "2026-03-03", step=Step.ASK), today=TODAY)
    assert record.step is Step.ASK
    with pytest.raises(Conflict, match="only move forward"):
        record.append(event("step", "2026-03-04", step=Step.ANCHOR), today=TODAY)
    with pytest.raises(Conflict, match="ends when you log that you signed"):
        record.append(event("step", "2026-03-04", step=Step.SIGNED), today=TODAY)


def test_events_that_clash_with_the_record_are_refused(opened: NegotiationRecord) -> None:
    with pytest.raises(Conflict, match="already has an initial offer"):
        opened.append(event("initial_offer", "2026-03-03", offer=offer(INITIAL)), today=TODAY)
    with pytest.raises(InputError, match="before the first offer"):
        opened.append(event("signed", "2026-03-01"), today=TODAY)
    with pytest.raises(InputError, match="give the offer itself"):
        opened.append(event("revised_offer", "2026-03-05"), today=TODAY)
    with pytest.raises(Conflict, match="no verbal offer"):
        opened.append(event("in_writing", "2026-03-05"), today=TODAY)
    with pytest.raises(Conflict, match="initial offer"):
        NegotiationRecord("Empty").append(event("counter_sent", "2026-03-05"), today=TODAY)
    signed = opened.append(event("signed", "2026-03-20"), today=TODAY)
    with pytest.raises(Conflict, match="only a correction or a note"):
        signed.append(event("revised_offer", "2026-03-21", offer=offer(REVISED)), today=TODAY)


def test_a_correction_fixes_without_rewriting(opened: NegotiationRecord) -> None:
    record = opened.append(event("signed", "2026-03-20"), today=TODAY)
    fixed = record.append(
        event("correction", "2026-03-21", corrects=2, data={"date": "2026-03-18"}), today=TODAY
    )
    assert [e.kind.value for e in fixed.events] == ["initial_offer", "signed", "correction"]
    assert fixed.events[1].on.isoformat() == "2026-03-20"  # the original stays in the log
    signed = [e for e in fixed.effective() if e.kind.value == "signed"]
    assert signed[0].on.isoformat() == "2026-03-18"
    voided = fixed.append(
        event("correction", "2026-03-22", corrects=2, data={"void": True}), today=TODAY
    )
    assert voided.step is Step.PREPARE
    with pytest.raises(InputError, match="no event #9"):
        fixed.append(event("correction", "2026-03-22", corrects=9, note="x"), today=TODAY)
    with pytest.raises(InputError, match="what changes"):
        fixed.append(event("correction", "2026-03-22", corrects=1), today=TODAY)


def test_a_corrected_offer_replaces_the_version_in_every_view(opened: NegotiationRecord) -> None:
    fixed = opened.append(
        event("correction", "2026-03-03", corrects=1, offer=offer(REVISED)), today=TODAY
    )
    assert fixed.initial_offer is not None and fixed.initial_offer.base == 205000
    assert fixed.events[0].offer is not None and fixed.events[0].offer.base == 190000
