"""Two organisations of a coaching server, with look-alike clients, built through the use cases.

Organisation A: an admin, coach1 (Alice, Bob and Dana share with them; Dana then revokes),
coach2 (nobody). Organisation B: an admin and a coach whom Erin shares with. Every client has
the same company and title and a marker word of their own in their records.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from levelset.app import accounts, invitations, server_setup
from levelset.app.accounts import ServerPolicy, Signed
from levelset.app.profile import set_profile
from levelset.app.tracking import EventFields, log_event
from levelset.app.workspace import Workspace
from levelset.server.app import create_server
from levelset.server.settings import ServerSettings

PASSWORD = "correct horse battery staple"
COMPANY = "Northwind Cloud"
BASE = "https://levelset.test"
SETUP = ServerPolicy(per_address=10_000, per_email=10_000)
CLIENTS = {  # name: (organisation, coach, marker)
    "Alice": ("A", "coach1@a.test", "Alicemarker"),
    "Bob": ("A", "coach1@a.test", "Bobmarker"),
    "Dana": ("A", "coach1@a.test", "Danamarker"),
    "Erin": ("B", "coach@b.test", "Erinmarker"),
}


@dataclass
class MovableClock:
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def today(self) -> dt.date:
        return self.at.date()

    def now(self) -> dt.datetime:
        return self.at


@dataclass
class World:
    home: Path
    admin_url: str
    app_url: str
    clock: MovableClock
    orgs: dict[str, int] = field(default_factory=dict)
    client_ids: dict[str, int] = field(default_factory=dict)
    emails: dict[str, str] = field(default_factory=dict)

    def server(self, policy: ServerPolicy | None = None) -> Any:
        settings = ServerSettings(
            database_url=self.app_url,
            home=self.home,
            secret=b"s" * 32,
            policy=policy or ServerPolicy(),
        )
        return create_server(settings, clock=self.clock)


def signed(ws: Workspace, email: str) -> Signed:
    token = accounts.sign_in(ws, email, PASSWORD, "setup", SETUP)
    found = accounts.resume(ws, token, SETUP)
    assert found is not None
    return found


def populate(world: World) -> None:
    ws = Workspace.at(world.home, database_url=world.admin_url, clock=world.clock)
    role = "levelset_app" if world.app_url != world.admin_url else None
    setup = server_setup.initialise(ws, "Org A", "admin@a.test", "Ann Admin", PASSWORD, None)
    world.orgs["A"] = setup.org
    world.orgs["B"] = accounts.create_organisation(ws, "Org B", "admin@b.test", "Bo", PASSWORD)
    for org, admin, coaches in (
        ("A", "admin@a.test", ("coach1", "coach2")),
        ("B", "admin@b.test", ("coach",)),
    ):
        boss = signed(ws, admin)
        for coach in coaches:
            email = f"{coach}@{org.lower()}.test"
            accounts.add_staff(ws, boss, email, f"{coach.title()} {org}", "coach", PASSWORD)
    for name, (_org, coach, marker) in CLIENTS.items():
        token = invitations.invite(ws, signed(ws, coach), name, f"{name.lower()}@client.test")
        invitations.accept(ws, token, name, PASSWORD, share=True)
        client = signed(ws, f"{name.lower()}@client.test")
        assert client.user.client_id is not None
        world.client_ids[name] = client.user.client_id
        seed(ws.seen_as(client.org, client.user.client_id, name), marker)
    dana = signed(ws, "dana@client.test")
    coach1 = signed(ws, "coach1@a.test")
    assert invitations.revoke(ws, dana, coach1.user.id) == 1
    if role:  # what `server init --app-role` does
        from levelset.store.roles import grant_to

        grant_to(ws.store, role)
    ws.close()


def seed(ws: Workspace, marker: str) -> None:
    set_profile(ws, name=marker, title="ML Engineer", level="senior", places=["Seattle, WA"])
    fields = EventFields(
        kind="application", date="2026-11-01", company=COMPANY, role="ML Engineer", note=marker
    )
    log_event(ws, fields, "test")


_APP_ROLE = """
DO $$ BEGIN
  CREATE ROLE levelset_app LOGIN NOSUPERUSER NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$
"""


def postgres_world(home: Path) -> Iterator[World]:
    server = make_url(os.environ["LEVELSET_TEST_POSTGRES_URL"])
    name = f"levelset_server_{uuid.uuid4().hex[:10]}"
    root = create_engine(server, isolation_level="AUTOCOMMIT")
    with root.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        # the role belongs to the whole server: another test run may make it at the same moment
        conn.execute(text(_APP_ROLE))
    admin_url = server.set(database=name).render_as_string(hide_password=False)
    app_url = server.set(database=name, username="levelset_app", password=None)
    world = World(home, admin_url, app_url.render_as_string(hide_password=False), MovableClock())
    try:
        populate(world)
        yield world
    finally:
        with root.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        root.dispose()


def sqlite_world(home: Path) -> Iterator[World]:
    url = f"sqlite:///{home / 'server.db'}"
    home.mkdir(parents=True, exist_ok=True)
    world = World(home, url, url, MovableClock())
    populate(world)
    yield world
