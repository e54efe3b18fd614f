"""The plan page: the dated 30-day plan with ticks, the one signal to fix first, the weekly
review; make a new plan, tick items, answer the review, download the calendar."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Path, Request
from fastapi.responses import Response

from levelset.errors import NotFound
from levelset.web.context import AppContext
from levelset.web.forms import done, optional_text, require_token
from levelset.web.pages import Page, context_of

Ctx = Annotated[AppContext, Depends(context_of)]
FOCUSES = (
    ("", "what needs it most"),
    ("salary", "salary"),
    ("leveling", "leveling"),
    ("negotiation", "negotiation"),
)


def progress(ctx: AppContext) -> dict[str, Any] | None:
    """Done and total items, this week's number and the signal, for the dashboard."""
    from levelset.plan.options import current_week
    from levelset.store.plan import current_plan_id, load_plan

    if current_plan_id(ctx.store) is None:
        return None
    _, plan = load_plan(ctx.store)
    data = plan.to_dict()
    return {"progress": data["progress"], "week": current_week(plan), "signal": data["signal"]}


def plan_view(ctx: Ctx) -> dict[str, Any]:
    """The current plan with the ticked items and this week's review."""
    if not ctx.has("plan"):
        return {"available": False}
    from levelset.plan.gather import gather
    from levelset.plan.options import current_week
    from levelset.plan.review import review
    from levelset.store.plan import current_plan_id, load_answers, load_plan

    if current_plan_id(ctx.store) is None:
        return {"available": True, "plan": None, "review": None}
    plan_id, plan = load_plan(ctx.store)
    week = current_week(plan)
    answers = load_answers(ctx.store, plan_id, week)
    weekly = review(plan, week, gather(ctx.store, start=plan.start), answers)
    return {
        "available": True,
        "plan_id": plan_id,
        "plan": plan.to_dict(),
        "week": week,
        "review": weekly.to_dict(),
    }


def decorate(data: dict[str, Any]) -> dict[str, Any]:
    return {"focuses": FOCUSES}


PAGES = [
    Page(
        path="/plan",
        template="plan.html",
        view=plan_view,
        title="Plan",
        summary="The dated 30-day plan, its progress and this week's review",
        properties={
            "plan": {"type": ["object", "null"], "description": "weeks, items, signal, blocks"},
            "week": {"type": "integer"},
            "review": {"type": ["object", "null"]},
        },
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
    from levelset.plan.gather import gather
    from levelset.plan.options import parse_focus, parse_start, parse_time
    from levelset.store.plan import load_plan, save_plan

    first = parse_start(optional_text(start))
    inputs = gather(ctx.store, start=first)
    made = ctx.api("plan", "build_plan")(
        inputs, first, parse_focus(optional_text(focus)), parse_time(at)
    )
    plan_id, stored = load_plan(ctx.store, save_plan(ctx.store, made))
    return done(request, {"plan_id": plan_id, "plan": stored.to_dict()}, "/plan", status=201)


def tick_form(
    request: Request,
    ctx: Ctx,
    item_id: Annotated[str, Path(description="the item id, e.g. 2.1")],
    done_: Annotated[bool, Form(alias="done")] = True,
) -> Response:
    """Tick (or untick) one item of the current plan."""
    from levelset.plan.options import find_item
    from levelset.store.plan import load_plan, set_tick

    plan_id, current = load_plan(ctx.store)
    found = find_item(current, item_id)
    set_tick(ctx.store, plan_id, found.id, done_)
    return done(request, {"item": found.id, "done": done_}, f"/plan#item-{found.id}")


def review_form(
    request: Request,
    ctx: Ctx,
    week: Annotated[int, Form(ge=1, le=5)],
    changed: Annotated[str | None, Form(max_length=2000)] = None,
    next_test: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    """Keep this week's answers: what changed, and the one change to test next."""
    from levelset.plan.review import Answers
    from levelset.store.plan import load_plan, save_answers

    plan_id, _ = load_plan(ctx.store)
    answers = Answers((changed or "").strip(), (next_test or "").strip())
    saved = save_answers(ctx.store, plan_id, week, answers)
    return done(request, saved, "/plan#review")


def calendar(ctx: Ctx) -> Response:
    """The focus blocks and weekly reviews as an iCalendar file."""
    from levelset.plan.ics import plan_calendar
    from levelset.store.plan import load_plan

    try:
        _, current = load_plan(ctx.store)
    except NotFound as error:  # the core's hint names a CLI command; here the page does it
        raise NotFound(error.message, hint="make one on the Plan page (/plan)") from None
    name = f"levelset-plan-{current.start.isoformat()}.ics"
    return Response(
        plan_calendar(current),
        media_type="text/calendar",
        headers={"content-disposition": f'attachment; filename="{name}"'},
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
