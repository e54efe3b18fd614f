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


def test_a_page_reads_in_one_transaction_on_postgresql_and_writes_still_land(
    pg_world: World,
) -> None:
    """A signed-in page's dozen reads share one read-only transaction (with the tenant) on
    PostgreSQL; a change made through the page is seen on the next page; other clients'
    records stay out."""
    from sqlalchemy import event

    server = pg_world.server()
    engine = server.app.state.workspace.store.engine  # inside the proxy-headers middleware
    begun: list[bool] = []

    def counted(conn: object) -> None:
        begun.append(True)

    with TestClient(server, base_url=BASE) as browser:
        page = browser.get("/server/login")
        token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
        done = browser.post(
            "/server/login",
            data={"email": "alice@client.test", "password": PASSWORD, "csrf_token": token},
        )
        assert done.status_code == 200, done.text[:500]
        browser.get("/")  # the market store and caches warm
        event.listen(engine, "begin", counted)
        try:
            home = browser.get("/")
        finally:
            event.remove(engine, "begin", counted)
        assert home.status_code == 200
        assert "Bobmarker" not in home.text and "Erinmarker" not in home.text
        # the session's lookup, at most its touch, and the page's reads: not one per read
        assert 1 <= len(begun) <= 3, len(begun)
        board = browser.get("/tracking")
        assert "Alicemarker" in board.text and "Bobmarker" not in board.text
