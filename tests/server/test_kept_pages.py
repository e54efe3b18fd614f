"""The dashboard is kept per client between requests and across them, and a change written
anywhere (another worker, a command) shows on the next page: two servers over one database
stand for two workers."""

from __future__ import annotations

from fastapi.testclient import TestClient

from levelset.app.profile import set_profile
from levelset.app.tracking import EventFields, log_event
from levelset.app.workspace import Workspace
from tests.server.world import BASE, PASSWORD, World


def _signed_in(browser: TestClient, email: str) -> None:
    page = browser.get("/server/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    done = browser.post(
        "/server/login", data={"email": email, "password": PASSWORD, "csrf_token": token}
    )
    assert done.status_code == 200, done.text[:500]


def _elsewhere(world: World, name: str) -> Workspace:
    """Another process's workspace over the same database, seen as one client."""
    ws = Workspace.at(world.home, database_url=world.app_url, clock=world.clock)
    org = world.orgs["A"]
    return ws.seen_as(org, world.client_ids[name], name)


def test_a_kept_dashboard_follows_a_change_made_by_another_worker(world: World) -> None:
    first, second = world.server(), world.server()
    with (
        TestClient(first, base_url=BASE) as alice,
        TestClient(first, base_url=BASE) as bob,
        TestClient(second, base_url=BASE) as alice_again,
    ):
        _signed_in(alice, "alice@client.test")
        _signed_in(bob, "bob@client.test")
        alice_again.cookies = alice.cookies
        for _ in range(2):  # built, then kept
            mine, his = alice.get("/").text, bob.get("/").text
            assert "Alicemarker, here is" in mine and "Bobmarker" not in mine
            assert '<span class="funnel-count">1</span> Applied' in mine
            assert "Bobmarker, here is" in his and "Alicemarker" not in his
        ws = _elsewhere(world, "Alice")
        try:
            set_profile(ws, name="Alicerenamed", title="ML Engineer", level="senior",
                        places=["Seattle, WA"])  # fmt: skip
            assert "Alicerenamed, here is" in alice.get("/").text
            assert "Alicerenamed" not in bob.get("/").text
            log_event(ws, EventFields(kind="application", date="2026-11-02",
                                      company="Contoso", role="MLE"), "test")  # fmt: skip
            assert '<span class="funnel-count">2</span> Applied' in alice.get("/").text
            set_profile(ws, name="Alicemarker", title="ML Engineer", level="senior",
                        places=["Seattle, WA"])  # fmt: skip
        finally:
            ws.close()
        assert "Alicemarker, here is" in alice_again.get("/").text
        assert "Alicemarker, here is" in alice.get("/").text
