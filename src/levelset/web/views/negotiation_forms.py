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
from levelset.jsonable import to_jsonable
from levelset.web.context import AppContext
from levelset.web.forms import done, optional_text, require_token
from levelset.web.pages import context_of, json_response

Ctx = Annotated[AppContext, Depends(context_of)]
Company = Annotated[str, Path(description="the company, as in the record")]
MAX_MESSAGE = 20_000


def _day(text: str | None, field: str = "date") -> dt.date:
    value = optional_text(text)
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{field}: {value!r} is not a date", hint="use YYYY-MM-DD") from None


def _amount(text: str | None, field: str) -> Decimal | None:
    value = optional_text(text)
    if value is None:
        return None
    from levelset.money import to_money

    return to_money(value, field=field)


def _stored_offer(ctx: AppContext, offer_id: str | None) -> Any:
    if not optional_text(offer_id):
        return None
    from levelset.store.offers import get_offer

    try:
        return get_offer(ctx.store, int(str(offer_id))).offer
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
    from levelset.negotiation import Event, EventKind
    from levelset.store.negotiations import start_negotiation

    offer = _stored_offer(ctx, offer_id)
    if offer is None:
        raise InputError("offer: choose the offer that opens the negotiation")
    first = Event(0, EventKind.INITIAL_OFFER, _day(date), offer=offer)
    record = start_negotiation(ctx.store, first, offer.company)
    return done(request, record, _page(record.company), status=201)


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
    from levelset.negotiation import Event, parse_event_kind
    from levelset.store.negotiations import append_event

    event = Event(
        0,
        parse_event_kind(kind),
        _day(date),
        note=optional_text(note),
        offer=_stored_offer(ctx, offer_id),
        verbal=verbal,
    )
    record = append_event(ctx.store, company, event)
    return done(request, record, _page(record.company) + "#timeline")


def anchor_form(
    request: Request,
    ctx: Ctx,
    company: Company,
    percentile: Annotated[float, Form(ge=10, le=90)] = 75,
    current_base: Annotated[str | None, Form()] = None,
    walk_away: Annotated[str | None, Form()] = None,
    unvested: Annotated[str | None, Form(description="unvested pay you leave behind")] = None,
    date: Annotated[str | None, Form()] = None,
) -> Response:
    """Compute the anchor, target, walk-away and asks from the market and log it."""
    from levelset.app.market_placement import market_range_for
    from levelset.negotiation import Event, EventKind
    from levelset.store.negotiations import append_event, load_record
    from levelset.store.offers import rate_table
    from levelset.store.profile import load_profile

    record = load_record(ctx.store, company)
    offer = record.current_offer
    if offer is None:
        raise InputError("log the offer before setting the anchor")
    profile = load_profile(ctx.store)
    market, _why = market_range_for(
        ctx.workspace, offer.title, offer.level, offer.location, offer.company
    )
    base_now = _amount(current_base, "current_base")
    if base_now is None and profile.current_base is not None:
        base_now = Decimal(profile.current_base)
    anchor = ctx.api("negotiation", "compute_anchor")(
        offer,
        market=market,
        percentile=percentile,
        current_base=base_now,
        walk_away=_amount(walk_away, "walk_away"),
        unvested_left_behind=_amount(unvested, "unvested"),
        target_level=profile.target_band.label if profile.target_band else None,
        rates=rate_table(ctx.store),
    )
    event = Event(0, EventKind.ANCHOR_SET, _day(date), data=to_jsonable(anchor.to_dict()))
    append_event(ctx.store, company, event)
    return done(request, anchor, _page(record.company) + "#anchor")


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
    from levelset.app.drafting import draft_kind, fresh_draft
    from levelset.negotiation import Draft
    from levelset.store.negotiations import save_draft

    chosen = draft_kind(kind)
    if regenerate or not optional_text(body):
        made, origin = fresh_draft(ctx.store, company, chosen.value, None, ()), "generated"
    else:
        made, origin = Draft(chosen, optional_text(subject), str(body).strip("\n")), "edited"
    saved = save_draft(ctx.store, company, made, origin)
    return done(request, saved.to_dict() | made.to_dict(), _page(company) + f"#draft-{kind}")


class Message(BaseModel):
    """A message to score."""

    text: str = Field(max_length=MAX_MESSAGE, description="the email or message")
    stage: str | None = Field(default=None, description="anchor, ask, hold or confirm")


def score_endpoint(ctx: Ctx, message: Annotated[Message, Body()]) -> Response:
    """The narrative score (0-100) of a message, its components and findings with spans."""
    score = ctx.api("narrative", "score_message")
    if score is None:
        from levelset.errors import DataUnavailable

        raise DataUnavailable("the narrative score is not in this installation")
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
