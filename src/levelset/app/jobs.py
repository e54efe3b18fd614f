"""Background work for the coaching server behind a thin interface: `submit` a job for one
organisation, and a worker (`levelset server worker`) runs `run_pending`. Every handler is
given its organisation explicitly, and sees only that organisation's rows.

The queue is a table in the server's own database (`store.jobs`), so no other service is
needed; another queue could stand behind the same three functions.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

from levelset.app.workspace import Workspace
from levelset.errors import LevelsetError, NotFound
from levelset.store import accounts, jobs
from levelset.store.jobs import Job

Handler = Callable[[Workspace, int, dict[str, Any]], dict[str, Any]]
"""(workspace, organisation, payload) -> result (JSON-able)."""


# Each kind's handler, by module and name: imported when a job of that kind runs (a worker
# that finds nothing queued loads neither, about a tenth of its start-up: issue 15).
HANDLERS = {
    "client-export": ("levelset.app.data_rights", "export_job"),
    "organisation-export": ("levelset.app.org_admin", "export_job"),  # org_admin.EXPORT_JOB
}


def handlers() -> dict[str, Handler]:
    """The kinds of job the server knows."""
    return {kind: _on_first_job(*where) for kind, where in HANDLERS.items()}


def _on_first_job(module: str, name: str) -> Handler:
    def run(ws: Workspace, org: int, payload: dict[str, Any]) -> dict[str, Any]:
        handler: Handler = getattr(import_module(module), name)
        return handler(ws, org, payload)

    return run


def submit(ws: Workspace, org: int, kind: str, payload: dict[str, Any]) -> int:
    return jobs.enqueue(ws.store.for_tenant(org), kind, payload)


def status(ws: Workspace, org: int, job_id: int) -> Job:
    found = jobs.find(ws.store.for_tenant(org), job_id)
    if found is None:
        raise NotFound(f"no job {job_id}")
    return found


def run_pending(ws: Workspace, handlers: Mapping[str, Handler], *, limit: int = 100) -> int:
    """Run queued jobs, organisation by organisation; how many ran."""
    ran = 0
    every = accounts.organisation_ids(ws.store)
    for org in jobs.organisations_with_work(ws.store, every):
        store = ws.store.for_tenant(org)
        while ran < limit and (job := jobs.claim(store)) is not None:
            _run(ws, org, job, handlers)
            ran += 1
    return ran


def _run(ws: Workspace, org: int, job: Job, handlers: Mapping[str, Handler]) -> None:
    store = ws.store.for_tenant(org)
    handler = handlers.get(job.kind)
    if handler is None:
        jobs.finish(store, job.id, "failed", f"no handler for {job.kind!r}")
        return
    try:
        result = handler(ws, org, job.payload)
    except LevelsetError as error:
        jobs.finish(store, job.id, "failed", error.message)
        return
    jobs.finish(store, job.id, "done", json.dumps(result))
