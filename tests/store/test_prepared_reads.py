"""Reads compiled ahead (`store.prepared`): the shipped file is what SQLAlchemy compiles now,
scoping included, and a read gives the same rows through sqlite3 as through SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event as hooks

from levelset.app.workspace import SystemClock
from levelset.market.evidence import Comp, SavedPosting
from levelset.market.pay_text import PayRange
from levelset.market.postings import Posting
from levelset.negotiation.drafts import Draft, DraftKind
from levelset.offers import load_offer
from levelset.offers.currency import Rate
from levelset.paths import Paths
from levelset.plan.builder import build_plan
from levelset.plan.inputs import PlanInputs
from levelset.plan.review import Answers
from levelset.profile.model import Profile
from levelset.proof import import_files
from levelset.proof.corrections import Correction, PositionKey
from levelset.store import Store, open_store
from levelset.store.clients import add_client, add_note
from levelset.store.market_evidence import add_comp, add_posting
from levelset.store.negotiations import append_event, save_draft, start_negotiation
from levelset.store.new_accounts import add_organisation, add_user
from levelset.store.offers import add_offers, add_rate
from levelset.store.owners import ALL_OWNERS
from levelset.store.plan import save_answers, save_plan, set_tick
from levelset.store.practice import add_practice
from levelset.store.precompile import all_reads, compile_all, text
from levelset.store.prepared import READS, Read, compiled_for, current_connection, reading
from levelset.store.profile import save_profile
from levelset.store.proof import save_documents
from levelset.store.proof_analysis import keep_analysis
from levelset.store.proof_corrections import add_correction
from levelset.store.tracking import add_events, add_experiment, add_score
from levelset.tracking.events import Event, EventKind
from levelset.tracking.experiments import Experiment
from levelset.tracking.metrics import ScorePoint
from tests.negotiation.conftest import INITIAL, TODAY, event, offer

ROOT = Path(__file__).resolve().parents[2]
OFFER = ROOT / "examples" / "offers" / "bigco-rsu.yaml"
RESUME = ROOT / "examples" / "resume" / "resume.md"
# The arguments each read is asked with here: a read declared without them fails below.
ARGUMENTS: dict[str, dict[str, Any]] = {
    "offers.numbered": {"number": 1},
    "tracking.sources": {"ref": "contoso-1"},
    "tracking.event": {"id": 1},
    "tracking.attempt_events": {"id": 2, "ref": "contoso-1"},
    "tracking.experiment_named": {"name": "subject"},
    "practice.of_kind": {"kind": "stories"},
    "practice.session": {"session_id": "s-1"},
    "practice.one": {"id": 1},
    "clients.named": {"key": "ada"},
    "market_evidence.posting": {"id": 1},
    "market_evidence.comp": {"id": 1},
    "plan.data": {"plan_id": 1},
    "plan.ticks": {"plan_id": 1},
    "plan.answers": {"plan_id": 1, "week": 2},
    "negotiations.id_of": {"key": "northwind"},
    "negotiations.company": {"id": 1},
    "negotiations.events": {"id": 1},
    "negotiations.drafts": {"id": 1},
    "negotiations.drafts_of_kind": {"id": 1, "kind": "counter"},
    "negotiations.last_version": {"id": 1, "kind": "counter"},
    "removal.experiment": {"name": "subject"},
    "proof.source_named": {"name": "resume.md"},
    "proof_analysis.kept": {"inputs": "a" * 64},
    "accounts.email_taken": {"key": "a@example.com"},
}


def test_the_shipped_reads_are_current() -> None:
    """Fails after a change to a read, a table it reads or the scoping: `make reads`."""
    assert READS.read_text(encoding="utf-8") == text(compile_all())


def _filled(paths: Paths) -> tuple[Store, Store]:
    """Records for the user and for one client, through SQLAlchemy (a store just migrated)."""
    store = open_store(paths, now=SystemClock().now)
    assert store.database.sqlite is None  # migrated in this process: the full path
    client = store.for_owner(add_client(store, "Ada", email=None, note=None, cohort=None).id)
    org = add_organisation(store, "Acme")  # a server's account, read before anyone signs in
    add_user(store.for_tenant(org), "a@example.com", "Ada", "admin", "$argon2id$", None)
    offer = load_offer(OFFER)
    for owner, place in ((store, "Seattle"), (client, "Austin")):
        save_profile(owner, Profile(name="A", locations=(place,), current_base=150_000))
        add_offers(owner, [offer, offer])
        add_rate(owner, Rate("EUR", Decimal("1.08"), dt.date(2026, 11, 2), "a bank"))
        sent = Event(EventKind.APPLICATION, dt.date(2026, 10, 1), "contoso-1", "Contoso", "MLE")
        reply = Event(EventKind.RESPONSE, dt.date(2026, 10, 9), "contoso-1", stage="screen")
        add_events(owner, [sent, reply], source="a test")
        add_experiment(owner, Experiment("subject", "a shorter subject", dt.date(2026, 10, 1)))
        add_score(owner, ScorePoint(dt.date(2026, 10, 2), 71, "offer", "Contoso", "a"), {})
        _evidence_and_plans(owner)
    return store, client


def _evidence_and_plans(owner: Store) -> None:
    day = dt.date(2026, 10, 3)
    pay = PayRange(Decimal(180_000), Decimal("230000.50"), "USD", "year", "$180k-$230k")
    posting = Posting("Contoso", "Senior MLE", None, "Seattle, WA", pay, "text")
    add_posting(owner, SavedPosting(posting, day, "posting.txt"))
    add_comp(owner, Comp("Senior MLE", Decimal(190_000), "USD", day, "a friend", "Contoso"))
    add_practice(owner, "stories", {"answers": ["We shipped."]}, on=day, score=3, session_id="s-1")
    add_practice(owner, "peer", {"heard": "a clear ask"}, on=day)
    plan_id = save_plan(owner, build_plan(PlanInputs(), day))
    set_tick(owner, plan_id, "1.1")
    add_note(owner, day, "prepared the counter")
    first = event("initial_offer", "2026-03-02", offer=offer(INITIAL), verbal=True)
    start_negotiation(owner, first, "Northwind", today=TODAY)
    append_event(owner, "northwind", event("in_writing", "2026-03-11"), today=TODAY)
    save_draft(owner, "Northwind", Draft(DraftKind.COUNTER, "Re: offer", "Thank you."), "generated")
    save_draft(owner, "Northwind", Draft(DraftKind.CALL, None, "Points."), "edited")
    save_documents(owner, import_files([RESUME]).documents)
    key = PositionKey("resume.md", "Senior MLE", "Contoso", "2021-03")
    add_correction(owner, Correction("edit", key, (("location", "Seattle"),)))
    keep_analysis(owner, "a" * 64, {"proof": None, "level": None})
    save_answers(owner, plan_id, 2, Answers("a shorter subject", "two follow-ups"))


def test_a_read_gives_the_same_rows_through_sqlite3_as_through_sqlalchemy(paths: Paths) -> None:
    alchemy, client = _filled(paths)
    plain = open_store(paths, now=SystemClock().now)  # current now: reads skip SQLAlchemy
    assert plain.database.sqlite is not None
    reads = all_reads()
    for owner in (0, client.owner, ALL_OWNERS):
        for name, read in reads.items():
            if read.across_owners != (owner == ALL_OWNERS):
                assert not compiled_for(plain.for_owner(owner), read)  # SQLAlchemy's, then
                continue
            assert compiled_for(plain.for_owner(owner), read)
            assert not compiled_for(alchemy.for_owner(owner), read)
            ours, theirs = (
                _rows(plain.for_owner(owner), read),
                _rows(alchemy.for_owner(owner), read),
            )
            assert ours == theirs, name
            assert _tuples(plain.for_owner(owner), read) == _tuples(alchemy.for_owner(owner), read)
            if owner != ALL_OWNERS:
                assert all(r["client_id"] == owner for r in ours if "client_id" in r), name
            else:
                assert {r["client_id"] for r in ours} == {0, client.owner}, name
    every = plain.for_owner(ALL_OWNERS)
    assert all(_rows(every if r.across_owners else plain, r) for r in reads.values())
    plain.close()
    alchemy.close()


def _rows(store: Store, read: Read) -> list[dict[str, Any]]:
    with reading(store, read) as rows:
        return rows.all(read, **ARGUMENTS.get(read.name, {}))


def _tuples(store: Store, read: Read) -> list[tuple[Any, ...]]:
    with reading(store, read) as rows:
        return rows.tuples(read, **ARGUMENTS.get(read.name, {}))


def test_the_compiled_sql_is_what_sqlalchemy_sends_with_the_scoping(paths: Paths) -> None:
    """The SQL and parameters the engine hands sqlite3 for each read (its hook scoping the
    statement for this owner and tenant) are the shipped SQL with the shipped parameters."""
    alchemy, client = _filled(paths)
    shipped = compile_all()["reads"]
    sent: list[tuple[str, tuple[Any, ...]]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, tuple(parameters)))

    hooks.listen(alchemy.engine, "before_cursor_execute", record)
    for owner, tenant in ((0, 0), (client.owner, 0), (client.owner, 7), (ALL_OWNERS, 0)):
        seen = alchemy.for_owner(owner).for_tenant(tenant)
        for name, read in all_reads().items():
            if read.across_owners != (owner == ALL_OWNERS):
                continue
            sent.clear()
            _rows(seen, read)
            entry = shipped[name]
            values = {"owner": owner, "tenant": tenant}
            expected = tuple(
                values[kind] if kind in values else ARGUMENTS[name][arg] if kind == "arg" else arg
                for kind, arg in entry["params"]
            )
            assert sent == [(entry["sql"], expected)], name
    hooks.remove(alchemy.engine, "before_cursor_execute", record)
    alchemy.close()


def test_a_store_behind_its_migrations_is_not_read_through_sqlite3(paths: Paths) -> None:
    assert current_connection(paths.records_db) is None  # no file yet
    open_store(paths, now=SystemClock().now).close()
    found = current_connection(paths.records_db)
    assert found is not None
    found.close()
    with sqlite3.connect(paths.records_db) as conn:
        last = conn.execute("SELECT max(name) FROM schema_migrations").fetchone()[0]
        conn.execute("DELETE FROM schema_migrations WHERE name = ?", (last,))
    conn.close()
    assert current_connection(paths.records_db) is None  # the full open then migrates


def test_reading_a_current_home_imports_no_sqlalchemy(paths: Paths) -> None:
    _filled(paths)
    probe = (
        "import os, sys\n"
        "from levelset.app.workspace import Workspace\n"
        "from levelset.store.offers import get_offer, list_offers, user_rates\n"
        "from levelset.store.profile import load_profile\n"
        "ws = Workspace.from_env(os.environ)\n"
        "print(load_profile(ws.store).locations, len(list_offers(ws.store)),\n"
        "      get_offer(ws.store, 2).offer.company, user_rates(ws.store)[0].currency)\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.splitlines() == ["('Seattle',) 2 Northwind Cloud EUR", "False"], done.stderr


@pytest.mark.parametrize("owner", ["own", "client"])
def test_a_write_after_a_compiled_read_is_seen_by_the_next_read(paths: Paths, owner: str) -> None:
    alchemy, client = _filled(paths)
    alchemy.close()
    plain = open_store(paths, now=SystemClock().now)
    seen = plain if owner == "own" else plain.for_owner(client.owner)
    from levelset.store.offers import delete_offer, list_offers

    assert [s.id for s in list_offers(seen)] == [1, 2]
    delete_offer(seen, 1)  # through SQLAlchemy, made now
    assert [s.id for s in list_offers(seen)] == [2]
    plain.close()


def test_a_read_inside_another_shares_its_transaction(paths: Paths) -> None:
    alchemy, _ = _filled(paths)
    alchemy.close()
    plain = open_store(paths, now=SystemClock().now)
    from levelset.store.offers import list_offers
    from levelset.store.profile import load_profile

    read = all_reads()["profile.load"]
    with reading(plain, read) as rows:
        assert rows.first(read) is not None
        assert len(list_offers(plain)) == 2  # the same thread, the same connection: no wait
    assert load_profile(plain).locations == ("Seattle",)
    plain.close()


def test_the_dump_reads_every_record_table_in_order() -> None:
    from levelset.store.clients import RECORD_TABLES
    from levelset.store.records import record_tables

    assert tuple(t.name for t in record_tables()) == RECORD_TABLES
