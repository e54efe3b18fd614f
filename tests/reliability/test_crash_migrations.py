"""Defect 1: a kill -9 during the first run's migration (or an upgrade) never bricks a home.

Each round kills a fresh process that opens a store during its migration, then checks that the
home still works: the store opens, every migration is recorded, SQLite's integrity check passes
and a real command succeeds. The first run is killed at seeded kill points of its SQL (every
kill lands inside the migration, on any machine) and at random moments (anywhere, even inside
SQLite's own code, wherever the machine's speed puts them). `make soak` runs 100+ rounds.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from levelset.app.workspace import SystemClock
from levelset.errors import DataUnavailable
from levelset.paths import Paths
from levelset.store import open_store
from levelset.store.engine import make_engine
from levelset.store.migrations import Leftovers, _apply, _recorded, applied, discover, leftovers
from tests.cli.runner import run_cli
from tests.reliability.crashing import (
    OPEN_STORE,
    SRC,
    count,
    delays,
    kill_at_point,
    kill_points,
    points,
    run_and_kill,
)


def _now() -> dt.datetime:
    return dt.datetime(2026, 1, 5, 12, tzinfo=dt.UTC)


def _migration_seconds(home: Path) -> float:
    """How long one first-run migration takes here, measured from READY to DONE."""
    child = subprocess.Popen(
        [sys.executable, "-c", OPEN_STORE, str(home)],
        stdout=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": str(SRC)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    started = time.perf_counter()
    assert child.stdout.readline().strip() == "DONE"
    child.stdout.close()
    child.wait()
    return time.perf_counter() - started


def _assert_atomic(home: Path) -> None:
    """Right after the kill: every table in the file belongs to a recorded migration."""
    database = home / "levelset.sqlite"
    if not database.exists():
        return
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            assert leftovers(conn, _recorded(conn)) == Leftovers()
    finally:
        engine.dispose()


def _assert_usable(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = Paths(home)
    store = open_store(paths, now=SystemClock().now)
    try:
        assert applied(store.engine) == {m.name for m in discover()}
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        store.close()
    monkeypatch.setenv("LEVELSET_HOME", str(home))
    listed = run_cli("offer", "list", "--json")
    assert listed.exit_code == 0, listed.stderr
    added = run_cli("profile", "set", "--currency", "EUR")
    assert added.exit_code == 0, added.stderr


def _partly_migrated(home: Path, upto: int) -> None:
    """A home whose store has only the first `upto` migrations, as an older version left it."""
    paths = Paths(home).ensure()
    engine = make_engine(f"sqlite:///{paths.records_db}")
    for migration in discover()[:upto]:
        _apply(engine, migration, _now)
    engine.dispose()


def test_kills_at_points_of_the_first_run_leave_every_home_usable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    last = kill_points(tmp_path / "counting")
    assert last > 10  # the points span the migration's statements, not one or two
    rounds = count(ci=10, soaked=120)
    for number, point in enumerate(points(rounds, last, seed=14)):
        home = tmp_path / f"home{number}"
        assert not kill_at_point(home, point).finished, f"point {point} of {last}: not killed"
        _assert_atomic(home)
        _assert_usable(home, monkeypatch)


def test_kills_at_random_moments_of_the_first_run_leave_every_home_usable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moments between the kill points too; how many land inside the migration depends on the
    machine (the test above lands every kill there)."""
    longest = _migration_seconds(tmp_path / "timing") * 1.3
    rounds = count(ci=10, soaked=120)
    for number, delay in enumerate(delays(rounds, longest, seed=14)):
        home = tmp_path / f"home{number}"
        run_and_kill(OPEN_STORE, [str(home)], delay)
        _assert_atomic(home)
        _assert_usable(home, monkeypatch)


def test_kills_during_an_upgrade_leave_every_home_usable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    longest = _migration_seconds(tmp_path / "timing") * 1.3
    rounds = count(ci=6, soaked=60)
    for number, delay in enumerate(delays(rounds, longest, seed=41)):
        home = tmp_path / f"home{number}"
        _partly_migrated(home, upto=1 + number % (len(discover()) - 1))
        run_and_kill(OPEN_STORE, [str(home)], delay)
        _assert_atomic(home)
        _assert_usable(home, monkeypatch)


def test_an_upgrade_backs_up_the_store_first_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _partly_migrated(home, upto=2)
    open_store(Paths(home), now=SystemClock().now).close()
    (backup,) = (home / "backups").glob("levelset-*.sqlite")
    assert backup.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(backup) as copy:
        names = {row[0] for row in copy.execute("SELECT name FROM schema_migrations")}
    assert names == {m.name for m in discover()[:2]}


def _old_half_applied_home(home: Path) -> Path:
    """What the old non-atomic migration left after a kill: m0002's first tables, unrecorded."""
    _partly_migrated(home, upto=1)
    database = home / "levelset.sqlite"
    with sqlite3.connect(database) as raw:
        raw.execute("CREATE TABLE offers (id INTEGER PRIMARY KEY, company TEXT)")
        raw.execute("CREATE TABLE rates (currency TEXT PRIMARY KEY)")
    return database


def test_a_home_bricked_by_the_old_migration_recovers_by_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    _old_half_applied_home(home)
    _assert_usable(home, monkeypatch)


def test_leftover_tables_holding_rows_are_never_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    database = _old_half_applied_home(home)
    with sqlite3.connect(database) as raw:
        raw.execute("INSERT INTO offers (company) VALUES ('Acme')")
    with pytest.raises(DataUnavailable, match="unfinished upgrade"):
        open_store(Paths(home), now=SystemClock().now)
    monkeypatch.setenv("LEVELSET_HOME", str(home))
    result = run_cli("offer", "list")
    assert result.exit_code == 5
    assert "unfinished upgrade" in result.stderr and "Traceback" not in result.stderr
    with sqlite3.connect(database) as raw:
        assert raw.execute("SELECT company FROM offers").fetchall() == [("Acme",)]
