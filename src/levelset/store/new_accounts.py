"""New organisations and users of a coaching server, as writes compiled ahead (issue 15).

`server init` makes a database, its first organisation and that organisation's admin: on a
new SQLite file these writes run through `sqlite3` (`store.prepared_writes`), so the command
imports no SQLAlchemy; anywhere else the same statements run through SQLAlchemy. The tables
are `store.accounts`'s, read only when a statement is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from levelset.errors import Conflict
from levelset.store.db import Store
from levelset.store.prepared import read
from levelset.store.prepared_writes import Writer, write, writing

if TYPE_CHECKING:
    from sqlalchemy import Connection

ROLES = ("admin", "coach", "client")


def email_key(email: str) -> str:
    """How addresses are compared: spaces trimmed, case ignored."""
    return email.strip().casefold()


@write("accounts.add_organisation")
def _add_organisation() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.accounts import organisations_table as t

    return t.insert().values({c: bindparam(c) for c in ("name", "created_at")})


@write("accounts.remove_empty_organisation")
def _remove_empty_organisation() -> Any:
    from sqlalchemy import bindparam, exists, select

    from levelset.store.accounts import organisations_table as t
    from levelset.store.accounts import users_table as u

    someone = exists(select(u.c.id).where(u.c.org_id == bindparam("org")))
    return t.delete().where(t.c.id == bindparam("org"), ~someone)


@read("accounts.email_taken")
def _email_taken() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.accounts import account_emails_table as t

    return select(t.c.email_key).where(t.c.email_key == bindparam("key"))


@write("accounts.add_email")
def _add_email() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.accounts import account_emails_table as t

    return t.insert().values({c: bindparam(c) for c in ("email_key", "org_id")})


USER_COLUMNS = (
    "email", "email_key", "name", "role", "password_hash", "client_id", "failed_logins",
    "created_at",
)  # fmt: skip


@write("accounts.add_user")
def _add_user() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.accounts import users_table as t

    return t.insert().values({c: bindparam(c) for c in USER_COLUMNS})


def email_taken(store: Store, email: str) -> bool:
    """True when an account anywhere on the server already has this address."""
    from levelset.store.prepared import reading

    with reading(store, _email_taken) as reader:
        return reader.first(_email_taken, key=email_key(email)) is not None


def add_organisation(store: Store, name: str) -> int:
    """A new organisation; its id."""
    with writing(store, [_add_organisation]) as writer:
        key = writer.run(_add_organisation, name=name.strip(), created_at=store.now())
    assert key is not None
    return int(key)


def remove_empty_organisation(store: Store, org: int) -> None:
    """Remove an organisation no account belongs to (one whose admin could not be added).
    Its users are read as the organisation's own (users are scoped to a tenant)."""
    with writing(store.for_tenant(org), [_remove_empty_organisation]) as writer:
        writer.run(_remove_empty_organisation, org=org)


def add_user(
    store: Store,
    email: str,
    name: str,
    role: str,
    password_hash: str,
    client_id: int | None,
    *,
    within: Connection | None = None,
) -> int:
    """A new user of the store's organisation; an address taken anywhere is a Conflict.
    `within`: a transaction the caller holds (an invitation's acceptance), else its own."""
    if role not in ROLES:
        raise ValueError(role)
    values = {
        "email": email.strip(),
        "email_key": email_key(email),
        "name": " ".join(name.split()),
        "role": role,
        "password_hash": password_hash,
        "client_id": client_id,
        "failed_logins": 0,
        "created_at": store.now(),
    }
    if within is not None:
        from levelset.store.prepared_writes import on_connection

        return _insert_user(on_connection(within), store, values)
    with writing(store, [_add_email, _add_user], [_email_taken]) as writer:
        return _insert_user(writer, store, values)


def _insert_user(writer: Writer, store: Store, values: dict[str, Any]) -> int:
    if writer.reads.first(_email_taken, key=values["email_key"]):
        raise Conflict(f"an account for {values['email']} already exists")
    writer.run(_add_email, email_key=values["email_key"], org_id=store.tenant)
    user = writer.run(_add_user, **values)
    assert user is not None
    return int(user)
