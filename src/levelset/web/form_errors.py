"""A refused form comes back as its own page: the values as typed, each problem by its field.

Every form carries two hidden fields (the `token` macro writes them): `form_key` names the
form and `form_back` the page it sits on. When a form post fails with bad input, the page is
rendered again (the same route a GET would reach, called inside this request) with the error
and the typed values in the request state, so the template shows the error inside that form,
beside each field, and moves the focus to the first field to fix. No error page, no "Go
back" that empties the fields.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from levelset.web.content import wants_json

REDRAWN = frozenset({400, 404, 409, 503})  # refusals (403, 413) keep their own page
KEY_FIELD = "form_key"
BACK_FIELD = "form_back"


def first_field(body: dict[str, Any], typed: dict[str, Any]) -> str | None:
    """The first problem's field that the form has, where the focus goes."""
    for problem in body.get("problems") or ():
        name = str(problem.get("field") or "").split(".")[0].split("[")[0]
        if name and name in typed:
            return name
    return None


def _at_fields(body: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """A refusal that names its fields (and lists no problems) shown beside the first of them
    the form has, as a problem of that field is."""
    if body.get("problems"):
        return body
    name = next((f for f in body.get("fields") or () if f in values), None)
    if name is None:
        return body
    # `whole`: the message names what it is about itself, so the field's name is not put before it
    return {**body, "problems": [{"message": body.get("message"), "field": name, "whole": True}]}


def form_state(body: dict[str, Any], typed: dict[str, Any]) -> dict[str, Any]:
    """What a template needs to show the error inside its form."""
    values = {k: v for k, v in typed.items() if k not in (KEY_FIELD, BACK_FIELD)}
    body = _at_fields(body, values)
    return {
        "form_error": body,
        "form_values": values,
        "form_key": typed.get(KEY_FIELD),
        "form_focus": first_field(body, values),
    }


def _back_path(typed: dict[str, Any]) -> str | None:
    back = typed.get(BACK_FIELD)
    if not isinstance(back, str) or not back.startswith("/") or back.startswith("//"):
        return None
    return back


async def redraw(request: Request, status: int, body: dict[str, Any]) -> Response | None:
    """The form's page again with the error in place, or None to answer as usual."""
    state = request.scope.get("state") or {}
    typed = state.get("form_values")
    if request.method != "POST" or status not in REDRAWN or wants_json(request) or not typed:
        return None
    back = _back_path(typed)
    if back is None:
        return None
    raw, _, query = back.partition("?")
    scope = {
        **request.scope,
        "method": "GET",
        "path": unquote(raw),
        "raw_path": raw.encode("latin-1", "replace"),
        "query_string": query.encode("latin-1", "replace"),
        "headers": [(k, v) for k, v in request.scope["headers"] if k != b"content-type"],
        "state": {**state, "redraw": form_state(body, typed)},
    }
    return await _answer(request, scope, status)


async def _answer(request: Request, scope: dict[str, Any], status: int) -> Response | None:
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    try:
        await request.app.router(scope, receive, send)
    except Exception:  # the page itself failed: the plain error page says what went wrong
        return None
    start = next((m for m in messages if m["type"] == "http.response.start"), None)
    if start is None or start["status"] != 200:
        return None
    html = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return HTMLResponse(html, status_code=status, headers={"vary": "Accept"})
