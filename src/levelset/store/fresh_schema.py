"""A new SQLite database's schema in one step: what every migration leaves, compiled ahead.

Replaying the migrations one by one on a new records store or server database (each in its
transaction, each checked for leftovers against a scratch copy) took about 0.15 s of CPU, a
quarter of `server init`. `data/prebuilt/fresh_schema.json` holds the CREATE statements a
replay of every migration leaves in `sqlite_master`, in its order, and the names of those
migrations; `migrations.migrate` runs them in one transaction and records every migration
there, when the database holds nothing yet and the file names exactly the migrations shipped
(else the replay runs, as for a database that is behind). `make reads` writes the file;
tests/store/test_fresh_schema.py fails while it is stale and compares the two ways' schemas.

`created` makes a new SQLite file from it through `sqlite3` alone, the same statements and
records in one transaction, so that the command that creates a database (`server init`)
needs no SQLAlchemy: about 0.19 s of its CPU (issue 15).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import levelset
from levelset.paths import private_file

SCHEMA = Path(levelset.__file__).parent / "data" / "prebuilt" / "fresh_schema.json"
# every object a statement made, in creation order (SQLite's own tables and indexes aside)
OBJECTS = (
    "SELECT type, name, tbl_name, sql FROM sqlite_master"
    " WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
)


@dataclass(frozen=True)
class FreshSchema:
    migrations: tuple[str, ...]
    statements: tuple[str, ...]


def shipped(source: Path | None = None) -> FreshSchema | None:
    """The compiled schema (of SCHEMA unless told), or None when the file is missing or
    unreadable (then the migrations replay)."""
    try:
        data = json.loads((source or SCHEMA).read_text(encoding="utf-8"))
        return FreshSchema(tuple(data["migrations"]), tuple(data["statements"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def created(path: Path, now: Callable[[], dt.datetime]) -> sqlite3.Connection | None:
    """A new SQLite database at `path` (missing or empty) made from the compiled schema through
    `sqlite3`, as `migrations._fresh` makes it through the engine, every migration recorded at
    `now()`: its connection, set up for the compiled reads. None, and nothing done, when the
    file holds something already or the compiled schema names other migrations than those
    shipped (the engine's migration then sees to it)."""
    from levelset.store.prepared import connect, migration_names
    from levelset.store.prepared_writes import sqlite_datetime

    schema = shipped()
    if schema is None or list(schema.migrations) != migration_names():
        return None
    if not path.parent.is_dir() or (path.exists() and path.stat().st_size > 0):
        return None
    private_file(path)  # owner-only, as the engine creates it (its WAL files inherit the mode)
    connection = connect(str(path))
    try:
        if not _filled(connection, schema, sqlite_datetime(now())):
            connection.close()
            return None
    except BaseException:
        connection.close()
        raise
    return connection


def _filled(connection: sqlite3.Connection, schema: FreshSchema, stamp: str) -> bool:
    """The schema made and its migrations recorded in one transaction; False when another
    process made something there first."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        if connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None:
            connection.execute("ROLLBACK")
            return False
        for statement in schema.statements:
            connection.execute(statement)
        connection.executemany(
            "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
            [(name, stamp) for name in schema.migrations],
        )
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return True


def replayed() -> FreshSchema:
    """Every migration replayed on a scratch SQLite file the way a new database was migrated
    before this file existed, and what it left."""
    from levelset.store.engine import make_engine
    from levelset.store.migrations import migrate_by_replay

    with tempfile.TemporaryDirectory(prefix="levelset-schema-") as folder:
        path = Path(folder) / "scratch.sqlite"
        engine = make_engine(f"sqlite:///{path}")
        try:
            names = migrate_by_replay(engine)
        finally:
            engine.dispose()
        with sqlite3.connect(path) as conn:
            statements = [sql for _type, _name, _table, sql in conn.execute(OBJECTS)]
        conn.close()
    return FreshSchema(tuple(names), tuple(statements))


def text(schema: FreshSchema) -> str:
    body = {"migrations": list(schema.migrations), "statements": list(schema.statements)}
    return json.dumps(body, indent=1) + "\n"


def write(target: Path = SCHEMA) -> None:
    target.write_text(text(replayed()), encoding="utf-8")
