"""Accounts of the coaching server: the first organisation, signing in and out, sessions and
password resets. The organisation (tenant) is passed explicitly to every call that needs one.

A sign-in token is `<organisation>.<secret>`: the organisation says which tenant's sessions
to look in, the secret (whose SHA-256 digest only is stored) proves the session.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from levelset.app import passwords
from levelset.app.server_setup import create_organisation as create_organisation
from levelset.app.workspace import Workspace
from levelset.errors import Forbidden, InputError, NotFound, TooManyAttempts, Unauthorized
from levelset.store import accounts, sessions
from levelset.store.accounts import User
from levelset.store.db import Store

WRONG = "the address or the password is wrong"


@dataclass(frozen=True)
class ServerPolicy:
    """How long sessions last and how hard signing in may be tried."""

    idle: dt.timedelta = dt.timedelta(minutes=30)
    absolute: dt.timedelta = dt.timedelta(hours=12)
    window: dt.timedelta = dt.timedelta(minutes=5)  # the rate limits' window
    per_address: int = 20  # sign-in attempts from one address in a window
    per_email: int = 10  # sign-in attempts for one account in a window
    lock_after: int = 5  # failed sign-ins in a row that lock the account
    lock_for: dt.timedelta = dt.timedelta(minutes=15)
    reset_valid: dt.timedelta = dt.timedelta(hours=24)
    touch_every: dt.timedelta = dt.timedelta(seconds=60)  # last_seen granularity


@dataclass(frozen=True)
class Signed:
    """A live session: who is signed in, in which organisation."""

    org: int
    user: User
    session_id: int
    csrf_seed: str
    viewing_client: int | None


def require_role(signed: Signed, *roles: str) -> None:
    if signed.user.role not in roles:
        raise Forbidden(f"this needs a {' or '.join(roles)} account")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def split_token(token: str) -> tuple[int, str] | None:
    """(organisation, secret) of a token, or None when it is not one."""
    org, dot, secret = token.partition(".")
    if not dot or not org.isdigit() or not secret or len(token) > 200:
        return None
    return int(org), secret


def new_token(org: int) -> tuple[str, str]:
    """A fresh (token, digest of its secret) for this organisation."""
    secret = secrets.token_urlsafe(32)
    return f"{org}.{secret}", digest(secret)


def add_staff(ws: Workspace, admin: Signed, email: str, name: str, role: str, password: str) -> int:
    """A coach or another admin of the organisation (an admin's act)."""
    require_role(admin, "admin")
    if role not in ("admin", "coach"):
        raise InputError("staff are admins or coaches", hint="clients join by invitation")
    if not name.strip() or "@" not in email:
        raise InputError("a user needs a name and an address")
    hashed = passwords.hash_password(password)
    return accounts.add_user(ws.store.for_tenant(admin.org), email, name, role, hashed, None)


def sign_in(ws: Workspace, email: str, password: str, address: str, policy: ServerPolicy) -> str:
    """A new session's token, or Unauthorized / TooManyAttempts (never which part was wrong)."""
    root = ws.store
    _rate_limit(root, [f"address:{address}", f"email:{accounts.email_key(email)}"], policy)
    org = accounts.org_of_email(root, email)
    if org is None:
        passwords.decoy()
        raise Unauthorized(WRONG)
    store = root.for_tenant(org)
    user = accounts.find_user(store, email=email)
    if user.locked_until is not None and _aware(user.locked_until) > ws.now():
        passwords.decoy()
        raise TooManyAttempts("this account is locked for a while after failed sign-ins")
    if not passwords.verify(user.password_hash, password):
        accounts.note_failure(store, user.id, policy.lock_after, ws.now() + policy.lock_for)
        raise Unauthorized(WRONG)
    if passwords.needs_rehash(user.password_hash):
        accounts.set_password(store, user.id, passwords.hash_password(password))
    accounts.note_success(store, user.id)
    return start_session(store, user.id)


def _rate_limit(root: Store, keys: list[str], policy: ServerPolicy) -> None:
    since = root.now() - policy.window
    limits = (policy.per_address, policy.per_email)
    for key, limit in zip(keys, limits, strict=True):
        if accounts.attempts_since(root, key, since) >= limit:
            raise TooManyAttempts("too many sign-in attempts: wait a few minutes")
    for key in keys:
        accounts.record_attempt(root, key)


def start_session(store: Store, user_id: int) -> str:
    token, hashed = new_token(store.tenant)
    sessions.start(store, user_id, hashed, secrets.token_urlsafe(32))
    return token


def resume(ws: Workspace, token: str | None, policy: ServerPolicy) -> Signed | None:
    """The live session a token names, or None (unknown, ended, idle too long, too old)."""
    parts = split_token(token or "")
    if parts is None:
        return None
    store = ws.store.for_tenant(parts[0])
    limits = (policy.idle, policy.absolute, policy.touch_every)
    found = sessions.resume(store, digest(parts[1]), limits)
    if found is None:
        return None
    row, user = found
    return Signed(parts[0], user, row.id, row.csrf_seed, row.viewing_client)


def sign_out(ws: Workspace, signed: Signed) -> None:
    sessions.end(ws.store.for_tenant(signed.org), signed.session_id)


def sign_out_everywhere(ws: Workspace, signed: Signed) -> int:
    return sessions.end_all(ws.store.for_tenant(signed.org), signed.user.id)


def issue_reset(ws: Workspace, admin: Signed, user_id: int, policy: ServerPolicy) -> str:
    """A single-use password-reset token for a user of the admin's organisation."""
    require_role(admin, "admin")
    store = ws.store.for_tenant(admin.org)
    user = accounts.find_user(store, user_id=user_id)
    token, hashed = new_token(admin.org)
    accounts.add_reset(store, user.id, hashed, ws.now() + policy.reset_valid)
    return token


def reset_password(ws: Workspace, token: str, password: str) -> None:
    """Spend a reset token: the new password, and every session of that user ended."""
    parts = split_token(token)
    if parts is None:
        raise NotFound("this reset link is unknown, used or expired")
    passwords.check_strength(password)
    store = ws.store.for_tenant(parts[0])
    user_id = accounts.use_reset(store, digest(parts[1]))
    accounts.set_password(store, user_id, passwords.hash_password(password))
    sessions.end_all(store, user_id)


def staff(ws: Workspace, admin: Signed) -> list[User]:
    """The organisation's admins and coaches (clients are not listed to admins)."""
    require_role(admin, "admin")
    every = accounts.list_users(ws.store.for_tenant(admin.org))
    return [u for u in every if u.role != "client"]


def organisation_name(ws: Workspace, org: int) -> str:
    return accounts.organisation_name(ws.store, org)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
