"""The coach's dashboard: the roster of active clients with what needs attention today."""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset.app.workspace import Workspace

if TYPE_CHECKING:
    from levelset.coach.roster import RosterRow


def dashboard(ws: Workspace) -> list[RosterRow]:
    """Every active client, those needing the most attention first."""
    from levelset.coach.roster import ClientState, roster
    from levelset.store.clients import list_clients
    from levelset.store.ownership import OWN
    from levelset.store.roster import OwnerRecords, roster_records

    store = ws.store.for_owner(OWN)
    records = roster_records(store)
    states = []
    for client in list_clients(store, archived=False):
        found = records.get(client.id, OwnerRecords())
        states.append(
            ClientState(
                id=client.id,
                name=client.name,
                since=client.created_at.date(),
                cohort=client.cohort,
                negotiations=tuple(found.negotiations),
                last_activity=found.last_tracked,
                plan_start=found.plan_start,
                reviewed_weeks=frozenset(found.reviewed_weeks),
                experiments=tuple(found.experiments),
            )
        )
    return roster(states, ws.today())
