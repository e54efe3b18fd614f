"""The job board page: applications as cards in stage columns, moved by drag and drop or by a
form per card (keyboard, no script), each with its contacts, follow-up and interview dates;
the follow-ups as a calendar file."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import Response

from levelset.errors import LevelsetError
from levelset.jsonable import to_jsonable
from levelset.web.content import wants_json
from levelset.web.context import AppContext
from levelset.web.forms import done, require_token
from levelset.web.pages import Page, context_of, form_error_page
from levelset.web.views.page_models import BoardPage

Ctx = Annotated[AppContext, Depends(context_of)]


def board_view(ctx: Ctx) -> BoardPage:
    """Every application or outreach as a card in the column its events reached (applied, in
    touch, interviewing, offer, closed), with contacts, follow-up and interview dates."""
    from levelset.app.board import job_board
    from levelset.tracking.board import MOVE_LABELS, STALE_DAYS

    found = job_board(ctx.workspace).to_dict()
    moves = [{"to": k, "label": v} for k, v in MOVE_LABELS.items()]
    return BoardPage.model_validate(
        to_jsonable({**found, "moves": moves, "stale_days": STALE_DAYS})
    )


PAGES = [
    Page(
        path="/board",
        template="board.html",
        view=board_view,
        title="Job board",
        summary="Applications as cards in stage columns, with contacts and follow-ups",
        model=BoardPage,
    )
]


def move_form(
    request: Request,
    ctx: Ctx,
    card_id: int,
    to: Annotated[
        str, Form(description="applied, talking, interviewing, offer, rejected, withdrawn")
    ],
) -> Response:
    """Move a card: forward logs today's event of that stage; back takes away what the board
    logged (409 when events you tracked put it there)."""
    from levelset.app.board import move_card

    try:
        moved = move_card(ctx.workspace, card_id, to)
    except LevelsetError as error:
        return _refused(request, ctx, error, {"to": to}, f"move-{card_id}")
    return done(request, moved, f"/board#card-{card_id}", saved="moved")


def details_form(
    request: Request,
    ctx: Ctx,
    card_id: int,
    contacts: Annotated[str, Form(description="names, roles, emails; one per line or ;")] = "",
    follow_up: Annotated[str, Form(description="next follow-up, YYYY-MM-DD")] = "",
    interviews: Annotated[str, Form(description="2026-12-08 phone screen; 2026-12-15 onsite")] = "",
) -> Response:
    """Keep a card's contacts, next follow-up and interview dates."""
    from levelset.app.board import save_details

    try:
        saved = save_details(ctx.workspace, card_id, contacts, follow_up, interviews)
    except LevelsetError as error:
        typed = {"contacts": contacts, "follow_up": follow_up, "interviews": interviews}
        return _refused(request, ctx, error, typed, f"card-{card_id}")
    return done(request, saved, f"/board#card-{card_id}", saved="card")


def _refused(
    request: Request, ctx: AppContext, error: LevelsetError, typed: dict[str, Any], key: str
) -> Response:
    if wants_json(request):
        raise error
    return form_error_page(request, PAGES[0], {"ctx": ctx}, error, typed, key)


def calendar(ctx: Ctx) -> Response:
    """The next follow-up of every card and the interviews to come, as an .ics file."""
    from levelset.app.board import follow_up_calendar

    return Response(
        follow_up_calendar(ctx.workspace),
        media_type="text/calendar",
        headers={"content-disposition": 'attachment; filename="follow-ups.ics"'},
    )


def register(app: FastAPI) -> None:
    guard = [Depends(require_token)]
    app.add_api_route(
        "/board/cards/{card_id}/move", move_form, methods=["POST"], dependencies=guard,
        summary="Move a card to another column", tags=["board"],
    )  # fmt: skip
    app.add_api_route(
        "/board/cards/{card_id}", details_form, methods=["POST"], dependencies=guard,
        summary="Keep a card's contacts, follow-up and interview dates", tags=["board"],
    )  # fmt: skip
    app.add_api_route(
        "/board/follow-ups.ics", calendar, methods=["GET"],
        summary="Download the follow-ups and interviews as a calendar file", tags=["board"],
    )  # fmt: skip
