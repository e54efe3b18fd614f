"""What the negotiation pages change: start a record, log events, set the anchor, save drafts;
and the JSON endpoint that scores a message as the user types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Body, Depends, FastAPI, Form, Path, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from levelset.errors import InputError
from levelset.offers import Offer
from levelset.web.context import AppContext
from levelset.web.forms import done, form_fields, optional_text, require_token
from levelset.web.pages import context_of, json_response

Ctx = Annotated[AppContext, Depends(context_of)]
Company = Annotated[str, Path(description="the company, as in the record")]
MAX_MESSAGE = 20_000


def _day(ctx: AppContext, text: str | None, field: str = "date") -> dt.date:
    value = optional_text(text)
    if value is None:
        return ctx.workspace.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{field}: {value!r} is not a date", hint="use YYYY-MM-DD") from None


def _amount(text: str | None, field: str) -> Decimal | None:
    value = optional_text(text)
    if value is None:
        return None
    from levelset.money import to_salary

    return to_salary(value, field=field)


def _stored_offer(ctx: AppContext, offer_id: str | None) -> Offer | None:
    if not optional_text(offer_id):
        return None
    from levelset.app.offers import get_offer

    try:
        return get_offer(ctx.workspace, int(str(offer_id))).dated()
    except ValueError:
        raise InputError(f"offer: {offer_id!r} is not an offer number") from None


def _page(company: str) -> str:
    return f"/negotiation/{quote(company, safe='')}"


def start_form(
    request: Request,
    ctx: Ctx,
    offer_id: Annotated[str, Form(description="the stored offer that opens the negotiation")],
    date: Annotated[str | None, Form(description="when the offer arrived, YYYY-MM-DD")] = None,
) -> Response:
    """Start a negotiation from a stored offer (its initial offer)."""
    from levelset.app.negotiation import start_negotiation

    offer = _stored_offer(ctx, offer_id)
    if offer is None:
        raise InputError("offer: choose the offer that opens the negotiation")
    record = start_negotiation(ctx.workspace, offer, on=_day(ctx, date))
    return done(request, record, _page(record.company), status=201, saved="negotiation")


def event_form(
    request: Request,
    ctx: Ctx,
    company: Company,
    kind: Annotated[str, Form(description="counter_sent, revised_offer, in_writing, ...")],
    date: Annotated[str | None, Form()] = None,
    note: Annotated[str | None, Form()] = None,
    offer_id: Annotated[str | None, Form(description="for a revised offer")] = None,
    verbal: Annotated[bool, Form(description="said on a call, not yet in writing")] = False,
) -> Response:
    """Log one dated event; the record only ever grows."""
    from levelset.app.negotiation import EventInput, log_event
    from levelset.negotiation import parse_event_kind

    event = EventInput(
        parse_event_kind(kind),
        _day(ctx, date),
        note=optional_text(note),
        offer=_stored_offer(ctx, offer_id),
        verbal=verbal,
    )
    with form_fields({"offer": "offer_id"}):
        record = log_event(ctx.workspace, company, event)
    return done(request, record, _page(record.company) + "#timeline", saved="event")


def anchor_form(
    request: Request,
    ctx: Ctx,
    company: Company,
    percentile: Annotated[float, Form(ge=10, le=90)] = 75,
    current_base: Annotated[str | None, Form()] = None,
    walk_away: Annotated[str | None, Form()] = None,
    unvested: Annotated[str | None, Form(description="unvested pay you leave behind")] = None,
    competing: Annotated[
        list[str] | None, Form(description="stored offers to weigh against this one")
    ] = None,
    level: Annotated[str | None, Form(description="the level you aim for")] = None,
    date: Annotated[str | None, Form()] = None,
) -> Response:
    """Compute the anchor, target, walk-away and asks from the market and log it."""
    from levelset.app.negotiation import set_anchor

    rivals = [o for o in (_stored_offer(ctx, i) for i in competing or []) if o is not None]
    result = set_anchor(
        ctx.workspace, company, competing=rivals, percentile=percentile,
        current_base=_amount(current_base, "current_base"),
        walk_away=_amount(walk_away, "walk_away"), unvested=_amount(unvested, "unvested"),
        level=optional_text(level), on=_day(ctx, date),
    )  # fmt: skip
    return done(request, result.anchor, _page(company) + "#anchor", saved="anchor")


def draft_form(
    request: Request,
    ctx: Ctx,
    company: Company,
    kind: Annotated[str, Path(description="counter, call, no or confirm")],
    body: Annotated[str | None, Form(max_length=MAX_MESSAGE)] = None,
    subject: Annotated[str | None, Form()] = None,
    regenerate: Annotated[bool, Form(description="draft it again from the record")] = False,
) -> Response:
    """Save the edited draft as a new version (earlier versions are kept)."""
    from levelset.app.drafting import save_draft

    text = None if regenerate or not optional_text(body) else str(body)
    saved = save_draft(ctx.workspace, company, kind, text=text, subject=optional_text(subject))
    data = saved.to_dict() | saved.draft.to_dict()
    return done(request, data, _page(company) + f"#draft-{saved.draft.kind.value}", saved="draft")


class Message(BaseModel):
    """A message to score."""

    text: str = Field(max_length=MAX_MESSAGE, description="the email or message")
    stage: str | None = Field(default=None, description="anchor, ask, hold or confirm")


def score_endpoint(ctx: Ctx, message: Annotated[Message, Body()]) -> Response:
    """The narrative score (0-100) of a message, its components and findings with spans."""
    from levelset.app.narrative import score

    return json_response(score(message.text, message.stage or None))


def register(app: FastAPI) -> None:
    guard = [Depends(require_token)]
    routes: list[tuple[str, Any, str]] = [
        ("/negotiation", start_form, "Start a negotiation from a stored offer"),
        ("/negotiation/{company:path}/events", event_form, "Log an event"),
        ("/negotiation/{company:path}/anchor", anchor_form, "Set the anchor"),
        ("/negotiation/{company:path}/drafts/{kind}", draft_form, "Save a draft version"),
        ("/narrative/score.json", score_endpoint, "Score a negotiation message"),
    ]
    for path, endpoint, summary in routes:
        app.add_api_route(
            path, endpoint, methods=["POST"], dependencies=guard, summary=summary,
            tags=["negotiation"],
        )  # fmt: skip
