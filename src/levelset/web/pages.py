"""A page is one view function whose data renders as HTML or as its JSON twin.

A view returns a `ViewModel` (a typed pydantic model of what the page shows; a plain dict is
still accepted from pages not converted yet). `add_page` registers, for one view, the HTML path
(which also answers JSON to clients that ask for it with `Accept: application/json`) and the
same path with `.json` appended, which the OpenAPI description documents with the schema
generated from the page's model.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict

from levelset.errors import LevelsetError
from levelset.jsonable import to_jsonable
from levelset.web.content import wants_json
from levelset.web.context import AppContext
from levelset.web.flash import forget_saved, forget_undo
from levelset.web.rendering import Renderer


class ViewModel(BaseModel):
    """The data of one page: what its template shows and what its JSON twin answers.

    Fields left unset are left out of the answer, so optional parts (an error, a building
    notice) appear only when a view sets them.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")


PageData = dict[str, Any] | ViewModel
View = Callable[..., PageData]
Decorate = Callable[[dict[str, Any]], dict[str, Any]]

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {
        "error": {"type": "string", "description": "a stable kind, e.g. invalid_input"},
        "message": {"type": "string"},
        "hint": {"type": "string"},
        "problems": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    k: {"type": ["string", "integer", "null"]}
                    for k in ("message", "file", "line", "field", "expected")
                },
            },
        },
        "suggestions": {"type": "array", "items": {"type": "string"}},
    },
}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {
        "description": text,
        "content": {"application/json": {"schema": ERROR_SCHEMA}},
    }
    for status, text in (
        (400, "Bad input: the message names the field and what is expected."),
        (404, "A record that does not exist."),
        (503, "Market or stored data is missing."),
    )
}


@dataclass(frozen=True)
class Page:
    """One page of the app and its JSON twin."""

    path: str
    template: str
    view: View
    title: str
    summary: str
    model: type[ViewModel] | None = None  # what the view returns; its schema documents the twin
    properties: dict[str, Any] = field(default_factory=dict)  # without a model: top-level keys
    decorate: Decorate | None = None  # HTML-only additions, such as charts
    decorate_raw: bool = False  # decorate sees the view's values (a model's fields) unconverted
    # For HTML only: the page's data when the view raised, so the form can be fixed in place.
    recover: Callable[[dict[str, Any], LevelsetError], PageData] | None = None

    @property
    def json_path(self) -> str:
        return "/index.json" if self.path == "/" else f"{self.path}.json"


def context_of(request: Request) -> AppContext:
    """The app's shared context (a FastAPI dependency for views); the coaching server sets
    one per request, over the records that request may reach (`levelset.server.guard`)."""
    per_request = request.scope.get("levelset.context")
    return per_request or request.app.state.context  # type: ignore[no-any-return]


def as_data(data: PageData) -> dict[str, Any]:
    """A view's answer as plain keys and values (a model's fields as set, nested models too)."""
    if isinstance(data, BaseModel):
        return data.model_dump(exclude_unset=True)
    return data


def render_page(request: Request, page: Page, answer: PageData) -> Response:
    """The view's data as HTML, with the page's extras; the JSON twin stays free of them.

    The template sees the data exactly as the JSON twin does (plain JSON values), so the two
    cannot drift apart.
    """
    renderer: Renderer = request.app.state.renderer
    plain, extras = context_of(request).made_from_kept(
        answer, f"render {page.path}", lambda: _plain_and_extras(page, answer)
    )  # a page kept since the records last changed: its rendering's data kept beside it
    data = {**plain, **(request.scope.get("state") or {}).get("redraw", {})}
    query = f"?{request.url.query}" if request.url.query else ""
    layout = {"title": page.title, "json_href": twin_of(request) + query}
    html = renderer.page(request, page.template, {**layout, **data, **extras})
    response = HTMLResponse(html, headers={"vary": "Accept"})
    forget_saved(request, response)  # the confirmation is shown once
    forget_undo(request, response)
    return response


def _plain_and_extras(page: Page, answer: PageData) -> tuple[dict[str, Any], dict[str, Any]]:
    """The answer as the template sees it (plain JSON values) and the page's extras."""
    data = as_data(answer)
    plain = to_jsonable(data)
    raw = dict(answer) if isinstance(answer, BaseModel) else data  # as the view made them
    extras = page.decorate(raw if page.decorate_raw else plain) if page.decorate else {}
    return plain, extras


def form_error_page(
    request: Request,
    page: Page,
    params: dict[str, Any],
    error: LevelsetError,
    values: dict[str, Any],
    key: str | None = None,
) -> Response:
    """The page again with the error next to its form and the values as typed, error status."""
    from levelset.web.form_errors import form_state

    state = form_state(error.to_dict(), {**values, "form_key": key})
    shown = render_page(request, page, {**as_data(page.view(**params)), **state})
    shown.status_code = error.http_status
    return shown


def twin_of(request: Request) -> str:
    """This page's JSON twin, as sent (still percent-encoded, so "A%2FB" stays one name)."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    path = raw.decode("latin-1").split("?", 1)[0]
    return f"{path}index.json" if path.endswith("/") else f"{path}.json"  # "/", a client's "/c/A/"


def json_response(data: Any, status: int = 200) -> JSONResponse:
    plain = to_jsonable(as_data(data) if isinstance(data, ViewModel) else data)
    return JSONResponse(plain, status_code=status, headers={"vary": "Accept"})


def add_page(app: FastAPI, page: Page) -> None:
    """Register the page's HTML path and its `.json` twin, both calling the same view."""

    def either(request: Request, **params: Any) -> Response:
        if wants_json(request):
            return json_response(page.view(**params))
        try:
            data = page.view(**params)
        except LevelsetError as error:
            if page.recover is None:
                raise
            shown = render_page(request, page, page.recover(params, error))
            shown.status_code = error.http_status
            return shown
        return render_page(request, page, data)

    def twin(**params: Any) -> Response:
        return json_response(page.view(**params))

    either.__signature__ = _signature(page.view, with_request=True)  # type: ignore[attr-defined]
    twin.__signature__ = _signature(page.view, with_request=False)  # type: ignore[attr-defined]
    # The twin goes first: "/x/{name}" would otherwise also match "/x/acme.json".
    app.add_api_route(
        page.json_path,
        twin,
        methods=["GET"],
        name=f"{page.template.removesuffix('.html')}_json",
        operation_id=f"{page.template.removesuffix('.html')}_json",
        summary=page.summary,
        description=(page.view.__doc__ or "").strip(),
        tags=["pages"],
        responses={200: _answer(page), **ERROR_RESPONSES},
    )
    app.add_api_route(page.path, either, methods=["GET"], include_in_schema=False)


def _signature(view: View, *, with_request: bool) -> inspect.Signature:
    params = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in _view_params(view)]
    if with_request:
        request = inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request)
        params.insert(0, request)
    return inspect.Signature(params, return_annotation=Response)


def _view_params(view: View) -> list[inspect.Parameter]:
    hints = inspect.get_annotations(view, eval_str=True)
    return [
        p.replace(annotation=hints.get(p.name, p.annotation))
        for p in inspect.signature(view).parameters.values()
    ]


def _answer(page: Page) -> dict[str, Any]:
    """The twin's 200 answer: the page model's generated schema, else its listed keys."""
    described: dict[str, Any] = {"description": f"The data of the {page.title} page."}
    if page.model is not None:
        return {**described, "model": page.model}
    schema = {"type": "object", "properties": page.properties or {}, "additionalProperties": True}
    return {**described, "content": {"application/json": {"schema": schema}}}
