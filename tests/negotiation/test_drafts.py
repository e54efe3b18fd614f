"""Drafts use the user's own numbers and proof; anything missing is a visible placeholder."""

import datetime as dt
from decimal import Decimal

import pytest

from levelset.errors import UnknownValue
from levelset.negotiation import DraftFacts, compute_anchor, draft
from tests.negotiation.conftest import INITIAL, REVISED, offer
from tests.negotiation.test_anchor import MARKET


def _facts(**changes: object) -> DraftFacts:
    base = offer(INITIAL)
    anchor = compute_anchor(base, market=MARKET, unvested_left_behind=Decimal(80000))
    return DraftFacts(company="Northwind", offer=base, anchor=anchor, **changes)  # type: ignore[arg-type]


def test_a_counter_without_proof_shows_placeholders_and_the_number_with_its_source() -> None:
    text = draft("counter", _facts())
    assert "$213,000" in text.body and "Crowd (test), 2024-2025, n=120" in text.body
    assert "sign-on of $80,000, to cover the unvested equity and bonus I leave behind" in text.body
    assert "[YOUR TOP OUTCOME WITH A METRIC]" in text.placeholders
    assert "[YOUR NAME]" in text.placeholders and "[RECRUITER NAME]" in text.placeholders
    assert text.subject == "Senior ML Engineer offer: my counter"


def test_given_facts_replace_their_placeholders() -> None:
    text = draft(
        "counter",
        _facts(
            your_name="Maya Chen",
            recruiter="Jordan",
            positioning="I ship ranking models that move revenue.",
            outcomes=("Raised CTR 4.1% on 30M daily users", "Cut GPU cost 38%"),
            deadline=dt.date(2026, 3, 20),
        ),
    )
    assert text.placeholders == ()
    assert "Maya Chen" in text.body and "Hi Jordan," in text.body
    assert "Raised CTR 4.1%" in text.body and "March 20, 2026" in text.body


def test_call_no_and_confirm() -> None:
    call = draft("call", _facts())
    assert "$213,000" in call.body and "$202,000" in call.body and "$185,000" in call.body
    no = draft("no", _facts())
    assert "sign-on" in no.body and "equity" in no.body and "level" in no.body
    final = offer(REVISED | {"start_date": "2026-04-06"})
    confirm = draft("confirm", DraftFacts(company="Northwind", offer=final))
    for fact in ("$205,000", "$70,000", "$440,000", "L6", "2026-04-06", "15%"):
        assert fact in confirm.body
    assert "[LOCATION]" in confirm.placeholders
    with pytest.raises(UnknownValue):
        draft("poem", _facts())
