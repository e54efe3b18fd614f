"""A draft is written to the recruiter: the caveats levelset gives the user beside a number (the
market data's age, a competing offer's age, a rule of thumb on the user's own pay) stay with the
user and never reach the email, the talk track or the playbook's example counter."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

from levelset.negotiation import DraftFacts, compute_anchor, draft
from levelset.negotiation.anchor import Anchor
from levelset.negotiation.anchor_data import anchor_from_dict
from tests.cli.runner import run_cli
from tests.negotiation.conftest import INITIAL, TODAY, offer
from tests.negotiation.test_anchor import MARKET

OFFERS = Path(__file__).parents[2] / "examples" / "offers"
OLD_MARKET = dataclasses.replace(MARKET, age_months=22, dated=True)
CAVEATS = ("months old", "older than", "your competing", "your current", "rule of thumb")


def _said(anchor: Anchor) -> list[str]:
    facts = DraftFacts(company="Northwind", offer=offer(INITIAL), anchor=anchor)
    return [draft(kind, facts).body for kind in ("counter", "call")]


def test_a_dated_market_range_is_cited_without_its_age() -> None:
    anchor = compute_anchor(offer(INITIAL), market=OLD_MARKET)
    assert "22 months old" in anchor.anchor.source  # the user still sees the age beside it
    for body in _said(anchor):
        assert not [c for c in CAVEATS if c in body], body
        assert "(source: Crowd (test), 2024-2025, n=120)" in body


def test_an_anchor_saved_before_the_fix_is_cited_without_its_age() -> None:
    """Anchors stored with a negotiation record before figures kept their cited form."""
    saved = compute_anchor(offer(INITIAL), market=OLD_MARKET).to_dict()
    for figure in ("anchor", "target", "walk_away"):
        del saved[figure]["cited"]
    for body in _said(anchor_from_dict(saved)):
        assert "months old" not in body and "older than" not in body, body
        assert "(source: Crowd (test), 2024-2025, n=120)" in body


def test_a_competing_offer_is_cited_with_its_date_in_the_writers_words() -> None:
    today = TODAY
    made = today - dt.timedelta(days=430)
    rival = offer({**INITIAL, "company": "Contoso", "base": 240000, "offered_on": made})
    anchor = compute_anchor(offer(INITIAL), competing=[rival], today=today)
    assert "months old" in anchor.anchor.reason  # flagged for the user
    for body in _said(anchor):
        assert not [c for c in CAVEATS if c in body], body
        assert f"I have an offer from Contoso with a base of $240,000, made on {made}" in body


def test_the_users_own_pay_is_not_the_reason_given() -> None:
    anchor = compute_anchor(offer(INITIAL), current_base=Decimal(200000))
    assert anchor.anchor.source.startswith("your current base")
    for body in _said(anchor):
        assert "current base" not in body and "10% more" not in body, body
        assert "[WHY THIS NUMBER: A MARKET FIGURE OR A COMPETING OFFER]" in body


def test_the_counter_a_user_drafts_on_dated_market_data_does_not_quote_its_age() -> None:
    bigco = str(OFFERS / "bigco-rsu.yaml")
    late = ("--today", "2026-12-06")  # the OEWS May 2025 range is 18 months old then
    assert run_cli(*late, "negotiate", "start", "Northwind Cloud", "--offer", bigco).exit_code == 0
    shown = run_cli(*late, "negotiate", "anchor", "Northwind Cloud")
    assert "18 months old" in " ".join(shown.stdout.split())
    counter = run_cli(*late, "negotiate", "draft", "Northwind Cloud", "counter", "--json")
    body = " ".join(counter.json()["body"].split())
    assert "months old" not in body and "older than" not in body, body
    assert (
        "(source: BLS OEWS wages, blend at senior, May 2025, "
        "n=113,470 employment of the blended occupations)" in body
    )
    example = " ".join(run_cli(*late, "playbook").stdout.split())
    quote = example[example.index("An example with your numbers") :]
    assert "My reason: $217,372 is the 75th percentile" in quote
    assert "months old" not in quote.split("## ")[0]


def test_the_practice_calls_better_lines_give_the_reason_as_the_recruiter_hears_it(
    tmp_path: Path,
) -> None:
    """The mock call's better line said "based on Lumen Labs offers $215,000 base (offer of
    ..., 14 months old)": the offer's age is the user's caveat, not a line for the call."""
    stored = run_cli("offer", "add", str(OFFERS / "startup-options.yaml"), "--json")
    number = str(stored.json()["offers"][0]["id"])
    later = ("--today", (TODAY + dt.timedelta(days=430)).isoformat())
    bigco = str(OFFERS / "bigco-rsu.yaml")
    assert run_cli(*later, "negotiate", "start", "Northwind Cloud", "--offer", bigco).exit_code == 0
    asked = ("negotiate", "anchor", "Northwind Cloud", "--competing", number, "--no-market")
    assert "months old" in " ".join(run_cli(*later, *asked).stdout.split())
    answers = tmp_path / "answers.txt"
    answers.write_text("ok\nsure\nfine\nyes\nok\nok\n", encoding="utf-8")
    call = ("practice", "negotiation", "Northwind Cloud", "--answers", str(answers))
    done = run_cli(*later, *call, "--no-save", "--json")
    assert done.exit_code == 0, done.stderr
    lines = [m["better_line"] for m in done.json()["moves"] if m.get("better_line")]
    said = [line for line in lines if "My reason:" in line]
    assert said, lines
    for line in lines:
        assert not [c for c in CAVEATS if c in line], line
    assert "I have an offer from Lumen Labs with a base of $215,000, made on" in said[0]
