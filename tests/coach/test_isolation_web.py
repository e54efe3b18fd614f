"""Isolation over the web door: every GET route of the app (walked from its route table),
served for the coach's own workspace and for each look-alike client, shows none of the other
owners' words or figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from levelset.app.workspace import Owner, Workspace
from levelset.web.app import create_app
from tests.cli.runner import run_cli
from tests.coach.workspace import COMPANY, OWNERS, seed, traces
from tests.web.conftest import BASE, PORT, TestClient

pytestmark = pytest.mark.usefixtures("market")


def get_paths(app: object) -> list[str]:
    found = []
    for route in app.routes:  # type: ignore[attr-defined]
        if "GET" in (getattr(route, "methods", None) or ()):
            found.append(re.sub(r"\{company(:path)?\}", COMPANY.replace(" ", "%20"), route.path))
    return found


def test_no_page_or_json_answer_shows_another_owners_records(levelset_home: Path) -> None:
    seed(levelset_home, "own")
    for name in ("Alpha", "Bravo"):
        assert run_cli("client", "add", name).exit_code == 0
        seed(levelset_home, name)
    leaks, visited, own_seen = [], 0, dict.fromkeys(OWNERS, 0)
    for owner, (client, _word, _base) in OWNERS.items():
        app = create_app(Workspace.at(levelset_home, owner=Owner(client)), port=PORT)
        with TestClient(app, base_url=BASE, follow_redirects=False) as browser:
            for path in get_paths(app):
                response = browser.get(path)
                visited += 1
                assert response.status_code < 500, (owner, path, response.text[:300])
                own_seen[owner] += any(t.search(response.text) for t in traces(owner))
                for other in OWNERS:
                    if other != owner and any(t.search(response.text) for t in traces(other)):
                        leaks.append((owner, path, other))
    assert visited >= 3 * 20
    assert all(seen >= 5 for seen in own_seen.values()), own_seen  # each owner's data is there
    assert leaks == []


def test_one_server_for_the_whole_practice_keeps_each_client_under_their_prefix(
    levelset_home: Path,
) -> None:
    seed(levelset_home, "own")
    for name in ("Alpha", "Bravo"):
        assert run_cli("client", "add", name).exit_code == 0
        seed(levelset_home, name)
    app = create_app(Workspace.at(levelset_home), port=PORT)
    leaks, visited, own_seen = [], 0, dict.fromkeys(OWNERS, 0)
    paths = [p for p in get_paths(app) if p != "/c"] + ["/you"]
    with TestClient(app, base_url=BASE, follow_redirects=False) as browser:
        for owner, (client, _word, _base) in OWNERS.items():
            prefix = f"/c/{client}" if client else ""
            for path in paths:
                response = browser.get(prefix + path)
                visited += 1
                assert response.status_code < 500, (owner, path, response.text[:300])
                own_seen[owner] += any(t.search(response.text) for t in traces(owner))
                for other in OWNERS:
                    if other != owner and any(t.search(response.text) for t in traces(other)):
                        leaks.append((owner, path, other))
    assert visited >= 3 * 20
    assert all(seen >= 5 for seen in own_seen.values()), own_seen
    assert leaks == []
