"""Practice's writes compiled ahead (`store.practice`): the same rows through sqlite3 as
through SQLAlchemy, a session kept once when keeps race on the plain connection, and
`practice` commands on a current home import no SQLAlchemy. (The shipped SQL against
SQLAlchemy's: tests/store/test_prepared_writes.py.)"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from levelset.errors import NotFound
from levelset.paths import Paths
from levelset.store import Store
from levelset.store.negotiations import start_negotiation
from levelset.store.practice import (
    add_practice,
    list_practice,
    put_back_practice,
    remove_practice,
)
from tests.cli.test_startup_imports import loaded
from tests.negotiation.conftest import INITIAL, TODAY, event, offer
from tests.store.both_ways import both_ways, keep_at_once, open_at

ROOT = Path(__file__).resolve().parents[2]
OFFER = str(ROOT / "examples" / "offers" / "bigco-rsu.yaml")
DAY = dt.date(2026, 12, 5)


def _write_all(store: Store, client: Store) -> None:
    """Sessions kept (linked to a negotiation, by session id, twice), removed and put back."""
    for owner in (store, client):
        first = event("initial_offer", "2026-03-02", offer=offer(INITIAL))
        start_negotiation(owner, first, "Northwind", today=TODAY)
        linked = add_practice(
            owner, "negotiation", {"a": [1]}, on=DAY, score=7, company="northwind"
        )
        add_practice(owner, "stories", {}, on=DAY, score=50, session_id="s-1")
        again = add_practice(owner, "stories", {}, on=DAY, score=50, session_id="s-1")
        assert again.already_kept
        add_practice(owner, "peer", {"heard": "a clear ask"}, on=DAY, company="Nobody")
        removed = remove_practice(owner, linked.id)
        with pytest.raises(NotFound):
            remove_practice(owner, linked.id)
        back = put_back_practice(owner, removed.to_dict() | {"data": removed.data})
        assert (back.company, back.score, back.on) == ("northwind", 7, DAY)


def test_practice_writes_give_the_same_rows_both_ways(tmp_path: Path) -> None:
    rows = both_ways(tmp_path, _write_all, ("practice_sessions",))
    linked = [r for r in rows["practice_sessions"] if r[3] == "negotiation"]
    assert [r[2] for r in linked] == [1, 2]  # each owner's own negotiation


def test_keeps_racing_on_the_plain_connection_store_one_row(paths: Paths) -> None:
    open_at(paths).close()
    store = open_at(paths)
    assert store.database.sqlite is not None
    results = keep_at_once(store, DAY)
    assert len(results) == 4 and len(list_practice(store)) == 1
    assert sorted(r.already_kept for r in results).count(False) == 1
    assert store.database._engine is None
    store.close()


def test_practice_commands_on_a_current_home_import_no_sqlalchemy(
    levelset_home: Path, tmp_path: Path
) -> None:
    assert "sqlalchemy" in loaded(levelset_home, "offer", "add", OFFER)  # made and migrated
    answers = tmp_path / "answers.txt"
    answers.write_text("We shipped it.\n" * 12, encoding="utf-8")
    assert loaded(levelset_home, "negotiate", "start", "Northwind Cloud", "--offer", "1") == {
        "rich"
    }
    drill = ("practice", "negotiation", "Northwind Cloud", "--answers", str(answers), "--json")
    assert loaded(levelset_home, *drill) == set()
    stories = ("practice", "stories", "--target", "staff", "--answers", str(answers), "--json")
    assert loaded(levelset_home, *stories) == set()
    peer = ("practice", "peer", "record", "--heard", "a clear ask", "--number", "215k")
    peer = (*peer, "--pushback", "the equity", "--company", "Northwind Cloud", "--json")
    assert loaded(levelset_home, *peer) == set()
