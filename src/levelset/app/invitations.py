"""Invitations and consent on the coaching server: a coach invites a client by a single-use
link; the client makes an account, sees what the coach would see, and shares or not; the
client can revoke at any time, after which the coach sees nothing of them."""

from __future__ import annotations

from dataclasses import dataclass

from levelset.app import passwords
from levelset.app.accounts import (
    Signed,
    digest,
    new_token,
    require_role,
    split_token,
    start_session,
)
from levelset.app.workspace import Workspace
from levelset.errors import Forbidden, InputError, NotFound
from levelset.store import accounts, clients, consent
from levelset.store.consent import Invitation

INVITATION_DAYS = 14
# what a coach sees of a client who shares: the pages of the app, read-only
SHARED = (
    "your target profile and level estimate",
    "your offers and their valuations",
    "your negotiations, their events and drafts",
    "your proof of impact and its scores",
    "your job-search tracking and experiments",
    "your plan and practice sessions",
)
NOT_SHARED = ("your password", "your sign-in sessions")


@dataclass(frozen=True)
class InvitationView:
    organisation: str
    coach: str
    email: str
    shared: tuple[str, ...] = SHARED
    not_shared: tuple[str, ...] = NOT_SHARED


@dataclass(frozen=True)
class CoachAccess:
    coach_id: int
    coach: str
    sharing: bool


@dataclass(frozen=True)
class ClientEntry:
    client_id: int
    name: str
    email: str | None


def invite(ws: Workspace, coach: Signed, name: str, email: str) -> str:
    """A new client of the coach's organisation and the single-use token of their invitation."""
    require_role(coach, "coach")
    if not name.strip() or "@" not in email:
        raise InputError("an invitation needs the client's name and address")
    store = ws.store.for_tenant(coach.org)
    if accounts.org_of_email(ws.store, email) is not None:
        raise InputError(f"an account for {email.strip()} already exists")
    client = clients.add_client(store, name, email=email.strip(), note=None, cohort=None)
    token, hashed = new_token(coach.org)
    consent.invite(store, coach.user.id, client.id, email, hashed, INVITATION_DAYS)
    return token


def _invitation(ws: Workspace, token: str) -> tuple[int, Invitation]:
    parts = split_token(token)
    if parts is None:
        raise NotFound("this invitation is unknown, already used or expired")
    return parts[0], consent.open_invitation(ws.store.for_tenant(parts[0]), digest(parts[1]))


def show_invitation(ws: Workspace, token: str) -> InvitationView:
    """What the invited client is shown before making an account."""
    org, found = _invitation(ws, token)
    store = ws.store.for_tenant(org)
    coach = accounts.find_user(store, user_id=found.coach_id)
    return InvitationView(accounts.organisation_name(ws.store, org), coach.name, found.email)


def accept(ws: Workspace, token: str, name: str, password: str, share: bool) -> str:
    """The client's account (sharing with the coach or not) and its first session's token."""
    org, found = _invitation(ws, token)
    store = ws.store.for_tenant(org)
    hashed = passwords.hash_password(password)
    user_id = consent.accept(store, found, name or found.email, hashed, share)
    return start_session(store, user_id)


def coaches_of(ws: Workspace, client: Signed) -> list[CoachAccess]:
    """The coaches who invited or were granted this client, and whether they may see now."""
    require_role(client, "client")
    store = ws.store.for_tenant(client.org)
    seen: dict[int, bool] = {}
    for row in consent.consents(store, client_id=_client_id(client)):
        seen[row.coach_id] = seen.get(row.coach_id, False) or row.revoked_at is None
    coaches = {u.id: u.name for u in accounts.list_users(store, "coach")}
    return [CoachAccess(i, coaches.get(i, "a former coach"), s) for i, s in seen.items()]


def revoke(ws: Workspace, client: Signed, coach_id: int) -> int:
    require_role(client, "client")
    return consent.revoke(ws.store.for_tenant(client.org), _client_id(client), coach_id)


def share_again(ws: Workspace, client: Signed, coach_id: int) -> None:
    """Grant a coach who had been granted before (and revoked) access again."""
    require_role(client, "client")
    store = ws.store.for_tenant(client.org)
    known = {c.coach_id for c in consent.consents(store, client_id=_client_id(client))}
    if coach_id not in known:
        raise NotFound("no such coach")
    if not consent.may_see(store, coach_id, _client_id(client)):
        consent.grant(store, _client_id(client), coach_id)


def clients_of(ws: Workspace, coach: Signed) -> list[ClientEntry]:
    """The clients who share with this coach now (revoked ones are gone from the list)."""
    require_role(coach, "coach")
    store = ws.store.for_tenant(coach.org)
    sharing = {
        c.client_id for c in consent.consents(store, coach_id=coach.user.id) if c.revoked_at is None
    }
    rows = clients.list_clients(store)
    return [ClientEntry(r.id, r.name, r.email) for r in rows if r.id in sharing]


def _client_id(client: Signed) -> int:
    if client.user.client_id is None:
        raise Forbidden("this account holds no client records")
    return client.user.client_id
