"""Writing the same records twice, through SQLAlchemy (a home migrated in this process) and
through the writes compiled ahead (a current home opened again), and reading back every row
of the tables written (`store.prepared_writes`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from levelset.app.workspace import FixedClock
from levelset.paths import Paths
from levelset.store import Store, open_store
from levelset.store.clients import add_client
from tests.store.write_arguments import NOW

Rows = dict[str, list[tuple[Any, ...]]]


def open_at(paths: Paths) -> Store:
    return open_store(paths, now=FixedClock(NOW).now)


def dump(paths: Paths, tables: tuple[str, ...]) -> Rows:
    """Every row of `tables` (and the records' versions), by their first two columns."""
    with sqlite3.connect(paths.records_db) as raw:
        every = (*tables, "record_versions")
        return {t: raw.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in every}


def both_ways(
    tmp: Path, write_all: Callable[[Store, Store], None], tables: tuple[str, ...]
) -> Rows:
    """`write_all(user, client)` (the user's store and a client's) run through SQLAlchemy
    and through sqlite3 in two homes: the rows of `tables` in the second, after checking
    they equal the first's."""
    alchemy_paths, plain_paths = Paths(tmp / "a"), Paths(tmp / "b")
    for home in (alchemy_paths, plain_paths):
        home.home.mkdir()
    alchemy = open_at(alchemy_paths)
    assert alchemy.database.sqlite is None  # migrated in this process: SQLAlchemy writes
    write_all(alchemy, alchemy.for_owner(_client(alchemy)))
    alchemy.close()
    made = open_at(plain_paths)
    client = _client(made)
    made.close()
    plain = open_at(plain_paths)  # current now: the compiled writes
    assert plain.database.sqlite is not None
    write_all(plain, plain.for_owner(client))
    assert plain.database._engine is None  # no SQLAlchemy engine made: nothing fell back
    plain.close()
    found = dump(plain_paths, tables)
    assert found == dump(alchemy_paths, tables)
    return found


def _client(store: Store) -> int:
    return add_client(store, "Ada", email=None, note=None, cohort=None).id


def keep_at_once(store: Store, day: Any) -> list[Any]:
    """Four threads keep the same practice session at once; what each was told."""
    import threading

    from levelset.store.practice import add_practice

    results: list[Any] = []
    start = threading.Barrier(4)

    def keep() -> None:
        start.wait()
        results.append(add_practice(store, "stories", {}, on=day, score=50, session_id="same"))

    threads = [threading.Thread(target=keep) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
