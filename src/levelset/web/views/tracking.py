"""The tracking page: the funnel, response rates with intervals, the weekly trend, experiments;
log an event or import a spreadsheet."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.responses import Response

from levelset.charts import Bar, Series, bar_chart, drawn_twice, funnel_chart, line_chart
from levelset.errors import LevelsetError, NotFound
from levelset.jsonable import to_jsonable
from levelset.web.content import wants_json
from levelset.web.context import AppContext
from levelset.web.forms import done, optional_text, require_token
from levelset.web.pages import Page, context_of, form_error_page
from levelset.web.views.page_models import TrackingPage

Ctx = Annotated[AppContext, Depends(context_of)]
KINDS = ("application", "outreach", "response", "interview", "offer", "rejection", "withdrawal")
CHANNELS = ("referral", "cold", "recruiter", "job_board", "other")
RECENT = 20


def pipeline(ctx: AppContext) -> dict[str, Any] | None:
    """The funnel and overall response rate, for the dashboard (None before any event)."""
    from levelset.app.tracking import metrics

    found = metrics(ctx.workspace).to_dict()
    if not found["source"]["attempts"]:
        return None
    overall = next((r for r in found["rates"] if r["group"] == "overall"), None)
    return {"funnel": found["funnel"], "overall": overall, "source": found["source"]}


def tracking_view(
    ctx: Ctx,
    since: Annotated[
        dt.date | None, Query(description="only attempts on or after this date")
    ] = None,
    page: Annotated[int, Query(ge=1, le=100_000, description="page of events, newest first")] = 1,
) -> TrackingPage:
    """Progress metrics with their intervals, events (20 a page, newest first), experiments
    (kept until the records change)."""
    return ctx.kept("tracking", (since, page), lambda: _tracking(ctx, since, page))


def _tracking(ctx: AppContext, since: dt.date | None, page: int) -> TrackingPage:
    from levelset.app.tracking import overview
    from levelset.tracking import to_json_data

    seen = overview(ctx.workspace, since, recent=RECENT, skip=(page - 1) * RECENT)
    data = {
        "available": True,
        "since": since,
        "metrics": seen.metrics.to_dict(),
        "events": to_json_data(seen.recent),
        "event_count": seen.event_count,
        "page": page,
        "pages": max(1, -(-seen.event_count // RECENT)),
        "experiments": list(seen.experiments),
        "practice_sessions": _practice_sessions(ctx),
    }
    return TrackingPage.model_validate(to_jsonable(data))


def _practice_sessions(ctx: AppContext) -> list[dict[str, Any]]:
    """Every kept practice session, newest first, to delete one (Undo brings it back)."""
    from levelset.app.practice import practice_history

    kept = reversed(practice_history(ctx.workspace))
    return [{k: v for k, v in s.to_dict().items() if k != "already_kept"} for s in kept]


def charts(data: dict[str, Any]) -> dict[str, Any]:
    extras: dict[str, Any] = {"kinds": KINDS, "channels": CHANNELS, "recent": RECENT}
    metrics = data.get("metrics")
    if metrics and metrics.get("practice"):
        from levelset.web.views.practice_charts import practice_charts

        extras["practice_charts"] = practice_charts(metrics["practice"])
    if not metrics or not metrics["source"]["attempts"]:
        return extras
    stages = [(str(s["stage"]).capitalize(), int(s["count"])) for s in metrics["funnel"]]
    extras["funnel_chart"] = drawn_twice(
        lambda width: funnel_chart(stages, title="From application to offer", width=width)
    )
    extras["rates_chart"] = _rates_chart(metrics["rates"])
    weekly = [w for w in metrics["weekly"] if w["attempts"]]
    if len(weekly) > 1:
        points = tuple((str(w["week"]), w["rate"] * 100) for w in weekly)
        extras["weekly_chart"] = drawn_twice(
            lambda width: line_chart(
                [Series("response rate", points)],
                title="Response rate per week (%)",
                value_format=lambda v: f"{v:.0f}%",
                maximum=100,
                width=width,
            )
        )
    return extras


def _rates_chart(rates: list[dict[str, Any]]) -> dict[str, str] | None:
    rows = [
        r for r in rates if r["group"] in ("overall", "channel") and r["measure"] == "responded"
    ]
    if not rows:
        return None
    bars = [
        Bar(
            str(r["value"] if r["group"] != "overall" else "all").replace("_", " "),
            100 * float(r["rate"] or 0),
            f"95% CI {100 * r['low']:.0f}–{100 * r['high']:.0f}% · n={r['n']}"
            + (" · thin" if r["thin"] else ""),
        )
        for r in rows
    ]
    return drawn_twice(
        lambda width: bar_chart(
            bars,
            title="Response rate by channel (%)",
            value_format=lambda v: f"{v:.0f}%",
            maximum=100,
            width=width,
        )
    )


PAGES = [
    Page(
        path="/tracking",
        template="tracking.html",
        view=tracking_view,
        title="Tracking",
        summary="Funnel, response rates with intervals, weekly trend, events and experiments",
        model=TrackingPage,
        decorate=charts,
    )
]


def add_event_form(
    request: Request,
    ctx: Ctx,
    kind: Annotated[str, Form(description=", ".join(KINDS))],
    date: Annotated[str | None, Form()] = None,
    company: Annotated[str | None, Form()] = None,
    role: Annotated[str | None, Form()] = None,
    channel: Annotated[str | None, Form()] = None,
    resume: Annotated[str | None, Form(description="resume version")] = None,
    variant: Annotated[str | None, Form(description="message variant")] = None,
    outcome: Annotated[str | None, Form(description="positive or negative")] = None,
    stage: Annotated[str | None, Form()] = None,
    note: Annotated[str | None, Form()] = None,
) -> Response:
    """Log one dated event; a follow-up finds its application by company and role."""
    from levelset.app.tracking import EventFields, log_event

    fields = {
        "kind": kind, "date": optional_text(date), "company": company, "role": role,
        "channel": channel, "resume": resume, "variant": variant, "outcome": outcome,
        "stage": stage, "note": note,
    }  # fmt: skip
    try:
        typed = EventFields(kind, optional_text(date), company, role, channel, resume, variant,
                            outcome, stage, note=note)  # fmt: skip
        event = log_event(ctx.workspace, typed, source="web")
    except NotFound as error:  # the core's hint names a CLI command; here the form does it
        hint = "log the application first (What happened: application), then its reply"
        return _form_error(request, ctx, NotFound(error.message, hint=hint), fields)
    except LevelsetError as error:
        return _form_error(request, ctx, error, fields)
    return done(request, event, "/tracking#events", status=201, saved="event")


def _form_error(
    request: Request, ctx: AppContext, error: LevelsetError, fields: dict[str, Any]
) -> Response:
    """The error as JSON for scripts; for a page, the form again with the values as typed."""
    if wants_json(request):
        raise error
    return form_error_page(request, PAGES[0], {"ctx": ctx}, error, fields, "event")


def import_form(
    request: Request,
    ctx: Ctx,
    file: Annotated[UploadFile, File(description="CSV of applications or events")],
    skip_bad_rows: Annotated[bool, Form()] = False,
    date_order: Annotated[
        str, Form(description="dmy or mdy, when the file's dates do not say")
    ] = "",
) -> Response:
    """Import a spreadsheet; a bad row rejects the file unless skipping bad rows is asked."""
    from levelset.app.tracking import import_sheet
    from levelset.tracking.csv_import import MAX_SHEET_BYTES

    name = (file.filename or "upload.csv").rsplit("/", 1)[-1]
    data = file.file.read(MAX_SHEET_BYTES + 1)
    imported = import_sheet(
        ctx.workspace, data, name, skip_bad_rows=skip_bad_rows, date_order=date_order or None
    )
    result = {"stored": imported.stored, "plan": imported.plan}
    return done(request, result, "/tracking#events", status=201, saved="import")


def experiment_form(
    request: Request,
    ctx: Ctx,
    name: Annotated[str, Form(description="a short name, e.g. Outcome-first opening line")],
    change: Annotated[str, Form(description="what changed, in one sentence")],
    field: Annotated[str, Form(description="variant, resume_version or channel")] = "variant",
    baseline: Annotated[str, Form(description="the old way's value")] = "",
    candidate: Annotated[str, Form(description="the new way's value")] = "",
    metric: Annotated[str, Form(description="responded, positive, interviewed or offered")] = (
        "responded"
    ),
    start: Annotated[str | None, Form(description="first day, YYYY-MM-DD")] = None,
    window: Annotated[int, Form(ge=1, le=120)] = 14,
) -> Response:
    """Declare one change to test, two weeks by default."""
    from levelset.app.experiments import ExperimentFields, start_experiment
    from levelset.tracking import typed_date

    given = optional_text(start)
    fields = ExperimentFields(
        name, change, typed_date(given, "start") if given else None, field=field, baseline=baseline,
        candidate=candidate, metric=metric, window_days=window,
    )  # fmt: skip
    started = start_experiment(ctx.workspace, fields)
    return done(
        request, started.experiment, "/tracking#experiments", status=201, saved="experiment"
    )


def close_form(request: Request, ctx: Ctx, name: str) -> Response:
    """Close an experiment with the verdict it reached today (409 when closed already)."""
    from levelset.app.experiments import close_experiment

    return done(
        request, close_experiment(ctx.workspace, name), "/tracking#experiments", saved="closed"
    )


EXPORT_TYPES = {"csv": "text/csv", "json": "application/json"}


def export(
    ctx: Ctx, format_: Annotated[str, Query(alias="format", description="csv or json")] = "csv"
) -> Response:
    """Every event as a file: CSV (re-importable) or JSON."""
    from levelset.app.tracking import export_events

    made = export_events(ctx.workspace, format_)
    return Response(
        made.text,
        media_type=EXPORT_TYPES[format_],
        headers={"content-disposition": f'attachment; filename="events.{format_}"'},
    )


def register(app: FastAPI) -> None:
    guard = [Depends(require_token)]
    app.add_api_route(
        "/tracking/events", add_event_form, methods=["POST"], dependencies=guard,
        summary="Log a job-search event", tags=["tracking"],
    )  # fmt: skip
    app.add_api_route(
        "/tracking/import", import_form, methods=["POST"], dependencies=guard,
        summary="Import a spreadsheet of applications", tags=["tracking"],
    )  # fmt: skip
    app.add_api_route(
        "/tracking/experiments", experiment_form, methods=["POST"], dependencies=guard,
        summary="Start an experiment", tags=["tracking"],
    )  # fmt: skip
    app.add_api_route(
        "/tracking/experiments/{name:path}/close", close_form, methods=["POST"], dependencies=guard,
        summary="Close an experiment with its verdict", tags=["tracking"],
    )  # fmt: skip
    app.add_api_route(
        "/tracking/export", export, methods=["GET"], summary="Download every event (CSV or JSON)",
        tags=["tracking"],
    )  # fmt: skip
