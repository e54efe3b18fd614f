"""Server-side sign-in sessions of the coaching server, one organisation's each.

A browser holds only `<org>.<secret>`; the row keeps the secret's SHA-256 digest, so a copy
of the database lets nobody in. A session ends when it is idle too long, when it reaches its
absolute age, or when it is ended (sign-out, sign-out everywhere, a password change).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    bindparam,
    select,
    update,
)

from levelset.store.accounts import User, users_table
from levelset.store.db import Store
from levelset.store.ownership import tenanted
from levelset.store.schema import metadata

sessions_table = tenanted(
    Table(
        "sessions",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("token_hash", String(64), nullable=False, unique=True),
        Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        Column("csrf_seed", String(64), nullable=False),
        Column("viewing_client", Integer),  # the client a coach is looking at, if any
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("last_seen", DateTime(timezone=True), nullable=False),
        Column("ended_at", DateTime(timezone=True)),
    )
)


@dataclass(frozen=True)
class SessionRow:
    id: int
    user_id: int
    csrf_seed: str
    viewing_client: int | None
    created_at: dt.datetime
    last_seen: dt.datetime


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite gives back naive times; every time stored here is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _session(row: Any) -> SessionRow:
    return SessionRow(
        id=row["id"],
        user_id=row["user_id"],
        csrf_seed=row["csrf_seed"],
        viewing_client=row["viewing_client"],
        created_at=_aware(row["created_at"]),
        last_seen=_aware(row["last_seen"]),
    )


def start(store: Store, user_id: int, token_hash: str, csrf_seed: str) -> None:
    now = store.now()
    values = {
        "token_hash": token_hash,
        "user_id": user_id,
        "csrf_seed": csrf_seed,
        "created_at": now,
        "last_seen": now,
    }
    with store.begin() as conn:
        conn.execute(sessions_table.insert().values(values))


def resume(
    store: Store, token_hash: str, limits: tuple[dt.timedelta, dt.timedelta, dt.timedelta]
) -> tuple[SessionRow, User] | None:
    """The live session with this digest and its user: one read transaction (the session
    joined to its user). Only when the session is past its idle or absolute limit (`limits`:
    idle, absolute, touch_every) is it ended, or when `last_seen` is older than `touch_every`
    moved, each a write of its own (at most once a minute per session). None: unknown, ended
    or just expired."""
    idle, absolute, touch_every = limits
    now = store.now()
    with store.read() as conn:
        found = conn.execute(_JOINED, {"token_hash": token_hash}).mappings().first()
    if found is None:
        return None
    row = _session(found)
    expired = now - row.last_seen > idle or now - row.created_at > absolute
    if expired:
        end(store, row.id)
        return None
    if now - row.last_seen > touch_every:
        touch(store, row.id)
    return row, user_of(found)


def user_of(found: Any) -> User:
    """The user half of a session joined to its user (`_joined`)."""
    return User(**{k: found[f"account_{k}"] for k in User.__dataclass_fields__})


def _joined() -> Any:
    table = sessions_table.c
    users = [c.label(f"account_{c.name}") for c in users_table.c]
    query = select(sessions_table, *users).join(users_table, users_table.c.id == table.user_id)
    return query.where(table.token_hash == bindparam("token_hash"), table.ended_at.is_(None))


_JOINED = _joined()  # built once: every request of the server runs it


def touch(store: Store, session_id: int) -> None:
    with store.begin() as conn:
        change = update(sessions_table).where(sessions_table.c.id == session_id)
        conn.execute(change.values(last_seen=store.now()))


def view_client(store: Store, session_id: int, client_id: int | None) -> None:
    with store.begin() as conn:
        change = update(sessions_table).where(sessions_table.c.id == session_id)
        conn.execute(change.values(viewing_client=client_id))


def end(store: Store, session_id: int) -> None:
    table = sessions_table.c
    with store.begin() as conn:
        change = update(sessions_table).where(table.id == session_id, table.ended_at.is_(None))
        conn.execute(change.values(ended_at=store.now()))


def end_all(store: Store, user_id: int) -> int:
    """End every open session of one user; how many were open."""
    table = sessions_table.c
    with store.begin() as conn:
        change = update(sessions_table).where(table.user_id == user_id, table.ended_at.is_(None))
        return int(conn.execute(change.values(ended_at=store.now())).rowcount)
