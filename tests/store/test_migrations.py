from pathlib import Path

from sqlalchemy import inspect, text

from levelset.app.workspace import SystemClock
from levelset.paths import Paths
from levelset.store import open_store
from levelset.store.migrations import discover, schema_migrations


def test_every_migration_is_applied_once_and_recorded(store) -> None:
    names = [m.name for m in discover()]
    with store.begin() as conn:
        recorded = list(conn.execute(schema_migrations.select()).mappings())
    assert [r["name"] for r in recorded] == sorted(names)
    assert "profile" in inspect(store.engine).get_table_names()


def test_reopening_applies_nothing_and_keeps_rows(paths: Paths) -> None:
    first = open_store(paths, now=SystemClock().now)
    with first.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO profile (id, locations, track, currency, updated_at) "
                "VALUES (1, '[]', 'ic', 'USD', CURRENT_TIMESTAMP)"
            )
        )
    first.close()
    again = open_store(paths, now=SystemClock().now)
    with again.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM profile")).scalar() == 1
    again.close()


def test_a_new_database_makes_no_backup(paths: Paths) -> None:
    open_store(paths, now=SystemClock().now).close()
    assert list(Path(paths.backups).iterdir()) == []


def test_the_expected_schema_moves_forward_as_a_fresh_replay_gives_it() -> None:
    # one scratch database moved forward by each migration applied (a fresh database's first
    # run replayed every done migration before each new one); the same schema either way
    from levelset.store.migrations import Expected, discover

    names = [m.name for m in discover()]
    moving = Expected()
    try:
        for upto in range(len(names) + 1):
            done = set(names[:upto])
            assert moving.schema(done) == Expected(once=True).schema(done)
        # asked for fewer than it replayed (not a run moving forward): replayed from the start
        fewer = set(names[:3])
        assert moving.schema(fewer) == Expected(once=True).schema(fewer)
    finally:
        moving.close()
