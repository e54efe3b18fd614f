"""The one-time message after a deletion: what went, and an Undo button that brings it back.

The redirect after a delete carries a short-lived cookie (what was removed, the undo token,
where Undo posts); the next page shows it once inside the layout and forgets it.

The cookie belongs to the pages it was made under: a coach's client's pages (`/c/<client>/`)
have their own cookie, sent only to that client's addresses, and the message names whose
pages made it, so a deletion made for one client is never offered (or forgotten) on
another's pages, nor on the coach's own. The confirmation after a save is scoped the same
way.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import Response

UNDO_COOKIE = "levelset_undo"
SAVED_COOKIE = "levelset_saved"
UNDO_ACTIONS = ("/undo", "/proof/positions/undo")  # the only places an Undo button posts to


def _root(request: Request) -> str:
    """Whose pages answer: "" for the app's own, "/c/<client>" under a coach's client."""
    return str(request.scope.get("root_path", "") or "")


def _path(root: str) -> str:
    """The cookie's path: the pages' prefix as the browser writes it (percent-encoded)."""
    return quote(f"{root}/", safe="/")


def cookie_name(root: str, base: str = UNDO_COOKIE) -> str:
    """The undo (or `base`) cookie of the pages under `root` (each client's their own)."""
    if not root:
        return base
    return f"{base}_{hashlib.sha256(root.encode()).hexdigest()[:16]}"


def confirm_saved(request: Request, response: Response, saved: str) -> None:
    """The next page of the same pages (the same client's, or the app's own) says `saved`."""
    root = _root(request)
    name, path = cookie_name(root, SAVED_COOKIE), _path(root)
    response.set_cookie(name, saved, max_age=60, path=path, httponly=True, samesite="strict")


def saved_said(request: Request) -> str:
    """What the last form of these pages saved ("" when nothing), to confirm once."""
    return request.cookies.get(cookie_name(_root(request), SAVED_COOKIE), "")


def forget_saved(request: Request, response: Response) -> None:
    """The confirmation is shown once, by the pages it was made for."""
    root = _root(request)
    if cookie_name(root, SAVED_COOKIE) in request.cookies:
        name, path = cookie_name(root, SAVED_COOKIE), _path(root)
        response.delete_cookie(name, path=path, httponly=True, samesite="strict")


def offer_undo(
    request: Request, response: Response, what: str, token: str = "", action: str = "/undo"
) -> None:
    """Show "Deleted <what>" with an Undo button on the page the response leads to."""
    root = _root(request)
    data = json.dumps({"what": what, "token": token, "action": action, "root": root}).encode()
    value = base64.urlsafe_b64encode(data).decode()
    response.set_cookie(
        cookie_name(root), value, max_age=120, path=_path(root), httponly=True, samesite="strict"
    )


def undo_offered(request: Request) -> dict[str, Any] | None:
    """The deletion to offer an Undo for on this page, if one was just made on these pages."""
    root = _root(request)
    value = request.cookies.get(cookie_name(root))
    if not value:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(value.encode()))
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("action") not in UNDO_ACTIONS:
        return None
    if data.get("root", "") != root:  # made on another client's pages
        return None
    return {k: str(data.get(k) or "") for k in ("what", "token", "action")}


def forget_undo(request: Request, response: Response) -> None:
    """The Undo is offered once: the page that showed it drops its own cookie (only)."""
    root = _root(request)
    if cookie_name(root) in request.cookies:
        name, path = cookie_name(root), _path(root)
        response.delete_cookie(name, path=path, httponly=True, samesite="strict")
