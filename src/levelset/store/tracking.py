"""Tracked events, experiments and saved narrative scores: tables and queries.

Append-friendly: events are only ever inserted; a whole import is one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from levelset.errors import Conflict, NotFound
from levelset.store.db import Store
from levelset.store.prepared import read, reading
from levelset.store.prepared_writes import write, writing
from levelset.tracking.events import Channel, Event, EventKind, Outcome
from levelset.tracking.metrics import ScorePoint
from levelset.tracking.threads import Measure

if TYPE_CHECKING:
    # read where experiments are: the metrics, the plan and the playbook read events only
    from levelset.tracking.experiments import Experiment

_STORED = (
    "kind", "date", "ref", "company", "role", "channel", "resume_version", "variant",
    "outcome", "stage", "negotiation_id", "note", "source", "created_at",
)  # fmt: skip


@write("tracking.add_event")
def _add_event() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.tracking_tables import events_table

    return events_table.insert().values({c: bindparam(c) for c in _STORED})


@read("tracking.event")
def _one_event() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.tracking_tables import events_table as t

    return select(t).where(t.c.id == bindparam("id"))


@read("tracking.attempt_events")
def _attempt_events() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.tracking_tables import events_table as t

    same = (t.c.id == bindparam("id")) | (t.c.ref == bindparam("ref"))
    return select(t).where(same).order_by(t.c.date, t.c.id)


@write("tracking.drop_event")
def _drop_event() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.tracking_tables import events_table as t

    return t.delete().where(t.c.id == bindparam("id"))


@write("tracking.drop_attempt")
def _drop_attempt() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.tracking_tables import events_table as t

    return t.delete().where((t.c.id == bindparam("id")) | (t.c.ref == bindparam("ref")))


def add_events(store: Store, events: Sequence[Event], source: str) -> list[Event]:
    """Insert `events` in one transaction (all or none); return them with their ids."""
    if not events:
        return []
    now = store.now()
    rows = [_row(event) | {"source": source, "created_at": now} for event in events]
    with writing(store, [_add_event]) as writer:  # ids back in the order of `events`
        ids = writer.keys(_add_event, rows)
    return [event.with_id(int(key)) for event, key in zip(events, ids, strict=True)]


def delete_event(store: Store, event_id: int) -> list[Event]:
    """Remove one event; an application or outreach takes the events that follow it along.
    Returns what was removed, attempt first."""
    drops, reads = [_drop_event, _drop_attempt], [_one_event, _attempt_events]
    with writing(store, drops, reads) as writer:
        row = writer.reads.first(_one_event, id=event_id)
        if row is None:
            raise NotFound(f"no tracked event #{event_id}", hint="see `levelset track list`")
        event = _event(row)
        if not event.kind.is_attempt:
            writer.run(_drop_event, id=event_id)
            return [event]
        same = {"id": event_id, "ref": event.ref}
        removed = [_event(r) for r in writer.reads.all(_attempt_events, **same)]
        writer.run(_drop_attempt, **same)
    return removed


_EVENT_COLUMNS = (
    "kind", "date", "ref", "company", "role", "channel", "resume_version", "variant",
    "outcome", "stage", "negotiation_id", "note", "id",
)  # fmt: skip


@read("tracking.events")
def _events() -> Any:
    from sqlalchemy import select

    from levelset.store.tracking_tables import events_table

    columns = [events_table.c[name] for name in _EVENT_COLUMNS]
    return select(*columns).order_by(events_table.c.date, events_table.c.id)


def load_events(store: Store) -> list[Event]:
    """Every stored event, by date then id (read as plain rows: an import reads them all)."""
    with reading(store, _events) as rows:
        return [_event_of(row) for row in rows.tuples(_events)]


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


@read("tracking.experiment_named")
def _experiment_named() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.tracking_tables import experiments_table as t

    return select(t.c.id).where(t.c.name == bindparam("name"))


@write("tracking.add_experiment")
def _add_experiment() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.tracking_tables import experiments_table as t

    return t.insert().values({c: bindparam(c) for c in (*_EXPERIMENT, "created_at")})


@write("tracking.close_experiment")
def _close_experiment() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.tracking_tables import experiments_table as t

    closed: dict[str, Any] = {
        c: bindparam(f"new_{c}") for c in ("status", "closed_on", "verdict", "result")
    }
    return t.update().where(t.c.name == bindparam("experiment")).values(closed)


def add_experiment(store: Store, experiment: Experiment) -> Experiment:
    """Store a new experiment; Conflict when the name is taken."""
    with writing(store, [_add_experiment], [_experiment_named]) as writer:
        if writer.reads.first(_experiment_named, name=experiment.name):
            raise Conflict(
                f"an experiment named {experiment.name!r} already exists",
                hint="pick another name, or see `levelset experiment status`",
            )
        row = _experiment_row(experiment) | {"created_at": store.now()}
        writer.run(_add_experiment, **row)
    return experiment


@read("tracking.experiments")
def _experiments() -> Any:
    from sqlalchemy import select

    from levelset.store.tracking_tables import experiments_table

    return select(experiments_table).order_by(experiments_table.c.start, experiments_table.c.id)


def load_experiments(store: Store) -> list[Experiment]:
    with reading(store, _experiments) as rows:
        return [_experiment(r) for r in rows.all(_experiments)]


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
    closed = {
        "new_status": experiment.status,
        "new_closed_on": experiment.closed_on,
        "new_verdict": experiment.verdict.value if experiment.verdict else None,
        "new_result": json.dumps(result),
    }
    with writing(store, [_close_experiment]) as writer:
        writer.run(_close_experiment, experiment=experiment.name, **closed)
    return experiment


_EXPERIMENT = (
    "name", "change", "start", "design", "field", "baseline", "candidate", "metric",
    "window_days", "wait_days", "status", "closed_on", "verdict",
)  # fmt: skip


def _experiment_row(e: Experiment) -> dict[str, Any]:
    return {
        "name": e.name, "change": e.change, "start": e.start, "design": e.design.value,
        "field": e.field, "baseline": e.baseline, "candidate": e.candidate,
        "metric": e.metric.value, "window_days": e.window_days, "wait_days": e.wait_days,
        "status": e.status, "closed_on": e.closed_on,
        "verdict": e.verdict.value if e.verdict else None,
    }  # fmt: skip


def _experiment(row: Any) -> Experiment:
    from levelset.tracking.experiments import Design, Experiment, Verdict

    return Experiment(
        row["name"], row["change"], row["start"], Design(row["design"]), row["field"],
        row["baseline"], row["candidate"], Measure(row["metric"]), row["window_days"],
        row["wait_days"], row["status"], row["closed_on"],
        Verdict(row["verdict"]) if row["verdict"] else None,
    )  # fmt: skip


@write("tracking.add_score")
def _add_score() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.tracking_tables import scores_table as t

    columns = ("scored_on", "score", "stage", "company", "label", "components", "created_at")
    return t.insert().values({c: bindparam(c) for c in columns})


def add_score(store: Store, point: ScorePoint, components: dict[str, Any]) -> ScorePoint:
    """Keep a narrative score so metrics can show the scores over time."""
    with writing(store, [_add_score]) as writer:
        writer.run(
            _add_score,
            scored_on=point.on,
            score=point.score,
            stage=point.stage,
            company=point.company,
            label=point.label,
            components=json.dumps(components),
            created_at=store.now(),
        )
    return point


@read("tracking.scores")
def _scores() -> Any:
    from sqlalchemy import select

    from levelset.store.tracking_tables import scores_table

    return select(scores_table).order_by(scores_table.c.scored_on, scores_table.c.id)


def load_scores(store: Store) -> list[ScorePoint]:
    with reading(store, _scores) as rows:
        return [
            ScorePoint(r["scored_on"], r["score"], r["stage"], r["company"], r["label"])
            for r in rows.all(_scores)
        ]


@read("tracking.sources")
def _sources() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.tracking_tables import events_table

    columns = (events_table.c.id, events_table.c.source)
    return select(*columns).where(events_table.c.ref == bindparam("ref"))


def event_sources(store: Store, ref: str) -> dict[int, str]:
    """Where each event of one application came from ("web", "board", a file), by id."""
    with reading(store, _sources) as rows:
        return {int(row["id"]): str(row["source"]) for row in rows.all(_sources, ref=ref)}


@write("tracking.set_note")
def _set_note() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.tracking_tables import events_table as t

    where = t.c.id == bindparam("event_id")  # not "id": SQLAlchemy's own in an UPDATE
    return t.update().where(where).values(note=bindparam("new_note"))


def set_note(store: Store, event_id: int, note: str) -> None:
    """Replace one event's note (the job board keeps a card's details in its application's)."""
    with writing(store, [_set_note]) as writer:
        if writer.run(_set_note, event_id=event_id, new_note=note) == 0:
            raise NotFound(f"no tracked event #{event_id}")
