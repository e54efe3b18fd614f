"""Saved postings and comps round-trip exactly (money as decimal text, dates), per owner, on
SQLite and (with LEVELSET_TEST_POSTGRES_URL) PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from levelset.errors import NotFound
from levelset.market.evidence import Comp, SavedPosting
from levelset.market.pay_text import PayRange
from levelset.market.postings import Posting
from levelset.store.clients import add_client
from levelset.store.market_evidence import (
    add_comp,
    add_posting,
    list_comps,
    list_postings,
    remove,
)

DAY = dt.date(2026, 11, 2)
PAY = PayRange(Decimal("85.50"), Decimal("97.25"), "USD", "hour", "$85.50 - $97.25/hr")
POSTING = SavedPosting(Posting("Acme", "ML Engineer", "Senior", "Austin, TX", PAY, "text"), DAY,
                       "posting.txt")  # fmt: skip
COMP = Comp("Staff ML Engineer", Decimal("231000.50"), "EUR", DAY, "recruiter band",
            company="Initech", bonus=Decimal("20000"), equity=None, note="verbal")  # fmt: skip


def test_postings_and_comps_come_back_exactly_and_per_owner(store) -> None:  # type: ignore[no-untyped-def]
    add_posting(store, POSTING)
    add_comp(store, COMP)
    assert [s.item for s in list_postings(store)] == [POSTING]
    assert [s.item for s in list_comps(store)] == [COMP]
    client = store.for_owner(add_client(store, "Ada", email=None, note=None, cohort=None).id)
    assert list_postings(client) == [] and list_comps(client) == []
    with pytest.raises(NotFound):
        remove(client, "comp", 1)
    gone = remove(store, "comp", list_comps(store)[0].id)
    assert gone.item == COMP and list_comps(store) == []
