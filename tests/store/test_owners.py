"""The owner key: a store from before clients upgrades in place; names are unique per owner;
every statement is scoped to the store's owner."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import except_, func, select, text, union, union_all

from levelset.app.workspace import SystemClock
from levelset.errors import Conflict
from levelset.paths import Paths
from levelset.store import open_store
from levelset.store.clients import add_client, erase_owner
from levelset.store.negotiations_tables import negotiations_table
from levelset.store.ownership import ALL_OWNERS
from levelset.store.proof_tables import proof_sources
from levelset.store.records import record_tables

LEGACY = Path(__file__).with_name("records_m0006.sql")


def _legacy(paths: Paths) -> None:
    db = sqlite3.connect(paths.records_db)
    db.executescript(LEGACY.read_text())
    db.close()


def test_a_store_from_before_clients_keeps_every_row_as_the_own_records(paths: Paths) -> None:
    _legacy(paths)
    before = _counts(paths)
    store = open_store(paths, now=SystemClock().now)
    store.close()
    after = _counts(paths)
    assert {table: after[table] for table in before} == before
    assert list(Path(paths.backups).iterdir())  # the upgrade backed the store up first
    db = sqlite3.connect(paths.records_db)
    for table in record_tables():
        owners = db.execute(f"SELECT DISTINCT client_id FROM {table.name}").fetchall()
        assert owners in ([], [(0,)]), table.name
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT note FROM negotiation_events").fetchall() == [("called",)]
    db.close()


def _counts(paths: Paths) -> dict[str, int]:
    db = sqlite3.connect(paths.records_db)
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    counts = {n: db.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}
    db.close()
    return {
        n: c for n, c in counts.items() if n not in {"schema_migrations", "clients", "coach_notes"}
    }


@pytest.mark.parametrize("legacy", [False, True])
def test_names_are_unique_per_owner_not_per_store(paths: Paths, legacy: bool) -> None:
    if legacy:
        _legacy(paths)
    store = open_store(paths, now=SystemClock().now)
    client = store.for_owner(add_client(store, "Ada", email=None, note=None, cohort=None).id)
    for owner in (store, client):
        with owner.begin() as conn:
            conn.execute(
                negotiations_table.insert().values(
                    company="Beta", company_key="beta", created_at=store.now()
                )
            )
    with pytest.raises(Exception, match="UNIQUE"), client.begin() as conn:
        conn.execute(
            negotiations_table.insert().values(
                company="Beta", company_key="beta", created_at=store.now()
            )
        )
    with store.begin() as conn:
        keys = conn.execute(select(negotiations_table.c.company_key)).scalars().all()
    with client.begin() as conn:
        theirs = conn.execute(select(negotiations_table.c.company_key)).scalars().all()
    assert sorted(keys) == (["acme", "beta"] if legacy else ["beta"])
    assert theirs == ["beta"]
    store.close()


def test_every_statement_is_scoped_and_the_cross_owner_view_is_read_only(paths: Paths) -> None:
    store = open_store(paths, now=SystemClock().now)
    ada = store.for_owner(add_client(store, "Ada", email=None, note=None, cohort=None).id)
    for owner, name in ((store, "mine.md"), (ada, "hers.md")):
        with owner.begin() as conn:
            conn.execute(
                proof_sources.insert().values(
                    name=name, channel="resume", digest="x", document="{}", imported_at=store.now()
                )
            )
    nested = select(proof_sources.c.name).where(proof_sources.c.id.in_(select(proof_sources.c.id)))
    with ada.begin() as conn:
        assert conn.execute(nested).scalars().all() == ["hers.md"]
        conn.execute(proof_sources.update().values(digest="y"))
        conn.execute(text("SELECT 1"))
    with store.begin() as conn:
        assert conn.execute(select(proof_sources.c.digest)).scalars().all() == ["x"]
    everyone = store.for_owner(ALL_OWNERS)
    with everyone.begin() as conn:
        assert sorted(conn.execute(select(proof_sources.c.name)).scalars()) == [
            "hers.md",
            "mine.md",
        ]
    with pytest.raises(Conflict, match="read-only"), everyone.begin() as conn:
        conn.execute(proof_sources.delete())
    assert erase_owner(ada) == {"proof_sources": 1}
    with everyone.begin() as conn:
        assert conn.execute(select(proof_sources.c.name)).scalars().all() == ["mine.md"]
    store.close()


def test_a_union_or_except_at_the_top_is_scoped_to_one_owner_and_one_tenant(
    paths: Paths,
) -> None:
    """A compound SELECT is not a SELECT: each of its parts gets the owner and tenant too."""
    store = open_store(paths, now=SystemClock().now)
    ada = store.for_owner(add_client(store, "Ada", email=None, note=None, cohort=None).id)
    elsewhere = store.for_tenant(2)
    for owner, name in ((store, "mine.md"), (ada, "hers.md"), (elsewhere, "theirs.md")):
        with owner.begin() as conn:
            conn.execute(
                proof_sources.insert().values(
                    name=name, channel="resume", digest="x", document="{}", imported_at=store.now()
                )
            )
    names = select(proof_sources.c.name)
    for compound, expected in (
        (union_all(names, names), ["hers.md", "hers.md"]),
        (union(names, names.where(proof_sources.c.id > 0)), ["hers.md"]),
        (except_(names, names.where(proof_sources.c.name == "nobody")), ["hers.md"]),
    ):
        with ada.read() as conn:
            assert sorted(conn.execute(compound).scalars()) == expected
    with elsewhere.read() as conn:
        assert conn.execute(union_all(names, names)).scalars().all() == ["theirs.md"] * 2
    counted = select(func.count()).select_from(proof_sources)
    inside = select(proof_sources.c.id).where(proof_sources.c.name != "hers.md").exists()
    scalar = select(proof_sources.c.name).limit(1).scalar_subquery()
    with ada.read() as conn:
        assert conn.execute(counted).scalar() == 1
        assert conn.execute(select(inside)).scalar() is False  # the others' rows are not seen
        assert conn.execute(select(scalar)).scalar() == "hers.md"
    store.close()


def test_every_table_of_the_store_is_a_record_table_with_an_owner_key() -> None:
    """A new table must declare `owner_column()`, be wrapped in `owned()` and have its module
    in `store.records.RECORD_MODULES` (erase, export and the migration read that list)."""
    import importlib
    import pkgutil

    import levelset.store
    from levelset.store.ownership import OWNED
    from levelset.store.schema import metadata

    for info in pkgutil.iter_modules(levelset.store.__path__):
        importlib.import_module(f"levelset.store.{info.name}")
    server = {"users", "password_resets", "sessions", "invitations", "consents", "audit_log"}
    server |= {"jobs", "oidc_providers", "oidc_logins"}
    bookkeeping = {"record_versions"}  # about records, not records: never erased or exported
    unowned = sorted(
        set(metadata.tables) - set(OWNED) - {"clients"} - server - bookkeeping - GLOBAL
    )
    assert unowned == []
    assert sorted(t.name for t in record_tables()) == sorted(OWNED)


GLOBAL = {"organisations", "account_emails", "login_attempts"}  # read before signing in


def test_every_table_but_the_sign_in_directory_belongs_to_one_organisation() -> None:
    import importlib
    import pkgutil

    import levelset.store
    from levelset.store.ownership import TENANT_KEY, TENANTED
    from levelset.store.schema import metadata

    for info in pkgutil.iter_modules(levelset.store.__path__):
        importlib.import_module(f"levelset.store.{info.name}")
    assert sorted(set(metadata.tables) - set(TENANTED)) == sorted(GLOBAL)
    assert all(TENANT_KEY in t.c for t in TENANTED.values())


def test_offer_numbers_count_within_each_owner_and_the_upgrade_numbers_old_offers(
    paths: Paths,
) -> None:
    from levelset.store import migrations
    from levelset.store.migrations import m0013_offer_numbers
    from levelset.store.offers import add_offers, get_offer, list_offers

    store = open_store(paths, now=SystemClock().now)
    client = store.for_owner(add_client(store, "Ada", email=None, note=None, cohort=None).id)
    offer = _offer()
    assert [s.id for s in add_offers(store, [offer, offer])] == [1, 2]
    assert [s.id for s in add_offers(client, [offer])] == [1]
    assert [s.id for s in add_offers(client, [offer])] == [2]
    assert [s.id for s in list_offers(client)] == [1, 2] and len(list_offers(store)) == 2
    with store.begin() as conn:  # as before this upgrade: no numbers yet
        conn.execute(text("UPDATE offers SET number = NULL"))
        conn.execute(text("DROP INDEX uq_offers_owner_number"))
    with store.engine.begin() as conn:
        m0013_offer_numbers.upgrade(conn)
    assert [s.id for s in list_offers(client)] == [1, 2]
    assert get_offer(client, 2).offer.company == offer.company
    assert "m0013_offer_numbers" in {m.name for m in migrations.discover()}
    store.close()


def _offer():  # type: ignore[no-untyped-def]
    import yaml

    from levelset.offers.fileformat import parse_offer

    examples = Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml"
    return parse_offer(yaml.safe_load(examples.read_text()), source="bigco-rsu.yaml")
