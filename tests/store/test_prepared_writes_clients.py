"""A coach's client writes compiled ahead (`store.clients`): the same rows through sqlite3 as
through SQLAlchemy, erasing one client's records leaves the others', and `client` commands on a
current home import no SQLAlchemy. (The shipped SQL against SQLAlchemy's:
tests/store/test_prepared_writes.py.)"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from levelset.errors import Conflict
from levelset.store import Store
from levelset.store.clients import (
    RECORD_TABLES,
    add_client,
    add_note,
    delete_client,
    erase_owner,
    find_client,
    update_client,
)
from levelset.store.owners import ALL_OWNERS
from levelset.store.tracking import add_events
from levelset.tracking.events import Event, EventKind
from tests.cli.test_startup_imports import loaded
from tests.store.both_ways import both_ways
from tests.suite_day import TODAY

pytestmark = pytest.mark.usefixtures("on_the_suites_day")

_SOON = (TODAY + dt.timedelta(days=4)).isoformat()  # a check-in ahead

ROOT = Path(__file__).resolve().parents[2]
OFFER = str(ROOT / "examples" / "offers" / "bigco-rsu.yaml")
DAY = dt.date(2026, 12, 10)


def _write_all(store: Store, client: Store) -> None:
    """Clients added, changed, noted and erased (records and all), the user's rows kept."""
    grace = add_client(store, "Grace  Hopper", email="g@example.com", note=None, cohort="spring")
    with pytest.raises(Conflict):
        add_client(store, "grace hopper", email=None, note=None, cohort=None)
    update_client(store, grace.id, cohort="autumn", next_checkin=DAY)
    update_client(store, client.owner, archived_on=DAY)
    assert find_client(store, "Grace Hopper").next_checkin == DAY
    sent = Event(EventKind.APPLICATION, DAY, "Contoso / MLE", "Contoso", "MLE")
    theirs = store.for_owner(grace.id)
    for owner in (store, client, theirs):
        add_events(owner, [sent], source="cli")
        add_note(owner, DAY, "prepared the counter")
    assert erase_owner(theirs) == {"coach_notes": 1, "tracking_events": 1}
    delete_client(store, grace.id)
    with pytest.raises(Conflict):
        erase_owner(store.for_owner(ALL_OWNERS))


def test_client_writes_give_the_same_rows_both_ways(tmp_path: Path) -> None:
    rows = both_ways(tmp_path, _write_all, ("clients", *RECORD_TABLES))
    assert [r[1] for r in rows["clients"]] == ["Ada"]
    assert [r[0] for r in rows["tracking_events"]] == [0, 1]  # the user's and Ada's kept


def test_client_commands_on_a_current_home_import_no_sqlalchemy(
    levelset_home: Path, tmp_path: Path
) -> None:
    assert "sqlalchemy" in loaded(levelset_home, "offer", "add", OFFER)  # made and migrated
    for args in (
        ("client", "add", "Ada Park", "--cohort", "spring"),
        ("client", "cohort", "Ada Park", "autumn"),
        ("client", "checkin", "Ada Park", _SOON),
        ("client", "note", "Ada Park", "prepared the counter"),
        ("client", "archive", "Ada Park"),
        ("client", "export", "Ada Park", "--output", str(tmp_path / "ada.zip")),
        ("client", "erase", "Ada Park", "--yes"),
    ):
        assert "sqlalchemy" not in loaded(levelset_home, *args, "--json"), args
