"""Signing in through an organisation's OpenID Connect provider, against a real provider over
HTTP on loopback (tests/server/oidc_provider.py): PKCE, state and nonce checked, the address
verified and matched to an invited account, never an account made."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

pytest.importorskip("authlib")

from fastapi.testclient import TestClient

from levelset.app.workspace import Workspace
from levelset.store import accounts
from tests.server.browsing import SESSION, post, sign_in
from tests.server.oidc_provider import CLIENT_ID, SECRET, Provider, serving
from tests.server.world import BASE, World


@pytest.fixture(scope="module")
def provider(world: World) -> Iterator[Provider]:
    with serving() as running:
        admin = sign_in(world.server(), "admin@a.test")
        saved = post(
            admin,
            "/server/admin/oidc",
            issuer=running.issuer,
            client_id=CLIENT_ID,
            client_secret=SECRET,
        )
        assert saved.status_code == 303, saved.text[:300]
        yield running


def _leave(browser: TestClient, org: int) -> str:
    """Start signing in: the provider's authorization address the server sends us to."""
    answer = browser.get(f"/server/oidc/{org}/start")
    assert answer.status_code == 303, answer.text[:300]
    return str(answer.headers["location"])


def _come_back(provider: Provider, address: str) -> str:
    """What the provider sends the browser back with (real HTTP to the provider)."""
    answer = httpx.get(address, follow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text
    back = urlsplit(answer.headers["location"])
    assert back.path == "/server/oidc/callback"
    return f"{back.path}?{back.query}"


def _round_trip(world: World, provider: Provider, email: str, **user: Any) -> tuple[Any, Any]:
    provider.user = {"email": email, "email_verified": True, **user}
    browser = TestClient(world.server(), base_url=BASE, follow_redirects=False)
    callback = _come_back(provider, _leave(browser, world.orgs["A"]))
    return browser, browser.get(callback)


def _signed_in_as(browser: TestClient) -> str:
    page = browser.get("/server/account")
    return page.text if page.status_code == 200 else ""


def test_an_invited_account_signs_in_through_the_provider(world: World, provider: Provider) -> None:
    checked = provider.pkce_checked
    browser, answer = _round_trip(world, provider, "Bob@Client.test")
    assert answer.status_code == 303, answer.text[:300]
    assert answer.headers["location"] == "/"
    assert answer.cookies.get(SESSION)
    assert "bob@client.test" in _signed_in_as(browser)
    assert provider.pkce_checked == checked + 1  # the verifier matched the challenge sent


def test_the_authorization_request_carries_pkce_state_and_nonce(
    world: World, provider: Provider
) -> None:
    browser = TestClient(world.server(), base_url=BASE, follow_redirects=False)
    query = parse_qs(urlsplit(_leave(browser, world.orgs["A"])).query)
    assert query["code_challenge_method"] == ["S256"] and len(query["code_challenge"][0]) == 43
    assert query["state"][0].startswith(f"{world.orgs['A']}.") and query["nonce"][0]
    assert query["client_id"] == [CLIENT_ID]
    assert query["redirect_uri"] == [f"{BASE}/server/oidc/callback"]
    assert "openid" in query["scope"][0].split()


def test_no_account_is_made_for_an_address_without_an_invitation(
    world: World, provider: Provider
) -> None:
    ws = Workspace.at(world.home, database_url=world.admin_url)
    before = len(accounts.list_users(ws.store.for_tenant(world.orgs["A"])))
    browser, answer = _round_trip(world, provider, "stranger@elsewhere.test")
    assert answer.status_code == 401
    assert SESSION not in answer.headers.get("set-cookie", "")
    assert not _signed_in_as(browser)
    assert len(accounts.list_users(ws.store.for_tenant(world.orgs["A"]))) == before
    ws.close()


def test_an_account_of_another_organisation_is_refused(world: World, provider: Provider) -> None:
    browser, answer = _round_trip(world, provider, "erin@client.test")
    assert answer.status_code == 401
    assert not _signed_in_as(browser)


def test_an_address_the_provider_did_not_verify_is_refused(
    world: World, provider: Provider
) -> None:
    browser, answer = _round_trip(world, provider, "bob@client.test", email_verified=False)
    assert answer.status_code == 401
    assert not _signed_in_as(browser)


@pytest.mark.parametrize(
    "tamper",
    [
        {"claims": {"nonce": "a nonce this server never sent"}},
        {"claims": {"aud": "another-client"}},
        {"claims": {"iss": "http://127.0.0.1:1"}},
        {"claims": {"exp": 1_000_000_000}},
    ],
    ids=["nonce", "audience", "issuer", "expired"],
)
def test_an_id_token_that_fails_its_checks_is_refused(
    world: World, provider: Provider, tamper: dict[str, Any]
) -> None:
    provider.tamper = tamper
    try:
        browser, answer = _round_trip(world, provider, "bob@client.test")
    finally:
        provider.tamper = {}
    assert answer.status_code == 401, answer.text[:300]
    assert not _signed_in_as(browser)


def test_an_id_token_signed_with_another_key_is_refused(world: World, provider: Provider) -> None:
    from joserfc.jwk import RSAKey

    other = RSAKey.generate_key(2048, parameters={"kid": "test-key"})
    provider.tamper = {"key": other}
    try:
        browser, answer = _round_trip(world, provider, "bob@client.test")
    finally:
        provider.tamper = {}
    assert answer.status_code == 401
    assert not _signed_in_as(browser)


def test_a_state_is_spent_once_and_only_in_the_browser_that_started(
    world: World, provider: Provider
) -> None:
    provider.user = {"email": "bob@client.test", "email_verified": True}
    first = TestClient(world.server(), base_url=BASE, follow_redirects=False)
    callback = _come_back(provider, _leave(first, world.orgs["A"]))
    other = TestClient(world.server(), base_url=BASE, follow_redirects=False)
    other.get("/server/login")  # its own pre-session cookie
    assert other.get(callback).status_code == 404
    assert not _signed_in_as(other)
    assert first.get(callback).status_code == 303
    assert first.get(callback).status_code == 404  # spent


def test_a_made_up_state_or_a_provider_error_signs_nobody_in(world: World) -> None:
    browser = TestClient(world.server(), base_url=BASE, follow_redirects=False)
    org = world.orgs["A"]
    assert browser.get(f"/server/oidc/callback?state={org}.madeup&code=x").status_code == 404
    assert browser.get("/server/oidc/callback?error=access_denied").status_code == 401
    assert not _signed_in_as(browser)


def test_a_discovery_document_naming_another_issuer_is_refused(
    world: World, provider: Provider
) -> None:
    provider.tamper = {"discovery": {"issuer": "https://impostor.test"}}
    try:
        browser = TestClient(world.server(), base_url=BASE, follow_redirects=False)
        answer = browser.get(f"/server/oidc/{world.orgs['A']}/start")
    finally:
        provider.tamper = {}
    assert answer.status_code == 503
    assert "impostor" not in answer.headers.get("location", "")


def test_an_organisation_without_a_provider_has_no_provider_sign_in(world: World) -> None:
    browser = TestClient(world.server(), base_url=BASE, follow_redirects=False)
    assert browser.get(f"/server/oidc/{world.orgs['B']}/start").status_code == 404


def test_only_an_admin_sets_the_provider_and_the_secret_is_never_shown(
    world: World, provider: Provider
) -> None:
    coach = sign_in(world.server(), "coach1@a.test")
    refused = post(coach, "/server/admin/oidc", issuer="https://x.test", client_id="c")
    assert refused.status_code == 403
    admin = sign_in(world.server(), "admin@a.test")
    page = admin.get("/server/admin")
    assert provider.issuer in page.text and SECRET not in page.text
    bad = post(admin, "/server/admin/oidc", issuer="http://idp.example", client_id="c")
    assert bad.status_code == 400  # plain http off loopback
