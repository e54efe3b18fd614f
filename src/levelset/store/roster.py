"""Reads across every client at once (the coach's dashboard): a few queries for the whole
roster, never one per client. The store is seen with `ALL_OWNERS`, which is read-only."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Column, Connection, func, select

from levelset.negotiation.record import NegotiationRecord
from levelset.store.db import Store
from levelset.store.negotiations import owners_negotiations
from levelset.store.offers_tables import offers_table
from levelset.store.ownership import ALL_OWNERS
from levelset.store.plan_tables import plan_review_table, plan_table
from levelset.store.prepared import on_connection
from levelset.store.profile_tables import profile_table
from levelset.store.proof_tables import proof_sources
from levelset.store.tracking import _experiment
from levelset.store.tracking_tables import events_table as tracking_table
from levelset.store.tracking_tables import experiments_table
from levelset.tracking.experiments import Experiment


@dataclass
class OwnerRecords:
    """What the roster reads of one owner."""

    negotiations: list[NegotiationRecord] = field(default_factory=list)
    last_tracked: dt.date | None = None
    plan_start: dt.date | None = None
    reviewed_weeks: set[int] = field(default_factory=set)
    experiments: list[Experiment] = field(default_factory=list)
    has_resume: bool = False  # a résumé (or other proof) imported
    has_target: bool = False  # a profile with a target title


def roster_records(store: Store) -> dict[int, OwnerRecords]:
    """Every owner's negotiations, last tracked day, current plan, experiments and whether a
    résumé and a target are stored; an owner
    with nothing at all stored (no résumé, offer, event, plan, experiment or profile) is
    absent."""
    found: dict[int, OwnerRecords] = defaultdict(OwnerRecords)
    with store.for_owner(ALL_OWNERS).read() as conn:
        for owner, records in owners_negotiations(on_connection(conn)).items():
            found[owner].negotiations.extend(records)
        tracked = select(tracking_table.c.client_id, func.max(tracking_table.c.date))
        for owner, last in conn.execute(tracked.group_by(tracking_table.c.client_id)):
            found[owner].last_tracked = last
        _stored_lately(conn, found, offers_table.c.client_id, offers_table.c.created_at)
        _stored_lately(conn, found, proof_sources.c.client_id, proof_sources.c.imported_at)
        _plans(conn, found)
        for (owner,) in conn.execute(select(proof_sources.c.client_id).distinct()):
            found[owner].has_resume = True
        for owner, title in conn.execute(
            select(profile_table.c.client_id, profile_table.c.target_title)
        ):
            found[owner].has_target = bool(title and title.strip())  # a profile is data too
        for row in conn.execute(select(experiments_table)).mappings():
            found[row["client_id"]].experiments.append(_experiment(row))
    return dict(found)


def _stored_lately(
    conn: Connection, found: dict[int, OwnerRecords], owner: Column[int], when: Column[dt.datetime]
) -> None:
    """An offer kept or a résumé imported counts as activity, as a tracked event does."""
    for client, last in conn.execute(select(owner, func.max(when)).group_by(owner)):
        known, day = found[client].last_tracked, last.date()
        found[client].last_tracked = day if known is None else max(known, day)


def _plans(conn: object, found: dict[int, OwnerRecords]) -> None:
    latest = (
        select(plan_table.c.client_id, func.max(plan_table.c.id).label("id"))
        .group_by(plan_table.c.client_id)
        .subquery()
    )
    query = select(plan_table.c.id, plan_table.c.client_id, plan_table.c.start).join(
        latest, latest.c.id == plan_table.c.id
    )
    current = {}
    for plan_id, owner, start in conn.execute(query):  # type: ignore[attr-defined]
        found[owner].plan_start = start
        current[plan_id] = owner
    reviews = select(plan_review_table.c.plan_id, plan_review_table.c.week)
    for plan_id, week in conn.execute(reviews):  # type: ignore[attr-defined]
        if plan_id in current:
            found[current[plan_id]].reviewed_weeks.add(week)
