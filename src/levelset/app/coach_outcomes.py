"""Outcomes across the coach's clients: signed negotiations, response rates by channel, by
group, with small groups hidden (`levelset.coach.outcomes`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from levelset.app.workspace import Workspace
from levelset.errors import InputError, Problem

if TYPE_CHECKING:
    from collections.abc import Sequence

    from levelset.coach.outcomes import ClientOutcome, Outcomes
    from levelset.store.clients import ClientRow
    from levelset.tracking.events import Event


def coach_outcomes(
    ws: Workspace, since: dt.date | None = None, group_by: str | None = None
) -> Outcomes:
    """The roll-up over every client (archived ones too): since a date, grouped if asked."""
    from levelset.coach.outcomes import GROUPINGS, outcomes
    from levelset.store.clients import list_clients
    from levelset.store.owners import OWN

    if group_by is not None and group_by not in GROUPINGS:
        problem = Problem(f"choose one of {', '.join(GROUPINGS)}", field="group-by")
        raise InputError(f"cannot group by {group_by!r}", problems=[problem], hint=problem.message)
    store = ws.store.for_owner(OWN)
    clients = [_client_outcome(ws, c, since) for c in list_clients(store)]
    return outcomes(clients, group_by)


def _client_outcome(ws: Workspace, client: ClientRow, since: dt.date | None) -> ClientOutcome:
    from levelset.coach.outcomes import ClientOutcome, reached_level
    from levelset.negotiation.outcome import negotiation_outcome
    from levelset.store.negotiations import list_records
    from levelset.store.owners import OWN
    from levelset.store.profile import load_profile
    from levelset.store.tracking import load_events

    theirs = ws.store.for_owner(OWN).for_owner(client.id)
    signed = [(negotiation_outcome(r), r) for r in list_records(theirs) if r.closed]
    signed = [
        (o, r) for o, r in signed if o.signed_on and (since is None or o.signed_on >= str(since))
    ]
    profile = load_profile(theirs)
    groups = {
        "level": profile.target_band.value if profile.target_band else "",
        "role": profile.target_title or "",
        "place": profile.locations[0] if profile.locations else "",
        "cohort": client.cohort or "",
    }
    events = [e for e in load_events(theirs) if since is None or e.date >= since]
    latest, record = max(signed, key=lambda s: s[0].signed_on or "", default=(None, None))
    final = record.offer_events()[-1].offer if record and record.offer_events() else None
    reached = reached_level(final, profile.target_band)
    return ClientOutcome(client.name, groups, latest, _by_channel(events), reached)


def _by_channel(events: Sequence[Event]) -> dict[str, tuple[int, int]]:
    from levelset.tracking.threads import Measure, threads

    counts: dict[str, tuple[int, int]] = {}
    for thread in threads(events):
        channel = thread.attempt.channel.label if thread.attempt.channel else "channel not recorded"
        tried, answered = counts.get(channel, (0, 0))
        counts[channel] = (tried + 1, answered + int(thread.reached(Measure.RESPONDED)))
    return counts
