"""Defect 6: writers queue instead of failing, the database keeps one row per attempt, and
concurrent web posts are answered (2xx/3xx, or 409 for a real clash), never 500.

Writers run in separate processes (the real CLI entry point), the web posts from threads
against a real uvicorn server, all on one SQLite home.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from levelset.paths import Paths
from levelset.store import open_store
from tests.reliability.crashing import SRC, count

WRITER = """
import sys, time
from pathlib import Path
from levelset.cli.main import main
start = Path(sys.argv[1])
while not start.exists():
    time.sleep(0.005)
codes = [main(["track", "add", "application", "--company", name, "--date", "2026-11-02"])
         for name in sys.argv[2:]]
print("CODES", *codes)
"""


def _writers(home: Path, start: Path, batches: list[list[str]]) -> list[subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "LEVELSET_HOME": str(home)}
    return [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(start), *names],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for names in batches
    ]


def _codes(processes: list[subprocess.Popen[str]]) -> tuple[list[int], str]:
    codes, errors = [], ""
    for process in processes:
        out, err = process.communicate(timeout=180)
        (line,) = [x for x in out.splitlines() if x.startswith("CODES")]
        codes += [int(c) for c in line.split()[1:]]
        errors += err
    return codes, errors


def _attempts(paths: Paths) -> Counter[str]:
    with sqlite3.connect(paths.records_db) as raw:
        rows = raw.execute("SELECT ref FROM tracking_events WHERE kind = 'application'")
        return Counter(r[0] for r in rows)


def _hold_write_lock(database: Path, seconds: float) -> threading.Thread:
    """A long writer (like a big `track import`) holding the lock while the others start."""
    ready = threading.Event()

    def hold() -> None:
        holder = sqlite3.connect(database, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        ready.set()
        time.sleep(seconds)
        holder.execute("COMMIT")
        holder.close()

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait()
    return thread


def test_parallel_cli_writers_queue_behind_a_long_writer_and_all_land(paths: Paths) -> None:
    open_store(paths).close()
    workers, each = count(ci=4, soaked=8), count(ci=4, soaked=10)
    batches = [[f"Company {w}-{n}" for n in range(each)] for w in range(workers)]
    start = paths.home / "go"
    processes = _writers(paths.home, start, batches)
    holder = _hold_write_lock(paths.records_db, 2.0)
    start.touch()
    codes, errors = _codes(processes)
    holder.join()
    assert codes == [0] * (workers * each), errors
    assert "locked" not in errors and "Traceback" not in errors
    assert len(_attempts(paths)) == workers * each


def test_the_same_application_added_at_once_is_stored_once(paths: Paths) -> None:
    open_store(paths).close()
    workers = count(ci=4, soaked=8)
    start = paths.home / "go"
    processes = _writers(paths.home, start, [["Same Corp"]] * workers)
    start.touch()
    codes, errors = _codes(processes)
    assert sorted(codes) == [0] + [4] * (workers - 1), errors
    assert "Traceback" not in errors
    assert _attempts(paths) == Counter({"Same Corp / 2026-11-02": 1})
