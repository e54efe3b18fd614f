"""The one-time message after a deletion: what went, and an Undo button that brings it back.

The redirect after a delete carries a short-lived cookie (what was removed, the undo token,
where Undo posts); the next page shows it once inside the layout and forgets it.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from fastapi import Request
from fastapi.responses import Response

UNDO_COOKIE = "levelset_undo"
UNDO_ACTIONS = ("/undo", "/proof/positions/undo")  # the only places an Undo button posts to


def offer_undo(response: Response, what: str, token: str = "", action: str = "/undo") -> None:
    """Show "Deleted <what>" with an Undo button on the page the response leads to."""
    data = json.dumps({"what": what, "token": token, "action": action}).encode()
    value = base64.urlsafe_b64encode(data).decode()
    response.set_cookie(UNDO_COOKIE, value, max_age=120, httponly=True, samesite="strict")


def undo_offered(request: Request) -> dict[str, Any] | None:
    """The deletion to offer an Undo for on this page, if one was just made."""
    value = request.cookies.get(UNDO_COOKIE)
    if not value:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(value.encode()))
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("action") not in UNDO_ACTIONS:
        return None
    return {k: str(data.get(k) or "") for k in ("what", "token", "action")}


def forget_undo(request: Request, response: Response) -> None:
    """The Undo is offered once: the page that showed it drops the cookie."""
    if UNDO_COOKIE in request.cookies:
        response.delete_cookie(UNDO_COOKIE, httponly=True, samesite="strict")
