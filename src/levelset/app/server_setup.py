"""Setting up a coaching server's database: schema, first organisation, the workers' role."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from levelset.app import passwords
from levelset.app.workspace import Workspace
from levelset.errors import Conflict, DataUnavailable, InputError
from levelset.store import new_accounts


@dataclass(frozen=True)
class Setup:
    org: int
    granted_to: str | None


def create_organisation(ws: Workspace, name: str, email: str, admin: str, password: str) -> int:
    """A new organisation and its first administrator; the organisation's id."""
    if not name.strip() or not admin.strip() or "@" not in email:
        raise InputError("an organisation needs a name, and its admin a name and an address")
    if new_accounts.email_taken(ws.store, email):  # before the organisation: none left adminless
        raise Conflict(
            f"an account for {email.strip()} already exists",
            hint="give the new organisation's admin an address no account on this server has",
        )
    hashed = passwords.hash_password(password)
    org = new_accounts.add_organisation(ws.store, name)
    try:
        new_accounts.add_user(ws.store.for_tenant(org), email, admin, "admin", hashed, None)
    except BaseException:
        # Another `server init` took the address between the check and here (or the admin
        # failed otherwise): the organisation goes too, so none is left that no one can open.
        with contextlib.suppress(Exception):  # the admin's own error is the one to tell
            new_accounts.remove_empty_organisation(ws.store, org)
        raise
    return org


def initialise(
    ws: Workspace,
    org_name: str,
    email: str,
    admin: str,
    password: str,
    app_role: str | None,
    *,
    build_market: bool = False,
) -> Setup:
    """Migrate the database (opening it does), add the organisation and its admin, let the
    workers' role in (PostgreSQL), and build the market store once, before any worker runs,
    when the market needs one to read (a home with imports whose store is not current): as
    the web app judges it (`market_ready`), the shipped copy answers a home without imports."""
    org = create_organisation(ws, org_name, email, admin, password)
    if build_market and not ws.market_ready():
        ws.build_market()
    if app_role and ws.store.dialect == "postgresql":
        from levelset.store import roles

        roles.grant_to(ws.store, app_role)
        return Setup(org, app_role)
    return Setup(org, None)


def check_ready(ws: Workspace, *, allow_bypass: bool = False) -> None:
    """Refuse to serve an unmigrated database, or as a role that bypasses row security."""
    from levelset.store import roles
    from levelset.store.engine import make_engine
    from levelset.store.migrations import pending

    engine = make_engine(ws.database_url)
    try:
        todo = pending(engine)
    finally:
        engine.dispose()
    if todo:
        raise DataUnavailable(
            f"the database needs {len(todo)} migration(s) first",
            hint="run `levelset server init` (or upgrade) as the database's owner",
        )
    if not allow_bypass and roles.role_bypasses_security(ws.store):
        raise DataUnavailable(
            "the server's database role bypasses row-level security",
            hint="connect as the role `levelset server init --app-role` granted",
        )
