"""One error shape for the whole web app: {error, message, hint?, problems?} with its status.

Domain errors (levelset.errors) keep their own status and `to_dict()`; framework errors (an
unknown path, a bad query parameter, a refused token) are put into the same shape. Pages get
the same content rendered as HTML; the JSON API and scripts get it as JSON.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from levelset.errors import LevelsetError
from levelset.web.content import wants_json
from levelset.web.security import BodyTooLarge

log = logging.getLogger("levelset.web")

HTTP_KINDS = {
    400: "invalid_input",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    503: "data_unavailable",
}


class Forbidden(LevelsetError):
    """A state-changing request without this session's token."""

    http_status = 403
    kind = "forbidden"


class TooLarge(LevelsetError):
    """An upload above the size limit."""

    http_status = 413
    kind = "too_large"


def error_body(error: LevelsetError) -> dict[str, Any]:
    """The JSON body of a domain error: exactly its to_dict()."""
    return dict(error.to_dict())


def respond_error(request: Request, status: int, body: dict[str, Any]) -> Response:
    """The error as JSON or as a page, depending on what the client asked for."""
    render = getattr(request.app.state, "render_error", None)
    if wants_json(request) or render is None:
        response: Response = JSONResponse(body, status_code=status)
    else:
        response = render(request, status, body)
    response.headers["vary"] = "Accept"
    return response


async def _levelset_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LevelsetError)
    return await _answer_form_or_error(request, exc.http_status, error_body(exc))


async def _answer_form_or_error(request: Request, status: int, body: dict[str, Any]) -> Response:
    """A refused form comes back as its page with the error in place; anything else as usual."""
    from levelset.web.form_errors import redraw  # it renders pages, which use this module

    redrawn = await redraw(request, status, body)
    return redrawn if redrawn is not None else respond_error(request, status, body)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if isinstance(exc.__cause__, BodyTooLarge):
        return respond_error(request, 413, error_body(TooLarge(str(exc.__cause__))))
    kind = HTTP_KINDS.get(exc.status_code, "error")
    message = exc.detail if isinstance(exc.detail, str) else kind.replace("_", " ")
    if exc.status_code == 404 and message == "Not Found":
        message = f"no page at {request.url.path}"
    return respond_error(request, exc.status_code, {"error": kind, "message": message})


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = [_problem(item) for item in exc.errors()]
    first = problems[0] if problems else {"field": None, "message": "invalid request"}
    message = f"{first['field']}: {first['message']}" if first["field"] else first["message"]
    body = {"error": "invalid_input", "message": message, "problems": problems}
    return await _answer_form_or_error(request, 400, body)


def _problem(item: Any) -> dict[str, Any]:
    if item.get("type") == "json_invalid":  # its location is a character offset, not a field
        message = "the body is not valid JSON"
        return {"message": message, "file": None, "line": None, "field": None, "expected": None}
    location = [str(part) for part in item.get("loc", ()) if part not in ("query", "body", "path")]
    return {
        "message": str(item.get("msg", "invalid value")),
        "file": None,
        "line": None,
        "field": ".".join(location) or None,
        "expected": None,
    }


async def _body_too_large(request: Request, exc: Exception) -> Response:
    return respond_error(request, 413, error_body(TooLarge(str(exc))))


async def _unexpected(request: Request, exc: Exception) -> Response:
    from levelset.failures import explain

    explained = explain(exc)  # a busy store, a full disk, a clash in the database: no SQL
    if explained is not None:
        log.warning("%s on %s: %s", type(exc).__name__, request.url.path, explained.message)
        return respond_error(request, explained.http_status, error_body(explained))
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    body = {
        "error": "internal",
        "message": "something went wrong on our side; the details are in the server's output",
    }
    return respond_error(request, 500, body)


def install_error_handlers(app: FastAPI) -> None:
    """Route every error of the app through the one shape."""
    app.add_exception_handler(LevelsetError, _levelset_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(BodyTooLarge, _body_too_large)
    app.add_exception_handler(Exception, _unexpected)
