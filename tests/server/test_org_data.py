"""The organisation's data: the audit view with names, the footer in server mode, the
organisation-wide export (admin only, audited) and retention of archived clients."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from typing import Any

import pytest

from levelset.app import jobs, org_admin
from levelset.app.workspace import Workspace
from levelset.store import audit, clients
from tests.cli.runner import run_cli
from tests.server.browsing import post, sign_in
from tests.server.world import CLIENTS, PASSWORD, World, signed


def _zip(data: bytes) -> dict[str, str]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name).decode() for name in archive.namelist()}


def test_the_audit_view_names_who_and_whose_and_its_json_keeps_the_ids(world: World) -> None:
    coach = sign_in(world.server(), "coach1@a.test")
    assert (
        post(coach, "/server/clients/view", client_id=world.client_ids["Alice"]).status_code == 303
    )
    assert coach.get("/").status_code == 200
    alice = sign_in(world.server(), "alice@client.test")
    page = alice.get("/server/account").text
    assert "<td>Coach1 A</td><td>Alice</td>" in page
    assert not re.search(r"<td>user \d+</td>", page)
    answer = alice.get("/server/account/audit.json")
    assert answer.status_code == 200
    read = next(e for e in answer.json()["entries"] if e["action"] == "read")
    assert read["actor"] == "Coach1 A" and read["client"] == "Alice"
    assert read["client_id"] == world.client_ids["Alice"] and isinstance(read["actor_id"], int)
    admin_log = sign_in(world.server(), "admin@a.test").get("/server/account").text
    assert "<td>Coach1 A</td><td>Alice</td>" in admin_log
    assert (
        sign_in(world.server(), "coach1@a.test").get("/server/account/audit.json").status_code
        == 403
    )


def test_the_footer_says_where_the_data_is_kept_in_server_mode(world: World) -> None:
    page = sign_in(world.server(), "bob@client.test").get("/").text
    assert "organisation's levelset server" in page
    assert "Runs on this computer" not in page


def _export(world: World, email: str) -> tuple[Any, int]:
    """Ask for the organisation's export as this admin, let the worker build it; (browser,
    job id)."""
    admin = sign_in(world.server(), email)
    asked = post(admin, "/server/admin/export")
    assert asked.status_code == 303, asked.text[:300]
    job = int(asked.headers["location"].rsplit("/", 1)[1])
    waiting = admin.get(f"/server/admin/export/{job}")
    assert waiting.status_code == 202 and "background worker" in waiting.text
    ws = Workspace.at(world.home, database_url=world.app_url, clock=world.clock)
    try:
        assert jobs.run_pending(ws, jobs.handlers()) == 1
    finally:
        ws.close()
    return admin, job


def test_an_admin_exports_the_organisation_in_the_background_and_each_client_sees_it(
    world: World,
) -> None:
    admin, job = _export(world, "admin@a.test")
    answer = admin.get(f"/server/admin/export/{job}")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/zip"
    members = _zip(answer.content)
    events = json.loads(members["records/tracking_events.json"])
    notes = " ".join(str(e.get("note")) for e in events)
    assert all(CLIENTS[n][2] in notes for n in ("Alice", "Bob", "Dana"))
    assert "Erinmarker" not in " ".join(members.values())  # another organisation's
    assert {e["client_id"] for e in events} == {
        world.client_ids[n] for n in ("Alice", "Bob", "Dana")
    }
    users = json.loads(members["records/users.json"])
    assert users and all("password_hash" not in u for u in users)
    assert "records/tracking_events.csv" in members
    log = sign_in(world.server(), "bob@client.test").get("/server/account/audit.json").json()
    assert any(e["action"] == "export" and e["actor"] == "Ann Admin" for e in log["entries"])
    other_admin, other_job = _export(world, "admin@b.test")
    other = _zip(other_admin.get(f"/server/admin/export/{other_job}").content)
    assert "Erinmarker" in " ".join(other.values())
    assert all(CLIENTS[n][2] not in " ".join(other.values()) for n in ("Alice", "Bob", "Dana"))
    assert other_admin.get(f"/server/admin/export/{job}").status_code == 404  # A's export
    for email in ("coach1@a.test", "alice@client.test"):
        assert sign_in(world.server(), email).get(f"/server/admin/export/{job}").status_code == 403


def test_only_an_admin_exports_the_organisation(world: World) -> None:
    for email in ("coach1@a.test", "alice@client.test"):
        assert post(sign_in(world.server(), email), "/server/admin/export").status_code == 403
    anonymous = sign_in(world.server(), None)
    assert anonymous.get("/server/admin/export/1").status_code in (401, 303)


def test_retention_erases_archived_clients_when_their_period_ends_and_says_so(
    world: World,
) -> None:
    admin = sign_in(world.server(), "admin@a.test")
    assert post(admin, "/server/admin/retention", days="0").status_code == 400
    assert post(admin, "/server/admin/retention", days="30").status_code == 303
    dana = world.client_ids["Dana"]
    assert post(admin, "/server/admin/clients/archive", client_id=dana).status_code == 303
    assert "Erased on" in admin.get("/server/admin").text
    ws = Workspace.at(world.home, database_url=world.app_url, clock=world.clock)
    today = world.clock.today()
    assert org_admin.due(ws, today + dt.timedelta(days=29)) == []
    assert [c.name for c in org_admin.due(ws, today + dt.timedelta(days=30))] == ["Dana"]
    erased = org_admin.apply_retention(ws, today + dt.timedelta(days=30))
    assert [(c.name, c.rows > 0) for c in erased] == [("Dana", True)]
    store = ws.store.for_tenant(world.orgs["A"])
    assert dana not in {c.id for c in clients.list_clients(store)}
    assert clients.dump_owner(store.for_owner(dana))["tracking_events"] == []
    line = next(e for e in audit.named_entries(store, dana) if e.action == "erase")
    assert line.actor_id == org_admin.JOB and "retention" in line.what
    assert sign_in(world.server(), "alice@client.test").get("/").status_code == 200
    refused = sign_in(world.server(), None)
    answer = post(refused, "/server/login", email="dana@client.test", password=PASSWORD)
    assert answer.status_code == 401
    ws.close()


def test_an_admin_cannot_archive_another_organisations_client(world: World) -> None:
    other = sign_in(world.server(), "admin@b.test")
    answer = post(other, "/server/admin/clients/archive", client_id=world.client_ids["Bob"])
    assert answer.status_code == 404
    ws = Workspace.at(world.home, database_url=world.admin_url)
    bob = [c for c in clients.list_clients(ws.store.for_tenant(world.orgs["A"])) if c.name == "Bob"]
    assert bob and bob[0].archived_on is None
    ws.close()


def test_the_retention_command_lists_then_erases(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace.at(world.home, database_url=world.admin_url)
    boss = signed(ws, "admin@b.test")
    org_admin.set_retention(ws, boss, 10)
    erin = world.client_ids["Erin"]
    clients.update_client(ws.store.for_tenant(boss.org), erin, archived_on=dt.date(2020, 1, 1))
    ws.close()
    monkeypatch.setenv("LEVELSET_HOME", str(world.home))
    monkeypatch.setenv("LEVELSET_DATABASE_URL", world.app_url)  # the command sets it too
    command = ("server", "retention", "--database", world.app_url)
    listed = run_cli(*command)
    assert listed.exit_code == 0, listed.stderr
    assert "Erin, archived 2020-01-01: due" in listed.stdout
    done = run_cli(*command, "--apply")
    assert done.exit_code == 0, done.stderr
    assert "1 client(s) erased" in done.stdout
    assert "0 client(s) due" in run_cli(*command).stdout
