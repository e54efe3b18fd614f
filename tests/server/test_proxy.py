"""X-Forwarded-For counts only from a configured proxy: the per-address sign-in limit sees
the real client behind a trusted proxy, and the connecting address otherwise."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from levelset.app.accounts import ServerPolicy
from levelset.server.app import create_server
from levelset.server.settings import ServerSettings
from tests.server.browsing import form_token
from tests.server.world import BASE, World


def _codes(world: World, proxies: tuple[str, ...]) -> list[int]:
    settings = ServerSettings(
        database_url=world.app_url,
        home=world.home,
        secret=b"s" * 32,
        forwarded_allow_ips=proxies,
        policy=ServerPolicy(per_address=2, per_email=1000, lock_after=1000),
    )
    browser = TestClient(create_server(settings, clock=world.clock), base_url=BASE)
    codes = []
    for n in range(3):
        data = {
            "email": "nobody@x.test",
            "password": "wrong password!",
            "csrf_token": form_token(browser),
        }
        headers = {"x-forwarded-for": f"203.0.113.{n + 1}"}
        codes.append(browser.post("/server/login", data=data, headers=headers).status_code)
    return codes


def test_forwarded_addresses_count_only_from_configured_proxies(world: World) -> None:
    world.clock.at += dt.timedelta(minutes=10)
    assert _codes(world, ("testclient",)) == [401, 401, 401]  # three real clients
    world.clock.at += dt.timedelta(minutes=10)
    assert _codes(world, ("192.0.2.1",)) == [401, 401, 429]  # one caller, whatever it claims
