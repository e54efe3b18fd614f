"""`levelset server init` run again for a second organisation: an admin address that an
account on the server already has is refused before anything is written, so no organisation
is left without its admin."""

from __future__ import annotations

import os
import threading
import time
import uuid
from pathlib import Path

import pytest

from tests.cli.runner import run_cli

pytest.importorskip("argon2")


def _init(url: str, organisation: str, email: str, password: Path) -> tuple[int, str]:
    found = run_cli(
        "server", "init", "--database", url, "--organisation", organisation,
        "--admin-email", email, "--password-file", str(password),
    )  # fmt: skip
    return found.exit_code, found.stdout + found.stderr


def test_an_admin_address_already_taken_leaves_no_organisation_behind(tmp_path: Path) -> None:
    from levelset.app.workspace import Workspace
    from levelset.store.accounts import org_of_email, organisation_ids

    password = tmp_path / "password.txt"
    password.write_text("a long trial password 42\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    assert _init(url, "Acme", "a@example.com", password)[0] == 0
    code, said = _init(url, "Beta", " A@Example.com", password)
    assert code == 4, said
    assert "an account for A@Example.com already exists" in said
    assert "Traceback" not in said
    assert _init(url, "Beta", "b@example.com", password)[0] == 0
    ws = Workspace.at(tmp_path / "home", database_url=url)
    try:
        orgs = organisation_ids(ws.store)
        assert len(orgs) == 2  # Acme and the second Beta: the refused one wrote nothing
        assert org_of_email(ws.store, "a@example.com") == orgs[0]
        assert org_of_email(ws.store, "b@example.com") == orgs[1]
    finally:
        ws.close()


@pytest.mark.skipif(
    not os.environ.get("LEVELSET_TEST_POSTGRES_URL"),
    reason="set LEVELSET_TEST_POSTGRES_URL to run on PostgreSQL",
)
def test_an_address_taken_between_the_check_and_the_admin_leaves_no_organisation(
    tmp_path: Path,
) -> None:
    """Two `server init` runs with one admin address at once: the address is free when the
    second checks it, then the first's uncommitted row holds it. The second's admin fails on
    the unique address, and its organisation must go with it (it was left without an admin)."""
    from sqlalchemy import create_engine, make_url, text

    from levelset.app import server_setup
    from levelset.app.workspace import Workspace
    from levelset.store.accounts import organisation_ids

    server = make_url(os.environ["LEVELSET_TEST_POSTGRES_URL"])
    name = f"levelset_race_{uuid.uuid4().hex[:10]}"
    root = create_engine(server, isolation_level="AUTOCOMMIT")
    with root.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    ws = Workspace.at(tmp_path / "home", database_url=url)
    other = create_engine(url)
    try:
        first = server_setup.create_organisation(
            ws, "Acme", "a@example.com", "Ada", "a long trial password 42"
        )
        failed: list[BaseException] = []
        with other.connect() as holder, holder.begin():  # another init, not yet committed
            holder.execute(
                text("INSERT INTO account_emails (email_key, org_id) VALUES (:k, :o)"),
                {"k": "same@example.com", "o": first},
            )

            def second() -> None:
                try:
                    server_setup.create_organisation(
                        ws, "Beta", "same@example.com", "Bo", "a long trial password 42"
                    )
                except BaseException as error:  # the test reads it below
                    failed.append(error)

            racer = threading.Thread(target=second)
            racer.start()
            _wait_for_a_lock_wait(holder)  # the second's admin is queued behind the held key
        racer.join(timeout=60)  # the holder committed: the second's insert fails now
        assert not racer.is_alive()
        assert len(failed) == 1, failed
        assert "account_emails" in str(failed[0])  # the unique address (the doors: exit 4)
        assert organisation_ids(ws.store) == [first]  # Beta is gone, Acme untouched
    finally:
        ws.close()
        other.dispose()
        with root.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        root.dispose()


def _wait_for_a_lock_wait(connection: object, seconds: float = 30.0) -> None:
    """Until another session of this database waits on a lock (the racing insert)."""
    from sqlalchemy import text

    deadline = time.monotonic() + seconds
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
    )
    while time.monotonic() < deadline:
        if connection.execute(query).scalar():  # type: ignore[attr-defined]
            return
        time.sleep(0.05)
    raise AssertionError("the second organisation's admin never waited on the address")


def test_only_an_organisation_without_accounts_is_removed(tmp_path: Path) -> None:
    from levelset.app.workspace import Workspace
    from levelset.store import new_accounts
    from levelset.store.accounts import organisation_ids

    password = tmp_path / "password.txt"
    password.write_text("a long trial password 42\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    assert _init(url, "Acme", "a@example.com", password)[0] == 0
    ws = Workspace.at(tmp_path / "home", database_url=url)
    try:
        acme = organisation_ids(ws.store)[0]
        empty = new_accounts.add_organisation(ws.store, "Beta")
        new_accounts.remove_empty_organisation(ws.store, acme)  # its admin keeps it
        new_accounts.remove_empty_organisation(ws.store, empty)
        assert organisation_ids(ws.store) == [acme]
    finally:
        ws.close()
