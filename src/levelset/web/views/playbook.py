"""The playbook page: the personal guide in the browser, and its Markdown, HTML and PDF files."""

from __future__ import annotations

import os
import re
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query
from fastapi.responses import Response
from markupsafe import Markup

from levelset.patterns import compiled
from levelset.web.context import AppContext
from levelset.web.pages import Page, context_of
from levelset.web.rendering import command_links, inline_svg
from levelset.web.views.page_models import PlaybookPage

Ctx = Annotated[AppContext, Depends(context_of)]
TOPICS = ("salary", "leveling", "negotiation")
MEDIA = {"md": "text/markdown", "html": "text/html", "pdf": "application/pdf"}
_SVG = compiled(r"<svg\b.*?</svg>", re.DOTALL)


def _book(ctx: AppContext, topic: str | None) -> Any:
    from levelset.app.playbook import playbook

    return playbook(ctx.workspace, topic)


def playbook_view(
    ctx: Ctx,
    topic: Annotated[str | None, Query(description="salary, leveling or negotiation")] = None,
) -> PlaybookPage:
    """The personal playbook for a topic, section by section, from the stored records."""
    book = _book(ctx, topic)
    return PlaybookPage(available=True, topic=book.topic.value, playbook=book)


_TITLE_BLOCK = compiled(r"^\s*<h1>.*?</h1>\s*<p class=\"sub\">.*?</p>", re.DOTALL)


def body_html(book: Any) -> Markup:
    """The playbook's own HTML rendering, without its page shell, charts made CSP-safe."""
    from levelset.playbook.html import to_html

    html = to_html(book)
    body = html.split("<body>", 1)[-1].rsplit("</body>", 1)[0]
    body = _TITLE_BLOCK.sub("", body)
    return Markup(command_links(_SVG.sub(lambda m: str(inline_svg(m.group(0))), body)))


def decorate(data: dict[str, Any]) -> dict[str, Any]:
    """The book's HTML from the view's own Playbook value (built once per request)."""
    extras: dict[str, Any] = {"topics": TOPICS}
    if data.get("available"):
        extras["book_html"] = body_html(data["playbook"])
    return extras


def download(
    ctx: Ctx,
    topic: Annotated[str | None, Query(description="salary, leveling or negotiation")] = None,
    format: Annotated[str, Query(description="md, html or pdf")] = "pdf",
) -> Response:
    """The playbook as a file to keep: Markdown, a self-contained HTML page, or PDF."""
    from levelset.app.playbook import render_playbook
    from levelset.playbook.render import FALLBACK_FONT_ENV

    made = render_playbook(ctx.workspace, topic, format, os.environ.get(FALLBACK_FONT_ENV))
    name = made.name
    return Response(
        made.data,
        media_type=MEDIA.get(made.format.value, "application/octet-stream"),
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


PAGES = [
    Page(
        path="/playbook",
        template="playbook.html",
        view=playbook_view,
        title="Playbook",
        summary="The personal playbook, section by section",
        model=PlaybookPage,
        decorate=decorate,
        decorate_raw=True,
    )
]


def register(app: FastAPI) -> None:
    app.add_api_route(
        "/playbook/download", download, methods=["GET"], tags=["playbook"],
        summary="Download the playbook as Markdown, HTML or PDF",
    )  # fmt: skip
