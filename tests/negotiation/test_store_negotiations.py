"""Stored negotiations on SQLite and PostgreSQL: append-only events, versioned drafts."""

import inspect as pyinspect

import pytest
from sqlalchemy import func, select

from levelset.errors import Conflict, NotFound
from levelset.negotiation import Draft, DraftKind, negotiation_outcome
from levelset.store import negotiations as module
from levelset.store.negotiations import (
    append_event,
    draft_versions,
    list_records,
    load_record,
    save_draft,
    start_negotiation,
)
from levelset.store.negotiations_tables import events_table
from tests.negotiation.conftest import INITIAL, REVISED, TODAY, event, offer


def _count(store) -> int:
    with store.begin() as conn:
        return int(conn.execute(select(func.count()).select_from(events_table)).scalar_one())


def test_a_record_round_trips_with_every_offer_version(store) -> None:
    start_negotiation(
        store, event("initial_offer", "2026-03-02", offer=offer(INITIAL)), "Northwind", today=TODAY
    )
    append_event(
        store, "northwind", event("revised_offer", "2026-03-09", offer=offer(REVISED)), today=TODAY
    )
    record = append_event(store, "NORTHWIND", event("signed", "2026-03-11"), today=TODAY)
    assert record.company == "Northwind"
    assert [e.offer.base for e in record.offer_events() if e.offer] == [190000, 205000]
    assert negotiation_outcome(load_record(store, "Northwind")).days_to_signature == 9
    assert [r.company for r in list_records(store)] == ["Northwind"]


def test_a_refused_event_changes_nothing_stored(store) -> None:
    start_negotiation(
        store, event("initial_offer", "2026-03-02", offer=offer(INITIAL)), "Northwind", today=TODAY
    )
    append_event(store, "Northwind", event("signed", "2026-03-05"), today=TODAY)
    before = _count(store)
    with pytest.raises(Conflict):
        append_event(
            store,
            "Northwind",
            event("revised_offer", "2026-03-06", offer=offer(REVISED)),
            today=TODAY,
        )
    with pytest.raises(Conflict):
        start_negotiation(
            store,
            event("initial_offer", "2026-03-02", offer=offer(INITIAL)),
            "northwind",
            today=TODAY,
        )
    with pytest.raises(NotFound):
        append_event(store, "Southwind", event("note", "2026-03-06", note="x"), today=TODAY)
    assert _count(store) == before


def test_drafts_keep_every_version(store) -> None:
    start_negotiation(
        store, event("initial_offer", "2026-03-02", offer=offer(INITIAL)), "Northwind", today=TODAY
    )
    first = save_draft(store, "Northwind", Draft(DraftKind.COUNTER, "s", "one"), "generated")
    second = save_draft(store, "Northwind", Draft(DraftKind.COUNTER, "s", "two"), "edited")
    save_draft(store, "Northwind", Draft(DraftKind.CALL, None, "talk"), "generated")
    assert (first.version, second.version) == (1, 2)
    versions = draft_versions(store, "Northwind", "counter")
    assert [(v.version, v.origin, v.draft.body) for v in versions] == [
        (1, "generated", "one"),
        (2, "edited", "two"),
    ]


def test_the_store_module_never_updates_or_deletes_events_or_drafts() -> None:
    source = pyinspect.getsource(module)
    for table in ("events_table", "drafts_table"):
        assert f"{table}.update" not in source and f"{table}.delete" not in source
    assert "delete(" not in source and "update(" not in source
