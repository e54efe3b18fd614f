"""Events, experiments and scores in the records store (SQLite, and PostgreSQL when set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from levelset.errors import Conflict, InputError, NotFound
from levelset.store.tracking import (
    add_events,
    add_experiment,
    add_score,
    load_events,
    load_experiment,
    load_scores,
    save_closed,
)
from levelset.tracking import (
    Channel,
    EventKind,
    Metrics,
    Outcome,
    ScorePoint,
    close,
    evaluate,
    new_experiment,
    plan_import,
)
from tests.tracking.conftest import TODAY, application, follow
from tests.tracking.test_csv_import import EXAMPLE, MESSY


def gather_metrics(store: Any, today: dt.date) -> Metrics:
    """The metrics use case over a workspace on this test's store (SQLite or PostgreSQL)."""
    from levelset.app.tracking import metrics
    from levelset.app.workspace import FixedClock, Workspace

    url = store.engine.url.render_as_string(hide_password=False)
    ws = Workspace(paths=store.paths, database_url=url, clock=FixedClock.on(today))
    try:
        return metrics(ws)
    finally:
        ws.close()


def test_events_round_trip_with_every_field(store: Any) -> None:
    sent = application(
        "Acme", dt.date(2026, 10, 1), channel=Channel.REFERRAL, variant="v2", resume="r3"
    )
    reply = follow(sent, EventKind.RESPONSE, dt.date(2026, 10, 4), Outcome.POSITIVE)
    stored = add_events(store, [sent, reply], source="test")
    assert all(e.id is not None for e in stored)
    loaded = load_events(store)
    assert loaded == stored
    assert loaded[0].channel is Channel.REFERRAL and loaded[1].outcome is Outcome.POSITIVE


def test_a_rejected_import_leaves_stored_events_untouched(store: Any) -> None:
    plan = plan_import(EXAMPLE.read_text(), "a.csv", [], TODAY)
    add_events(store, plan.events, source="a.csv")
    before = load_events(store)
    with pytest.raises(InputError):
        plan_import(MESSY.read_text(), "messy.csv", before, TODAY)
    assert load_events(store) == before


def test_experiments_are_stored_closed_and_unique(store: Any) -> None:
    experiment = new_experiment(
        "opener",
        "Lead with an outcome",
        dt.date(2026, 10, 19),
        baseline="generic",
        candidate="impact-first",
    )
    add_experiment(store, experiment)
    with pytest.raises(Conflict):
        add_experiment(store, experiment)
    plan = plan_import(EXAMPLE.read_text(), "a.csv", [], TODAY)
    result = evaluate(load_experiment(store, "opener"), plan.events, TODAY)
    save_closed(store, close(experiment, result, TODAY), {"verdict": result.verdict.value})
    reloaded = load_experiment(store, "opener")
    assert reloaded.status == "closed" and reloaded.verdict is result.verdict
    assert reloaded.closed_on == TODAY
    with pytest.raises(NotFound):
        load_experiment(store, "nope")


def test_saved_scores_feed_the_metrics(store: Any) -> None:
    add_score(store, ScorePoint(dt.date(2026, 10, 2), 41, "ask", "Northwind", "v1.txt"), {})
    add_score(store, ScorePoint(dt.date(2026, 10, 4), 83, "ask", "Northwind", "v2.txt"), {})
    assert [p.score for p in load_scores(store)] == [41, 83]
    metrics = gather_metrics(store, TODAY)
    assert [p.label for p in metrics.narrative] == ["v1.txt", "v2.txt"]


def test_metrics_read_negotiation_records_and_their_drafts(store: Any) -> None:
    from levelset.negotiation import Draft, DraftKind
    from levelset.negotiation import Event as NegotiationEvent
    from levelset.negotiation import EventKind as NegotiationKind
    from levelset.offers import parse_offer
    from levelset.store.negotiations import append_event, save_draft, start_negotiation

    first = parse_offer({"company": "Northwind", "currency": "USD", "base": 190000})
    final = parse_offer(
        {"company": "Northwind", "currency": "USD", "base": 204000, "sign_on": [25000]}
    )
    start_negotiation(
        store,
        NegotiationEvent(0, NegotiationKind.INITIAL_OFFER, dt.date(2026, 10, 1), offer=first),
        "Northwind",
        today=TODAY,
    )
    for kind, on, offer in (
        ("counter_sent", "2026-10-03", None),
        ("revised_offer", "2026-10-09", final),
        ("signed", "2026-10-14", None),
    ):
        append_event(
            store,
            "Northwind",
            NegotiationEvent(0, NegotiationKind(kind), dt.date.fromisoformat(on), offer=offer),
            today=TODAY,
        )
    body = (
        "Hi Dana,\nI'm excited to join. Sorry to ask, but could the base be $205,000 "
        "and the sign-on $25k? Market data for this level supports it. Talk Friday?\n"
    )
    save_draft(store, "Northwind", Draft(DraftKind.COUNTER, "Offer", body), "edited")
    metrics = gather_metrics(store, TODAY)
    (outcome,) = metrics.negotiations
    assert outcome.days_to_signature == 13
    assert outcome.base is not None and outcome.base.absolute == 14000
    assert "sign_on" in outcome.levers_improved
    (draft_score,) = metrics.narrative
    assert draft_score.company == "Northwind" and draft_score.stage == "ask"
    assert 0 < draft_score.score < 100
