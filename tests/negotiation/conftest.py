"""Offers used across the negotiation tests, written inline, and the one day they run on: the
suite's fixed clock (TODAY), which every command here reads through LEVELSET_TODAY, so a date
the tests write reads the same on any day the suite runs."""

from __future__ import annotations

import datetime as dt

import pytest

from levelset.negotiation import Event, EventKind, NegotiationRecord
from levelset.offers import Offer, parse_offer
from tests.market.market_home import clock
from tests.web.conftest import (  # noqa: F401 (the web door's fixtures, found by name)
    app,
    built_market,
    client,
    market,
    migrated_records,
)

INITIAL = {
    "company": "Northwind",
    "currency": "USD",
    "title": "Senior ML Engineer",
    "level": "L5",
    "base": 190000,
    "bonus_target_pct": 15,
    "sign_on": [50000],
    "equity": {"grant_value": 400000, "vesting": [25, 25, 25, 25]},
}
TODAY = clock().date()  # the clock the records are checked against
REVISED = INITIAL | {
    "base": 205000,
    "sign_on": [70000],
    "equity": {"grant_value": 440000, "vesting": [25, 25, 25, 25]},
    "level": "L6",
}


def offer(data: dict[str, object]) -> Offer:
    return parse_offer(data)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def event(kind: str, on: str, **fields: object) -> Event:
    return Event(0, EventKind(kind), day(on), **fields)


@pytest.fixture(autouse=True)
def _on_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands' clock stopped on TODAY (monkeypatch restores the environment)."""
    monkeypatch.setenv("LEVELSET_TODAY", TODAY.isoformat())


@pytest.fixture
def opened() -> NegotiationRecord:
    return NegotiationRecord("Northwind").append(
        event("initial_offer", "2026-03-02", offer=offer(INITIAL)), today=TODAY
    )
