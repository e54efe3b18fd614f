"""Asking a server's SQLite file whether any job waits, without opening the store."""

from __future__ import annotations

from pathlib import Path

from levelset.app import jobs
from levelset.app.job_queue import nothing_queued
from levelset.app.server_setup import create_organisation
from levelset.app.workspace import Workspace
from levelset.store.queue_peek import queued_in_file


def test_a_current_file_tells_whether_a_job_waits(levelset_home: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    ws = Workspace.at(levelset_home, database_url=url)
    try:
        org = create_organisation(ws, "Acme", "a@example.com", "Ada", "a long trial password 42")
        assert queued_in_file(url) is False and nothing_queued(url)
        job = jobs.submit(ws, org, "client-export", {})
        assert queued_in_file(url) is True and not nothing_queued(url)
        jobs.run_pending(ws, {"client-export": lambda _ws, _org, _payload: {}})
        assert jobs.status(ws, org, job).state == "done"
        assert queued_in_file(url) is False
    finally:
        ws.close()


def test_what_it_cannot_ask_leaves_to_the_store(tmp_path: Path) -> None:
    assert queued_in_file("postgresql+psycopg://someone@127.0.0.1/db") is None
    assert queued_in_file(f"sqlite:///{tmp_path / 'missing.sqlite'}") is None
    assert queued_in_file("sqlite:///:memory:") is None
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert queued_in_file(f"sqlite:///{empty}") is None
    assert not nothing_queued(f"sqlite:///{empty}")
