"""Tracking's writes compiled ahead (`store.tracking`, `store.event_import`): the same rows
through sqlite3 as through SQLAlchemy, and `track` commands on a current home import no
SQLAlchemy. (The shipped SQL against SQLAlchemy's: tests/store/test_prepared_writes.py.)"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from levelset.errors import Conflict, NotFound
from levelset.store import Store
from levelset.store.event_import import insert_events, stored_for_import
from levelset.store.tracking import (
    add_events,
    add_experiment,
    add_score,
    delete_event,
    load_events,
    save_closed,
    set_note,
)
from levelset.tracking.events import Event, EventKind, Outcome
from levelset.tracking.experiments import Experiment, Verdict
from levelset.tracking.metrics import ScorePoint
from levelset.tracking.stored import StoredEvents
from tests.cli.test_startup_imports import loaded
from tests.store.both_ways import both_ways

ROOT = Path(__file__).resolve().parents[2]
SHEET = str(ROOT / "examples" / "tracking" / "applications.csv")
TABLES = ("tracking_events", "tracking_experiments", "narrative_scores")
DAY = dt.date(2026, 10, 1)


def _thread(company: str) -> list[Event]:
    ref = f"{company} / MLE / {DAY}"
    sent = Event(EventKind.APPLICATION, DAY, ref, company, "MLE", variant="short")
    reply = Event(EventKind.RESPONSE, DAY + dt.timedelta(days=8), ref, outcome=Outcome.POSITIVE)
    return [sent, reply, Event(EventKind.INTERVIEW, DAY + dt.timedelta(days=9), ref)]


def _write_all(store: Store, client: Store) -> None:
    """Events added, imported, noted and deleted, an experiment opened and closed, a score:
    for the user and for one client."""
    for owner in (store, client):
        added = add_events(owner, _thread("Contoso") + _thread("Fabrikam"), source="cli")
        assert [e.id for e in added] == sorted(e.id for e in added if e.id is not None)
        assert insert_events(owner, _thread("Northwind"), source="sheet.csv") == 3
        set_note(owner, added[0].id or 0, "contacts: Ann")
        assert [e.kind for e in delete_event(owner, added[4].id or 0)] == [EventKind.RESPONSE]
        removed = delete_event(owner, added[0].id or 0)  # the attempt takes its thread along
        assert [e.kind for e in removed] == [EventKind.APPLICATION, *[e.kind for e in added[1:3]]]
        experiment = Experiment("subject", "a shorter subject", DAY)
        add_experiment(owner, experiment)
        end = DAY + dt.timedelta(days=30)
        closed = Experiment(
            "subject",
            "a shorter subject",
            DAY,
            status="closed",
            closed_on=end,
            verdict=Verdict.KEEP,
        )
        save_closed(owner, closed, {"before": 1})
        add_score(owner, ScorePoint(DAY, 71, "offer", "Contoso", "a"), {"ask": 3})
        with pytest.raises(Conflict):
            add_experiment(owner, experiment)
        with pytest.raises(NotFound):
            delete_event(owner, 999)
        with pytest.raises(NotFound):
            set_note(owner, 999, "nobody")
        stored = stored_for_import(owner)
        assert stored == StoredEvents.of(load_events(owner))
        assert [a.company for a in stored.attempts] == ["Fabrikam", "Northwind"]
        assert [e.note for e in load_events(owner) if e.kind.is_attempt] == ["", ""]


def test_tracking_writes_give_the_same_rows_both_ways(tmp_path: Path) -> None:
    rows = both_ways(tmp_path, _write_all, TABLES)
    assert len(rows["tracking_events"]) == 10 and len(rows["narrative_scores"]) == 2
    assert {r[0] for r in rows["tracking_events"]} == {0, 1}  # the user's and the client's


def test_track_commands_on_a_current_home_import_no_sqlalchemy(levelset_home: Path) -> None:
    assert "sqlalchemy" in loaded(levelset_home, "track", "import", SHEET)  # made and migrated
    add = ("track", "add", "application", "--company", "Contoso", "--role", "MLE", "--json")
    assert loaded(levelset_home, *add) == set()
    reply = ("track", "add", "response", "--company", "Contoso", "--outcome", "positive")
    assert loaded(levelset_home, *reply, "--json") == set()
    assert loaded(levelset_home, "track", "delete", "1", "--json") == set()
    assert loaded(levelset_home, "track", "import", SHEET, "--json") == set()  # the deleted one
    start = ("experiment", "start", "subject", "--change", "shorter", "--baseline", "long")
    start = (*start, "--candidate", "short", "--json")
    assert loaded(levelset_home, *start) == set()
    assert loaded(levelset_home, "experiment", "close", "subject", "--json") == set()
