"""A large import: one batched insert that keeps every field, the owner, and re-import checks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from levelset.store.clients import add_client
from levelset.store.event_import import insert_events
from levelset.store.tracking import load_events
from levelset.tracking import Channel, EventKind, Outcome, plan_import
from tests.tracking.conftest import TODAY, application, follow


def _events() -> list[Any]:
    sent = application(
        "Acme", dt.date(2026, 10, 1), channel=Channel.REFERRAL, variant="v2", resume="r3"
    )
    reply = follow(sent, EventKind.RESPONSE, dt.date(2026, 10, 4), Outcome.POSITIVE)
    other = application("Globex", dt.date(2026, 10, 2), kind=EventKind.OUTREACH)
    return [sent, reply, other]


def test_a_batched_insert_stores_every_field(store: Any) -> None:
    sent = _events()
    assert insert_events(store, sent, source="sheet.csv") == 3
    loaded = load_events(store)
    by_date = sorted(sent, key=lambda e: e.date)  # events load by date, then id
    assert [e.with_id(0) for e in loaded] == [e.with_id(0) for e in by_date]
    assert all(e.id is not None for e in loaded)
    assert loaded[0].channel is Channel.REFERRAL and loaded[2].outcome is Outcome.POSITIVE


def test_a_batched_insert_for_a_client_stays_with_that_client(store: Any) -> None:
    client = add_client(store, "Dana Client", email=None, note=None, cohort=None)
    theirs = store.for_owner(client.id)
    insert_events(theirs, _events(), source="sheet.csv")
    assert len(load_events(theirs)) == 3
    assert load_events(store) == []


def test_a_sheet_of_many_rows_imported_twice_adds_nothing_the_second_time(store: Any) -> None:
    lines = ["Company,Role,Date Applied,Response Date,Response"]
    for i in range(3000):
        day = TODAY - dt.timedelta(days=30 + i % 200)
        reply = f"{day + dt.timedelta(days=2)},negative" if i % 2 else ","
        lines.append(f"Company {i % 400},Role {i // 400},{day},{reply}")
    text = "\n".join(lines) + "\n"
    first = plan_import(text, "big.csv", load_events(store), TODAY)
    assert insert_events(store, first.events, source="big.csv") == 4500
    again = plan_import(text, "big.csv", load_events(store), TODAY)
    assert again.events == () and again.already_stored == 4500


def test_a_batched_insert_stays_in_its_organisation(store: Any) -> None:
    from sqlalchemy import select

    from levelset.store.tracking_tables import events_table

    insert_events(store.for_tenant(7), _events(), source="sheet.csv")
    assert load_events(store) == []
    assert len(load_events(store.for_tenant(7))) == 3
    with store.engine.connect() as conn:  # the raw rows: every one carries its tenant
        tenants = set(conn.execute(select(events_table.c.org_id)).scalars())
    assert tenants == {7}
