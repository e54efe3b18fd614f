"""State-changing requests: the session token every one of them must carry, and the answer.

Forms send the token as a hidden field, scripts as the X-CSRF-Token header. A form gets a
redirect to the page it changed (post/redirect/get); a JSON client gets the result as JSON.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from levelset.errors import Problem, validation_failed
from levelset.web.errors import Forbidden, wants_json
from levelset.web.pages import json_response
from levelset.web.security import TOKEN_FIELD, TOKEN_HEADER, SecurityPolicy

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


async def require_token(request: Request) -> None:
    """Refuse (403) a state-changing request without this session's token."""
    sent = request.headers.get(TOKEN_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(FORM_TYPES):
        form = await request.form()
        value = form.get(TOKEN_FIELD)
        sent = value if isinstance(value, str) else None
    policy: SecurityPolicy = request.app.state.policy
    session = request.scope.get("state", {}).get("session")
    if not policy.token_valid(session, sent):
        raise Forbidden(
            "this request did not carry the page's token",
            hint="reload the page and send the form again",
        )


def done(request: Request, result: Any, redirect_to: str, *, status: int = 200) -> Response:
    """JSON of the result for JSON clients; otherwise back to the page (303 See Other)."""
    if wants_json(request):
        return json_response(result, status)
    return RedirectResponse(redirect_to, status_code=303)


def optional_text(value: str | None) -> str | None:
    """A form field with only spaces counts as not given."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def optional_number(value: str | None, field: str, problems: list[Problem]) -> int | None:
    """An amount typed in a form ("185,000", "185000") or None; bad text becomes a problem."""
    text = optional_text(value)
    if text is None:
        return None
    clean = text.replace(",", "").replace("_", "").replace("$", "").replace(" ", "")
    try:
        amount = round(float(clean))
    except ValueError:
        problems.append(Problem(f"{text!r} is not a number", field=field, expected="an amount"))
        return None
    if amount < 0:
        problems.append(Problem("must not be negative", field=field, expected=">= 0"))
    return amount


def raise_problems(what: str, problems: list[Problem]) -> None:
    if problems:
        raise validation_failed(what, problems)
