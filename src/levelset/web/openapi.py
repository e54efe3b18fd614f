"""The OpenAPI description as the app really answers: one error shape, 400 not 422, the token.

FastAPI describes its own validation answer (422, HTTPValidationError); this app sends 400 in
its own error shape instead, and refuses state changes without the page token (403) or with a
body over the limit (413), so the description is corrected once, when first asked for.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from levelset.web.pages import ERROR_SCHEMA

UNSAFE = ("post", "put", "patch", "delete")
TOKEN_SCHEME = {
    "type": "apiKey",
    "in": "header",
    "name": "X-CSRF-Token",
    "description": (
        "The session token of the page (also accepted as the `csrf_token` form field). "
        "Read it from the `csrf-token` meta tag of any page, with the session cookie."
    ),
}
REFUSALS = {
    "400": "Bad input: the message names the field and what is expected.",
    "403": "Refused: sent from another site, or without this session's token.",
    "413": "The body is larger than the upload limit.",
}
FRAMEWORK_SCHEMAS = ("HTTPValidationError", "ValidationError")


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": ERROR_SCHEMA}}}


def _correct(operation: dict[str, Any], method: str) -> None:
    responses = operation["responses"]
    responses.pop("422", None)
    statuses = REFUSALS if method in UNSAFE else {"400": REFUSALS["400"]}
    for status, description in statuses.items():
        responses.setdefault(status, _error(description))
    if method in UNSAFE:
        operation["security"] = [{"csrfToken": []}]


def describe(app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI document, corrected to the statuses and error shape it really sends."""
    if app.openapi_schema is None:
        spec = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        for operations in spec.get("paths", {}).values():
            for method, operation in operations.items():
                _correct(operation, method)
        components = spec.setdefault("components", {})
        schemas = components.get("schemas", {})
        for name in FRAMEWORK_SCHEMAS:
            schemas.pop(name, None)
        components["securitySchemes"] = {"csrfToken": TOKEN_SCHEME}
        app.openapi_schema = spec
    return app.openapi_schema


def install(app: FastAPI) -> None:
    """Serve the corrected description at the app's openapi_url."""
    app.openapi = lambda: describe(app)  # type: ignore[method-assign]
