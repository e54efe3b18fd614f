"""The anchor: market percentile, competing offers and current pay, each ask with its reason."""

from decimal import Decimal

from levelset.negotiation import anchor_from_dict, compute_anchor
from levelset.offers import MarketRange
from tests.negotiation.conftest import INITIAL, offer

MARKET = MarketRange(
    role="Machine Learning Engineer",
    level="senior",
    place="Seattle",
    currency="USD",
    percentiles=tuple(
        (p, Decimal(v))
        for p, v in ((10, 130000), (25, 160000), (50, 185000), (75, 212500), (90, 250000))
    ),
    source="Crowd (test)",
    as_of="2024-2025",
    n=120,
)


def _asks(anchor: object) -> dict[str, object]:
    return {a.lever: a for a in anchor.asks}  # type: ignore[attr-defined]


def test_the_anchor_is_the_market_percentile_rounded_up_with_its_source() -> None:
    result = compute_anchor(offer(INITIAL), market=MARKET)
    assert result.anchor.amount == 213000  # P75 212,500 rounded up to the next thousand
    assert "75th percentile" in result.anchor.reason and "$212,500" in result.anchor.reason
    assert result.anchor.source == "Crowd (test), Seattle, 2024-2025, n=120"
    assert result.target.amount == 202000  # halfway between 190,000 and 213,000, rounded
    assert result.walk_away.amount == 185000  # the market median
    higher = compute_anchor(offer(INITIAL), market=MARKET, percentile=90)
    assert higher.anchor.amount == 250000 and "90th" in higher.anchor.reason


def test_a_better_competing_offer_or_current_pay_can_set_the_anchor() -> None:
    rival = offer(
        INITIAL
        | {
            "company": "Contoso",
            "base": 225000,
            "sign_on": [90000],
            "equity": {"grant_value": 600000, "vesting": "even"},
        }
    )
    result = compute_anchor(offer(INITIAL), market=MARKET, competing=[rival])
    assert result.anchor.amount == 225000 and "Contoso" in result.anchor.source
    asks = _asks(result)
    assert asks["sign_on"].amount == 90000
    assert asks["equity"].amount == 200000  # (150,000 - 100,000 a year) over 4 years
    paid_well = compute_anchor(offer(INITIAL), current_base=Decimal(230000))
    assert paid_well.anchor.amount == 253000  # 10% over current pay
    assert "current base" in paid_well.anchor.source
    assert paid_well.walk_away.amount == 230000


def test_unvested_equity_left_behind_sets_the_sign_on_ask() -> None:
    result = compute_anchor(offer(INITIAL), market=MARKET, unvested_left_behind=Decimal(120000))
    ask = _asks(result)["sign_on"]
    assert ask.amount == 120000 and "unvested" in ask.reason


def test_missing_facts_become_placeholders_never_numbers() -> None:
    result = compute_anchor(offer(INITIAL | {"level": None}))
    assert result.anchor.amount == 200000  # offer + 5%, said so
    assert "5%" in result.anchor.reason and result.notes
    assert result.walk_away.amount is None and "[YOUR WALK-AWAY BASE]" in result.walk_away.reason
    asks = _asks(result)
    assert asks["sign_on"].amount is None and "[" in asks["sign_on"].ask
    assert asks["title_level"].ask == "[THE LEVEL YOUR SCOPE SUPPORTS]"
    assert "[" in asks["start_date"].ask and "[" in asks["scope"].ask
    assert all(a.reason and a.source for a in result.asks)


def test_the_target_level_becomes_a_level_ask_and_the_anchor_survives_storage() -> None:
    result = compute_anchor(offer(INITIAL), market=MARKET, target_level="staff")
    assert _asks(result)["title_level"].ask == "the staff level instead of L5"
    from levelset.jsonable import to_jsonable

    again = anchor_from_dict(to_jsonable(result.to_dict()))
    assert again == result


def test_a_sign_on_that_already_covers_what_is_left_behind_is_kept() -> None:
    result = compute_anchor(offer(INITIAL), unvested_left_behind=Decimal(30000))
    ask = _asks(result)["sign_on"]
    assert ask.amount == 50000 and ask.ask.startswith("keep the sign-on")


def test_negative_inputs_are_refused_with_their_field() -> None:
    import pytest

    from levelset.errors import InputError

    with pytest.raises(InputError) as caught:
        compute_anchor(offer(INITIAL), current_base=Decimal(-1), walk_away=Decimal(-2))
    assert {p.field for p in caught.value.problems} == {"current_base", "walk_away"}


def test_a_large_sample_size_is_written_with_thousands_separators() -> None:
    from dataclasses import replace

    large = replace(MARKET, source="BLS OEWS wages", as_of="May 2025", n=113470)
    result = compute_anchor(offer(INITIAL), market=large)
    assert result.anchor.source == "BLS OEWS wages, Seattle, May 2025, n=113,470"
