"""Tracking at scale: `track import` of 100,000 rows into 100,000 stored events, and metrics.

A generated sheet in the layout most job seekers keep (one row per application, with the
reply in later columns) is imported through the use case `track import` calls, first into an
empty home (100,000 rows: about 150,000 events), then a second sheet of 100,000 other rows
into that home; the second import must read, check and de-duplicate against every stored
event. The baseline is the floor for the same work: `csv.DictReader` over the same file and a
bare `sqlite3` executemany of the same number of rows, in the same run. Metrics over all the
stored events are timed as well (they must grow linearly with the events).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure

ROWS = int(os.environ.get("LEVELSET_BENCH_TRACK_ROWS", "100000"))
GOAL_SECONDS = 5.0
TODAY = dt.date(2026, 12, 4)
HEADER = ["Company", "Role", "Date Applied", "Source", "Resume", "Response Date", "Response"]
CHANNELS = ("LinkedIn", "Referral", "Company site", "Recruiter")


def sheet(rows: int, offset: int = 0) -> bytes:
    """`rows` distinct applications (company × role × date); every other one got a reply."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    first = TODAY - dt.timedelta(days=700)
    for i in range(offset, offset + rows):
        applied = first + dt.timedelta(days=i % 600)
        row = [f"Company {i // 7}", f"ML Engineer {i % 7}", applied.isoformat()]
        row += [CHANNELS[i % 4], f"r{i % 3}"]
        if i % 2:
            reply = (applied + dt.timedelta(days=3)).isoformat()
            row += [reply, "negative" if i % 3 else "positive"]
        else:
            row += ["", ""]
        writer.writerow(row)
    return out.getvalue().encode()


def _floor(data: bytes, tmp: Path) -> tuple[float, float]:
    """Parse the sheet with csv.DictReader and insert as many rows with bare sqlite3."""
    start, cpu = time.perf_counter(), time.process_time()
    rows = list(csv.DictReader(io.StringIO(data.decode())))
    with sqlite3.connect(tmp / "floor.db") as db:
        db.execute("CREATE TABLE t (company TEXT, role TEXT, date TEXT, channel TEXT)")
        db.executemany(
            "INSERT INTO t VALUES (?, ?, ?, ?)",
            [(r["Company"], r["Role"], r["Date Applied"], r["Source"]) for r in rows],
        )
    return time.perf_counter() - start, time.process_time() - cpu


def _timed_import(ws: object, data: bytes, name: str) -> tuple[float, float, int]:
    from levelset.app.tracking import import_sheet

    start, cpu = time.perf_counter(), time.process_time()
    done = import_sheet(ws, data, name)  # type: ignore[arg-type]
    return time.perf_counter() - start, time.process_time() - cpu, done.stored


def run() -> list[Figure]:
    from levelset.app.tracking import metrics
    from levelset.app.workspace import FixedClock, Workspace

    with tempfile.TemporaryDirectory(prefix="levelset-bench-track-") as tmp:
        ws = Workspace.at(Path(tmp) / "home", clock=FixedClock.on(TODAY))
        first, second = sheet(ROWS), sheet(ROWS, offset=ROWS)
        floor, floor_cpu = _floor(second, Path(tmp))
        empty, empty_cpu, stored_first = _timed_import(ws, first, "first.csv")
        full, full_cpu, stored_second = _timed_import(ws, second, "second.csv")
        start, cpu = time.perf_counter(), time.process_time()
        metrics(ws)
        metrics_seconds, metrics_cpu = time.perf_counter() - start, time.process_time() - cpu
        ws.close()
    label = f"{ROWS:,} rows"
    floor_name = "csv.DictReader + bare sqlite3 insert"
    return [
        Figure(
            name=f"track import: {label} into an empty home ({stored_first:,} events stored)",
            value=empty, unit="s", baseline_name=floor_name, baseline_value=floor,
            target="reported", cpu=empty_cpu, baseline_cpu=floor_cpu,
        ),
        Figure(
            name=f"track import: {label} into {stored_first:,} stored events "
            f"({stored_second:,} new)",
            value=full, unit="s", baseline_name=floor_name, baseline_value=floor,
            target=f"under {GOAL_SECONDS:g} s", met=full < GOAL_SECONDS,
            cpu=full_cpu, baseline_cpu=floor_cpu,
        ),
        Figure(
            name=f"tracking metrics over {stored_first + stored_second:,} events",
            value=metrics_seconds, unit="s", baseline_name="the second import",
            baseline_value=full, target="reported (linear in events)",
            cpu=metrics_cpu, baseline_cpu=full_cpu,
        ),
    ]  # fmt: skip
