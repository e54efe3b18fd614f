"""A coaching-server client's rights over their data: everything as a zip (JSON and CSV per
record table), and erasing the account with every record of it."""

from __future__ import annotations

import csv
import io
import zipfile
from typing import Any

from levelset.app import passwords
from levelset.app.accounts import Signed, require_role
from levelset.app.workspace import Workspace
from levelset.errors import Forbidden, Unauthorized
from levelset.jsonable import dumps
from levelset.store import account_erasure, accounts, audit, clients, consent


def _client_id(signed: Signed) -> int:
    require_role(signed, "client")
    if signed.user.client_id is None:
        raise Forbidden("this account holds no client records")
    return signed.user.client_id


def export_mine(ws: Workspace, signed: Signed) -> bytes:
    """The client's records, each table as JSON and CSV, in one zip."""
    client_id = _client_id(signed)
    return export_records(ws, signed.org, client_id, signed.user.name, signed.user.email)


def export_records(ws: Workspace, org: int, client_id: int, name: str, email: str) -> bytes:
    store = ws.store.for_tenant(org)
    members = {"account.json": dumps({"name": name, "email": email})}
    members |= bundle(clients.dump_owner(store.for_owner(client_id)))
    members["consents.json"] = dumps(consent.consents(store, client_id=client_id))
    members["audit.json"] = dumps(audit.entries(store, client_id, limit=100_000))
    return zip_members(members)


def export_job(ws: Workspace, org: int, payload: dict[str, Any]) -> dict[str, Any]:
    """The background form of `export_mine`: the zip written to the client's own folder."""
    user = accounts.find_user(ws.store.for_tenant(org), user_id=int(payload["user_id"]))
    if user.client_id is None:
        raise Forbidden("this account holds no client records")
    data = export_records(ws, org, user.client_id, user.name, user.email)
    target = ws.client_folder(user.client_id) / "exports" / "levelset-my-data.zip"
    target.write_bytes(data)
    return {"path": str(target), "bytes": len(data)}


def erase_me(ws: Workspace, signed: Signed, password: str) -> dict[str, int]:
    """Erase the client's records, consents, invitations and account (password confirmed)."""
    client_id = _client_id(signed)
    if not passwords.verify(signed.user.password_hash, password):
        raise Unauthorized("the password is wrong: nothing was erased")
    store = ws.store.for_tenant(signed.org)
    removed = clients.erase_owner(store.for_owner(client_id))
    consent.forget_client(store, client_id)
    account_erasure.erase_user(store, signed.user.id)
    clients.delete_client(store, client_id)
    return removed


def bundle(tables: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Each table's rows as records/<table>.json and records/<table>.csv."""
    members = {}
    for table, rows in tables.items():
        members[f"records/{table}.json"] = dumps(rows)
        members[f"records/{table}.csv"] = _csv(rows)
    return members


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)
    return out.getvalue()


def zip_members(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in sorted(members.items()):
            archive.writestr(name, text)
    return buffer.getvalue()
