"""Drafts read as Maya would write them: no ask for what is already offered, the source of the
number marked as its source."""

from decimal import Decimal

from levelset.negotiation import DraftFacts, compute_anchor, draft
from tests.negotiation.conftest import INITIAL, offer
from tests.negotiation.test_anchor import MARKET


def test_the_reply_to_a_no_only_lists_levers_that_ask_for_more() -> None:
    base = offer(INITIAL)  # a $50,000 sign-on already covers the $30,000 left behind
    anchor = compute_anchor(base, market=MARKET, unvested_left_behind=Decimal(30000))
    assert any(a.ask.startswith("keep the sign-on") for a in anchor.asks)
    text = draft("no", DraftFacts(company="Northwind", offer=base, anchor=anchor))
    assert "keep the sign-on" not in text.body and "sign-on" not in text.body
    assert "- equity:" in text.body


def test_the_counter_names_its_source_as_a_source() -> None:
    base = offer(INITIAL)
    anchor = compute_anchor(base, market=MARKET)
    text = draft("counter", DraftFacts(company="Northwind", offer=base, anchor=anchor))
    reason_line = next(line for line in text.body.splitlines() if "My reason" in line)
    assert reason_line.endswith("(source: Crowd (test), 2024-2025, n=120).")


def test_a_rule_of_thumb_anchor_is_not_given_to_the_recruiter_as_the_reason() -> None:
    base = offer(INITIAL)
    anchor = compute_anchor(base)  # nothing to compare with: the offer plus 5%
    facts = DraftFacts(company="Northwind", offer=base, anchor=anchor)
    counter, call = draft("counter", facts), draft("call", facts)
    for text in (counter, call):
        assert "rule of thumb" not in text.body and "5%" not in text.body
        assert "[WHY THIS NUMBER: A MARKET FIGURE OR A COMPETING OFFER]" in text.placeholders
    assert "$200,000" in counter.body  # the number itself is still asked for


def test_a_talk_track_is_filled_in_before_the_call() -> None:
    from pathlib import Path

    from tests.cli.runner import run_cli

    bigco = str(Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml")
    run_cli("negotiate", "start", "Northwind", "--offer", bigco, "--date", "2026-01-05")
    shown = run_cli("negotiate", "draft", "Northwind", "call").stdout
    assert "Fill in before the call:" in shown and "before sending" not in shown
