"""Options that are worth nothing today, and why, said in words next to the numbers."""

from levelset.offers import parse_offer, value_offer
from tests.cli.runner import run_cli

BASE = {"company": "Seed", "currency": "USD", "base": 150000}


def test_options_under_water_at_the_preferred_price_are_called_so() -> None:
    equity = {"type": "options", "shares": 1000, "strike": 10, "preferred_price": 5}
    valuation = value_offer(parse_offer(BASE | {"equity": equity}))
    assert valuation.four_year_total == 600000  # the options add nothing
    assert any("under water" in n and "$10.00" in n and "$5.00" in n for n in valuation.notes)


def test_options_without_any_price_say_what_to_add(tmp_path) -> None:
    equity = {"type": "options", "shares": 1000, "strike": 1}
    valuation = value_offer(parse_offer(BASE | {"equity": equity}))
    assert any("no 409A value or preferred price" in n for n in valuation.notes)
    path = tmp_path / "seed.yaml"
    path.write_text(
        "company: Seed\ncurrency: USD\nbase: 150000\n"
        "equity: {type: options, shares: 1000, strike: 1}\n",
        encoding="utf-8",
    )
    shown = run_cli("offer", "value", str(path))
    assert "no 409A value or preferred price" in shown.stdout.replace("\n", " ")
    assert "no 409A value" in " ".join(
        run_cli("offer", "value", str(path), "--json").json()["notes"]
    )


def test_options_in_the_money_carry_no_warning() -> None:
    equity = {"type": "options", "shares": 1000, "strike": 1, "preferred_price": 5}
    assert value_offer(parse_offer(BASE | {"equity": equity})).notes == ()
