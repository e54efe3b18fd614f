"""`levelset serve` answers requests side by side: a read held open in one thread of the
server's process does not hold up the pages other requests are reading."""

from __future__ import annotations

import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from levelset.app.workspace import Workspace
from levelset.store.prepared import reading
from levelset.store.proof import _sources as SOURCES
from tests.web.browser.server import TOKENS, live_server

PAGES = ("/proof.json", "/tracking.json", "/offers.json", "/board.json", "/index.json") * 3


def _get(url: str, token: str) -> tuple[int, object]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=20) as answer:
        return answer.status, json.loads(answer.read())


def test_pages_are_read_while_another_thread_holds_a_read_open(tmp_path: Path) -> None:
    Workspace.at(tmp_path).store.database.dispose()  # made and migrated: read through sqlite3
    workspace = Workspace.at(tmp_path)
    with live_server(workspace.paths, workspace) as base:
        token = TOKENS[base]
        with reading(workspace.store, SOURCES) as reader:  # held while every page is asked
            assert reader.all(SOURCES) == []
            with ThreadPoolExecutor(max_workers=6) as pool:
                answers = list(pool.map(lambda page: _get(base + page, token), PAGES))
        assert [status for status, _ in answers] == [200] * len(PAGES)
        assert workspace.store.database.plain_connections() > 2  # this thread's and the server's
