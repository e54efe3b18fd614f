"""Whose records a signed-in request of the coaching server may reach, and the audit of it.

A client reaches their own records; a coach reaches one client's, read-only, chosen first and
only while that client's consent stands (checked on every request, so a revocation takes
effect at once); an admin reaches none (roll-ups only). Every coach read and every change of a
client's records is written to the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass

from levelset.app.accounts import Signed, require_role
from levelset.app.workspace import Workspace
from levelset.errors import Forbidden, NotFound
from levelset.store import accounts, audit, clients, consent, sessions
from levelset.store.audit import AuditEntry
from levelset.store.db import SharedReads

UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
PageReads = SharedReads  # what one request's reads share (`page_reads`)


@dataclass(frozen=True)
class PageAccess:
    """The workspace one request of the web app runs in."""

    workspace: Workspace
    client_id: int
    read_only: bool


@dataclass(frozen=True)
class Rollup:
    coaches: int
    clients: int
    sharing: dict[str, int]  # coach name -> clients sharing with them now


class NoClientChosen(NotFound):
    """A coach asked for a client page before choosing a client."""


def page_access(ws: Workspace, signed: Signed, method: str, what: str) -> PageAccess:
    """The workspace of this request's records (and its audit entry), or 404/403."""
    store = ws.store.for_tenant(signed.org)
    role, user = signed.user.role, signed.user
    if role == "client" and user.client_id is not None:
        if method in UNSAFE:
            audit.record(store, user.id, user.client_id, "change", f"{method} {what}")
        return PageAccess(ws.seen_as(signed.org, user.client_id, user.name), user.client_id, False)
    if role != "coach":
        raise Forbidden("an admin sees roll-ups, not client records")
    chosen = signed.viewing_client
    if chosen is None:
        raise NoClientChosen("choose a client first")
    if method in UNSAFE:
        if not consent.may_see(store, user.id, chosen):
            raise NotFound("no such client")
        raise Forbidden("a coach sees a client's pages read-only")
    label = audit.coach_read(store, user.id, chosen, f"{method} {what}")
    if label is None:
        raise NotFound("no such client")
    return PageAccess(ws.seen_as(signed.org, chosen, label), chosen, True)


def page_reads() -> SharedReads:
    """What one page request's reads share (on PostgreSQL: one read-only transaction per
    owner and tenant): enter it around the page, `end()` it from a thread afterwards."""
    return SharedReads()


def choose_client(ws: Workspace, coach: Signed, client_id: int | None) -> None:
    """The client a coach's next pages show (None: back to the list); 404 without consent."""
    require_role(coach, "coach")
    store = ws.store.for_tenant(coach.org)
    if client_id is not None and not consent.may_see(store, coach.user.id, client_id):
        raise NotFound("no such client")
    sessions.view_client(store, coach.session_id, client_id)


def rollup(ws: Workspace, admin: Signed) -> Rollup:
    """Counts an admin may see: no client's records, no client's name."""
    require_role(admin, "admin")
    store = ws.store.for_tenant(admin.org)
    coaches = accounts.list_users(store, "coach")
    live = [c for c in consent.consents(store) if c.revoked_at is None]
    sharing = {c.name: sum(1 for x in live if x.coach_id == c.id) for c in coaches}
    return Rollup(len(coaches), len(clients.list_clients(store)), sharing)


def trail(ws: Workspace, signed: Signed) -> list[AuditEntry]:
    """The audit log, newest first, with the names of who and whose: an admin's whole
    organisation's, a client's about themself."""
    store = ws.store.for_tenant(signed.org)
    if signed.user.role == "admin":
        return audit.named_entries(store)
    if signed.user.role == "client" and signed.user.client_id is not None:
        return audit.named_entries(store, signed.user.client_id)
    raise Forbidden("the audit log is for admins, and for clients about themselves")
