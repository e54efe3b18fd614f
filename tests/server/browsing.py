"""Signing in as one person of the test world, the way a browser does."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from tests.server.world import BASE, PASSWORD

TOKEN = re.compile(r'name="csrf-token" content="([^"]+)"')
SESSION = "__Host-levelset-session"


def form_token(browser: TestClient, path: str = "/server/login") -> str:
    found = TOKEN.search(browser.get(path).text)
    assert found, path
    return found.group(1)


def sign_in(app: Any, email: str | None, password: str = PASSWORD) -> TestClient:
    browser = TestClient(app, base_url=BASE, follow_redirects=False)
    browser.__enter__()
    if email is not None:
        answer = browser.post(
            "/server/login",
            data={"email": email, "password": password, "csrf_token": form_token(browser)},
        )
        assert answer.status_code == 303, answer.text[:300]
    return browser


def post(browser: TestClient, path: str, **data: Any) -> Any:
    token = form_token(
        browser, "/server/account" if SESSION in browser.cookies else "/server/login"
    )
    return browser.post(path, data={**data, "csrf_token": token})
