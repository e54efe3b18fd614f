"""Defect 7, on disk: under the usual umask (022) nothing levelset writes is open to another
local user. The home and its folders are 0700; the records and market stores, their backups,
the imported files, the exports and the undo files 0600; and a home an older version left open
(0755, a 0644 database) is closed by the next command.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from levelset.paths import Paths
from tests.cli.runner import run_cli
from tests.reliability.test_crash_migrations import _partly_migrated

ROOT = Path(__file__).resolve().parents[2]
OFFER = ROOT / "examples" / "offers" / "bigco-rsu.yaml"
CROWD = ROOT / "tests" / "market" / "fixtures" / "upstream" / "aijobs_salaries_2025-06-01.csv"
WRITERS = (
    ("offer", "add", str(OFFER)),
    ("offer", "add", str(OFFER)),
    ("offer", "delete", "2"),  # writes an undo file
    ("track", "add", "application", "--company", "Acme", "--date", "2026-10-01"),
    ("negotiate", "start", "Northwind Cloud", "--offer", str(OFFER), "--date", "2026-11-02"),
    ("data", "import", "crowd", str(CROWD)),  # the market store, the imported copy, its manifest
    ("playbook", "--format", "html"),  # an export
    ("client", "add", "Ann"),
    ("client", "export", "Ann"),  # a zip of a client's records
)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _modes(home: Path) -> dict[str, int]:
    return {
        str(p.relative_to(home)): stat.S_IMODE(p.lstat().st_mode) for p in [home, *home.rglob("*")]
    }


def test_everything_written_in_a_used_home_is_the_owners_only(levelset_home: Path) -> None:
    _partly_migrated(levelset_home, upto=2)  # the first command upgrades it: a backup first
    for command in WRITERS:
        result = run_cli(*command)
        assert result.exit_code == 0, (command, result.stderr)
    modes = _modes(levelset_home)
    kinds = {name.split("/")[0] for name in modes}
    assert {"levelset.sqlite", "market.duckdb", "backups", "exports", "imports"} <= kinds
    assert len([n for n in modes if n.startswith(("backups/", "exports/", "imports/"))]) >= 5
    open_to_others = {name: oct(mode) for name, mode in modes.items() if mode & 0o077}
    assert open_to_others == {}
    folders = [p for p in [levelset_home, *levelset_home.rglob("*")] if p.is_dir()]
    assert {stat.S_IMODE(p.stat().st_mode) for p in folders} == {0o700}


def test_a_home_an_older_version_left_open_is_closed_by_the_next_command(
    levelset_home: Path,
) -> None:
    assert run_cli("offer", "add", str(OFFER)).exit_code == 0
    paths = Paths(levelset_home)
    opened = [paths.home, paths.backups, paths.exports, paths.imports]
    for folder in opened:
        folder.chmod(0o755)
    paths.records_db.chmod(0o644)
    assert run_cli("offer", "list", "--json").exit_code == 0
    assert {stat.S_IMODE(f.stat().st_mode) for f in opened} == {0o700}
    assert stat.S_IMODE(paths.records_db.stat().st_mode) == 0o600


def test_a_wal_file_that_another_process_removes_meanwhile_is_no_error(tmp_path: Path) -> None:
    # SQLite removes a database's -wal and -shm files when another process closes the last
    # connection: making them owner-only must neither fail on one that vanishes under it nor
    # create one that is gone. A thread makes and removes the file as fast as it can.
    import threading

    from levelset.paths import private_if_present

    wal = tmp_path / "records.sqlite-wal"
    stop = threading.Event()

    def churn() -> None:
        while not stop.is_set():
            wal.touch(mode=0o644)
            wal.chmod(0o644)
            wal.unlink(missing_ok=True)

    thread = threading.Thread(target=churn)
    thread.start()
    try:
        for _ in range(5_000):  # the old exists()-then-create raised here ~60 times
            private_if_present(wal)
    finally:
        stop.set()
        thread.join()
    assert not wal.exists()
    private_if_present(wal)  # absent: nothing made
    assert not wal.exists()
    wal.touch(mode=0o644)
    wal.chmod(0o644)
    private_if_present(wal)
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600
