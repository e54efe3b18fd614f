"""Background jobs: each organisation's jobs run with that organisation passed explicitly,
and one organisation cannot see or claim another's."""

from __future__ import annotations

import zipfile
from typing import Any

from levelset.app import jobs
from levelset.app.workspace import Workspace
from levelset.errors import NotFound
from tests.server.world import World, signed


def test_each_job_runs_in_its_own_organisation_and_is_invisible_to_others(world: World) -> None:
    ws = Workspace.at(world.home, database_url=world.app_url, clock=world.clock)
    a, b = world.orgs["A"], world.orgs["B"]
    seen: list[tuple[int, int]] = []

    def note(_ws: Workspace, org: int, payload: dict[str, Any]) -> dict[str, Any]:
        seen.append((org, payload["n"]))
        return {"ok": payload["n"]}

    first = jobs.submit(ws, a, "note", {"n": 1})
    second = jobs.submit(ws, b, "note", {"n": 2})
    unknown = jobs.submit(ws, b, "no such kind", {})
    try:
        jobs.status(ws, b, first)
        raise AssertionError("organisation B saw organisation A's job")
    except NotFound:
        pass
    assert jobs.run_pending(ws, {"note": note}) == 3
    assert sorted(seen) == [(a, 1), (b, 2)]
    assert jobs.status(ws, a, first).state == "done"
    assert jobs.status(ws, b, second).result == '{"ok": 2}'
    assert jobs.status(ws, b, unknown).state == "failed"
    assert jobs.run_pending(ws, {"note": note}) == 0
    ws.close()


def test_a_client_export_runs_in_the_background(world: World) -> None:
    ws = Workspace.at(world.home, database_url=world.app_url, clock=world.clock)
    bob = signed(ws, "bob@client.test")
    job = jobs.submit(ws, bob.org, "client-export", {"user_id": bob.user.id})
    assert jobs.run_pending(ws, jobs.handlers()) == 1
    done = jobs.status(ws, bob.org, job)
    assert done.state == "done", done.result
    archive = zipfile.ZipFile(
        done.result.split('"path": "')[1].split('"')[0] if done.result else ""
    )
    profile = archive.read("records/profile.json").decode()
    assert "Bobmarker" in profile and "Alicemarker" not in profile
    ws.close()


def test_the_known_kinds_name_the_handlers_the_doors_submit_for() -> None:
    import importlib

    from levelset.app import org_admin

    assert set(jobs.handlers()) == {"client-export", org_admin.EXPORT_JOB}
    for module, name in jobs.HANDLERS.values():
        assert callable(getattr(importlib.import_module(module), name))
