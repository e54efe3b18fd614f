"""A new SQLite database made at once from the compiled schema (store/fresh_schema.py) is the
database the migrations make one by one: the same objects, the same SQL, every migration
recorded; and the shipped file is what the migrations leave now."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from levelset.app.workspace import SystemClock
from levelset.paths import Paths
from levelset.store import fresh_schema, open_store
from levelset.store.engine import make_engine
from levelset.store.migrations import migrate, names

ROOT = Path(__file__).resolve().parents[2]
# every object, those SQLite makes for a table's keys (no SQL of their own) included
EVERY_OBJECT = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"


def objects(path: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(path) as conn:
        found = list(conn.execute(EVERY_OBJECT))
    conn.close()
    return found


def recorded(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        found = [row[0] for row in conn.execute("SELECT name FROM schema_migrations ORDER BY 1")]
    conn.close()
    return found


def replayed_file(folder: Path) -> Path:
    from levelset.store.migrations import migrate_by_replay

    path = folder / "replayed.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate_by_replay(engine)
    finally:
        engine.dispose()
    return path


def test_the_shipped_schema_is_what_the_migrations_leave_now() -> None:
    # stale after a new migration: run `make reads`
    assert fresh_schema.SCHEMA.read_text(encoding="utf-8") == fresh_schema.text(
        fresh_schema.replayed()
    )
    assert list(fresh_schema.shipped().migrations) == names()


def test_a_new_home_made_at_once_equals_one_migrated_one_by_one(
    paths: Paths, tmp_path: Path
) -> None:
    open_store(paths, now=SystemClock().now).close()
    made, replayed = paths.records_db, replayed_file(tmp_path)
    assert objects(made) == objects(replayed)
    assert recorded(made) == recorded(replayed) == sorted(names())
    with sqlite3.connect(made) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_new_database_at_once_loads_no_migration(tmp_path: Path) -> None:
    # the point of the compiled schema: no migration module runs (nor is imported) for it
    probe = (
        "import sys\n"
        "from levelset.store.engine import make_engine\n"
        "from levelset.store.migrations import migrate\n"
        "import datetime as dt\n"
        f"engine = make_engine('sqlite:///{tmp_path / 'new.sqlite'}')\n"
        "print(migrate(engine, None, now=lambda: dt.datetime.now(dt.UTC)))\n"
        "print(sorted(m for m in sys.modules if m.startswith('levelset.store.migrations.m')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    applied, loaded = done.stdout.splitlines()
    assert applied == repr(names())
    assert loaded == "[]"


def test_a_database_holding_a_table_already_takes_the_replay(tmp_path: Path) -> None:
    # an empty table left by an older version's unfinished first run: the replay drops it
    path = tmp_path / "left.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE profile (id INTEGER PRIMARY KEY)")
    conn.close()
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert migrate(engine, Paths(tmp_path).ensure(), now=SystemClock().now) == names()
    finally:
        engine.dispose()
    assert objects(path) == objects(replayed_file(tmp_path))


@pytest.mark.parametrize("fault", ["stale", "missing", "garbled"])
def test_a_stale_or_unreadable_schema_file_takes_the_replay(
    fault: str, paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "schema.json"
    if fault == "stale":  # one migration fewer than shipped: a file not rewritten after one
        shipped = fresh_schema.shipped()
        assert shipped is not None
        body = {"migrations": list(shipped.migrations[:-1]), "statements": ["CREATE TABLE x (a)"]}
        source.write_text(json.dumps(body), encoding="utf-8")
    elif fault == "garbled":
        source.write_text('{"migrations": ', encoding="utf-8")
    monkeypatch.setattr(fresh_schema, "SCHEMA", source)
    open_store(paths, now=SystemClock().now).close()
    assert objects(paths.records_db) == objects(replayed_file(tmp_path))
    assert recorded(paths.records_db) == sorted(names())


def test_a_new_server_database_made_through_sqlite3_equals_one_migrated(
    paths: Paths, tmp_path: Path
) -> None:
    # `server init` makes its database without SQLAlchemy (issue 15): the same objects, every
    # migration recorded, owner-only, in WAL mode; opened again, it goes through the engine
    made = tmp_path / "server.sqlite"
    url = f"sqlite:///{made}"
    store = open_store(paths, url, now=SystemClock().now)
    assert store.database.sqlite is not None
    store.close()
    assert objects(made) == objects(replayed_file(tmp_path))
    assert recorded(made) == sorted(names())
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    with sqlite3.connect(made) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()
    again = open_store(paths, url, now=SystemClock().now)
    assert again.database.sqlite is None
    again.close()
