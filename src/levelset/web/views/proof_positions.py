"""The positions page: every position read from the imported files, and forms to correct it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import Response

from levelset.jsonable import to_jsonable
from levelset.web.content import wants_json
from levelset.web.context import AppContext
from levelset.web.flash import offer_undo
from levelset.web.forms import done, optional_text, require_token
from levelset.web.pages import Page, context_of
from levelset.web.views.page_models import PositionsPage

Ctx = Annotated[AppContext, Depends(context_of)]
Number = Annotated[int, Form(ge=1)]
Text = Annotated[str | None, Form()]
BACK = "/proof/positions"


def positions_view(ctx: Ctx) -> PositionsPage:
    """Each position with company, title, dates, place and bullets; guesses flagged."""
    from levelset.app.proof_positions import list_positions

    return PositionsPage.model_validate(to_jsonable(list_positions(ctx.workspace).to_dict()))


PAGES = [
    Page(
        path="/proof/positions",
        template="proof_positions.html",
        view=positions_view,
        title="Positions",
        summary="The positions read from your files, to check and correct",
        model=PositionsPage,
    )
]


def edit_form(
    request: Request,
    ctx: Ctx,
    number: Number,
    title: Text = None,
    company: Text = None,
    start: Text = None,
    end: Text = None,
    location: Text = None,
) -> Response:
    """Change a position's title, company, dates (end "present" while current) or place."""
    from levelset.app.proof_positions import edit_position

    values = {"title": title, "company": company, "start": start, "end": end}
    changes = {k: optional_text(v) for k, v in {**values, "location": location}.items()}
    if end is not None and not end.strip():
        changes["end"] = "present"
    return done(request, edit_position(ctx.workspace, number, changes), BACK)


def merge_form(request: Request, ctx: Ctx, number: Number, other: Number) -> Response:
    """Fold position `other` into position `number`."""
    from levelset.app.proof_positions import merge_positions

    return done(request, merge_positions(ctx.workspace, number, other), BACK)


def drop_form(request: Request, ctx: Ctx, number: Number, name: Text = None) -> Response:
    """Forget a position that is not one (the next page offers Undo)."""
    from levelset.app.proof_positions import drop_position

    response = done(request, drop_position(ctx.workspace, number), BACK)
    if not wants_json(request):
        what = f"position {number}" + (f" ({name.strip()})" if name and name.strip() else "")
        offer_undo(request, response, what, action="/proof/positions/undo")
    return response


def move_form(request: Request, ctx: Ctx, number: Number, bullet: Number, to: Number) -> Response:
    """Move a bullet to another position."""
    from levelset.app.proof_positions import move_bullet

    return done(request, move_bullet(ctx.workspace, number, bullet, to), BACK)


def forget_form(request: Request, ctx: Ctx, number: Number, bullet: Number) -> Response:
    """Take one bullet out of the evidence (the next page offers Undo)."""
    from levelset.app.proof_positions import forget_bullet

    response = done(request, forget_bullet(ctx.workspace, number, bullet), BACK)
    if not wants_json(request):
        what = f"bullet {bullet} of position {number}"
        offer_undo(request, response, what, action="/proof/positions/undo")
    return response


def undo_form(request: Request, ctx: Ctx) -> Response:
    """Take back the last correction."""
    from levelset.app.proof_positions import undo_correction

    return done(request, undo_correction(ctx.workspace), BACK, saved="restored")


def register(app: FastAPI) -> None:
    guard = [Depends(require_token)]
    forms: list[tuple[str, Callable[..., Any], str]] = [
        ("edit", edit_form, "Correct a position"),
        ("merge", merge_form, "Merge two positions"),
        ("drop", drop_form, "Forget a position"),
        ("move", move_form, "Move a bullet to another position"),
        ("forget", forget_form, "Take a bullet out of the evidence"),
        ("undo", undo_form, "Take back the last correction"),
    ]
    for name, endpoint, summary in forms:
        app.add_api_route(
            f"/proof/positions/{name}", endpoint, methods=["POST"], dependencies=guard,
            tags=["proof"], summary=summary,
        )  # fmt: skip
