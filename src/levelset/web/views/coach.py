"""The coach's home: the roster of clients with what needs attention, each linking to the
client's own pages (`/c/<client>/`). With clients, `/` opens it and the coach's own
dashboard moves to `/you`; without clients, `/` is the dashboard as before."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from levelset.errors import NotFound
from levelset.web.clients import client_href
from levelset.web.content import wants_json
from levelset.web.context import AppContext
from levelset.web.pages import Page, ViewModel, context_of, json_response, render_page

Ctx = Annotated[AppContext, Depends(context_of)]


class Flag(BaseModel):
    flag: str  # deadline, waiting, quiet, review, verdict
    text: str
    on: dt.date


class RosterEntry(BaseModel):
    name: str
    href: str  # the client's own pages
    cohort: str | None
    last_activity: dt.date | None
    attention: list[Flag]
    no_data: bool  # nothing stored for this client yet
    needs: list[str]  # "resume", "target": what the client still lacks to start
    first_steps: list[str]  # what to do first for each of those (CLI commands)


class CoachPage(ViewModel):
    """The coach's roster and its JSON twin."""

    clients: list[RosterEntry]
    needing_attention: int  # clients with at least one reason to look at them
    today: dt.date
    summary: str = ""  # the roster in one sentence, agreeing with the counts


def coach_view(ctx: Ctx) -> CoachPage:
    """Every active client, those needing attention first, with the reasons."""
    if ctx.workspace.owner.client is not None:
        raise NotFound("the roster is the practice's home page, not a client's")
    return ctx.memo("coach", (), lambda: _roster(ctx))


def _roster(ctx: AppContext) -> CoachPage:
    from levelset.app.coach import dashboard, dashboard_summary

    rows = dashboard(ctx.workspace)
    entries = [
        RosterEntry(
            name=row.name,
            href=client_href(row.name),
            cohort=row.cohort,
            last_activity=row.last_activity,
            attention=[Flag(flag=a.flag.value, text=a.text, on=a.on) for a in row.attention],
            no_data=row.no_data,
            needs=list(row.needs),
            first_steps=list(row.first_steps),
        )
        for row in rows
    ]
    busy = sum(1 for e in entries if e.attention)
    summary = dashboard_summary(ctx.workspace, rows)
    return CoachPage(
        clients=entries, needing_attention=busy, today=ctx.workspace.today(), summary=summary
    )


PAGES = [
    Page(
        path="/coach",
        template="coach.html",
        view=coach_view,
        title="Your clients",
        summary="The coach's roster: each active client with what needs attention",
        model=CoachPage,
    )
]


def has_clients(ctx: AppContext) -> bool:
    """True for the coach's own workspace once it has an active client."""
    from levelset.app.clients import list_clients

    if ctx.workspace.owner.client is not None:
        return False
    return ctx.memo("has-clients", (), lambda: bool(list_clients(ctx.workspace, archived=False)))


def home(request: Request, ctx: Ctx) -> Response:
    """The coach's roster when there are clients (for a browser); else the dashboard."""
    if not wants_json(request) and has_clients(ctx):
        return RedirectResponse(f"{request.scope.get('root_path', '')}/coach", status_code=303)
    return own_dashboard(request, ctx)


def own_dashboard(request: Request, ctx: Ctx) -> Response:
    """The dashboard of the workspace's own records (the coach's, under /you)."""
    from levelset.web.views.dashboard import PAGES as DASHBOARD
    from levelset.web.views.dashboard import client_read

    page = DASHBOARD[0]
    if wants_json(request):
        return json_response(page.view(ctx=ctx, client=client_read(request, ctx)))
    return render_page(request, page, page.view(ctx=ctx, client=client_read(request, ctx)))


def register(app: FastAPI) -> None:
    app.add_api_route("/", home, methods=["GET"], include_in_schema=False)
    app.add_api_route("/you.json", own_twin, methods=["GET"], include_in_schema=False)
    app.add_api_route("/you", own_dashboard, methods=["GET"], include_in_schema=False)


def own_twin(request: Request, ctx: Ctx) -> Response:
    from levelset.web.views.dashboard import PAGES as DASHBOARD
    from levelset.web.views.dashboard import client_read

    return json_response(DASHBOARD[0].view(ctx=ctx, client=client_read(request, ctx)))
