"""Setting up a coaching server's database: schema, first organisation, the workers' role."""

from __future__ import annotations

from dataclasses import dataclass

from levelset.app.accounts import create_organisation
from levelset.app.workspace import Workspace
from levelset.errors import DataUnavailable
from levelset.store import roles
from levelset.store.migrations import pending


@dataclass(frozen=True)
class Setup:
    org: int
    granted_to: str | None


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
    workers' role in (PostgreSQL), and build the market store once, before any worker runs."""
    org = create_organisation(ws, org_name, email, admin, password)
    if build_market:
        ws.build_market()
    if app_role and ws.store.dialect == "postgresql":
        roles.grant_to(ws.store, app_role)
        return Setup(org, app_role)
    return Setup(org, None)


def check_ready(ws: Workspace, *, allow_bypass: bool = False) -> None:
    """Refuse to serve an unmigrated database, or as a role that bypasses row security."""
    from levelset.store.engine import make_engine

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
