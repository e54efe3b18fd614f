"""The rules that keep the local app local: Host allowlist, cross-site refusal, tokens,
headers and upload limits."""

from __future__ import annotations

import pytest

from levelset.web.security import SecurityPolicy, cross_site_reason
from tests.web.conftest import BASE, Browser


@pytest.mark.parametrize(
    "host", ["evil.example", "127.0.0.1.evil.example", "localhost:9999", "10.0.0.5:8765", ""]
)
def test_a_foreign_host_header_is_refused(client: Browser, host: str) -> None:
    response = client.get("/", headers={"host": host})
    assert response.status_code == 400
    assert response.json()["error"] == "bad_host"


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765"])
def test_loopback_names_with_our_port_are_served(client: Browser, host: str) -> None:
    assert client.get("/", headers={"host": host}).status_code == 200


def test_without_a_known_port_any_loopback_port_passes() -> None:
    policy = SecurityPolicy(port=None)
    assert policy.allowed_host("localhost:1234")
    assert policy.allowed_host("[::1]:80")
    assert not policy.allowed_host("localhost.evil:1234")
    assert not policy.allowed_host("localhost:12ab")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/profile"),
        ("POST", "/no/such/path"),
        ("POST", "/narrative/score.json"),
        ("PUT", "/index.json"),
        ("PATCH", "/offers"),
        ("DELETE", "/static/app.css"),
    ],
)
def test_a_cross_site_state_change_is_refused_on_any_path(
    client: Browser, path: str, method: str
) -> None:
    token = client.token()
    response = client.request(
        method,
        path,
        data={"csrf_token": token, "title": "Hacked"},
        headers={
            "sec-fetch-site": "cross-site",
            "origin": "https://evil.example",
            "accept": "application/json",
        },
    )
    assert response.status_code == 403
    assert response.json()["error"] == "forbidden"
    assert client.get("/index.json").json()["target"]["profile"]["target_title"] is None


def test_a_foreign_origin_without_fetch_metadata_is_refused(client: Browser) -> None:
    response = client.post(
        "/profile", data={"csrf_token": client.token()}, headers={"origin": "http://evil.example"}
    )
    assert response.status_code == 403


def test_same_site_is_not_same_origin() -> None:
    reason = cross_site_reason("POST", "127.0.0.1:8765", {"sec-fetch-site": "same-site"})
    assert reason is not None and "same-site" in reason
    assert cross_site_reason("GET", "127.0.0.1:8765", {"sec-fetch-site": "cross-site"}) is None
    assert cross_site_reason("POST", "127.0.0.1:8765", {"origin": BASE}) is None


def test_a_post_without_the_token_is_refused(client: Browser) -> None:
    headers = {"origin": BASE, "sec-fetch-site": "same-origin"}
    missing = client.post("/profile", data={"title": "X"}, headers=headers)
    wrong = client.post("/profile", data={"title": "X", "csrf_token": "0" * 64}, headers=headers)
    assert missing.status_code == wrong.status_code == 403
    assert client.get("/index.json").json()["target"]["profile"]["target_title"] is None


def test_the_token_belongs_to_one_session(client: Browser, app: object) -> None:
    from tests.web.conftest import TestClient

    token = client.token()
    with TestClient(app, base_url=BASE) as other:  # type: ignore[arg-type]
        refused = other.post("/profile", data={"title": "X", "csrf_token": token})
    assert refused.status_code == 403


def test_the_session_cookie_is_http_only_and_strict(client: Browser) -> None:
    cookie = client.get("/").headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


@pytest.mark.parametrize("path", ["/", "/index.json", "/market", "/nope", "/static/app.css"])
def test_security_headers_are_on_every_answer(client: Browser, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


@pytest.mark.parametrize("path", ["/", "/index.json", "/market", "/market.json"])
def test_data_pages_are_not_cached(client: Browser, path: str) -> None:
    assert client.get(path).headers["cache-control"] == "no-store"


def test_pages_have_no_inline_script(client: Browser) -> None:
    html = client.get("/").text
    assert "<script>" not in html and "onclick" not in html
    assert '<script src="/static/app.js?v=' in html


def test_a_body_above_the_limit_is_refused_with_413(paths: object) -> None:
    from levelset.app.workspace import Workspace
    from levelset.web.app import create_app
    from tests.web.conftest import TestClient

    small = create_app(Workspace.at(paths.home), port=8765, max_upload_bytes=1024)  # type: ignore[arg-type]
    with TestClient(small, base_url=BASE) as raw:
        response = Browser(raw).submit(
            "/profile", {"positioning": "x" * 4096}, headers={"accept": "application/json"}
        )
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"


def test_every_form_carries_the_session_token(client: Browser) -> None:
    import re

    client.submit("/offers", {"company": "Acme", "base": "100000"})
    client.submit("/negotiation", {"offer_id": "1"})
    token = client.token()
    for path in ("/", "/offers", "/proof", "/negotiation", "/negotiation/Acme", "/tracking"):
        html = client.get(path).text
        posts = html.count('method="post"')
        assert posts, path
        assert html.count(f'name="csrf_token" value="{token}"') == posts, path
    assert not re.search(r'name="csrf_token" value=""', html)


def test_a_streamed_body_above_the_limit_is_refused_with_413(paths: object) -> None:
    from levelset.app.workspace import Workspace
    from levelset.web.app import create_app
    from tests.web.conftest import TestClient

    small = create_app(Workspace.at(paths.home), port=8765, max_upload_bytes=1024)  # type: ignore[arg-type]
    with TestClient(small, base_url=BASE) as raw:
        browser = Browser(raw)
        token = browser.token()

        def chunks() -> object:
            for _ in range(16):
                yield b"x" * 512

        response = raw.post(
            "/narrative/score.json",
            content=chunks(),
            headers={"content-type": "application/json", "x-csrf-token": token},
        )
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"


# Defect 7: other local users can reach the port, but not read or change anything.


@pytest.mark.parametrize("path", ["/", "/offers.json", "/index.json", "/market", "/nope"])
def test_a_request_without_the_access_token_is_refused(app: object, path: str) -> None:
    from tests.web.conftest import AnonymousClient

    with AnonymousClient(app, base_url=BASE) as stranger:  # type: ignore[arg-type]
        response = stranger.get(path, headers={"accept": "application/json"})
        posted = stranger.post("/profile", data={"title": "X"}, headers={"origin": BASE})
    assert response.status_code == posted.status_code == 401
    assert response.json()["error"] == "unauthorized"
    assert "levelset serve" in response.json()["message"]


def test_the_secret_address_lets_a_browser_in_and_remembers_it(app: object) -> None:
    from levelset.web.security import ACCESS_COOKIE
    from tests.web.conftest import AnonymousClient

    token = app.state.policy.access_token  # type: ignore[attr-defined]
    with AnonymousClient(app, base_url=BASE) as browser:  # type: ignore[arg-type]
        first = browser.get(f"/?token={token}")
        assert first.status_code == 200
        assert f"{ACCESS_COOKIE}=" in first.headers["set-cookie"]
        assert "HttpOnly" in first.headers["set-cookie"]
        assert browser.get("/offers.json").status_code == 200  # the cookie, no token in the URL
    with AnonymousClient(app, base_url=BASE) as guesser:  # type: ignore[arg-type]
        assert guesser.get("/?token=" + "x" * 43).status_code == 401


def test_scripts_send_the_token_as_a_bearer_header(app: object) -> None:
    from tests.web.conftest import AnonymousClient

    token = app.state.policy.access_token  # type: ignore[attr-defined]
    with AnonymousClient(app, base_url=BASE) as script:  # type: ignore[arg-type]
        assert script.get("/index.json", headers={"authorization": f"Bearer {token}"}).is_success
        assert (
            script.get("/index.json", headers={"authorization": "Bearer nope"}).status_code == 401
        )


def test_static_assets_hold_nothing_private_and_need_no_token(app: object) -> None:
    from tests.web.conftest import AnonymousClient

    with AnonymousClient(app, base_url=BASE) as stranger:  # type: ignore[arg-type]
        assert stranger.get("/static/app.css").status_code == 200
