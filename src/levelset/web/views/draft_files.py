"""A negotiation draft to send: its latest version, or any earlier saved one, downloaded as a
message the mail program opens as an unsent draft (.eml) or as text (the page also copies it
and opens it in the mail program). levelset sends nothing."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, FastAPI, Query
from fastapi.responses import Response

from levelset.errors import InputError
from levelset.web.context import AppContext
from levelset.web.pages import context_of

Ctx = Annotated[AppContext, Depends(context_of)]
FORMATS = {"eml": "message/rfc822", "txt": "text/plain; charset=utf-8"}


def draft_download(
    ctx: Ctx,
    kind: str,
    company: Annotated[str, Query(description="the negotiation's company")],
    format_: Annotated[str, Query(alias="format", description="eml or txt")] = "eml",
    version: Annotated[
        int | None, Query(ge=1, description="a saved version (default: the latest)")
    ] = None,
) -> Response:
    """One draft (counter, call, no, confirm) as a file: the latest version, or an earlier
    saved one; the file's name says the version, and a message's X-Levelset-Draft header says
    which of how many it is."""
    from levelset.app.draft_files import draft_file

    if format_ not in FORMATS:
        raise InputError(f"format: {format_!r} is not one of eml, txt", hint="use eml or txt")
    found = draft_file(ctx.workspace, company, kind, version)
    text = found.eml() if format_ == "eml" else found.text()
    disposition = f'attachment; filename="{found.filename(format_)}"'
    return Response(text, media_type=FORMATS[format_],
                    headers={"content-disposition": disposition})  # fmt: skip


def register(app: FastAPI) -> None:
    app.add_api_route(
        "/drafts/{kind}", draft_download, methods=["GET"], tags=["negotiation"],
        summary="Download a draft as a message file (.eml) or text",
    )  # fmt: skip
