"""Delete from every list, take it back with Undo, and download any list as CSV or JSON.

A delete answers a page with a redirect to the list, where a one-time message names what went
and offers Undo; scripts get what was deleted and the token that restores it (`POST /undo`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI, Form, Query, Request
from fastapi.responses import Response

from levelset.web.content import wants_json
from levelset.web.context import AppContext
from levelset.web.flash import offer_undo
from levelset.web.forms import done, require_token
from levelset.web.pages import context_of

if TYPE_CHECKING:
    from levelset.app.undo import Deleted

Ctx = Annotated[AppContext, Depends(context_of)]
# Where each list lives: a deletion and its Undo lead back there.
PAGE_OF = {
    "offer": "/offers",
    "event": "/tracking#events",
    "negotiation": "/negotiation",
    "experiment": "/tracking#experiments",
    "source": "/proof",
    "posting": "/market/evidence",
    "comp": "/market/evidence",
    "practice": "/tracking#practice",
}


def deleted(request: Request, gone: Deleted, kind: str) -> Response:
    """Back to the list with "Deleted ..." and Undo; scripts get the deletion and its token."""
    result = {**gone.to_dict(), "token": gone.undo_file.name}
    response = done(request, result, PAGE_OF[kind])
    if not wants_json(request):
        offer_undo(request, response, gone.what, gone.undo_file.name)
    return response


def delete_offer(request: Request, ctx: Ctx, offer_id: int) -> Response:
    """Delete a stored offer (Undo brings it back)."""
    from levelset.app.offers import delete_offer as remove

    return deleted(request, remove(ctx.workspace, offer_id), "offer")


def delete_event(request: Request, ctx: Ctx, event_id: int) -> Response:
    """Delete a tracked event; an application takes its replies and interviews along."""
    from levelset.app.tracking import delete_event as remove

    return deleted(request, remove(ctx.workspace, event_id), "event")


def delete_experiment(request: Request, ctx: Ctx, name: str) -> Response:
    """Delete an experiment, open or closed."""
    from levelset.app.removals import delete_experiment as remove

    return deleted(request, remove(ctx.workspace, name), "experiment")


def delete_negotiation(request: Request, ctx: Ctx, company: str) -> Response:
    """Delete a negotiation record with its events and drafts."""
    from levelset.app.drafting import delete_record

    return deleted(request, delete_record(ctx.workspace, company), "negotiation")


def delete_source(request: Request, ctx: Ctx, source: Annotated[str, Form()]) -> Response:
    """Forget an imported file (its positions, bullets and corrections)."""
    from levelset.app.removals import delete_source as remove

    return deleted(request, remove(ctx.workspace, source), "source")


def delete_practice(request: Request, ctx: Ctx, practice_id: int) -> Response:
    """Delete a kept practice session (Undo brings it back, its session id too)."""
    from levelset.app.removals import delete_practice as remove

    return deleted(request, remove(ctx.workspace, practice_id), "practice")


def undo(request: Request, ctx: Ctx, token: Annotated[str, Form()]) -> Response:
    """Bring back what a deletion removed (once)."""
    from levelset.app.removals import kind_of, restore

    back = PAGE_OF[kind_of(token)]
    return done(request, {"restored": restore(ctx.workspace, token)}, back, saved="restored")


def export_list(
    ctx: Ctx,
    what: str,
    format_: Annotated[str, Query(alias="format", description="csv or json")] = "csv",
) -> Response:
    """One list as a file: offers, events, experiments, negotiations, positions or bullets."""
    from levelset.app.list_exports import export_list as export

    made = export(ctx.workspace, what, format_)
    disposition = f'attachment; filename="{made.filename}"'
    return Response(
        made.text, media_type=made.media_type, headers={"content-disposition": disposition}
    )


def register(app: FastAPI) -> None:
    guard = [Depends(require_token)]
    routes: list[tuple[str, Any, str]] = [
        ("/offers/{offer_id}/delete", delete_offer, "Delete an offer"),
        ("/tracking/events/{event_id}/delete", delete_event, "Delete an event"),
        ("/tracking/experiments/{name:path}/delete", delete_experiment, "Delete an experiment"),
        ("/negotiation/{company:path}/delete", delete_negotiation, "Delete a negotiation"),
        ("/proof/sources/delete", delete_source, "Forget an imported file"),
        ("/practice/sessions/{practice_id}/delete", delete_practice, "Delete a practice session"),
        ("/undo", undo, "Undo a deletion"),
    ]
    for path, endpoint, summary in routes:
        app.add_api_route(
            path, endpoint, methods=["POST"], dependencies=guard, summary=summary, tags=["lists"]
        )
    app.add_api_route(
        "/export/{what}", export_list, methods=["GET"], summary="Download a list (CSV or JSON)",
        tags=["lists"],
    )  # fmt: skip
