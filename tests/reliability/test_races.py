"""Defect 6: writers queue instead of failing, the database keeps one row per attempt, and
concurrent web posts are answered (2xx/3xx, or 409 for a real clash), never 500.

Writers run in separate processes (the real CLI entry point), the web posts from threads
against a real uvicorn server, all on one SQLite home.
"""

from __future__ import annotations

import concurrent.futures
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest

from levelset.app.workspace import SystemClock
from levelset.paths import Paths
from levelset.store import open_store
from tests.reliability.crashing import SRC, count
from tests.web.browser.server import TOKENS, live_server

EXAMPLE_OFFER = Path(__file__).resolve().parents[2] / "examples" / "offers" / "bigco-rsu.yaml"

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
    open_store(paths, now=SystemClock().now).close()
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
    open_store(paths, now=SystemClock().now).close()
    workers = count(ci=4, soaked=8)
    start = paths.home / "go"
    processes = _writers(paths.home, start, [["Same Corp"]] * workers)
    start.touch()
    codes, errors = _codes(processes)
    assert sorted(codes) == [0] + [4] * (workers - 1), errors
    assert "Traceback" not in errors
    assert _attempts(paths) == Counter({"Same Corp / 2026-11-02": 1})


class Tab:
    """One browser session of the live server: access cookie, session cookie, form token."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.client = httpx.Client(base_url=base, timeout=60, follow_redirects=False)
        self.client.cookies.set("levelset_access", TOKENS[base])
        page = self.client.get("/")
        found = re.search(r'name="csrf-token" content="([0-9a-f]+)"', page.text)
        assert found, page.text[:300]
        self.token = found.group(1)

    def post(self, path: str, data: dict[str, str]) -> httpx.Response:
        headers = {"origin": self.base, "sec-fetch-site": "same-origin", "accept": "text/html"}
        return self.client.post(path, data={**data, "csrf_token": self.token}, headers=headers)


def _at_once(calls: list[Any]) -> list[int]:
    with concurrent.futures.ThreadPoolExecutor(len(calls)) as pool:
        return [f.result().status_code for f in [pool.submit(call) for call in calls]]


def _answered(status: int) -> bool:
    return status < 400 or status == 409


def test_concurrent_web_posts_are_answered_never_500(paths: Paths) -> None:
    open_store(paths, now=SystemClock().now).close()
    with live_server(paths) as base:
        tabs = [Tab(base) for _ in range(4)]
        distinct = [
            (lambda t=t, n=n: t.post("/tracking/events", _application(f"Web {n}")))
            for n, t in enumerate(tabs * 2)
        ]
        same = [(lambda t=t: t.post("/tracking/events", _application("Twice Inc"))) for t in tabs]
        statuses = _at_once(distinct + same)
    assert all(_answered(s) for s in statuses), statuses
    assert all(s < 400 for s in statuses[: len(distinct)]), statuses
    assert sorted(s == 409 for s in statuses[len(distinct) :]).count(False) == 1, statuses
    stored = _attempts(paths)
    assert stored["Twice Inc / 2026-11-02"] == 1
    assert sum(stored.values()) == len(distinct) + 1


def _application(company: str) -> dict[str, str]:
    return {"kind": "application", "company": company, "date": "2026-11-02"}


@pytest.mark.parametrize("pairs", [count(ci=5, soaked=20)])
def test_two_negotiation_events_posted_at_once_are_both_answered(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, pairs: int
) -> None:
    from tests.cli.runner import run_cli

    monkeypatch.setenv("LEVELSET_HOME", str(paths.home))
    started = run_cli(
        "negotiate",
        "start",
        "Northwind Cloud",
        "--offer",
        str(EXAMPLE_OFFER),
        "--date",
        "2026-11-02",
    )
    assert started.exit_code == 0, started.stderr
    page = "/negotiation/Northwind%20Cloud/events"
    with live_server(paths) as base:
        first, second = Tab(base), Tab(base)
        statuses: list[int] = []
        for n in range(pairs):
            note = {"kind": "note", "date": "2026-11-03", "note": f"call {n}"}
            statuses += _at_once([partial(tab.post, page, note) for tab in (first, second)])
    assert all(_answered(s) for s in statuses), statuses
    with sqlite3.connect(paths.records_db) as raw:
        seqs = [r[0] for r in raw.execute("SELECT seq FROM negotiation_events ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    assert len(seqs) == 1 + sum(s < 400 for s in statuses)
