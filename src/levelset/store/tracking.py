"""Tracked events, experiments and saved narrative scores: tables and queries.

Append-friendly: events are only ever inserted; a whole import is one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    Text,
    select,
)

from levelset.errors import Conflict, NotFound
from levelset.store.db import Store
from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata
from levelset.tracking.events import Channel, Event, EventKind, Outcome
from levelset.tracking.experiments import Design, Experiment, Verdict
from levelset.tracking.metrics import ScorePoint
from levelset.tracking.threads import Measure

events_table = owned(
    Table(
        "tracking_events",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("kind", String(20), nullable=False),
        Column("date", Date, nullable=False),
        Column("ref", String(400), nullable=False, index=True),
        Column("company", String(200), nullable=False, default=""),
        Column("role", String(200), nullable=False, default=""),
        Column("channel", String(20)),
        Column("resume_version", String(100), nullable=False, default=""),
        Column("variant", String(100), nullable=False, default=""),
        Column("outcome", String(20)),
        Column("stage", String(100), nullable=False, default=""),
        Column("negotiation_id", String(200), nullable=False, default=""),
        Column("note", Text, nullable=False, default=""),
        Column("source", String(400), nullable=False, default=""),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)

experiments_table = owned(
    Table(
        "tracking_experiments",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("name", String(200), nullable=False),
        Column("change", Text, nullable=False),
        Column("start", Date, nullable=False),
        Column("design", String(20), nullable=False),
        Column("field", String(40), nullable=False),
        Column("baseline", String(200), nullable=False, default=""),
        Column("candidate", String(200), nullable=False, default=""),
        Column("metric", String(20), nullable=False),
        Column("window_days", Integer, nullable=False),
        Column("wait_days", Integer, nullable=False),
        Column("status", String(10), nullable=False),
        Column("closed_on", Date),
        Column("verdict", String(20)),
        Column("result", Text),
        Column("created_at", DateTime(timezone=True), nullable=False),
        Index("uq_tracking_experiments_client_name", "client_id", "name", unique=True),
    )
)

scores_table = owned(
    Table(
        "narrative_scores",
        metadata,
        owner_column(),
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("scored_on", Date, nullable=False),
        Column("score", Integer, nullable=False),
        Column("stage", String(20)),
        Column("company", String(200)),
        Column("label", String(400), nullable=False, default=""),
        Column("components", Text, nullable=False, default="{}"),
        Column("created_at", DateTime(timezone=True), nullable=False),
    )
)


def add_events(store: Store, events: Sequence[Event], source: str) -> list[Event]:
    """Insert `events` in one transaction (all or none); return them with their ids."""
    if not events:
        return []
    now = store.now()
    rows = [_row(event) | {"source": source, "created_at": now} for event in events]
    insert = events_table.insert().returning(events_table.c.id, sort_by_parameter_order=True)
    with store.begin() as conn:  # one executemany, ids back in the order of `events`
        ids = conn.execute(insert, rows).scalars().all()
    return [event.with_id(int(key)) for event, key in zip(events, ids, strict=True)]


def delete_event(store: Store, event_id: int) -> list[Event]:
    """Remove one event; an application or outreach takes the events that follow it along.
    Returns what was removed, attempt first."""
    with store.begin() as conn:
        row = conn.execute(select(events_table).where(events_table.c.id == event_id)).first()
        if row is None:
            raise NotFound(f"no tracked event #{event_id}", hint="see `levelset track list`")
        event = _event(row._mapping)
        same = events_table.c.id == event_id
        if event.kind.is_attempt:
            same = same | (events_table.c.ref == event.ref)
        query = select(events_table).where(same).order_by(events_table.c.date, events_table.c.id)
        removed = [_event(r) for r in conn.execute(query).mappings()]
        conn.execute(events_table.delete().where(same))
    return removed


_EVENT_COLUMNS = (
    "kind", "date", "ref", "company", "role", "channel", "resume_version", "variant",
    "outcome", "stage", "negotiation_id", "note", "id",
)  # fmt: skip


def load_events(store: Store) -> list[Event]:
    """Every stored event, by date then id (read as plain rows: an import reads them all)."""
    columns = [events_table.c[name] for name in _EVENT_COLUMNS]
    query = select(*columns).order_by(events_table.c.date, events_table.c.id)
    with store.read() as conn:
        return [_event_of(tuple(row)) for row in conn.execute(query)]


_KINDS = {member.value: member for member in EventKind}
_CHANNELS = {member.value: member for member in Channel}
_OUTCOMES = {member.value: member for member in Outcome}


def _event_of(row: tuple[Any, ...]) -> Event:
    """An Event from a row of the _EVENT_COLUMNS, in their order."""
    kind, date, ref, company, role, channel, resume, variant, outcome, *rest = row
    stage, negotiation, note, id_ = rest
    return Event(
        _KINDS[kind], date, ref, company, role, _CHANNELS.get(channel), resume, variant,
        _OUTCOMES.get(outcome), stage, negotiation, note, int(id_),
    )  # fmt: skip


def _row(event: Event) -> dict[str, Any]:
    return {
        "kind": event.kind.value, "date": event.date, "ref": event.ref,
        "company": event.company, "role": event.role,
        "channel": event.channel.value if event.channel else None,
        "resume_version": event.resume_version, "variant": event.variant,
        "outcome": event.outcome.value if event.outcome else None, "stage": event.stage,
        "negotiation_id": event.negotiation_id, "note": event.note,
    }  # fmt: skip


def _event(row: Any) -> Event:
    return Event(
        EventKind(row["kind"]), row["date"], row["ref"], row["company"], row["role"],
        Channel(row["channel"]) if row["channel"] else None, row["resume_version"],
        row["variant"], Outcome(row["outcome"]) if row["outcome"] else None, row["stage"],
        row["negotiation_id"], row["note"], int(row["id"]),
    )  # fmt: skip


def add_experiment(store: Store, experiment: Experiment) -> Experiment:
    """Store a new experiment; Conflict when the name is taken."""
    with store.begin() as conn:
        taken = conn.execute(
            select(experiments_table.c.id).where(experiments_table.c.name == experiment.name)
        ).first()
        if taken:
            raise Conflict(
                f"an experiment named {experiment.name!r} already exists",
                hint="pick another name, or see `levelset experiment status`",
            )
        conn.execute(
            experiments_table.insert().values(**_experiment_row(experiment), created_at=store.now())
        )
    return experiment


def load_experiments(store: Store) -> list[Experiment]:
    query = select(experiments_table).order_by(experiments_table.c.start, experiments_table.c.id)
    with store.begin() as conn:
        return [_experiment(r) for r in conn.execute(query).mappings()]


def load_experiment(store: Store, name: str) -> Experiment:
    for experiment in load_experiments(store):
        if experiment.name == name:
            return experiment
    raise NotFound(
        f"no experiment named {name!r}",
        hint="see `levelset experiment status` for the experiments you started",
    )


def save_closed(store: Store, experiment: Experiment, result: dict[str, Any]) -> Experiment:
    """Record the verdict of a closed experiment with its final numbers."""
    with store.begin() as conn:
        conn.execute(
            experiments_table.update()
            .where(experiments_table.c.name == experiment.name)
            .values(
                status=experiment.status,
                closed_on=experiment.closed_on,
                verdict=experiment.verdict.value if experiment.verdict else None,
                result=json.dumps(result),
            )
        )
    return experiment


def _experiment_row(e: Experiment) -> dict[str, Any]:
    return {
        "name": e.name, "change": e.change, "start": e.start, "design": e.design.value,
        "field": e.field, "baseline": e.baseline, "candidate": e.candidate,
        "metric": e.metric.value, "window_days": e.window_days, "wait_days": e.wait_days,
        "status": e.status, "closed_on": e.closed_on,
        "verdict": e.verdict.value if e.verdict else None,
    }  # fmt: skip


def _experiment(row: Any) -> Experiment:
    return Experiment(
        row["name"], row["change"], row["start"], Design(row["design"]), row["field"],
        row["baseline"], row["candidate"], Measure(row["metric"]), row["window_days"],
        row["wait_days"], row["status"], row["closed_on"],
        Verdict(row["verdict"]) if row["verdict"] else None,
    )  # fmt: skip


def add_score(store: Store, point: ScorePoint, components: dict[str, Any]) -> ScorePoint:
    """Keep a narrative score so metrics can show the scores over time."""
    with store.begin() as conn:
        conn.execute(
            scores_table.insert().values(
                scored_on=point.on,
                score=point.score,
                stage=point.stage,
                company=point.company,
                label=point.label,
                components=json.dumps(components),
                created_at=store.now(),
            )
        )
    return point


def load_scores(store: Store) -> list[ScorePoint]:
    query = select(scores_table).order_by(scores_table.c.scored_on, scores_table.c.id)
    with store.read() as conn:
        return [
            ScorePoint(r["scored_on"], r["score"], r["stage"], r["company"], r["label"])
            for r in conn.execute(query).mappings()
        ]


def event_sources(store: Store, ref: str) -> dict[int, str]:
    """Where each event of one application came from ("web", "board", a file), by id."""
    query = select(events_table.c.id, events_table.c.source).where(events_table.c.ref == ref)
    with store.read() as conn:
        return {int(row.id): str(row.source) for row in conn.execute(query)}


def set_note(store: Store, event_id: int, note: str) -> None:
    """Replace one event's note (the job board keeps a card's details in its application's)."""
    with store.begin() as conn:
        done = conn.execute(
            events_table.update().where(events_table.c.id == event_id).values(note=note)
        )
        if done.rowcount == 0:
            raise NotFound(f"no tracked event #{event_id}")
