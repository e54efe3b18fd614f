"""A competing offer in the anchor's basis carries its date, as every market figure does.

Before, the basis gave a competing offer's source, area and n but `date: null`, and the
reason said nothing of when it was made: a year-old offer read like yesterday's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from levelset.negotiation import compute_anchor
from levelset.offers import parse_offer
from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).parents[2] / "examples" / "offers"


def _offer(company: str, base: int, **extra: object) -> object:
    return parse_offer({"company": company, "currency": "USD", "base": base, **extra})


def test_a_dated_competing_offer_names_its_date_in_the_reason_and_the_basis() -> None:
    rival = _offer("Lumen Labs", 240000, offered_on="2025-11-20", location="Austin, TX")
    assert rival.offered_on == dt.date(2025, 11, 20)
    result = compute_anchor(_offer("Northwind Cloud", 190000), competing=[rival])
    assert result.anchor.amount == Decimal(240000)
    assert "(offer of 2025-11-20)" in result.anchor.reason
    (basis,) = [b for b in result.basis if b.figure == "anchor"]
    assert basis.date == "2025-11-20" and basis.area == "Austin, TX"


def test_an_undated_file_says_its_date_is_not_given() -> None:
    result = compute_anchor(_offer("Northwind Cloud", 190000), competing=[_offer("L", 240000)])
    assert "(its date not given)" in result.anchor.reason


def test_a_stored_competing_offer_is_dated_the_day_it_was_stored() -> None:
    stored = run_cli("offer", "add", str(EXAMPLES / "startup-options.yaml"), "--json")
    assert stored.exit_code == 0, stored.stderr
    (kept,) = stored.json()["offers"]
    number, day = str(kept["id"]), str(kept["created_at"])[:10]
    bigco = str(EXAMPLES / "bigco-rsu.yaml")
    assert run_cli("negotiate", "start", "Northwind Cloud", "--offer", bigco).exit_code == 0
    anchor = run_cli(
        "negotiate", "anchor", "Northwind Cloud", "--competing", number, "--no-market", "--json"
    ).json()
    rival = [b for b in anchor["basis"] if "competing offer" in b["source"]]
    assert rival and all(b["date"] == day for b in rival)
