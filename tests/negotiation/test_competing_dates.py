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
from tests.negotiation.conftest import TODAY

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


def _months_before(today: dt.date, months: int) -> dt.date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return dt.date(year, month + 1, min(today.day, 28))


def test_a_competing_offer_older_than_a_year_is_flagged_dated() -> None:
    """The anchor was never told today's date, so a two-year-old competing offer read as
    current. Given today, one made more than 12 months before says its age, its basis is
    dated and a note says so; one made this year says nothing more."""
    today = TODAY
    old = _offer("Lumen Labs", 240000, offered_on=_months_before(today, 14).isoformat())
    result = compute_anchor(_offer("Northwind Cloud", 190000), competing=[old], today=today)
    assert "months old)" in result.anchor.reason
    (basis,) = [b for b in result.basis if b.figure == "anchor"]
    assert basis.dated
    assert any("Lumen Labs's offer is 14 months old" in n for n in result.notes)
    fresh = _offer("Lumen Labs", 240000, offered_on=_months_before(today, 2).isoformat())
    recent = compute_anchor(_offer("Northwind Cloud", 190000), competing=[fresh], today=today)
    assert "months old" not in recent.anchor.reason and not recent.notes
    assert not [b for b in recent.basis if b.dated]


def test_negotiate_anchor_flags_a_stored_offer_kept_for_over_a_year(tmp_path: Path) -> None:
    """A competing offer stored today and used 14 months on (`--today`), as a user would."""
    stored = run_cli("offer", "add", str(EXAMPLES / "startup-options.yaml"), "--json")
    assert stored.exit_code == 0, stored.stderr
    number = str(stored.json()["offers"][0]["id"])
    later = _months_before(TODAY, -14).isoformat()
    bigco = str(EXAMPLES / "bigco-rsu.yaml")
    started = run_cli("--today", later, "negotiate", "start", "Northwind Cloud", "--offer", bigco)
    assert started.exit_code == 0, started.stderr
    asked = ("--today", later, "negotiate", "anchor", "Northwind Cloud", "--competing", number)
    shown = run_cli(*asked, "--no-market", "--preview")
    assert shown.exit_code == 0, shown.stderr
    flat = " ".join(shown.stdout.split())
    assert "months old" in flat and "Lumen Labs's offer is 14 months old" in flat
    data = run_cli(*asked, "--no-market", "--json").json()
    rival = [b for b in data["basis"] if "competing offer" in b["source"]]
    assert rival and all(b["dated"] for b in rival)
