"""The cross-tenant matrix: every route and method of the server, by every kind of outsider,
answers 4xx (or their own data) and never a byte of the victim's records."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

import pytest
from starlette.routing import Mount

from levelset.server.routes import router
from tests.server.browsing import form_token, post, sign_in
from tests.server.world import CLIENTS, COMPANY, World

# who probes: (sign-in address, the victim they must not see)
OUTSIDERS = {
    "another organisation's coach": ("coach@b.test", "Alice"),
    "another organisation's admin": ("admin@b.test", "Alice"),
    "another client of the same coach": ("bob@client.test", "Alice"),
    "a coach the client never shared with": ("coach2@a.test", "Alice"),
    "a coach the client revoked": ("coach1@a.test", "Dana"),
    "the client's organisation's admin": ("admin@a.test", "Alice"),
    "an anonymous caller": (None, "Alice"),
}


# What an outsider may get by design: the organisation's own admin downloads the export of
# every record of the organisation once the worker built it (written to each client's audit
# log: tests/server/test_org_data.py).
BY_DESIGN = ("the client's organisation's admin", "GET", "/server/admin/export/")


def routes(app: Any) -> list[tuple[str, str]]:
    """(method, path) of every route of the server (each of its routers) and of the web app
    it mounts."""
    server = app.app  # inside the proxy middleware
    pages = [r for r in server.routes if isinstance(r, Mount)]
    assert len(pages) == 1
    own: list[Any] = []
    for route in server.routes:  # each included router (FastAPI may keep it whole)
        inner = getattr(route, "original_router", None)
        own += inner.routes if inner is not None else [route]
    own = [r for r in own if getattr(r, "path", "").startswith("/server/")]
    assert {r.path for r in router.routes} < {r.path for r in own}  # and the others' routes
    found: list[tuple[str, str]] = []
    for route in [*own, *pages[0].routes]:
        for method in sorted(getattr(route, "methods", None) or ()):
            if method != "HEAD":
                found.append((method, getattr(route, "path", "")))
    return found


def _by_design(who: str, method: str, path: str) -> bool:
    return (who, method) == BY_DESIGN[:2] and path.startswith(BY_DESIGN[2])


def _readable(answer: Any) -> str:
    """The answer's text, and the text of every file in it when it is a zip (an export)."""
    if not answer.content.startswith(b"PK"):
        return str(answer.text)
    archive = zipfile.ZipFile(io.BytesIO(answer.content))
    return " ".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def filled(path: str, victim: int) -> list[str]:
    """The path with its parameters set to the victim's names and to small ids."""
    path = re.sub(r"\{company(:path)?\}", COMPANY.replace(" ", "%20"), path)
    path = re.sub(r"\{name(:path)?\}", "opener", path)
    path = path.replace("{kind}", "counter").replace("{token}", f"1.{'x' * 43}")
    if "{" in path:
        return [re.sub(r"\{[a-z_]+\}", str(n), path) for n in (1, 2, victim)]
    return [path]


@pytest.mark.parametrize("who", sorted(OUTSIDERS))
def test_no_route_gives_an_outsider_the_victims_records(world: World, who: str) -> None:
    email, victim = OUTSIDERS[who]
    marker = CLIENTS[victim][2]
    victim_id = world.client_ids[victim]
    app = world.server()
    browser = sign_in(app, email)
    asked = post(browser, "/server/clients/view", client_id=victim_id)
    assert asked.status_code in (401, 403, 404), (who, asked.status_code)
    leaks, probes = [], 0
    for method, template in routes(app):
        for path in filled(template, victim_id):
            token = form_token(browser, "/server/account" if email else "/server/login")
            data = {"csrf_token": token, "client_id": victim_id, "coach_id": 1, "user_id": 1}
            answer = browser.request(method, path, data=data if method != "GET" else None)
            probes += 1
            assert answer.status_code < 500, (who, method, path, answer.text[:300])
            if marker.lower() in _readable(answer).lower() and not _by_design(who, method, path):
                leaks.append((method, path, answer.status_code))
            if email is None and not path.startswith(("/server/", "/static")):
                assert answer.status_code in (303, 401, 404), (method, path)
    assert probes >= 60
    assert leaks == []


def test_the_victims_records_are_unchanged_after_the_matrix(world: World) -> None:
    browser = sign_in(world.server(), "alice@client.test")
    page = browser.get("/tracking.json")
    assert page.status_code == 200
    assert "Alicemarker" in page.text
    assert all(CLIENTS[n][2] not in page.text for n in CLIENTS if n != "Alice")
