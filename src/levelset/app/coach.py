"""The coach's dashboard: the roster of active clients with what needs attention today."""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset.app.workspace import Workspace

if TYPE_CHECKING:
    from levelset.coach.roster import RosterRow


def dashboard(ws: Workspace, client: str | None = None) -> list[RosterRow]:
    """Every active client, those needing the most attention first; with `client`, only that
    client's row (archived ones too; an unknown name: NotFound)."""
    from levelset.coach.roster import ClientState, roster
    from levelset.store.clients import find_client, list_clients
    from levelset.store.owners import OWN
    from levelset.store.roster import OwnerRecords, roster_records

    store = ws.store.for_owner(OWN)
    chosen = [find_client(store, client)] if client else list_clients(store, archived=False)
    records = roster_records(store)
    states = []
    for row in chosen:
        found = records.get(row.id)
        empty = found is None
        found = found or OwnerRecords()
        states.append(
            ClientState(
                id=row.id,
                name=row.name,
                since=row.created_at.date(),
                cohort=row.cohort,
                negotiations=tuple(found.negotiations),
                last_activity=found.last_tracked,
                plan_start=found.plan_start,
                reviewed_weeks=frozenset(found.reviewed_weeks),
                experiments=tuple(found.experiments),
                no_data=empty,
                has_resume=found.has_resume,
                has_target=found.has_target,
                next_checkin=row.next_checkin,
            )
        )
    return roster(states, ws.today())


def dashboard_summary(ws: Workspace, rows: list[RosterRow]) -> str:
    """The roster's one sentence for today: who needs the coach, who has no data yet."""
    from levelset.coach.roster import roster_summary

    return roster_summary(rows, ws.today())
