"""The sign-on ask sized from the user's own evidence: what they leave behind and the best
competing sign-on; the larger sets it, the reason names both, and the basis says where."""

from decimal import Decimal

from levelset.negotiation import compute_anchor
from levelset.negotiation.lever import Lever
from tests.negotiation.conftest import INITIAL, offer

RIVAL = INITIAL | {"company": "Contoso", "base": 200000, "sign_on": [90000], "location": "Seattle"}


def _sign_on(result: object) -> object:
    return next(a for a in result.asks if a.lever is Lever.SIGN_ON)  # type: ignore[attr-defined]


def _basis(result: object) -> list[object]:
    return [b for b in result.basis if b.figure == "sign_on"]  # type: ignore[attr-defined]


def test_what_you_leave_behind_outweighs_a_smaller_competing_sign_on() -> None:
    result = compute_anchor(
        offer(INITIAL), competing=[offer(RIVAL)], unvested_left_behind=Decimal(120000)
    )
    ask = _sign_on(result)
    assert ask.amount == 120000 and ask.source == "your unvested equity at your current job"
    assert (
        "$120,000 of unvested" in ask.reason and "Contoso offers a sign-on of $90,000" in ask.reason
    )
    [basis] = _basis(result)
    assert basis.source == ask.source and basis.n is None


def test_a_larger_competing_sign_on_outweighs_what_you_leave_behind() -> None:
    result = compute_anchor(
        offer(INITIAL), competing=[offer(RIVAL)], unvested_left_behind=Decimal(60000)
    )
    ask = _sign_on(result)
    assert ask.amount == 90000 and ask.source == "your competing offer from Contoso, Seattle"
    assert "$60,000 of unvested" in ask.reason  # the other evidence is still named
    [basis] = _basis(result)
    assert (basis.source, basis.area, basis.n) == (ask.source, "Seattle", 1)


def test_a_sign_on_already_above_all_evidence_is_kept_and_says_why() -> None:
    result = compute_anchor(
        offer(INITIAL | {"sign_on": [150000]}),
        competing=[offer(RIVAL)],
        unvested_left_behind=Decimal(120000),
    )
    ask = _sign_on(result)
    assert ask.ask == "keep the sign-on of $150,000" and "clawback" in ask.reason
    assert "$120,000" in ask.reason and "$90,000" in ask.reason


def test_without_evidence_the_sign_on_is_a_placeholder_with_no_basis() -> None:
    result = compute_anchor(offer(INITIAL))
    assert _sign_on(result).amount is None and "[" in _sign_on(result).ask
    assert _basis(result) == []
