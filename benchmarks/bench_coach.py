"""The coach's dashboard over a large practice: 200 clients with 50 events each.

Each client has 40 tracked applications and responses, a negotiation with 8 events, a plan
and an experiment. The figure is the median time of the dashboard use case with its JSON
rendering, against reading and decoding a static page of the same size in the same run.
Goal: under 100 ms.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from benchmarks.harness import Figure, median_seconds

CLIENTS = 200
TODAY = dt.date(2026, 12, 4)


def _seed(home: Path) -> None:
    from levelset.app import FixedClock, Workspace
    from levelset.app.clients import add_client
    from levelset.negotiation.record import Event as Step
    from levelset.negotiation.record import EventKind as StepKind
    from levelset.store.negotiations import append_event, start_negotiation
    from levelset.store.tracking import add_events, add_experiment
    from levelset.tracking.events import Channel, Event, EventKind
    from levelset.tracking.experiments import Experiment

    ws = Workspace.at(home, clock=FixedClock.on(TODAY))
    for number in range(CLIENTS):
        client = add_client(ws, f"Client {number:03}", cohort=f"cohort {number % 7}")
        store = ws.store.for_owner(client.id)
        start = TODAY - dt.timedelta(days=60 + number % 30)
        events = []
        for i in range(20):
            day = start + dt.timedelta(days=i)
            ref = f"company {i}/ml engineer/{day}"
            events.append(
                Event(
                    EventKind.APPLICATION,
                    day,
                    ref,
                    f"Company {i}",
                    "ML Engineer",
                    Channel.REFERRAL if i % 2 else Channel.COLD,
                )
            )
            events.append(Event(EventKind.RESPONSE, day + dt.timedelta(days=3), ref))
        add_events(store, events, "benchmark")
        first = Step(1, StepKind.NOTE, start, note="first call")
        start_negotiation(store, first, "Northwind", today=TODAY)
        for seq in range(2, 9):
            note = Step(seq, StepKind.NOTE, start + dt.timedelta(days=seq), note="called")
            append_event(store, "Northwind", note, today=TODAY)
        add_experiment(store, Experiment("opener", "a new opener", start=start))
    ws.close()


def run() -> list[Figure]:
    from levelset.app import FixedClock, Workspace
    from levelset.app.coach import dashboard
    from levelset.jsonable import dumps

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        _seed(home)
        ws = Workspace.at(home, clock=FixedClock.on(TODAY))
        page = dumps({"clients": dashboard(ws)})
        static = home / "static.json"
        static.write_text(page)
        seconds = median_seconds(lambda: dumps({"clients": dashboard(ws)}), repeat=9)
        baseline = median_seconds(lambda: static.read_text().encode(), repeat=9)
        ws.close()
        page_seconds, static_seconds = _web_page(home)
    return [
        Figure(
            name=f"coach dashboard, {CLIENTS} clients x 50 events",
            value=seconds * 1000,
            unit="ms",
            baseline_name="the same page read from a static file",
            baseline_value=baseline * 1000,
            target="< 100 ms",
            met=seconds < 0.1,
        ),
        Figure(
            name=f"coach roster page /coach (HTML), {CLIENTS} clients x 50 events",
            value=page_seconds * 1000,
            unit="ms",
            baseline_name="a static file served by the same app",
            baseline_value=static_seconds * 1000,
            target="< 100 ms",
            met=page_seconds < 0.1,
        ),
    ]


def _web_page(home: Path) -> tuple[float, float]:
    """The roster page through the web app, each time in a fresh app (nothing remembered
    between requests), against a static file served by the same app."""
    import warnings

    from levelset.app import FixedClock, Workspace
    from levelset.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient

    def fresh() -> TestClient:
        app = create_app(Workspace.at(home, clock=FixedClock.on(TODAY)))
        assert app.state.context.workspace.store  # opened (and migrated) before timing
        client = TestClient(app, base_url="http://127.0.0.1")
        client.cookies.set("levelset_access", app.state.policy.access_token)
        return client

    clients = [fresh() for _ in range(11)]
    page = iter(clients)

    def roster() -> None:
        answer = next(page).get("/coach")
        assert answer.status_code == 200 and answer.text.count("roster-row") == CLIENTS

    seconds = median_seconds(roster, repeat=9)
    static = median_seconds(lambda: clients[0].get("/static/app.css"), repeat=9)
    for client in clients:
        client.app.state.context.close()  # type: ignore[attr-defined]
    return seconds, static
