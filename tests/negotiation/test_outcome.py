"""The outcome: delta from initial to final, levers improved, days to signature."""

from decimal import Decimal

from levelset.negotiation import NegotiationRecord, negotiation_outcome
from tests.negotiation.conftest import REVISED, TODAY, event, offer


def test_delta_levers_and_days(opened: NegotiationRecord) -> None:
    record = opened.append(event("counter_sent", "2026-03-04"), today=TODAY)
    record = record.append(event("revised_offer", "2026-03-10", offer=offer(REVISED)), today=TODAY)
    record = record.append(event("signed", "2026-03-16"), today=TODAY)
    result = negotiation_outcome(record)
    # initial year 1: 190,000 + 28,500 bonus + 50,000 sign-on + 100,000 equity = 368,500
    # final year 1:   205,000 + 30,750 bonus + 70,000 sign-on + 110,000 equity = 415,750
    assert result.year1_total is not None
    assert (result.year1_total.initial, result.year1_total.final) == (368500, 415750)
    assert result.year1_total.absolute == 47250
    assert result.year1_total.percent == Decimal("12.8")
    # four years: 4 x (190,000 + 28,500) + 50,000 + 400,000 = 1,324,000; final 1,453,000
    assert result.four_year_total is not None
    assert result.four_year_total.absolute == 1453000 - 1324000
    assert result.base is not None and result.base.percent == Decimal("7.9")
    assert result.levers_improved == ("base", "sign_on", "equity", "level")
    assert result.days_to_signature == 14
    data = result.to_dict()
    assert data["levers_improved_count"] == 4 and data["status"] == "signed"


def test_an_open_negotiation_has_no_days_and_a_record_without_offers_no_deltas(
    opened: NegotiationRecord,
) -> None:
    result = negotiation_outcome(opened)
    assert result.days_to_signature is None and result.levers_improved == ()
    assert result.base is not None and result.base.absolute == 0
    empty = negotiation_outcome(NegotiationRecord("Nobody"))
    assert empty.base is None and empty.to_dict()["delta"]["year1_total"] is None
