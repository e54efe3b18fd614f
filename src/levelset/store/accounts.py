"""The coaching server's people: organisations, their users, and what signing in needs.

`organisations` and `account_emails` (which organisation an address signs in to) are read
before anyone is signed in, so they are not tenant tables: they hold names and addresses, no
records. `login_attempts` (for rate limits) is the same. Users and password-reset links belong
to one organisation (`tenanted`). Secrets are kept as SHA-256 digests, passwords as Argon2
hashes made above this layer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    delete,
    func,
    select,
    update,
)

from levelset.errors import NotFound
from levelset.store.db import Store
from levelset.store.new_accounts import ROLES as ROLES
from levelset.store.new_accounts import add_organisation as add_organisation
from levelset.store.new_accounts import add_user as add_user
from levelset.store.new_accounts import email_key as email_key
from levelset.store.ownership import tenanted
from levelset.store.schema import metadata

organisations_table = Table(
    "organisations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("retention_days", Integer),  # archived clients' records erased after (m0015)
)

account_emails_table = Table(
    "account_emails",
    metadata,
    Column("email_key", String(320), primary_key=True),
    Column("org_id", Integer, ForeignKey("organisations.id"), nullable=False),
)

login_attempts_table = Table(
    "login_attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(400), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_login_attempts_key_at", "key", "at"),
)

users_table = tenanted(
    Table(
        "users",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("email", String(320), nullable=False),
        Column("email_key", String(320), nullable=False, unique=True),
        Column("name", String(200), nullable=False),
        Column("role", String(20), nullable=False),
        Column("password_hash", String(400), nullable=False),
        Column("client_id", Integer),  # a client's own records (clients.id); None for staff
        Column("failed_logins", Integer, nullable=False, default=0),
        Column("locked_until", DateTime(timezone=True)),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)

password_resets_table = tenanted(
    Table(
        "password_resets",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("token_hash", String(64), nullable=False, unique=True),
        Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("expires_at", DateTime(timezone=True), nullable=False),
        Column("used_at", DateTime(timezone=True)),
    )
)


@dataclass(frozen=True)
class User:
    id: int
    org_id: int
    email: str
    name: str
    role: str
    password_hash: str
    client_id: int | None
    failed_logins: int
    locked_until: dt.datetime | None


def _user(row: Any) -> User:
    return User(**{k: row[k] for k in User.__dataclass_fields__})


def organisation_name(store: Store, org_id: int) -> str:
    with store.begin() as conn:
        query = select(organisations_table.c.name).where(organisations_table.c.id == org_id)
        found = conn.execute(query).scalar_one_or_none()
    if found is None:
        raise NotFound(f"no organisation {org_id}")
    return str(found)


def organisation_ids(store: Store) -> list[int]:
    with store.begin() as conn:
        query = select(organisations_table.c.id).order_by(organisations_table.c.id)
        return [int(i) for i in conn.execute(query).scalars()]


def org_of_email(store: Store, email: str) -> int | None:
    """The organisation an address signs in to (None: no such account)."""
    with store.begin() as conn:
        query = select(account_emails_table.c.org_id)
        query = query.where(account_emails_table.c.email_key == email_key(email))
        found = conn.execute(query).scalar_one_or_none()
    return None if found is None else int(found)


def find_user(store: Store, *, user_id: int | None = None, email: str | None = None) -> User:
    query = select(users_table)
    if user_id is not None:
        query = query.where(users_table.c.id == user_id)
    if email is not None:
        query = query.where(users_table.c.email_key == email_key(email))
    with store.begin() as conn:
        row = conn.execute(query).mappings().first()
    if row is None:
        raise NotFound("no such user")
    return _user(row)


def list_users(store: Store, role: str | None = None) -> list[User]:
    query = select(users_table).order_by(users_table.c.id)
    if role is not None:
        query = query.where(users_table.c.role == role)
    with store.begin() as conn:
        return [_user(r) for r in conn.execute(query).mappings()]


def set_password(store: Store, user_id: int, password_hash: str) -> None:
    change = {"password_hash": password_hash, "failed_logins": 0, "locked_until": None}
    with store.begin() as conn:
        conn.execute(update(users_table).where(users_table.c.id == user_id).values(change))


def note_failure(store: Store, user_id: int, lock_after: int, until: dt.datetime) -> None:
    """Count a failed sign-in; the `lock_after`th in a row locks the account `until`."""
    with store.begin() as conn:
        row = users_table.c
        failed = conn.execute(select(row.failed_logins).where(row.id == user_id)).scalar_one()
        change: dict[str, Any] = {"failed_logins": failed + 1}
        if failed + 1 >= lock_after:
            change = {"failed_logins": 0, "locked_until": until}
        conn.execute(update(users_table).where(row.id == user_id).values(change))


def note_success(store: Store, user_id: int) -> None:
    with store.begin() as conn:
        change = {"failed_logins": 0, "locked_until": None}
        conn.execute(update(users_table).where(users_table.c.id == user_id).values(change))


def record_attempt(store: Store, key: str) -> None:
    with store.begin() as conn:
        conn.execute(login_attempts_table.insert().values(key=key, at=store.now()))


def attempts_since(store: Store, key: str, since: dt.datetime) -> int:
    table = login_attempts_table.c
    query = select(func.count()).where(table.key == key, table.at >= since)
    with store.begin() as conn:
        conn.execute(delete(login_attempts_table).where(table.at < since - dt.timedelta(days=1)))
        return int(conn.execute(query).scalar_one())


def add_reset(store: Store, user_id: int, token_hash: str, expires_at: dt.datetime) -> None:
    values = {
        "token_hash": token_hash,
        "user_id": user_id,
        "created_at": store.now(),
        "expires_at": expires_at,
    }
    with store.begin() as conn:
        conn.execute(password_resets_table.insert().values(values))


def use_reset(store: Store, token_hash: str) -> int:
    """Spend a reset link: the user it is for (unknown, used or expired: NotFound)."""
    table = password_resets_table.c
    with store.begin() as conn:
        query = select(table.id, table.user_id).where(
            table.token_hash == token_hash, table.used_at.is_(None), table.expires_at > store.now()
        )
        row = conn.execute(query).first()
        if row is None:
            raise NotFound("this reset link is unknown, used or expired")
        conn.execute(
            update(password_resets_table).where(table.id == row.id).values(used_at=store.now())
        )
        return int(row.user_id)
