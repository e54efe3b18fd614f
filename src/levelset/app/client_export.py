"""One client's everything as a zip: who they are, coach notes, every record table as JSON
and CSV, and their playbook as a PDF."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

from levelset.app.clients import client_workspace, export_path, find_client, show_client
from levelset.app.workspace import Workspace
from levelset.errors import LevelsetError
from levelset.jsonable import dumps, to_jsonable


def export_client(ws: Workspace, name: str, output: Path | None = None) -> tuple[Path, list[str]]:
    """Write the client's zip (default: the exports folder); return it and its member names."""
    from levelset.app.exports import write_export
    from levelset.store.clients import dump_owner

    found = find_client(ws, name)
    view = show_client(ws, name)
    theirs = client_workspace(ws, found.name)
    try:
        members: dict[str, bytes] = {"client.json": dumps(view).encode()}
        for table, rows in dump_owner(theirs.store).items():
            members[f"records/{table}.json"] = dumps(rows).encode()
            members[f"records/{table}.csv"] = _csv(rows).encode()
        members |= _playbook(theirs)
    finally:
        theirs.close()
    target = export_path(ws, found, output)
    write_export(target, _zip(members))
    return target, sorted(members)


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(to_jsonable(rows))
    return out.getvalue()


def _playbook(ws: Workspace) -> dict[str, bytes]:
    from levelset.app.playbook import render_playbook

    try:
        return {"playbook.pdf": render_playbook(ws, fmt="pdf").data}
    except LevelsetError as error:  # too little to say yet: the zip says why it has none
        return {"playbook-missing.txt": f"{error.message}\n".encode()}


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in sorted(members.items()):
            archive.writestr(member, data)
    return buffer.getvalue()
