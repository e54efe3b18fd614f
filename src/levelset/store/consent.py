"""Invitations from a coach to a client, and the client's consent to be seen by that coach.

An invitation is single-use: its secret's digest is stored, spent once, and expires. A
consent row says that one coach may see one client's records from `granted_at`; the client's
revocation stamps `revoked_at`, after which the coach is shown nothing of that client.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Table, select, update

from levelset.errors import NotFound
from levelset.store.db import Store
from levelset.store.ownership import tenanted
from levelset.store.schema import metadata

invitations_table = tenanted(
    Table(
        "invitations",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("token_hash", String(64), nullable=False, unique=True),
        Column("coach_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        Column("client_id", Integer, ForeignKey("clients.id", ondelete="CASCADE"), nullable=False),
        Column("email", String(320), nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("expires_at", DateTime(timezone=True), nullable=False),
        Column("used_at", DateTime(timezone=True)),
    )
)

consents_table = tenanted(
    Table(
        "consents",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("client_id", Integer, ForeignKey("clients.id", ondelete="CASCADE"), nullable=False),
        Column("coach_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        Column("granted_at", DateTime(timezone=True), nullable=False),
        Column("revoked_at", DateTime(timezone=True)),
    )
)


@dataclass(frozen=True)
class Invitation:
    id: int
    coach_id: int
    client_id: int
    email: str


@dataclass(frozen=True)
class Consent:
    id: int
    client_id: int
    coach_id: int
    granted_at: dt.datetime
    revoked_at: dt.datetime | None


def invite(
    store: Store, coach_id: int, client_id: int, email: str, token_hash: str, days: int
) -> None:
    now = store.now()
    values = {
        "token_hash": token_hash,
        "coach_id": coach_id,
        "client_id": client_id,
        "email": email.strip(),
        "created_at": now,
        "expires_at": now + dt.timedelta(days=days),
    }
    with store.begin() as conn:
        conn.execute(invitations_table.insert().values(values))


def open_invitation(store: Store, token_hash: str) -> Invitation:
    """The unspent, unexpired invitation with this digest (else NotFound)."""
    table = invitations_table.c
    query = select(table.id, table.coach_id, table.client_id, table.email).where(
        table.token_hash == token_hash, table.used_at.is_(None), table.expires_at > store.now()
    )
    with store.begin() as conn:
        row = conn.execute(query).first()
    if row is None:
        raise NotFound("this invitation is unknown, already used or expired")
    return Invitation(row.id, row.coach_id, row.client_id, row.email)


def accept(store: Store, invitation: Invitation, name: str, password_hash: str, share: bool) -> int:
    """In one transaction: spend the invitation (a second spend, a race, is NotFound), make
    the client's account, and record their consent if they share; the new user's id."""
    from levelset.store.new_accounts import add_user

    table = invitations_table.c
    with store.begin() as conn:
        change = update(invitations_table).where(table.id == invitation.id, table.used_at.is_(None))
        if conn.execute(change.values(used_at=store.now())).rowcount != 1:
            raise NotFound("this invitation was already used")
        user_id = add_user(
            store, invitation.email, name, "client", password_hash, invitation.client_id,
            within=conn,
        )  # fmt: skip
        if share:
            values = {
                "client_id": invitation.client_id,
                "coach_id": invitation.coach_id,
                "granted_at": store.now(),
            }
            conn.execute(consents_table.insert().values(values))
    return user_id


def grant(store: Store, client_id: int, coach_id: int) -> None:
    values = {"client_id": client_id, "coach_id": coach_id, "granted_at": store.now()}
    with store.begin() as conn:
        conn.execute(consents_table.insert().values(values))


def revoke(store: Store, client_id: int, coach_id: int) -> int:
    """End the client's open consents to this coach; how many there were."""
    table = consents_table.c
    with store.begin() as conn:
        change = update(consents_table).where(
            table.client_id == client_id, table.coach_id == coach_id, table.revoked_at.is_(None)
        )
        return int(conn.execute(change.values(revoked_at=store.now())).rowcount)


def consents(
    store: Store, *, client_id: int | None = None, coach_id: int | None = None
) -> list[Consent]:
    query = select(consents_table).order_by(consents_table.c.id)
    if client_id is not None:
        query = query.where(consents_table.c.client_id == client_id)
    if coach_id is not None:
        query = query.where(consents_table.c.coach_id == coach_id)
    with store.begin() as conn:
        return [
            Consent(**{k: r[k] for k in Consent.__dataclass_fields__})
            for r in conn.execute(query).mappings()
        ]


def may_see(store: Store, coach_id: int, client_id: int) -> bool:
    """True while the client's consent to this coach stands."""
    table = consents_table.c
    query = select(table.id).where(
        table.client_id == client_id, table.coach_id == coach_id, table.revoked_at.is_(None)
    )
    with store.begin() as conn:
        return conn.execute(query).first() is not None


def forget_client(store: Store, client_id: int) -> None:
    """Remove a client's invitations and consents (their account is being erased)."""
    with store.begin() as conn:
        conn.execute(invitations_table.delete().where(invitations_table.c.client_id == client_id))
        conn.execute(consents_table.delete().where(consents_table.c.client_id == client_id))
