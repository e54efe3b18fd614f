"""Negotiations' writes compiled ahead (`store.negotiations`, `store.removal`): the same rows
through sqlite3 as through SQLAlchemy, and `negotiate` commands on a current home import no
SQLAlchemy. (The shipped SQL against SQLAlchemy's: tests/store/test_prepared_writes.py.)"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from levelset.errors import Conflict, NotFound
from levelset.negotiation import Draft, DraftKind, NegotiationRecord
from levelset.negotiation.recordfile import ImportedDraft, ImportedRecord
from levelset.store import Store
from levelset.store.negotiations import (
    append_event,
    import_records,
    save_draft,
    start_negotiation,
)
from levelset.store.practice import add_practice
from levelset.store.removal import delete_record, put_back_experiment, remove_experiment
from levelset.store.tracking import add_experiment, load_experiments
from levelset.tracking.experiments import Experiment, Verdict
from tests.cli.test_startup_imports import loaded
from tests.negotiation.conftest import INITIAL, REVISED, TODAY, event, offer
from tests.store.both_ways import both_ways

ROOT = Path(__file__).resolve().parents[2]
OFFER = str(ROOT / "examples" / "offers" / "startup-options.yaml")
TABLES = (
    "negotiations",
    "negotiation_events",
    "negotiation_drafts",
    "practice_sessions",
    "tracking_experiments",
)
DAY = dt.date(2026, 10, 1)


def _imported(company: str) -> ImportedRecord:
    first = event("initial_offer", "2026-03-02", offer=offer(INITIAL), verbal=True)
    record = NegotiationRecord(company).append(first, today=TODAY)
    draft = ImportedDraft(3, "edited", Draft(DraftKind.CALL, None, "Points."))
    return ImportedRecord(record, (draft,))


def _write_all(store: Store, client: Store) -> None:
    """Records started, appended to, drafted, imported and deleted (a rehearsal linked to one
    kept, unlinked), an experiment removed and put back: for the user and for one client."""
    for owner in (store, client):
        first = event("initial_offer", "2026-03-02", offer=offer(INITIAL), verbal=True)
        start_negotiation(owner, first, "Northwind Cloud", today=TODAY)
        revised = event("revised_offer", "2026-03-09", offer=offer(REVISED), note="better")
        append_event(owner, "northwind cloud", revised, today=TODAY)
        for body in ("one", "two"):
            save_draft(owner, "Northwind Cloud", Draft(DraftKind.COUNTER, "Re", body), "edited")
        with pytest.raises(Conflict):
            start_negotiation(owner, first, "NORTHWIND CLOUD", today=TODAY)
        with pytest.raises(NotFound):
            save_draft(owner, "Nobody", Draft(DraftKind.CALL, None, "x"), "generated")
        import_records(owner, [_imported("Fabrikam"), _imported("Lumen Labs")])
        with pytest.raises(Conflict):
            import_records(owner, [_imported("Contoso"), _imported("Fabrikam")])
        add_practice(owner, "negotiation", {"answers": ["yes"]}, on=DAY, company="Fabrikam")
        delete_record(owner, "Fabrikam")
        add_experiment(owner, Experiment("subject", "shorter", DAY, verdict=Verdict.KEEP))
        kept = remove_experiment(owner, "subject")
        assert load_experiments(owner) == []
        assert put_back_experiment(owner, kept) == "subject"
        with pytest.raises(Conflict):
            put_back_experiment(owner, kept)


def test_negotiation_writes_give_the_same_rows_both_ways(tmp_path: Path) -> None:
    rows = both_ways(tmp_path, _write_all, TABLES)
    kept = [(r[0], r[2]) for r in rows["negotiations"]]  # owner, company
    assert sorted(kept) == [(o, c) for o in (0, 1) for c in ("Lumen Labs", "Northwind Cloud")]
    assert len(rows["negotiation_drafts"]) == 6 and len(rows["negotiation_events"]) == 6
    assert [r[2] for r in rows["practice_sessions"]] == [None, None]  # unlinked, kept


def test_negotiate_commands_on_a_current_home_import_no_sqlalchemy(
    levelset_home: Path, tmp_path: Path
) -> None:
    assert "sqlalchemy" in loaded(levelset_home, "offer", "add", OFFER)  # made and migrated
    start = ("negotiate", "start", "Lumen Labs", "--offer", "1", "--json")
    assert loaded(levelset_home, *start) == set()
    assert loaded(levelset_home, "negotiate", "step", "Lumen Labs", "anchor", "--json") == set()
    log = ("negotiate", "log", "Lumen Labs", "note", "--note", "called back", "--json")
    assert loaded(levelset_home, *log) == set()
    assert loaded(levelset_home, "negotiate", "draft", "Lumen Labs", "counter", "--json") == set()
    export = str(tmp_path / "negotiations.json")
    assert loaded(levelset_home, "negotiate", "export", "--output", export) == set()
    assert loaded(levelset_home, "negotiate", "delete", "Lumen Labs", "--json") == set()
    assert loaded(levelset_home, "negotiate", "import", export, "--json") == set()


def test_events_logged_at_once_behind_a_long_writer_get_distinct_numbers(
    levelset_home: Path,
) -> None:
    # each `negotiate log` reads the record and appends the next seq in one compiled write
    # transaction (BEGIN IMMEDIATE): queued behind a held lock, none reads a stale record
    assert "sqlalchemy" in loaded(levelset_home, "offer", "add", OFFER)
    loaded(levelset_home, "negotiate", "start", "Lumen Labs", "--offer", "1", "--json")
    database = levelset_home / "levelset.sqlite"
    holder = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # a long writer: the others queue behind it
    env = {**os.environ, "LEVELSET_HOME": str(levelset_home)}
    cli = "import sys; from levelset.cli.main import main; sys.exit(main(sys.argv[1:]))"
    log = ("negotiate", "log", "Lumen Labs", "note", "--note", "called", "--json")
    processes = [
        subprocess.Popen([sys.executable, "-c", cli, *log], env=env, cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(4)
    ]  # fmt: skip
    release = threading.Timer(1.0, lambda: holder.execute("COMMIT"))
    release.start()
    outcomes = [(p.wait(timeout=120), p.stderr.read() if p.stderr else b"") for p in processes]
    release.join()
    holder.close()
    assert [code for code, _ in outcomes] == [0] * 4, outcomes
    with sqlite3.connect(database) as raw:
        seqs = [r[0] for r in raw.execute("SELECT seq FROM negotiation_events ORDER BY seq")]
    assert seqs == [1, 2, 3, 4, 5]
