"""The practice page: a turn-based mock negotiation call against the user's own record."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query

from levelset.web.context import AppContext
from levelset.web.pages import Page, context_of

Ctx = Annotated[AppContext, Depends(context_of)]


def practice_view(
    ctx: Ctx,
    company: Annotated[str | None, Query(description="The negotiation to rehearse")] = None,
    answer: Annotated[list[str] | None, Query(description="Your answers so far, in order")] = None,
    difficulty: Annotated[str, Query(description="easy, normal or hard")] = "normal",
    seed: Annotated[int, Query(description="Another seed gives other lines")] = 0,
) -> dict[str, Any]:
    """The moves so far with their scores, and the recruiter's next line or the result."""
    from levelset.app.practice import practice_page

    found = practice_page(ctx.workspace, company, answer or [], difficulty=difficulty, seed=seed)
    return {"available": True, **found}


PAGES = [
    Page(
        path="/practice",
        template="practice.html",
        view=practice_view,
        title="Practice",
        summary="A mock negotiation call, each answer scored at once",
        properties={
            "companies": {"type": "array", "items": {"type": "string"}},
            "company": {"type": ["string", "null"]},
            "moves": {
                "type": "array",
                "description": "each with recruiter, answer, score, stance, costly_phrase, "
                "better_line",
            },
            "next": {"type": ["object", "null"], "description": "the recruiter's next line"},
            "session": {
                "type": ["object", "null"],
                "description": "when the call is over: score, fix_next, transcript",
            },
        },
    )
]
