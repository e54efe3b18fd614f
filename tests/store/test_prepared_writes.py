"""Writes compiled ahead (`store.prepared_writes`): the shipped SQL is what SQLAlchemy sends
through the scoping hook, rows written through sqlite3 equal rows written through SQLAlchemy,
and a cold process writing a current home imports no SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event as hooks

from levelset.errors import Conflict
from levelset.offers import load_offer
from levelset.offers.currency import Rate
from levelset.paths import Paths
from levelset.plan.builder import build_plan
from levelset.plan.inputs import PlanInputs
from levelset.plan.review import Answers
from levelset.profile.model import Profile
from levelset.proof import import_files
from levelset.store import Store
from levelset.store.clients import add_client
from levelset.store.offers import add_offers, add_rate, delete_offer, list_offers
from levelset.store.owners import ALL_OWNERS
from levelset.store.plan import save_answers, save_plan, set_tick, set_ticks
from levelset.store.precompile import all_reads, compile_all
from levelset.store.prepared_writes import (
    BIND,
    VERSION,
    compiled_writes,
    declared_writes,
    writing,
)
from levelset.store.profile import save_profile
from levelset.store.proof import save_documents
from tests.store.both_ways import both_ways, dump, open_at
from tests.store.write_arguments import ARGUMENTS, NOW, arguments

ROOT = Path(__file__).resolve().parents[2]
OFFER = ROOT / "examples" / "offers" / "bigco-rsu.yaml"
RESUME = ROOT / "examples" / "resume" / "resume.md"
TABLES = (
    "offers",
    "currency_rates",
    "proof_sources",
    "proof_items",
    "profile",
    "plan",
    "plan_tick",
    "plan_review",
)


def _open(paths: Paths) -> Store:
    return open_at(paths)


def _write_all(store: Store, client: Store) -> None:
    """Offers and proof for the user and for one client, a re-import replacing a source."""
    documents = import_files([RESUME]).documents
    for owner in (store, client, store):
        added = add_offers(owner, [load_offer(OFFER), load_offer(OFFER), load_offer(OFFER)])
        delete_offer(owner, added[1].id)
        add_rate(owner, Rate("EUR", Decimal("1.08"), dt.date(2026, 11, 2), "a bank"))
        save_documents(owner, documents)
        save_profile(owner, Profile(name="A", locations=("Seattle",), current_base=150_000))
        plan = save_plan(owner, build_plan(PlanInputs(), NOW.date()))
        for item, done in (("1.1", True), ("1.2", True), ("1.1", False)):
            set_tick(owner, plan, item, done)
        set_ticks(owner, plan, {"2.1", "2.2"})
        save_answers(owner, plan, 1, Answers("a shorter subject", "two follow-ups"))
        save_answers(owner, plan, 1, Answers("the ask", "a call"))  # replaces the week's


def _dump(paths: Paths) -> dict[str, list[tuple[Any, ...]]]:
    return dump(paths, TABLES)


def test_every_write_is_shipped_and_current() -> None:
    all_reads()  # imports every store module: each declares its writes
    assert set(compile_all()["writes"]) == set(declared_writes()) == {VERSION, *ARGUMENTS}


def test_rows_written_through_sqlite3_equal_rows_written_through_sqlalchemy(
    tmp_path: Path,
) -> None:
    both_ways(tmp_path, _write_all, TABLES)
    plain = _open(Paths(tmp_path / "b"))
    assert [s.id for s in list_offers(plain)] == [1, 3, 4, 6]
    plain.close()


def test_the_compiled_sql_is_what_sqlalchemy_sends_with_the_scoping(paths: Paths) -> None:
    store = _open(paths)
    client = add_client(store, "Ada", email=None, note=None, cohort=None).id
    other = add_client(store, "Bo", email=None, note=None, cohort=None).id  # one profile each
    save_plan(store, build_plan(PlanInputs(), NOW.date()))  # plan 1, which the ticks name
    shipped = compile_all()["writes"]
    writes = declared_writes()
    sent: list[tuple[str, tuple[Any, ...]]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if not statement.lstrip().upper().startswith(("SELECT", "PRAGMA", "BEGIN")):
            sent.append((statement, tuple(parameters)))

    hooks.listen(store.engine, "before_cursor_execute", record)
    for turn, (owner, tenant) in enumerate(((0, 0), (client, 0), (other, 7))):
        seen = store.for_owner(owner).for_tenant(tenant)
        for name in ARGUMENTS:
            given = arguments(name, turn)
            sent.clear()
            with writing(seen, [writes[name]]) as writer:
                writer.run(writes[name], **given)
            expected = [_expected(shipped[name], owner, tenant, given)]
            if shipped[name]["records"]:  # a record table's version moves, the client list's not
                expected.append(_expected(shipped[VERSION], owner, tenant, {"owner": owner}))
            assert sent == expected, name
    hooks.remove(store.engine, "before_cursor_execute", record)
    store.close()


def _expected(
    entry: dict[str, Any], owner: int, tenant: int, arguments: dict[str, Any]
) -> tuple[str, tuple[Any, ...]]:
    values = []
    for kind, value, bind in entry["params"]:
        given = {"owner": owner, "tenant": tenant}.get(kind, value)
        given = arguments[value] if kind == "arg" else given
        values.append(BIND[bind](given) if bind and given is not None else given)
    return entry["sql"], tuple(values)


def test_a_cold_process_writing_a_current_home_imports_no_sqlalchemy(paths: Paths) -> None:
    _open(paths).close()
    probe = (
        "import os, sys\n"
        "from levelset.app.workspace import Workspace\n"
        "from levelset.offers import load_offer\n"
        "from levelset.proof import import_files\n"
        "from levelset.store.offers import add_offers\n"
        "from levelset.store.proof import save_documents\n"
        "ws = Workspace.from_env(os.environ)\n"
        f"add_offers(ws.store, [load_offer({str(OFFER)!r})])\n"
        f"print(save_documents(ws.store, import_files([{str(RESUME)!r}]).documents)[0].name)\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.splitlines() == ["resume.md", "False"], done.stderr
    assert _dump(paths)["record_versions"] == [(0, 0, 2)]  # one raise per transaction


def test_a_failed_write_leaves_nothing_and_the_next_one_lands(paths: Paths) -> None:
    _open(paths).close()
    store = _open(paths)
    add = declared_writes()["offers.add"]
    with pytest.raises(ZeroDivisionError), writing(store, [add]) as writer:
        writer.run(add, **ARGUMENTS["offers.add"])
        raise ZeroDivisionError
    assert _dump(paths)["offers"] == [] and _dump(paths)["record_versions"] == []
    assert [s.id for s in add_offers(store, [load_offer(OFFER)])] == [1]
    assert _dump(paths)["record_versions"] == [(0, 0, 1)]
    store.close()


def test_the_view_across_owners_still_refuses_to_write(paths: Paths) -> None:
    _open(paths).close()
    every = _open(paths).for_owner(ALL_OWNERS)
    assert not compiled_writes(every, list(declared_writes().values()))
    with pytest.raises(Conflict):
        add_offers(every, [load_offer(OFFER)])
    every.close()


def test_offers_added_at_once_behind_a_long_writer_get_distinct_numbers(paths: Paths) -> None:
    _open(paths).close()
    holder = sqlite3.connect(paths.records_db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # a long writer: the others queue behind it
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LEVELSET_HOME": str(paths.home)}
    cli = "import sys; from levelset.cli.main import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", cli, "offer", "add", str(OFFER)]
    processes = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    release = threading.Timer(1.0, lambda: holder.execute("COMMIT"))
    release.start()
    outcomes = [(p.wait(timeout=120), p.stderr.read() if p.stderr else b"") for p in processes]
    release.join()
    holder.close()
    assert [code for code, _ in outcomes] == [0] * 4, outcomes
    assert sorted(r[2] for r in _dump(paths)["offers"]) == [1, 2, 3, 4]
    assert _dump(paths)["record_versions"] == [(0, 0, 4)]
