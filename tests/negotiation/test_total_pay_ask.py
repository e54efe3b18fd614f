"""Issue 13: an equity ask sized from the user's total-pay evidence, with its basis."""

from __future__ import annotations

from decimal import Decimal

from levelset.negotiation import compute_anchor
from levelset.negotiation.total_pay import TotalPay
from tests.negotiation.conftest import INITIAL, offer
from tests.negotiation.test_anchor import MARKET

EVIDENCE = TotalPay(Decimal(450000), "USD", 6, "your comps 5, your offers 1", "Seattle",
                    "2026-08-01 to 2026-11-01")  # fmt: skip


def _equity(result):  # type: ignore[no-untyped-def]
    return next(a for a in result.asks if a.lever.value == "equity")


def test_the_gap_to_the_evidence_median_becomes_equity_over_the_vesting() -> None:
    result = compute_anchor(offer(INITIAL), market=MARKET, total_pay=EVIDENCE)
    target = result.target.amount
    assert target is not None
    at_target = target * Decimal("1.15") + 100000  # 15% bonus, $400k over 4 years
    ask = _equity(result)
    assert ask.amount == ((450000 - at_target) * 4).quantize(Decimal(1))
    assert ask.source == "your total pay evidence (n=6: your comps 5, your offers 1)"
    basis = {b.figure: b for b in result.basis}["equity"]
    assert (basis.area, basis.n, basis.date) == ("Seattle", 6, "2026-08-01 to 2026-11-01")


def test_a_small_sample_says_so_and_no_gap_asks_nothing_new() -> None:
    few = TotalPay(Decimal(450000), "USD", 2, "your comps 2", None, None)
    assert "rough guide" in _equity(compute_anchor(offer(INITIAL), total_pay=few)).source
    low = TotalPay(Decimal(200000), "USD", 8, "your comps 8", None, None)
    result = compute_anchor(offer(INITIAL), market=MARKET, total_pay=low)
    assert not _equity(result).source.startswith("your total pay")
    assert "equity" not in {b.figure for b in result.basis}


def test_a_competing_offer_with_more_equity_still_sizes_the_ask() -> None:
    more = {"grant_value": 800000, "vesting": [25, 25, 25, 25]}
    rival = offer({**INITIAL, "company": "Contoso", "equity": more})
    result = compute_anchor(offer(INITIAL), competing=[rival], total_pay=EVIDENCE)
    assert _equity(result).source == "your competing offer from Contoso"
