"""The plan page: the dated 30-day plan with ticks, the one signal to fix first, the weekly
review; make a new plan, tick items, answer the review, download the calendar."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Path, Request
from fastapi.responses import Response

from levelset.errors import NotFound
from levelset.jsonable import to_jsonable
from levelset.web.context import AppContext
from levelset.web.forms import done, optional_text, require_token
from levelset.web.pages import Page, context_of
from levelset.web.views.page_models import PlanPage

Ctx = Annotated[AppContext, Depends(context_of)]
FOCUSES = (
    ("", "what needs it most"),
    ("salary", "salary"),
    ("leveling", "leveling"),
    ("negotiation", "negotiation"),
)


def progress(ctx: AppContext) -> dict[str, Any] | None:
    """Done and total items, this week's number and the signal, for the dashboard."""
    from levelset.app.plan import plan_progress

    return plan_progress(ctx.workspace)


def plan_view(ctx: Ctx) -> PlanPage:
    """The current plan with the ticked items and this week's review."""
    from levelset.app.plan import plan_page

    return PlanPage.model_validate(to_jsonable({"available": True, **plan_page(ctx.workspace)}))


def decorate(data: dict[str, Any]) -> dict[str, Any]:
    from levelset.app.plan import signal_sources

    return {"focuses": FOCUSES, "signal_sources": signal_sources()}


PAGES = [
    Page(
        path="/plan",
        template="plan.html",
        view=plan_view,
        title="Plan",
        summary="The dated 30-day plan, its progress and this week's review",
        model=PlanPage,
        decorate=decorate,
    )
]


def create_form(
    request: Request,
    ctx: Ctx,
    start: Annotated[str | None, Form(description="first day, YYYY-MM-DD (default today)")] = None,
    focus: Annotated[str | None, Form(description="salary, leveling or negotiation")] = None,
    at: Annotated[str, Form(description="time of day of the focus blocks, HH:MM")] = "18:00",
) -> Response:
    """Make a new plan from everything stored; it becomes the current plan."""
    from levelset.app.plan import make_plan

    made = make_plan(ctx.workspace, optional_text(start), optional_text(focus), at)
    return done(
        request,
        {"plan_id": made.id, "plan": made.plan.to_dict()},
        "/plan",
        status=201,
        saved="plan",
    )


def tick_form(
    request: Request,
    ctx: Ctx,
    item_id: Annotated[str, Path(description="the item id, e.g. 2.1")],
    done_: Annotated[bool, Form(alias="done")] = True,
) -> Response:
    """Tick (or untick) one item of the current plan."""
    from levelset.app.plan import tick_item

    ticked = tick_item(ctx.workspace, item_id, done_)
    found = ticked.item.id
    return done(request, {"item": found, "done": done_}, f"/plan#item-{found}", saved="item")


def review_form(
    request: Request,
    ctx: Ctx,
    week: Annotated[int, Form(ge=1, le=5)],
    changed: Annotated[str | None, Form(max_length=2000)] = None,
    next_test: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    """Keep this week's answers: what changed, and the one change to test next."""
    from levelset.app.plan import answer_review

    saved = answer_review(ctx.workspace, week, changed or "", next_test or "")
    return done(request, saved, "/plan#review", saved="review")


def calendar(ctx: Ctx) -> Response:
    """The focus blocks and weekly reviews as an iCalendar file."""
    from levelset.app.plan import plan_calendar

    try:
        made = plan_calendar(ctx.workspace)
    except NotFound as error:  # the core's hint names a CLI command; here the page does it
        raise NotFound(error.message, hint="make one on the Plan page (/plan)") from None
    return Response(
        made.data,
        media_type="text/calendar",
        headers={"content-disposition": f'attachment; filename="{made.name}"'},
    )


def register(app: FastAPI) -> None:
    guard = [Depends(require_token)]
    app.add_api_route("/plan.ics", calendar, methods=["GET"], tags=["plan"],
                      summary="The plan's calendar (iCalendar)")  # fmt: skip
    for path, endpoint, summary in (
        ("/plan", create_form, "Make a new plan"),
        ("/plan/items/{item_id}", tick_form, "Tick or untick an item"),
        ("/plan/review", review_form, "Answer the weekly review"),
    ):
        app.add_api_route(path, endpoint, methods=["POST"], dependencies=guard,
                          summary=summary, tags=["plan"])  # fmt: skip
