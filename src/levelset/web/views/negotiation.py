"""The negotiation pages: every record's step; one record's five steps, timeline, anchor,
outcome and drafts, each draft scored by the narrative score."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Path

from levelset.errors import NotFound
from levelset.jsonable import to_jsonable
from levelset.web.context import AppContext
from levelset.web.pages import Page, context_of
from levelset.web.views.page_models import NegotiationPage, NegotiationsPage

Ctx = Annotated[AppContext, Depends(context_of)]
DRAFT_KINDS = (
    ("counter", "Counter email", "ask"),
    ("call", "Talk track for a call", "ask"),
    ("no", "When they say no", "hold"),
    ("confirm", "Confirmation email", "confirm"),
)
EVENT_CHOICES = (
    ("counter_sent", "Counter sent"),
    ("revised_offer", "Revised offer (choose it below)"),
    ("in_writing", "Offer received in writing"),
    ("deadline", "Deadline set"),
    ("note", "Note"),
    ("signed", "Signed"),
    ("declined", "Declined"),
)
CLOSED_CHOICES = (("note", "Note"),)  # a signed or declined record takes notes only


def current_steps(ctx: AppContext) -> list[dict[str, Any]]:
    """Each negotiation's company and step, for the dashboard."""
    from levelset.app.negotiation import list_records

    return [_summary(r) for r in list_records(ctx.workspace)]


def _summary(record: Any) -> dict[str, Any]:
    step = record.step.value
    return {
        "company": record.company,
        "step": step,
        "step_label": record.step.heading,
        "step_meaning": record.step.meaning,
        "events": len(record.effective()),
    }


def steps_of(step: str) -> list[dict[str, Any]]:
    """The five steps (named by the app, as every door names them), each done, current or to
    come."""
    from levelset.app.negotiation import five_steps

    names = [name for name, _title in five_steps()]
    done_all = step == "signed"
    rank = names.index(step) if step in names else len(names)
    return [
        {
            "step": name,
            "title": title,
            "state": "done" if done_all or i < rank else "current" if i == rank else "todo",
        }
        for i, (name, title) in enumerate(five_steps())
    ]


def negotiations_view(ctx: Ctx) -> NegotiationsPage:
    """Every negotiation with its step, and the stored offers one can be started from."""
    from levelset.app.offers import list_offers

    offers = [
        {"id": s.id, "company": s.offer.company, "label": s.offer.label}
        for s in list_offers(ctx.workspace)
    ]
    found = {"available": True, "negotiations": current_steps(ctx), "offers": offers}
    return NegotiationsPage.model_validate(to_jsonable(found))


def negotiation_view(
    ctx: Ctx, company: Annotated[str, Path(description="the company, as in the record")]
) -> NegotiationPage:
    """One negotiation: its five steps, timeline, anchor, outcome and drafts with their score."""
    from levelset.app.negotiation import load_record
    from levelset.app.offers import list_offers
    from levelset.negotiation import negotiation_outcome

    try:
        record = load_record(ctx.workspace, company)
    except NotFound as error:  # the core's hint names a CLI command; here the page does it
        hint = "start one from a stored offer on the Negotiation page (/negotiation)"
        raise NotFound(error.message, hint=hint) from None
    outcome = negotiation_outcome(record)
    found = {
        "available": True,
        **_summary(record),
        "steps": steps_of(record.step.value),
        "closed": record.closed,
        "timeline": [e.to_dict() for e in reversed(record.effective())],
        "verbal_only": record.verbal_only,
        "anchor": _anchor(record.anchor_data),
        "outcome": outcome.to_dict(),
        "drafts": _drafts(ctx, record),
        "offers": [{"id": s.id, "label": s.offer.label} for s in list_offers(ctx.workspace)],
    }
    return NegotiationPage.model_validate(to_jsonable(found))


def _anchor(data: Any) -> dict[str, Any] | None:
    """The logged anchor read in today's wording (one an earlier version logged, too), each
    ask's lever a Lever (so the page shows its label)."""
    if not data:
        return None
    from levelset.negotiation import anchor_from_dict

    return anchor_from_dict(dict(data)).to_dict()


def _drafts(ctx: AppContext, record: Any) -> list[dict[str, Any]]:
    """The latest stored version of each draft kind (or a fresh one), with its score, and every
    saved version of it (newest first) to download again."""
    from levelset.app.drafting import draft_history, latest_drafts
    from levelset.app.narrative import score

    found = []
    for (kind, title, stage), (latest, stored) in zip(
        DRAFT_KINDS, latest_drafts(ctx.workspace, record.company), strict=True
    ):
        entry = {
            "kind": kind,
            "title": title,
            "stage": stage,
            "version": stored.version if stored else None,
            "origin": stored.origin if stored else "not saved yet",
            **latest.to_dict(),
            "score": score(latest.body, stage).to_dict(),
            "versions": [
                v.to_dict() for v in reversed(draft_history(ctx.workspace, record.company, kind))
            ],
        }
        found.append(entry)
    return found


def decorate(data: dict[str, Any]) -> dict[str, Any]:
    choices = [(o["id"], o["label"]) for o in data.get("offers", [])]
    events = CLOSED_CHOICES if data.get("closed") else EVENT_CHOICES
    return {"event_choices": events, "five_steps": steps_of(""), "offer_choices": choices}


PAGES = [
    Page(
        path="/negotiation",
        template="negotiations.html",
        view=negotiations_view,
        title="Negotiation",
        summary="Every negotiation and its step",
        model=NegotiationsPage,
        decorate=decorate,
    ),
    Page(
        path="/negotiation/{company:path}",
        template="negotiation.html",
        view=negotiation_view,
        title="Negotiation",
        summary="One negotiation: steps, timeline, anchor, outcome, drafts with their score",
        model=NegotiationPage,
        decorate=decorate,
    ),
]


def register(app: Any) -> None:
    from levelset.web.views.draft_files import register as register_files
    from levelset.web.views.negotiation_forms import register as register_forms

    register_forms(app)
    register_files(app)
