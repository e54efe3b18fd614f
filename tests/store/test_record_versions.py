"""Each owner's records version: raised by every transaction that writes their records (any
record table), by nothing else; kept pages rely on it to notice a change."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from levelset.app.workspace import SystemClock
from levelset.paths import Paths
from levelset.store import open_store
from levelset.store.clients import add_client, erase_owner
from levelset.store.profile import load_profile
from levelset.store.profile_tables import profile_table
from levelset.store.record_versions import records_version
from levelset.store.records import record_tables


def test_every_record_table_written_moves_its_owners_version_and_no_one_elses(
    paths: Paths,
) -> None:
    store = open_store(paths, now=SystemClock().now)
    ada = store.for_owner(add_client(store, "Ada", email=None, note=None, cohort=None).id)
    elsewhere = ada.for_tenant(2)  # the same owner key in another organisation
    assert records_version(ada) == records_version(store) == 0
    for n, table in enumerate(record_tables(), start=1):
        with ada.begin() as conn:
            conn.execute(table.delete())  # a write, though it finds no row
        assert records_version(ada) == n, table.name
    assert records_version(store) == 0
    assert records_version(elsewhere) == 0
    store.close()


def test_reads_and_rolled_back_writes_leave_the_version_and_erasing_moves_it(
    paths: Paths,
) -> None:
    store = open_store(paths, now=SystemClock().now)
    with store.read() as conn:
        conn.execute(select(profile_table)).all()
    load_profile(store)
    assert records_version(store) == 0
    with pytest.raises(RuntimeError), store.begin() as conn:
        conn.execute(profile_table.delete())
        raise RuntimeError("changed my mind")
    assert records_version(store) == 0
    with store.begin() as conn:
        conn.execute(profile_table.delete())
    assert records_version(store) == 1
    erase_owner(store)  # a client id SQLite hands out again starts past every kept page
    assert records_version(store) == 2
    store.close()


def test_a_sheet_imported_in_one_batch_moves_the_version(paths: Paths) -> None:
    """The tracking import hands the driver one executemany, past SQLAlchemy's execute."""
    from pathlib import Path

    from levelset.app.tracking import import_sheet
    from levelset.app.workspace import Workspace

    ws = Workspace.at(paths.home)
    sheet = Path(__file__).parents[2] / "examples" / "tracking" / "applications.csv"
    assert import_sheet(ws, sheet.read_bytes(), sheet.name).stored > 0
    assert records_version(ws.store) == 1
    ws.close()
