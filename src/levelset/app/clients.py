"""A coach's clients: add, list, show, archive, note, export and erase one client.

The client list lives in the coach's own store; each client's records carry the client's owner
key, so a workspace for a client (`client_workspace`, or `--client` at the doors) sees only
theirs. Erasing removes the client's rows from every record table and their files.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from levelset.app.workspace import Owner, Workspace
from levelset.errors import InputError, Problem

if TYPE_CHECKING:
    from levelset.store.clients import ClientRow, NoteRow


RECORD_KINDS = {  # a record table as a coach names what it holds
    "profile": "profile",
    "proof_sources": "imported résumés and exports",
    "proof_items": "résumé bullets and stories",
    "proof_corrections": "corrections to what was read",
    "proof_analysis": "kept proof readings",
    "narrative_scores": "scored emails and messages",
    "market_postings": "job postings",
    "market_comps": "comps",
    "currency_rates": "currency rates",
    "offers": "offers",
    "negotiations": "negotiations",
    "negotiation_events": "negotiation steps",
    "negotiation_drafts": "negotiation drafts",
    "plan": "30-day plans",
    "plan_tick": "plan items ticked",
    "plan_review": "weekly reviews",
    "tracking_events": "application events",
    "tracking_experiments": "experiments",
    "practice_sessions": "practice sessions",
    "coach_notes": "coach notes",
}


@dataclass(frozen=True)
class ClientView:
    """One client as the coach sees them: who, their notes, how many records of each kind."""

    client: ClientRow
    notes: tuple[NoteRow, ...]
    records: dict[str, int]

    def record_counts(self) -> list[tuple[str, int]]:
        """(what the records are, in words; how many), in the order a coach reads them."""
        order = {table: i for i, table in enumerate(RECORD_KINDS)}
        kept = sorted(self.records.items(), key=lambda item: (order.get(item[0], 99), item[0]))
        return [(RECORD_KINDS.get(table, table.replace("_", " ")), n) for table, n in kept]

    def to_dict(self) -> dict[str, Any]:
        return {"client": self.client, "notes": list(self.notes), "records": self.records}


@dataclass(frozen=True)
class Receipt:
    """What erasing a client removed: rows per table and files, with when."""

    client: str
    erased_at: dt.datetime
    rows: dict[str, int]
    files: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "client": self.client,
            "erased_at": self.erased_at,
            "rows": self.rows,
            "files": list(self.files),
        }


def _clean(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > 200 or "/" in cleaned:
        raise InputError(
            f"invalid client name {name!r}: a name is 1 to 200 characters, without '/'",
            problems=[Problem("a name is 1 to 200 characters, without '/'", field="name")],
        )
    return cleaned


def add_client(
    ws: Workspace,
    name: str,
    *,
    email: str | None = None,
    note: str | None = None,
    cohort: str | None = None,
) -> ClientRow:
    """Add a client to the coach's list (a name taken already is a Conflict)."""
    from levelset.store import clients

    email, note, cohort = (" ".join((v or "").split()) or None for v in (email, note, cohort))
    if email is not None and not _EMAIL.fullmatch(email):
        raise InputError(
            f"{email!r} is not an email address",
            problems=[Problem("not an email address", field="email", expected="name@example.org")],
        )
    return clients.add_client(_coach(ws), _clean(name), email=email, note=note, cohort=cohort)


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def list_clients(ws: Workspace, *, archived: bool = True) -> list[ClientRow]:
    from levelset.store import clients

    return clients.list_clients(_coach(ws), archived=archived)


def find_client(ws: Workspace, name: str) -> ClientRow:
    """The client named `name` (NotFound lists the closest names)."""
    from levelset.store import clients

    return clients.find_client(_coach(ws), name)


def client_workspace(ws: Workspace, name: str) -> Workspace:
    """The same home and clock seen as one client (an unknown name: NotFound)."""
    found = find_client(ws, name)
    return Workspace.at(
        ws.paths.home, database_url=ws.database_url, clock=ws.clock, owner=Owner(found.name)
    )


def show_client(ws: Workspace, name: str) -> ClientView:
    from levelset.store import clients

    found = find_client(ws, name)
    theirs = _coach(ws).for_owner(found.id)
    counts = {t: len(rows) for t, rows in clients.dump_owner(theirs).items() if rows}
    return ClientView(found, tuple(clients.list_notes(theirs)), counts)


def archive_client(ws: Workspace, name: str, *, undo: bool = False) -> ClientRow:
    """Mark a client archived today (their records stay; the dashboard leaves them out), or
    with `undo` bring them back. Archiving twice keeps the first date."""
    from levelset.store import clients

    found = find_client(ws, name)
    on = None if undo else found.archived_on or ws.today()
    if on != found.archived_on:
        clients.update_client(_coach(ws), found.id, archived_on=on)
    return replace(found, archived_on=on)


def set_cohort(ws: Workspace, name: str, cohort: str | None) -> ClientRow:
    from levelset.store import clients

    found = find_client(ws, name)
    cohort = " ".join((cohort or "").split()) or None  # blank clears, as leaving it out does
    clients.update_client(_coach(ws), found.id, cohort=cohort)
    return replace(found, cohort=cohort)


def set_checkin(ws: Workspace, name: str, on: dt.date | None) -> ClientRow:
    """Set the coach's next check-in with a client (shown on the client's plan)."""
    from levelset.store import clients

    if on is not None and on < ws.today():
        raise InputError(
            f"check-in: {on.isoformat()} is before today ({ws.today().isoformat()})",
            problems=[Problem("give today or a later day; no date clears it", field="date")],
        )
    found = find_client(ws, name)
    clients.update_client(_coach(ws), found.id, next_checkin=on)
    return replace(found, next_checkin=on)


def add_note(ws: Workspace, name: str, text: str, on: dt.date | None = None) -> NoteRow:
    """A private, dated coach note about a client."""
    from levelset.store import clients

    if not text.strip():
        raise InputError("an empty note", problems=[Problem("write the note's text", field="text")])
    found = find_client(ws, name)
    return clients.add_note(_coach(ws).for_owner(found.id), on or ws.today(), text.strip())


def next_checkin(ws: Workspace) -> dt.date | None:
    """The coach's next check-in with the workspace's client (None for one's own data)."""
    if ws.owner.client is None:
        return None
    return find_client(ws, ws.owner.client).next_checkin


def erase_client(ws: Workspace, name: str) -> Receipt:
    """Remove a client: every record row, the client's files, then the client itself."""
    from levelset.store import clients

    found = find_client(ws, name)
    rows = clients.erase_owner(_coach(ws).for_owner(found.id))
    folder = ws.paths.home / "clients" / str(found.id)
    files = sorted(str(p) for p in folder.rglob("*") if p.is_file()) if folder.exists() else []
    shutil.rmtree(folder, ignore_errors=True)
    clients.delete_client(_coach(ws), found.id)
    return Receipt(found.name, ws.now(), rows, tuple(files))


def _coach(ws: Workspace) -> Any:
    """The store as the coach's own (the client list and cross-client work start here)."""
    from levelset.store.owners import OWN

    return ws.store.for_owner(OWN)


def client_export_name(client: ClientRow, today: dt.date) -> str:
    slug = "-".join(client.name.casefold().split())
    return f"levelset-client-{slug}-{today.isoformat()}.zip"


def export_path(ws: Workspace, client: ClientRow, output: Path | None) -> Path:
    """`output`, else the client's own exports folder, which erasing the client removes."""
    folder = ws.client_folder(client.id) / "exports"
    return output or folder / client_export_name(client, ws.today())


@dataclass(frozen=True)
class Switcher:
    """Whose records a workspace shows, and the coach's active clients to switch to."""

    client: str | None
    clients: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"client": self.client, "clients": list(self.clients)}


def switcher(ws: Workspace) -> Switcher:
    names = tuple(c.name for c in list_clients(ws, archived=False))
    return Switcher(ws.owner.client, names)


def own_words(ws: Workspace) -> tuple[str, ...]:
    """The words a client typed that read like a levelset command ('I ship levelset plan
    weekly'): their positioning and target, their events' texts, their experiments' names,
    changes and arms, and their imported résumés' bullets, headlines, jobs and stories. A door
    shows them as written where a sentence quotes them."""
    from levelset.store.profile import load_profile
    from levelset.store.proof import load_materials
    from levelset.store.tracking import load_events, load_experiments

    profile = load_profile(ws.store)
    texts = [profile.name, profile.target_title, profile.positioning, *profile.locations]
    for e in load_events(ws.store):
        texts += [e.company, e.role, e.resume_version, e.variant, e.note]
    for x in load_experiments(ws.store):
        texts += [x.name, x.change, x.baseline, x.candidate]
    materials = load_materials(ws.store)
    texts += [b.text for b in materials.bullets()] + [t for _, t in materials.headlines()]
    texts += [part for p in materials.positions() for part in (p.title, p.company)]
    texts += [s.title for s in materials.stories()]
    return tuple(dict.fromkeys(t for t in texts if t and "levelset " in t))
