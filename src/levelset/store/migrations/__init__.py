"""Ordered, recorded schema migrations, each in its own transaction, with a backup first.

A migration is a module `mNNNN_name.py` in this package with `def upgrade(conn) -> None`.
Applied names are recorded in `schema_migrations`; a migration never runs twice. Once a
migration has shipped it is never edited: change the schema with a new one.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Column, DateTime, Engine, MetaData, String, Table, select

from levelset.paths import Paths

_bookkeeping = MetaData()
schema_migrations = Table(
    "schema_migrations",
    _bookkeeping,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True)
class Migration:
    name: str
    upgrade: Callable[..., None]


def discover() -> list[Migration]:
    """Every migration module of this package, in name order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append(Migration(info.name, module.upgrade))
    return sorted(found, key=lambda m: m.name)


def applied(engine: Engine) -> set[str]:
    _bookkeeping.create_all(engine)
    with engine.connect() as conn:
        return set(conn.execute(select(schema_migrations.c.name)).scalars())


def pending(engine: Engine) -> list[Migration]:
    done = applied(engine)
    return [m for m in discover() if m.name not in done]


def migrate(engine: Engine, paths: Paths, *, now: Callable[[], dt.datetime]) -> list[str]:
    """Apply pending migrations in order; back up an existing SQLite file first."""
    done = applied(engine)
    todo = [m for m in discover() if m.name not in done]
    if not todo:
        return []
    if done:  # a brand-new database has nothing worth backing up
        _backup_sqlite(engine, paths, now())
    for migration in todo:
        with engine.begin() as conn:
            migration.upgrade(conn)
            conn.execute(schema_migrations.insert().values(name=migration.name, applied_at=now()))
    return [m.name for m in todo]


def _backup_sqlite(engine: Engine, paths: Paths, at: dt.datetime) -> None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return
    source = Path(database)
    if not source.exists() or source.stat().st_size == 0:
        return
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = at.strftime("%Y%m%dT%H%M%S%f")
    shutil.copy2(source, paths.backups / f"{source.stem}-{stamp}.sqlite")
