"""Reads of comps, postings, clients and practice are read-only transactions: they never take
the write lock, so a reader neither waits behind a writer nor fails beside one, and a write
slipped into a read is refused at once instead of queueing.

Writers and readers run in separate processes through the real CLI entry point, on one
SQLite home; a long writer holds the lock while they start.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from levelset.errors import DataUnavailable
from levelset.paths import Paths
from levelset.store import Store
from tests.cli.runner import run_cli
from tests.reliability.crashing import SRC, count
from tests.reliability.test_races import _hold_write_lock
from tests.reliability.test_reads_beside_writers import db

WRITER = """
import sys, time
from pathlib import Path
from levelset.cli.main import main
start, kind, names = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
while not start.exists():
    time.sleep(0.005)
codes = []
for name in names:
    if kind == "comp":
        args = ["market", "comp", "add", name, "--base", "180k", "--source", "race"]
    elif kind == "note":
        args = ["client", "note", "Ann", name]
    else:
        args = ["practice", "peer", "record", "--heard", name, "--number", "200k",
                "--pushback", "none"]
    codes.append(main(args))
print("CODES", *codes)
"""

READER = """
import contextlib, io, json, sys, time
from pathlib import Path
from levelset.cli.main import main
start, stop = Path(sys.argv[1]), Path(sys.argv[2])
while not start.exists():
    time.sleep(0.005)
COMMANDS = (["market", "comp", "list", "--json"], ["client", "show", "Ann", "--json"],
            ["practice", "history", "--json"], ["market", "posting", "list", "--json"],
            ["client", "list", "--json"])
seen, slowest, rounds, last = {}, 0.0, 0, False
while not last:  # the last round begins after the stop (every writer done): it sees them all
    last = stop.exists() and rounds >= 1
    rounds += 1
    for args in COMMANDS:
        out = io.StringIO()
        began = time.perf_counter()
        with contextlib.redirect_stdout(out):
            code = main(args)
        slowest = max(slowest, time.perf_counter() - began)
        if code:
            print("FAILED", *args, code)
            continue
        data = json.loads(out.getvalue())
        size = len(data["comps"]) if args[1] == "comp" else (
            len(data["notes"]) if args[1] == "show" else len(data) if args[0] != "market" else 0)
        seen.setdefault(" ".join(args), []).append(size)
print("SEEN", json.dumps(seen))
print("SLOWEST", slowest)
"""


def _spawn(home: Path, script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "LEVELSET_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _line(out: str, tag: str) -> str:
    (line,) = [x for x in out.splitlines() if x.startswith(tag)]
    return line.removeprefix(tag).strip()


def test_readers_beside_parallel_writers_never_wait_or_fail(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    monkeypatch.setenv("LEVELSET_HOME", str(paths.home))
    assert run_cli("client", "add", "Ann").exit_code == 0
    each = count(ci=4, soaked=12)
    start, stop = paths.home / "go", paths.home / "stop"
    writers = [
        _spawn(paths.home, WRITER, str(start), kind, *[f"{kind} {n}" for n in range(each)])
        for kind in ("comp", "comp", "note", "peer")
    ]
    readers = [_spawn(paths.home, READER, str(start), str(stop)) for _ in range(2)]
    holder = _hold_write_lock(paths.records_db, 2.0)  # a long import holds the lock meanwhile
    start.touch()
    outputs = [w.communicate(timeout=240) for w in writers]
    holder.join()
    stop.touch()
    reads = [r.communicate(timeout=240) for r in readers]

    for out, err in outputs:
        assert _line(out, "CODES").split() == ["0"] * each, err
    for out, err in reads:
        assert "FAILED" not in out and "Traceback" not in err, (out, err)
        seen = json.loads(_line(out, "SEEN"))
        for command, sizes in seen.items():
            assert sizes == sorted(sizes), command  # each read saw a later commit, never less
        assert seen["market comp list --json"][-1] == 2 * each
        assert seen["client show Ann --json"][-1] == each
        assert seen["practice history --json"][-1] == each
    assert "database is locked" not in "".join(e for _, e in outputs + reads)


def test_reads_finish_while_a_writer_holds_the_lock(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEVELSET_HOME", str(paths.home))
    assert run_cli("client", "add", "Ann").exit_code == 0
    added = run_cli("market", "comp", "add", "ML Engineer", "--base", "180k", "--source", "x")
    assert added.exit_code == 0, added.stderr
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 3_000)  # a queued read would wait this long
    holder = _hold_write_lock(paths.records_db, 8.0)
    try:
        for command in (
            ("market", "comp", "list", "--json"),
            ("market", "posting", "list", "--json"),
            ("client", "list", "--json"),
            ("client", "show", "Ann", "--json"),
            ("practice", "history", "--json"),
        ):
            began = time.perf_counter()
            result = run_cli(*command)
            assert result.exit_code == 0, (command, result.stderr)
            assert time.perf_counter() - began < 2.5, command  # did not wait for the lock
    finally:
        holder.join()


def test_a_write_inside_a_read_is_refused(store: Store) -> None:
    # both databases: the store's one-line storage failure (exit 5, HTTP 503), never raw SQL
    with pytest.raises(DataUnavailable, match="read-only") as refused, store.read() as conn:
        conn.execute(text("DELETE FROM market_comps"))
    assert "DELETE" not in refused.value.message
    with store.begin() as conn:  # the same pooled connection writes again afterwards
        conn.execute(text("DELETE FROM market_comps"))
