"""The tracking page: the funnel, response rates with intervals, the weekly trend, experiments;
log an event or import a spreadsheet."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.responses import Response

from levelset.charts import Bar, Series, bar_chart, funnel_chart, line_chart
from levelset.errors import InputError, LevelsetError, NotFound, validation_failed
from levelset.web.context import AppContext
from levelset.web.errors import wants_json
from levelset.web.forms import done, optional_text, require_token
from levelset.web.pages import Page, context_of, form_error_page

Ctx = Annotated[AppContext, Depends(context_of)]
KINDS = ("application", "outreach", "response", "interview", "offer", "rejection", "withdrawal")
CHANNELS = ("referral", "cold", "recruiter", "job_board", "other")
RECENT = 20


def pipeline(ctx: AppContext) -> dict[str, Any] | None:
    """The funnel and overall response rate, for the dashboard (None before any event)."""
    from levelset.store.tracking import gather_metrics

    metrics = gather_metrics(ctx.store, dt.date.today()).to_dict()
    if not metrics["source"]["attempts"]:
        return None
    overall = next((r for r in metrics["rates"] if r["group"] == "overall"), None)
    return {"funnel": metrics["funnel"], "overall": overall, "source": metrics["source"]}


def tracking_view(
    ctx: Ctx,
    since: Annotated[
        dt.date | None, Query(description="only attempts on or after this date")
    ] = None,
) -> dict[str, Any]:
    """Progress metrics with their intervals, recent events and running experiments."""
    if not ctx.has("tracking"):
        return {"available": False}
    from levelset.store.tracking import gather_metrics, load_events, load_experiments

    today = dt.date.today()
    events = load_events(ctx.store)
    evaluate = ctx.api("tracking", "evaluate")
    return {
        "available": True,
        "since": since,
        "metrics": gather_metrics(ctx.store, today, since).to_dict(),
        "events": ctx.api("tracking", "to_json_data")(events[-RECENT:][::-1]),
        "event_count": len(events),
        "experiments": [evaluate(e, events, today) for e in load_experiments(ctx.store)],
    }


def charts(data: dict[str, Any]) -> dict[str, Any]:
    extras: dict[str, Any] = {"kinds": KINDS, "channels": CHANNELS, "recent": RECENT}
    metrics = data.get("metrics")
    if not metrics or not metrics["source"]["attempts"]:
        return extras
    stages = [(str(s["stage"]).capitalize(), int(s["count"])) for s in metrics["funnel"]]
    extras["funnel_chart"] = funnel_chart(stages, title="From application to offer")
    extras["rates_chart"] = _rates_chart(metrics["rates"])
    weekly = [w for w in metrics["weekly"] if w["attempts"]]
    if len(weekly) > 1:
        points = tuple((str(w["week"]), w["rate"] * 100) for w in weekly)
        extras["weekly_chart"] = line_chart(
            [Series("response rate", points)],
            title="Response rate per week (%)",
            value_format=lambda v: f"{v:.0f}%",
            maximum=100,
        )
    return extras


def _rates_chart(rates: list[dict[str, Any]]) -> str | None:
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
    return bar_chart(
        bars, title="Response rate by channel (%)", value_format=lambda v: f"{v:.0f}%", maximum=100
    )


PAGES = [
    Page(
        path="/tracking",
        template="tracking.html",
        view=tracking_view,
        title="Tracking",
        summary="Funnel, response rates with intervals, weekly trend, events and experiments",
        properties={
            "metrics": {"type": "object", "description": "the metrics JSON of `levelset metrics`"},
            "events": {"type": "array", "items": {"type": "object"}},
            "experiments": {"type": "array", "items": {"type": "object"}},
        },
        decorate=charts,
    )
]


def _event(ctx: AppContext, fields: dict[str, str | None]) -> Any:
    """One event from the form, checked against the stored ones."""
    from levelset import tracking as t
    from levelset.store.tracking import load_events

    stored = load_events(ctx.store)
    kind = t.parse_kind(fields["kind"] or "")
    when = fields.get("date")
    date = t.parse_date(when) if when else dt.date.today()
    text = {k: (v or "").strip() for k, v in fields.items()}
    if kind.is_attempt:
        if not text["company"]:
            raise InputError(f"company: an {kind.value} needs the company")
        channel = t.parse_channel(text["channel"]) if text["channel"] else None
        event = t.Event.attempt(kind, date, text["company"], text["role"], channel,
                                text["resume"], text["variant"], text["note"])  # fmt: skip
    else:
        attempt = t.resolve_attempt(stored, text["company"] or None, text["role"] or None, None)
        outcome = t.parse_outcome(text["outcome"]) if text["outcome"] else None
        stage = text["stage"] or ("interview" if kind is t.EventKind.INTERVIEW else "")
        event = t.Event(kind, date, attempt.ref, outcome=outcome, stage=stage, note=text["note"])
    problems = t.check_events([t.Located(event)], stored, dt.date.today())
    if problems:
        raise validation_failed(f"{kind.value} on {date}", problems)
    return event


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
    from levelset.store.tracking import add_events

    fields = {
        "kind": kind, "date": optional_text(date), "company": company, "role": role,
        "channel": channel, "resume": resume, "variant": variant, "outcome": outcome,
        "stage": stage, "note": note,
    }  # fmt: skip
    try:
        stored = add_events(ctx.store, [_event(ctx, fields)], source="web")
    except NotFound as error:  # the core's hint names a CLI command; here the form does it
        hint = "log the application first (What happened: application), then its reply"
        return _form_error(request, ctx, NotFound(error.message, hint=hint), fields)
    except LevelsetError as error:
        return _form_error(request, ctx, error, fields)
    return done(request, stored[0], "/tracking#events", status=201)


def _form_error(
    request: Request, ctx: AppContext, error: LevelsetError, fields: dict[str, Any]
) -> Response:
    """The error as JSON for scripts; for a page, the form again with the values as typed."""
    if wants_json(request):
        raise error
    return form_error_page(request, PAGES[0], {"ctx": ctx}, error, fields)


def import_form(
    request: Request,
    ctx: Ctx,
    file: Annotated[UploadFile, File(description="CSV of applications or events")],
    skip_bad_rows: Annotated[bool, Form()] = False,
) -> Response:
    """Import a spreadsheet; a bad row rejects the file unless skipping bad rows is asked."""
    from levelset.store.tracking import add_events, load_events

    text = file.file.read().decode("utf-8-sig", errors="replace")
    name = (file.filename or "upload.csv").rsplit("/", 1)[-1]
    plan_import = ctx.api("tracking", "plan_import")
    plan = plan_import(text, name, load_events(ctx.store), dt.date.today(), skip_bad_rows)
    stored = add_events(ctx.store, plan.events, source=name) if plan.events else []
    result = {"stored": len(stored), "plan": plan}
    return done(request, result, "/tracking#events", status=201)


def experiment_form(
    request: Request,
    ctx: Ctx,
    name: Annotated[str, Form(description="a short name, e.g. impact-first-opener")],
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
    from levelset import tracking as t
    from levelset.store.tracking import add_experiment

    given = optional_text(start)
    first = t.parse_date(given) if given else dt.date.today()
    experiment = t.new_experiment(
        name.strip(), change, first, field=field, baseline=baseline.strip(),
        candidate=candidate.strip(), metric=metric, window_days=window,
    )  # fmt: skip
    return done(request, add_experiment(ctx.store, experiment), "/tracking#experiments", status=201)


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
