"""A new SQLite database's schema in one step: what every migration leaves, compiled ahead.

Replaying the migrations one by one on a new records store or server database (each in its
transaction, each checked for leftovers against a scratch copy) took about 0.15 s of CPU, a
quarter of `server init`. `data/prebuilt/fresh_schema.json` holds the CREATE statements a
replay of every migration leaves in `sqlite_master`, in its order, and the names of those
migrations; `migrations.migrate` runs them in one transaction and records every migration
there, when the database holds nothing yet and the file names exactly the migrations shipped
(else the replay runs, as for a database that is behind). `make reads` writes the file;
tests/store/test_fresh_schema.py fails while it is stale and compares the two ways' schemas.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

import levelset

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


def replayed() -> FreshSchema:
    """Every migration replayed on a scratch SQLite file the way a new database was migrated
    before this file existed, and what it left."""
    import sqlite3

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
