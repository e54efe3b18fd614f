"""What an organisation's admin does with its data: the retention period for archived clients
(and the erasing it leads to), archiving a client, and the organisation-wide export, built by
the background worker (`levelset server worker`) and downloaded once it is done.

Every export and every erasure is written to the audit log, one line per client it touched,
so that each client sees it in their own log too. The retention job (`levelset server
retention --apply`) runs over every organisation that set a period; its lines name actor 0,
the job.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from levelset.app import jobs
from levelset.app.accounts import Signed, require_role
from levelset.app.data_rights import bundle, zip_members
from levelset.app.workspace import Workspace
from levelset.errors import DataUnavailable, Forbidden, InputError, NotFound
from levelset.jsonable import dumps
from levelset.paths import private_file
from levelset.store import account_erasure, accounts, audit, clients, consent, org_settings
from levelset.store.db import Store
from levelset.store.org_dump import dump_organisation

JOB = 0  # the actor of the retention job's audit lines
EXPORT_JOB = "organisation-export"
LONGEST = 36_500  # days: a hundred years is the longest period accepted


@dataclass(frozen=True)
class ClientStatus:
    """A client as the admin's page lists them: no records, only when they would go."""

    id: int
    name: str
    archived_on: dt.date | None
    erased_on: dt.date | None  # when the retention job erases them (None: kept)


@dataclass(frozen=True)
class Erased:
    org: int
    client_id: int
    name: str
    archived_on: dt.date
    rows: int


def set_retention(ws: Workspace, admin: Signed, days: int | None) -> None:
    """Erase archived clients `days` after archiving (None: keep them)."""
    require_role(admin, "admin")
    if days is not None and not 1 <= days <= LONGEST:
        raise InputError(f"a retention period is 1 to {LONGEST} days", hint="or none")
    org_settings.set_retention(ws.store, admin.org, days)


def retention_of(ws: Workspace, admin: Signed) -> int | None:
    require_role(admin, "admin")
    return org_settings.retention_days(ws.store, admin.org)


def client_statuses(ws: Workspace, admin: Signed) -> list[ClientStatus]:
    """The organisation's clients with their archive and erasure dates."""
    days = retention_of(ws, admin)
    rows = clients.list_clients(ws.store.for_tenant(admin.org))
    return [
        ClientStatus(c.id, c.name, c.archived_on, _erased_on(c.archived_on, days)) for c in rows
    ]


def _erased_on(archived_on: dt.date | None, days: int | None) -> dt.date | None:
    if archived_on is None or days is None:
        return None
    return archived_on + dt.timedelta(days=days)


def archive(ws: Workspace, admin: Signed, client_id: int, archived: bool) -> None:
    """Archive a client (their records are kept until the retention period ends) or bring
    them back; written to the audit log."""
    require_role(admin, "admin")
    store = ws.store.for_tenant(admin.org)
    if client_id not in {c.id for c in clients.list_clients(store)}:
        raise NotFound("no such client")
    day = ws.today() if archived else None
    clients.update_client(store, client_id, archived_on=day)
    audit.record(store, admin.user.id, client_id, "change", "archived" if archived else "restored")


def request_export(ws: Workspace, admin: Signed) -> int:
    """Queue the organisation's export for the background worker; the job's id."""
    require_role(admin, "admin")
    return jobs.submit(ws, admin.org, EXPORT_JOB, {"user_id": admin.user.id})


def export_job(ws: Workspace, org: int, payload: dict[str, Any]) -> dict[str, Any]:
    """The job: the organisation's zip written to its own folder (owner-only)."""
    admin = accounts.find_user(ws.store.for_tenant(org), user_id=int(payload["user_id"]))
    if admin.role != "admin":
        raise Forbidden("only an admin exports the organisation")
    data = export_organisation(ws, org, admin.id, admin.name)
    stamp = ws.now().strftime("%Y%m%dT%H%M%S%f")
    target = ws.organisation_folder(org) / "exports" / f"levelset-organisation-{stamp}.zip"
    private_file(target).write_bytes(data)
    return {"path": str(target), "bytes": len(data)}


def finished_export(ws: Workspace, admin: Signed, job_id: int) -> Path | None:
    """The zip of one of the organisation's export jobs once built (None while it waits);
    NotFound for any other job, DataUnavailable when it failed."""
    require_role(admin, "admin")
    job = jobs.status(ws, admin.org, job_id)  # another organisation's: NotFound
    if job.kind != EXPORT_JOB:
        raise NotFound(f"no export {job_id}")
    if job.state == "failed":
        raise DataUnavailable(f"the export failed: {job.result}", hint="ask for it again")
    if job.state != "done" or job.result is None:
        return None
    return Path(json.loads(job.result)["path"])


def export_organisation(ws: Workspace, org: int, admin_id: int, admin_name: str) -> bytes:
    """Every record of the organisation as a zip (each table as JSON and CSV); one audit line
    per client exported, naming the admin."""
    store = ws.store.for_tenant(org)
    tables = dump_organisation(store)
    members = {"organisation.json": dumps({"id": org, "exported_at": ws.now()})}
    members |= bundle(tables)
    what = f"organisation export by {admin_name}"
    audit.record_many(store, admin_id, [c["id"] for c in tables["clients"]], "export", what)
    return zip_members(members)


def due(ws: Workspace, today: dt.date) -> list[Erased]:
    """Archived clients whose retention period has ended, in every organisation."""
    found = []
    for org, days in org_settings.retention_by_organisation(ws.store).items():
        for client in clients.list_clients(ws.store.for_tenant(org)):
            ends = _erased_on(client.archived_on, days)
            if ends is not None and client.archived_on is not None and ends <= today:
                found.append(Erased(org, client.id, client.name, client.archived_on, 0))
    return found


def apply_retention(ws: Workspace, today: dt.date) -> list[Erased]:
    """Erase every client `due` lists: records, consents, invitations, account; audited."""
    return [_erase(ws.store.for_tenant(e.org), e) for e in due(ws, today)]


def _erase(store: Store, client: Erased) -> Erased:
    removed = clients.erase_owner(store.for_owner(client.client_id))
    consent.forget_client(store, client.client_id)
    for user in accounts.list_users(store, "client"):
        if user.client_id == client.client_id:
            account_erasure.erase_user(store, user.id)
    clients.delete_client(store, client.client_id)
    what = f"retention: archived {client.archived_on.isoformat()}, records erased"
    audit.record(store, JOB, client.client_id, "erase", what)
    return Erased(
        client.org, client.client_id, client.name, client.archived_on, sum(removed.values())
    )
