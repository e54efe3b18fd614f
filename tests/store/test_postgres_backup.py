"""A PostgreSQL records store is backed up with pg_dump (custom format) before an upgrade, the
dump restores with pg_restore to the rows it held, and without pg_dump the upgrade is refused
unless the user lets it go without a backup. Runs against a real server only."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from levelset.app.workspace import SystemClock
from levelset.errors import DataUnavailable
from levelset.paths import Paths
from levelset.store import open_store
from levelset.store.migrations import applied, names
from tests.cli.runner import run_cli
from tests.conftest import POSTGRES_ENV
from tests.store.test_postgres_upgrade import _counts, old_database  # noqa: F401 (a fixture)

pytestmark = pytest.mark.skipif(
    not os.environ.get(POSTGRES_ENV), reason=f"set {POSTGRES_ENV} to run on PostgreSQL"
)
CLOCK = SystemClock()


@pytest.fixture
def no_pg_dump(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PATH holding the tools the test needs but not pg_dump."""
    bare = tmp_path / "bin"
    bare.mkdir()
    monkeypatch.setenv("PATH", str(bare))
    assert shutil.which("pg_dump") is None


@pytest.fixture
def empty_database() -> Iterator[str]:
    server = make_url(os.environ[POSTGRES_ENV])
    name = f"levelset_restore_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _pg_tool(name: str) -> str:
    found = shutil.which(name) or f"/usr/lib/postgresql/15/bin/{name}"
    assert Path(found).exists(), name
    return found


def test_an_upgrade_dumps_the_database_first_and_the_dump_restores(
    old_database: str,  # noqa: F811
    empty_database: str,
    tmp_path: Path,
) -> None:
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not on PATH")
    before, old_names = _counts(old_database), applied(create_engine(old_database))
    paths = Paths(tmp_path / "home", backup_dir=tmp_path / "elsewhere").ensure()
    open_store(paths, url=old_database, now=CLOCK.now).close()
    (dump,) = sorted((tmp_path / "elsewhere").glob("*.pgdump"))
    assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    assert not list((tmp_path / "elsewhere").glob(".*.tmp"))

    restore = make_url(empty_database).set(drivername="postgresql")
    subprocess.run(
        [_pg_tool("pg_restore"), "--no-owner", "--dbname",
         restore.render_as_string(hide_password=False), str(dump)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert _counts(empty_database) == before and before["offers"] == 2
    assert applied(create_engine(empty_database)) == old_names != set(names())


def test_without_pg_dump_the_upgrade_is_refused_and_nothing_changes(
    old_database: str,  # noqa: F811
    tmp_path: Path,
    no_pg_dump: None,
) -> None:
    old_names = applied(create_engine(old_database))
    paths = Paths(tmp_path / "home").ensure()
    with pytest.raises(DataUnavailable, match="pg_dump is not on PATH") as refused:
        open_store(paths, url=old_database, now=CLOCK.now)
    assert "LEVELSET_UPGRADE_WITHOUT_BACKUP" in (refused.value.hint or "")
    assert applied(create_engine(old_database)) == old_names
    open_store(paths, url=old_database, now=CLOCK.now, backup_required=False).close()
    assert applied(create_engine(old_database)) == set(names())
    assert not list(paths.backups.iterdir())


def test_the_cli_refuses_in_one_line_then_upgrades_when_told_to(
    old_database: str,  # noqa: F811
    no_pg_dump: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LEVELSET_DATABASE_URL", old_database)
    refused = run_cli("track", "list", "--json")
    assert refused.exit_code == 5 and "pg_dump is not on PATH" in refused.stderr
    assert "Traceback" not in refused.stderr
    monkeypatch.setenv("LEVELSET_UPGRADE_WITHOUT_BACKUP", "1")
    listed = run_cli("track", "list", "--json")
    assert listed.exit_code == 0, listed.stderr
    assert applied(create_engine(old_database)) == set(names())


def test_a_fresh_database_needs_no_pg_dump(
    empty_database: str, tmp_path: Path, no_pg_dump: None
) -> None:
    open_store(Paths(tmp_path / "home").ensure(), url=empty_database, now=CLOCK.now).close()
    assert applied(create_engine(empty_database)) == set(names())
