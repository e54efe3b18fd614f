"""The dashboard: the target, its market range, plan progress, pipeline, negotiation step."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import Response

from levelset.bands import Band
from levelset.errors import LevelsetError, Problem
from levelset.jsonable import to_jsonable
from levelset.profile.model import Profile
from levelset.web.content import wants_json
from levelset.web.context import AppContext
from levelset.web.forms import (
    done,
    optional_number,
    optional_text,
    raise_problems,
    require_token,
    unknown_places,
)
from levelset.web.pages import Page, ViewModel, context_of, form_error_page
from levelset.web.views import market, negotiation, plan, tracking
from levelset.web.views.sections import section

Ctx = Annotated[AppContext, Depends(context_of)]


def client_read(request: Request, ctx: Ctx) -> str | None:
    """The client whose pages the local practice's coach reads (None: the user's own pages;
    a coaching server's pages speak to whoever signed in)."""
    if request.scope.get("levelset.context") is not None:
        return None
    return ctx.workspace.owner.client


ClientRead = Annotated[str | None, Depends(client_read)]


def profile_data(ctx: AppContext) -> dict[str, Any]:
    from levelset.app.profile import show_profile

    profile = show_profile(ctx.workspace)
    return {"profile": profile, "missing": profile.missing()}


class Target(ViewModel):
    """The target profile (as its JSON) and the fields still missing from it."""

    profile: dict[str, Any]
    missing: list[str]


class Section(ViewModel):
    """One capability's card: its data, or the error that kept it from showing."""

    available: bool
    data: Any = None
    error: dict[str, Any] | None = None


class NextStep(ViewModel):
    """The one thing to do next, and where to do it."""

    text: str
    href: str
    action: str


class DashboardPage(ViewModel):
    """The dashboard and its JSON twin."""

    target: Target
    bands: list[str]
    next_step: NextStep
    offers: Section
    market: Section
    plan: Section
    pipeline: Section
    negotiation: Section


def dashboard_view(ctx: Ctx, client: ClientRead = None) -> DashboardPage:
    """The target profile and a summary of every capability (kept until the records change);
    the next step speaks to the coach about the client where a coach reads a client's pages."""
    return ctx.kept("dashboard", (client,), lambda: _dashboard(ctx, client))


def _dashboard(ctx: AppContext, client: str | None) -> DashboardPage:
    from levelset.app.offer_records import rates_read_once

    with rates_read_once():  # the page only reads: its cards share one read of the rates
        return _cards(ctx, client)


def _cards(ctx: AppContext, client: str | None) -> DashboardPage:
    target = profile_data(ctx)
    profile: Profile = target["profile"]
    offers = _card(section(lambda: _offers(ctx)))
    talks = _card(section(lambda: negotiation.current_steps(ctx)))
    return DashboardPage(
        target=Target.model_validate(to_jsonable(target)),
        bands=[band.value for band in Band],
        next_step=_next_step(target["missing"], offers, talks, client),
        offers=offers,
        market=_card(section(lambda: market.headline_for(ctx, profile))),
        plan=_card(section(lambda: plan.progress(ctx))),
        pipeline=_card(section(lambda: tracking.pipeline(ctx))),
        negotiation=talks,
    )


def _offers(ctx: AppContext) -> list[dict[str, Any]]:
    """Each stored offer in a line: company, level, base."""
    from levelset.app.offers import list_offers

    return [
        {"id": s.id, "company": s.offer.company, "level": s.offer.level,
         "base": s.offer.base, "currency": s.offer.currency}
        for s in list_offers(ctx.workspace)
    ]  # fmt: skip


def _next_step(
    missing: list[str], offers: Section, talks: Section, client: str | None = None
) -> NextStep:
    """The first thing still to do: the target, an offer, the negotiation, then its step;
    said to the user, or to the coach about `client`."""
    if {"target_title", "target_band"} & set(missing):
        aims = f"{client} aims" if client else "you aim"
        return NextStep(text=f"Say which role and level {aims} for.", href="#target",
                        action=f"Set {_whose(client)} target")  # fmt: skip
    if not offers.data and not talks.data:  # a negotiation started from a file holds its offer
        has = f"{client} has" if client else "you have"
        return NextStep(text=f"Add the offer {has}, to see it on the market range.",
                        href="/offers#add", action="Add an offer")  # fmt: skip
    if not talks.data:
        return NextStep(text=f"Start the negotiation from {_whose(client)} offer: anchor, "
                        "asks and drafts.", href="/negotiation",
                        action="Start negotiating")  # fmt: skip
    latest = talks.data[-1]
    page = f"/negotiation/{quote(str(latest['company']), safe='')}"
    from levelset.app.negotiation import ENDED_STEPS

    if latest["step"] in ENDED_STEPS:  # signed or declined: what it gained, not a step to take
        return NextStep(
            text=f"{latest['company']}: {latest['step_label']}. See what the negotiation "
            "gained: the change from the first offer, the levers improved, the days it took.",
            href=f"{page}#outcome",
            action="See the result",
        )
    return NextStep(
        text=f"{latest['company']}: {latest['step_label']}.", href=page,
        action="Open the negotiation",
    )  # fmt: skip


def _whose(client: str | None) -> str:
    return f"{client}'s" if client else "your"


def _card(found: dict[str, Any]) -> Section:
    return Section.model_validate(to_jsonable(found))


PAGES = [
    Page(
        path="/",
        template="dashboard.html",
        view=dashboard_view,
        title="Dashboard",
        summary="Target, market range, plan progress, pipeline and negotiation step",
        model=DashboardPage,
    )
]


def save_profile_form(
    request: Request,
    ctx: Ctx,
    name: Annotated[str | None, Form()] = None,
    title: Annotated[str | None, Form()] = None,
    level: Annotated[str | None, Form()] = None,
    places: Annotated[str | None, Form(description="places separated by ; or new lines")] = None,
    track: Annotated[str | None, Form()] = None,
    positioning: Annotated[str | None, Form()] = None,
    current_base: Annotated[str | None, Form()] = None,
    currency: Annotated[str | None, Form()] = None,
) -> Response:
    """Change the target profile; fields left empty keep their value."""
    typed = {
        "name": name, "title": title, "level": level, "places": places, "track": track,
        "positioning": positioning, "current_base": current_base, "currency": currency,
    }  # fmt: skip
    try:
        saved = _save_profile(ctx, typed)
    except LevelsetError as error:
        if wants_json(request):
            raise
        return form_error_page(request, PAGES[0], {"ctx": ctx}, error, typed, "profile")
    return done(
        request, {"profile": saved, "missing": saved.missing()}, "/#target", saved="profile"
    )


def _save_profile(ctx: AppContext, typed: dict[str, str | None]) -> Profile:
    from levelset.app.profile import set_profile

    problems: list[Problem] = []
    base = optional_number(typed["current_base"], "current_base", problems)
    place_list = [p.strip() for p in (typed["places"] or "").replace("\n", ";").split(";")]
    places = [p for p in place_list if p]
    unknown, first = unknown_places(ctx.workspace, places, "places") if places else ([], None)
    raise_problems("profile", problems + unknown, first)
    return set_profile(
        ctx.workspace,
        name=optional_text(typed["name"]),
        title=optional_text(typed["title"]),
        level=optional_text(typed["level"]),
        places=places,
        track=optional_text(typed["track"]),
        positioning=optional_text(typed["positioning"]),
        current_base=base,
        currency=optional_text(typed["currency"]),
    )


def register(app: FastAPI) -> None:
    app.add_api_route(
        "/profile",
        save_profile_form,
        methods=["POST"],
        dependencies=[Depends(require_token)],
        summary="Set the target profile",
        tags=["profile"],
    )
