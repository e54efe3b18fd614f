"""Times written below the doors come from the workspace's clock, not the machine's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from levelset.app import FixedClock, Workspace
from levelset.market import manifest
from levelset.market.store import MarketStore, read_meta
from tests.market.market_home import UPSTREAM, market_paths

AT = dt.datetime(2031, 5, 6, 7, 8, 9, tzinfo=dt.UTC)


def test_an_import_is_dated_by_the_workspace_clock(levelset_home: Path) -> None:
    from levelset.app.market import import_file

    paths = market_paths(levelset_home)
    ws = Workspace.at(paths.home, clock=FixedClock(AT))
    import_file(ws, "oews", UPSTREAM / "oews_flat")
    (entry,) = manifest.entries(paths)
    assert entry.imported_at == "2031-05-06T07:08:09+00:00"
    assert (read_meta(paths.market_db) or {})["built_at"] == "2031-05-06T07:08:09"
    with MarketStore(paths.market_db) as store:
        loaded = store.fetch("SELECT loaded_at FROM datasets WHERE source = 'oews'")
    assert dt.datetime(2031, 5, 6, 7, 8, 9) in [row[0] for row in loaded]
    ws.close()


def test_a_rebuild_is_dated_by_the_workspace_clock(levelset_home: Path) -> None:
    from levelset.app.market import rebuild

    paths = market_paths(levelset_home)
    ws = Workspace.at(paths.home, clock=FixedClock(AT))
    rebuild(ws)
    assert (read_meta(paths.market_db) or {})["built_at"] == "2031-05-06T07:08:09"
    ws.close()


def test_a_stored_row_is_stamped_by_the_workspace_clock(levelset_home: Path) -> None:
    from levelset.app.clients import add_client

    ws = Workspace.at(levelset_home, clock=FixedClock(AT))
    added = add_client(ws, "Ada Lovelace")
    assert added.created_at.replace(tzinfo=dt.UTC) == AT
    ws.close()
