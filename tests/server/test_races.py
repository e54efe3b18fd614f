"""Concurrent writers on the coaching server, on SQLite and on PostgreSQL: one client's browsers
post at once; every request is answered (2xx/3xx, or 409 for a real clash: the same application
twice), never 500, and every answered write is stored exactly once. Writes that only number
their rows (negotiation events, offers) all land, in turn, on PostgreSQL too.

Each browser is its own TestClient (its own event loop and thread), so the requests reach the
server's database at the same time.
"""

from __future__ import annotations

import concurrent.futures
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from levelset.app.negotiation import list_records, start_negotiation
from levelset.app.offers import list_offers, read_offer_files
from levelset.app.tracking import list_events
from levelset.app.workspace import Workspace
from tests.reliability.crashing import count
from tests.server.browsing import form_token
from tests.server.world import BASE, PASSWORD, World

OFFER = Path(__file__).resolve().parents[2] / "examples" / "offers" / "bigco-rsu.yaml"
DATE = "2026-11-02"


class Tab:
    """One signed-in browser of the client, with its form token."""

    def __init__(self, app: Any, email: str) -> None:
        # the answer the browser gets, not the exception the test client re-raises after it
        self.browser = TestClient(
            app, base_url=BASE, follow_redirects=False, raise_server_exceptions=False
        )
        self.browser.__enter__()
        answer = self.browser.post(
            "/server/login",
            data={"email": email, "password": PASSWORD, "csrf_token": form_token(self.browser)},
        )
        assert answer.status_code == 303, answer.text[:300]
        self.token = form_token(self.browser, "/server/account")

    def post(self, path: str, data: dict[str, str]) -> int:
        answer = self.browser.post(path, data={**data, "csrf_token": self.token})
        return int(answer.status_code)


def _at_once(calls: list[Callable[[], int]]) -> list[int]:
    with concurrent.futures.ThreadPoolExecutor(len(calls)) as pool:
        return [f.result() for f in [pool.submit(call) for call in calls]]


def _answered(status: int) -> bool:
    return status < 400 or status == 409


def _as_client(world: World, name: str) -> Workspace:
    ws = Workspace.at(world.home, database_url=world.admin_url, clock=world.clock)
    org = world.orgs["B" if name == "Erin" else "A"]
    return ws.seen_as(org, world.client_ids[name], name)


def _application(company: str) -> dict[str, str]:
    return {"kind": "application", "company": company, "date": DATE}


def test_concurrent_posts_of_applications_are_answered_never_500(world: World) -> None:
    app = world.server()
    tabs = [Tab(app, "erin@client.test") for _ in range(4)]
    rounds = count(ci=2, soaked=8)
    statuses: list[int] = []
    for n in range(rounds):
        distinct = [
            partial(t.post, "/tracking/events", _application(f"Web {n}-{k}"))
            for k, t in enumerate(tabs * 2)
        ]
        same = [partial(t.post, "/tracking/events", _application(f"Twice {n}")) for t in tabs]
        answered = _at_once(distinct + same)
        assert all(s < 400 for s in answered[: len(distinct)]), answered
        assert sorted(s == 409 for s in answered[len(distinct) :]).count(False) == 1, answered
        statuses += answered
    assert all(_answered(s) for s in statuses), Counter(statuses)
    ws = _as_client(world, "Erin")
    refs = Counter(e.ref for e in list_events(ws) if e.kind.is_attempt)
    made = [r for r in refs if r.startswith(("Web ", "Twice "))]
    assert len(made) == rounds * (8 + 1)
    assert all(refs[r] == 1 for r in made), refs


def test_two_negotiation_events_posted_at_once_are_both_answered(world: World) -> None:
    ws = _as_client(world, "Alice")
    (offer,) = read_offer_files(ws, [OFFER])
    company = start_negotiation(ws, offer, company="Contoso Race").company
    app = world.server()
    first, second = Tab(app, "alice@client.test"), Tab(app, "alice@client.test")
    page = "/negotiation/Contoso%20Race/events"
    statuses: list[int] = []
    for n in range(count(ci=5, soaked=20)):
        note = {"kind": "note", "date": "2026-11-03", "note": f"call {n}"}
        statuses += _at_once([partial(tab.post, page, note) for tab in (first, second)])
    assert all(s < 400 for s in statuses), Counter(statuses)  # no clash: both land, in turn
    (record,) = [r for r in list_records(ws) if r.company == company]
    assert [e.seq for e in record.events] == list(range(1, 2 + len(statuses)))


def test_offers_added_at_once_are_all_stored_with_their_own_numbers(world: World) -> None:
    app = world.server()
    tabs = [Tab(app, "bob@client.test") for _ in range(4)]
    rounds = count(ci=2, soaked=8)
    statuses: list[int] = []
    for n in range(rounds):
        statuses += _at_once(
            [
                partial(tab.post, "/offers", {"company": f"Race {n}-{k}", "base": "185000"})
                for k, tab in enumerate(tabs)
            ]
        )
    assert all(s < 400 for s in statuses), Counter(statuses)
    numbers = [
        o.id for o in list_offers(_as_client(world, "Bob")) if o.offer.company[:5] == "Race "
    ]
    assert sorted(numbers) == sorted(set(numbers)) and len(numbers) == rounds * len(tabs)
