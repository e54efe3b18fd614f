"""The practice page: a turn-based mock negotiation call against the user's own record."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Form, Query, Request
from fastapi.responses import Response

from levelset.jsonable import to_jsonable
from levelset.web.context import AppContext
from levelset.web.forms import done, require_token
from levelset.web.pages import Page, context_of
from levelset.web.views.page_models import PracticePage

Ctx = Annotated[AppContext, Depends(context_of)]


def practice_view(
    ctx: Ctx,
    company: Annotated[str | None, Query(description="The negotiation to rehearse")] = None,
    answer: Annotated[list[str] | None, Query(description="Your answers so far, in order")] = None,
    difficulty: Annotated[str, Query(description="easy, normal or hard")] = "normal",
    seed: Annotated[int, Query(description="Another seed gives other lines")] = 0,
) -> PracticePage:
    """The moves so far with their scores, and the recruiter's next line or the result."""
    from levelset.app.practice import practice_page

    found = practice_page(ctx.workspace, company, answer or [], difficulty=difficulty, seed=seed)
    return PracticePage.model_validate(to_jsonable({"available": True, **found}))


PAGES = [
    Page(
        path="/practice",
        template="practice.html",
        view=practice_view,
        title="Practice",
        summary="A mock negotiation call, each answer scored at once",
        model=PracticePage,
    )
]


def keep_form(
    request: Request,
    ctx: Ctx,
    company: Annotated[str, Form(description="The negotiation rehearsed")],
    answer: Annotated[list[str], Form(description="Your answers, in order")],
    difficulty: Annotated[str, Form(description="easy, normal or hard")] = "normal",
    seed: Annotated[int, Form(description="The seed the call was played with")] = 0,
) -> Response:
    """Keep a finished call with its negotiation record, as `practice negotiation` does."""
    from levelset.app.practice import keep_page_session

    kept = keep_page_session(ctx.workspace, company, answer, difficulty=difficulty, seed=seed)
    back = "/practice?" + urlencode({"company": kept.session.case.company})
    if kept.kept is not None and kept.kept.already_kept:  # Keep pressed twice: stored once
        return done(request, kept, back, status=200, saved="practice-kept")
    return done(request, kept, back, status=201, saved="practice")


def register(app: FastAPI) -> None:
    app.add_api_route(
        "/practice/sessions", keep_form, methods=["POST"], dependencies=[Depends(require_token)],
        summary="Keep a finished mock call", tags=["practice"],
    )  # fmt: skip
