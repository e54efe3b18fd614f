"""Defect 5 (environment half): a locked database, a full disk, a damaged file are one line
with the documented exit code, never a traceback with SQL; `--traceback` still shows it all."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import levelset.store.engine as db
from levelset.app.workspace import SystemClock
from levelset.paths import Paths
from levelset.store import open_store
from tests.cli.runner import run_cli


def _clean(text: str) -> None:
    for leak in ("Traceback", "SELECT", "INSERT", "UPDATE", "[SQL", "parameters"):
        assert leak not in text


@contextlib.contextmanager
def _write_lock(database: Path) -> Iterator[None]:
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_locked_store_is_exit_5_with_one_line(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(paths, now=SystemClock().now).close()
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    with _write_lock(paths.records_db):
        result = run_cli("profile", "set", "--currency", "EUR")
    assert result.exit_code == 5
    assert "records store is busy" in result.stderr
    _clean(result.stderr + result.stdout)
    assert run_cli("profile", "set", "--currency", "EUR").exit_code == 0


def test_json_scripts_get_the_error_shape(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    open_store(paths, now=SystemClock().now).close()
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    with _write_lock(paths.records_db):
        result = run_cli("profile", "set", "--currency", "EUR", "--json")
    assert result.exit_code == 5
    assert result.json()["error"] == "busy"


def test_traceback_shows_the_cause_to_the_curious(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(paths, now=SystemClock().now).close()
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    with _write_lock(paths.records_db), pytest.raises(Exception) as raised:
        run_cli("--traceback", "profile", "set", "--currency", "EUR")
    causes = []
    error: BaseException | None = raised.value
    while error is not None:
        causes.append(str(error))
        error = error.__cause__
    assert any("database is locked" in cause for cause in causes), causes


def test_a_damaged_store_file_names_the_backups(paths: Paths) -> None:
    paths.records_db.write_bytes(b"this is not a database" * 300)
    result = run_cli("offer", "list")
    assert result.exit_code == 5
    assert "records store file is damaged" in result.stderr
    _clean(result.stderr)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs, where the machine lets us mount one (root on Linux)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as out:
        while True:
            out.write(b"\0" * 4096)
    return filler


def test_a_full_disk_is_exit_5_and_loses_nothing(
    tiny_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tiny_disk / "home"
    monkeypatch.setenv("LEVELSET_HOME", str(home))
    assert run_cli("profile", "set", "--currency", "EUR").exit_code == 0
    filler = _fill(tiny_disk)
    failed = [
        run_cli("track", "add", "application", "--company", f"Company {n}", "--note", "x" * 3000)
        for n in range(30)
    ]
    full = [r for r in failed if r.exit_code != 0]
    assert full, "the disk filled up"
    assert all(r.exit_code == 5 and "disk is full" in r.stderr for r in full)
    for result in full:
        _clean(result.stderr)
    filler.unlink()
    assert run_cli("profile", "show", "--json").json()["profile"]["currency"] == "EUR"
    assert run_cli("track", "add", "application", "--company", "After").exit_code == 0


def test_a_locked_store_is_a_503_in_the_web_app_not_a_500(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from levelset.app.workspace import Workspace
    from levelset.web.app import create_app
    from tests.web.conftest import BASE, Browser, TestClient

    open_store(paths, now=SystemClock().now).close()
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    app = create_app(Workspace.at(paths.home), port=8765)
    with TestClient(app, base_url=BASE) as raw:
        browser = Browser(raw)
        with _write_lock(paths.records_db):
            posted = browser.submit(
                "/tracking/events",
                {"kind": "application", "company": "Acme"},
                headers={"accept": "application/json"},
            )
    assert posted.status_code == 503
    assert posted.json()["error"] == "busy"
    _clean(posted.text)
