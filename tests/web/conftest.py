"""An in-process client of the web app over this test's private LEVELSET_HOME."""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from levelset.app.workspace import SystemClock
from levelset.paths import Paths
from tests.market.market_home import clock

PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"

with warnings.catch_warnings():  # starlette suggests httpx2; httpx is what we ship with
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient as AnonymousClient


class TestClient(AnonymousClient):
    """A client that has opened the server's secret address: it carries the access cookie.

    Every request to the app needs the access token (web/security.py); tests that check the
    refusal use `AnonymousClient`.
    """

    def __init__(self, app: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(app, *args, **kwargs)
        from levelset.web.security import ACCESS_COOKIE

        policy = getattr(getattr(app, "state", None), "policy", None)
        if policy is not None:
            self.cookies.set(ACCESS_COOKIE, policy.access_token)


class Browser:
    """A TestClient that behaves like our own pages: it knows the session's form token."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def token(self) -> str:
        page = self.client.get("/")
        found = re.search(r'name="csrf-token" content="([0-9a-f]+)"', page.text)
        assert found, "every page carries the session token"
        return found.group(1)

    def submit(self, path: str, data: dict[str, Any], **kwargs: Any) -> Any:
        """POST a form the way a page does (token included, same-origin headers)."""
        headers = {"origin": BASE, "sec-fetch-site": "same-origin", **kwargs.pop("headers", {})}
        return self.client.post(
            path, data={**data, "csrf_token": self.token()}, headers=headers, **kwargs
        )

    def post_json(self, path: str, body: dict[str, Any]) -> Any:
        headers = {"origin": BASE, "sec-fetch-site": "same-origin", "x-csrf-token": self.token()}
        return self.client.post(path, json=body, headers=headers)


@pytest.fixture(scope="session")
def migrated_records(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A records database with every migration applied, made once for the session."""
    from levelset.store import open_store

    home = Paths(tmp_path_factory.mktemp("records-home")).ensure()
    open_store(home, now=SystemClock().now).close()
    return home.records_db


@pytest.fixture
def app(paths: Paths, migrated_records: Any) -> Any:
    """The app over this test's home, starting from an empty, fully migrated records store."""
    import shutil

    from levelset.app.workspace import Workspace, clock_from_env
    from levelset.web.app import create_app

    shutil.copy2(migrated_records, paths.records_db)
    clock = clock_from_env(os.environ)  # the suite's day where a test fixed it, as the CLI's
    return create_app(Workspace.at(paths.home, clock=clock), port=PORT)


@pytest.fixture
def client(app: Any) -> Iterator[Browser]:
    with TestClient(app, base_url=BASE, follow_redirects=False) as raw:
        yield Browser(raw)


def data_of(response: Any) -> Any:
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


@pytest.fixture(scope="session")
def built_market(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The market store built once from the shipped data for the whole session."""
    from levelset.market.build import open_market

    home = Paths(tmp_path_factory.mktemp("market-home")).ensure()
    open_market(home, now=clock).close()
    return home.market_db


@pytest.fixture
def market(paths: Paths, built_market: Any) -> Paths:
    """This test's home with a copy of the session's market store (no rebuild per test)."""
    import shutil

    shutil.copy2(built_market, paths.market_db)
    return paths
