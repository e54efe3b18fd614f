"""Your saved postings and comps: the evidence kept beside the market's ranges, each row
removable (with Undo), a posting pasted or a comp typed in to add one."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import Response

from levelset.errors import Problem
from levelset.web.context import AppContext
from levelset.web.forms import done, optional_number, optional_text, raise_problems, require_token
from levelset.web.pages import Page, ViewModel, context_of
from levelset.web.views.removals import deleted

Ctx = Annotated[AppContext, Depends(context_of)]
Text = Annotated[str | None, Form()]
PATH = "/market/evidence"


class PostingRow(ViewModel):
    """One saved posting: what it offers, and when and where it was seen."""

    id: int
    title: str | None
    company: str | None
    level: str | None
    location: str | None
    min: Decimal | None
    max: Decimal | None
    currency: str | None
    period: str | None
    date: str
    source: str | None


class CompRow(ViewModel):
    """One comp the user collected: base, and bonus and equity when known."""

    id: int
    title: str
    company: str | None
    level: str | None
    location: str | None
    base: Decimal
    bonus: Decimal | None
    equity: Decimal | None
    total: Decimal | None
    currency: str
    date: str
    source: str
    note: str | None


class EvidencePage(ViewModel):
    """The saved postings and comps page and its JSON twin."""

    postings: list[PostingRow]
    comps: list[CompRow]


def evidence_view(ctx: Ctx) -> EvidencePage:
    """Every saved posting and comp, newest last, with its number (used to delete it)."""
    from levelset.app.market_evidence import list_comps, list_postings

    postings = [_posting_row(s.id, s.to_dict()) for s in list_postings(ctx.workspace)]
    comps = [CompRow.model_validate(s.to_dict()) for s in list_comps(ctx.workspace)]
    return EvidencePage(postings=postings, comps=comps)


def _posting_row(number: int, data: dict[str, Any]) -> PostingRow:
    keys = PostingRow.model_fields.keys() - {"id"}
    return PostingRow.model_validate({"id": number, **{k: data.get(k) for k in keys}})


def add_posting_form(request: Request, ctx: Ctx, text: Annotated[str, Form()]) -> Response:
    """Keep a posting pasted as text (one without a pay range is refused)."""
    from levelset.app.market_evidence import keep_posting, read_posting_file

    if not text.strip():
        raise_problems("posting", [Problem("paste the posting's text", field="text")])
    stored = keep_posting(ctx.workspace, read_posting_file(ctx.workspace, None, text))
    return done(request, stored.to_dict(), PATH, status=201, saved="posting")


def add_comp_form(
    request: Request,
    ctx: Ctx,
    title: Annotated[str, Form()],
    base: Annotated[str, Form()],
    source: Annotated[str, Form()],
    bonus: Text = None, equity: Text = None, currency: Text = None, date: Text = None,
    company: Text = None, level: Text = None, location: Text = None, note: Text = None,
) -> Response:  # fmt: skip
    """Keep one pay figure: base, and bonus and equity when known (amounts as 185k)."""
    from levelset.app.market_evidence import add_comp, comp_from_input

    problems: list[Problem] = []
    amounts = {k: optional_number(v, k, problems) for k, v in
               (("base", base), ("bonus", bonus), ("equity", equity))}  # fmt: skip
    if amounts["base"] is None and not problems:
        problems.append(Problem("a base is needed", field="base", expected="e.g. 185k"))
    for name, value in (("title", title), ("source", source)):
        if optional_text(value) is None:
            problems.append(Problem(f"a {name} is needed", field=name))
    raise_problems("comp", problems)
    given = {"company": company, "level": level, "location": location, "note": note}
    texts = {k: optional_text(v) for k, v in given.items()}
    comp = comp_from_input(
        ctx.workspace, title, str(amounts["base"]), source=source.strip(),
        bonus=_text(amounts["bonus"]), equity=_text(amounts["equity"]),
        currency=optional_text(currency) or "USD", on=optional_text(date), **texts,
    )  # fmt: skip
    stored = add_comp(ctx.workspace, comp)
    return done(request, stored.to_dict(), PATH, status=201, saved="comp")


def _text(amount: int | None) -> str | None:
    return None if amount is None else str(amount)


def delete_posting(request: Request, ctx: Ctx, posting_id: int) -> Response:
    """Delete a saved posting (Undo brings it back)."""
    from levelset.app.market_evidence import remove_posting

    return deleted(request, remove_posting(ctx.workspace, posting_id), "posting")


def delete_comp(request: Request, ctx: Ctx, comp_id: int) -> Response:
    """Delete a comp (Undo brings it back)."""
    from levelset.app.market_evidence import remove_comp

    return deleted(request, remove_comp(ctx.workspace, comp_id), "comp")


PAGES = [
    Page(
        path=PATH,
        template="market_evidence.html",
        view=evidence_view,
        title="Your postings and comps",
        summary="Saved job postings and collected comps, shown beside the market's ranges",
        model=EvidencePage,
    )
]


def register(app: FastAPI) -> None:
    guard = [Depends(require_token)]
    routes: list[tuple[str, Any, str]] = [
        ("/market/postings", add_posting_form, "Keep a pasted posting"),
        ("/market/comps", add_comp_form, "Keep a comp"),
        ("/market/postings/{posting_id}/delete", delete_posting, "Delete a saved posting"),
        ("/market/comps/{comp_id}/delete", delete_comp, "Delete a comp"),
    ]
    for path, endpoint, summary in routes:
        app.add_api_route(
            path, endpoint, methods=["POST"], dependencies=guard, summary=summary, tags=["market"]
        )
