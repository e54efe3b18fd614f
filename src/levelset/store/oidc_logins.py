"""Sign-ins through an organisation's OpenID Connect provider that are under way.

Between sending a browser to the provider and its return, the server keeps the `state` (as a
SHA-256 digest), the `nonce` the ID token must carry, the PKCE code verifier, and a digest of
the browser's pre-session cookie, so that the answer is accepted once, only in the browser
that started it, and only for a while.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Column, DateTime, Integer, String, Table, select, update

from levelset.errors import NotFound
from levelset.store.db import Store
from levelset.store.ownership import tenanted
from levelset.store.schema import metadata

oidc_logins_table = tenanted(
    Table(
        "oidc_logins",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("state_hash", String(64), nullable=False, unique=True),
        Column("nonce", String(100), nullable=False),
        Column("code_verifier", String(200), nullable=False),
        Column("browser_hash", String(64), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("used_at", DateTime(timezone=True)),
    )
)


@dataclass(frozen=True)
class PendingLogin:
    nonce: str
    code_verifier: str


def begin(store: Store, state_hash: str, nonce: str, verifier: str, browser_hash: str) -> None:
    values = {
        "state_hash": state_hash,
        "nonce": nonce,
        "code_verifier": verifier,
        "browser_hash": browser_hash,
        "created_at": store.now(),
    }
    with store.begin() as conn:
        conn.execute(oidc_logins_table.insert().values(values))


def spend(store: Store, state_hash: str, browser_hash: str, since: dt.datetime) -> PendingLogin:
    """The sign-in this state started, spent now; NotFound when it is unknown, used, too old
    or started in another browser."""
    table = oidc_logins_table.c
    query = select(table.id, table.nonce, table.code_verifier).where(
        table.state_hash == state_hash,
        table.browser_hash == browser_hash,
        table.used_at.is_(None),
        table.created_at >= since,
    )
    with store.begin() as conn:
        row = conn.execute(query).first()
        if row is None:
            raise NotFound("this sign-in is unknown, used or expired: start again")
        spent = update(oidc_logins_table).where(table.id == row[0], table.used_at.is_(None))
        if conn.execute(spent.values(used_at=store.now())).rowcount != 1:
            raise NotFound("this sign-in was already used")
    return PendingLogin(row[1], row[2])
