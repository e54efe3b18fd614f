"""The plain sqlite3 connections of a local store: one per thread, so threads read side by side."""

from __future__ import annotations

import threading
from pathlib import Path

from levelset.app.workspace import SystemClock
from levelset.paths import Paths
from levelset.store import open_store
from levelset.store.prepared import reading
from levelset.store.proof import _sources as SOURCES

WAIT = 10  # seconds: far more than two reads take; a queue behind a held read waits for ever


def _current(tmp_path: Path) -> Paths:
    paths = Paths(tmp_path / "home").ensure()
    open_store(paths, now=SystemClock().now).database.dispose()  # made and migrated
    return paths


def test_two_threads_hold_read_transactions_at_once(tmp_path: Path) -> None:
    store = open_store(_current(tmp_path), now=SystemClock().now)
    assert store.database.plain
    both_in = threading.Barrier(2, timeout=WAIT)
    seen: list[object] = []

    def read() -> None:
        with reading(store, SOURCES) as reader:
            seen.append(reader.all(SOURCES))
            both_in.wait()  # a thread queued behind the other's read never gets here

    threads = [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT * 2)
    assert seen == [[], []] and not both_in.broken
    assert store.database.plain_connections() == 3  # the opening thread's and the two readers'
    store.database.dispose()
    assert store.database.plain_connections() == 0 and store.database.sqlite is None


def test_a_new_thread_closes_the_connections_of_threads_that_ended(tmp_path: Path) -> None:
    store = open_store(_current(tmp_path), now=SystemClock().now)
    for _ in range(5):
        worker = threading.Thread(target=lambda: store.database.sqlite)
        worker.start()
        worker.join()
    assert store.database.plain_connections() <= 2  # this thread's and the last worker's
    store.database.dispose()
