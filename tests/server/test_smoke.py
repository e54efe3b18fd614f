from __future__ import annotations

from fastapi.testclient import TestClient

from tests.server.world import BASE, PASSWORD, World


def test_a_client_signs_in_and_sees_their_own_dashboard(world: World) -> None:
    with TestClient(world.server(), base_url=BASE) as browser:
        page = browser.get("/server/login")
        token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
        done = browser.post(
            "/server/login",
            data={"email": "alice@client.test", "password": PASSWORD, "csrf_token": token},
        )
        assert done.status_code == 200, done.text[:500]
        home = browser.get("/tracking")
        assert home.status_code == 200
        assert "Alicemarker" in home.text
        assert "Bobmarker" not in home.text
