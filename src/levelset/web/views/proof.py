"""The proof page: upload materials; each bullet scored with highlights; checklist; level."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.responses import Response

from levelset.bands import Band
from levelset.errors import InputError
from levelset.jsonable import to_jsonable
from levelset.patterns import compiled
from levelset.web.content import wants_json
from levelset.web.context import AppContext
from levelset.web.flash import offer_undo
from levelset.web.forms import done, require_token
from levelset.web.highlight import highlight, spans_of
from levelset.web.pages import Page, context_of
from levelset.web.views.page_models import ProofPage

Ctx = Annotated[AppContext, Depends(context_of)]
ACCEPTED = ".pdf,.docx,.md,.markdown,.txt,.json,.zip,.yaml,.yml"
MAX_FILES = 10


def proof_view(
    ctx: Ctx,
    target: Annotated[str | None, Query(description="band to compare with, e.g. staff")] = None,
) -> ProofPage:
    """Imported sources, every bullet scored, the checklist, the scan and the level estimate."""
    from levelset.app.leveling import proof_page

    page = proof_page(ctx.workspace, target if target in {b.value for b in Band} else None)
    return ProofPage.model_validate(to_jsonable({"available": True, **page}))


def marks(bullet: dict[str, Any]) -> Any:
    """The bullet's text with its metrics, leadership, reach and ML proof highlighted."""
    phrases = [(m, "metric") for m in bullet.get("metrics", [])]
    phrases += [(w, "lead") for w in bullet.get("leadership_words", [])]
    phrases += [(w, "reach") for w in bullet.get("cross_team_words", [])]
    phrases += [(w, "ml") for w in bullet.get("ml", [])]
    return highlight(bullet["text"], spans_of(bullet["text"], phrases))


def decorate(data: dict[str, Any]) -> dict[str, Any]:
    report = data.get("report") or {}
    bullets = sorted(report.get("bullets", []), key=lambda b: b["score"])
    return {
        "bullets": [{**b, "html": marks(b)} for b in bullets],
        "bands": [b.value for b in Band],
        "accepted": ACCEPTED,
    }


PAGES = [
    Page(
        path="/proof",
        template="proof.html",
        view=proof_view,
        title="Proof",
        summary="Imported materials, scored bullets, the proof checklist and the level estimate",
        model=ProofPage,
        decorate=decorate,
    )
]


_UNSAFE_FILE_CHAR = compiled(r"[^A-Za-z0-9._ -]")


def _safe_name(name: str | None, index: int) -> str:
    """The upload's own file name, reduced to safe characters (it names the source)."""
    base = Path(name or f"upload-{index}").name
    clean = _UNSAFE_FILE_CHAR.sub("_", base).strip(" .") or f"upload-{index}"
    return clean[:120]


def import_uploads(ctx: AppContext, uploads: list[UploadFile]) -> list[Any]:
    """Read every uploaded file; store them all in one go, or none if any is bad."""
    from levelset.app.proof import import_proof

    if not uploads:
        raise InputError("choose at least one file to upload", hint=f"accepted: {ACCEPTED}")
    with tempfile.TemporaryDirectory(prefix="levelset-upload-") as folder:
        paths = []
        for index, upload in enumerate(uploads[:MAX_FILES]):
            path = Path(folder) / _safe_name(upload.filename, index)
            path.write_bytes(upload.file.read())
            paths.append(path)
        return list(import_proof(ctx.workspace, paths).rows)


def upload_form(
    request: Request,
    ctx: Ctx,
    files: Annotated[list[UploadFile], File(description="resume, LinkedIn export, JSON Resume")],
) -> Response:
    """Import uploaded materials (PDF, DOCX, Markdown, text, JSON Resume, LinkedIn zip)."""
    rows = import_uploads(ctx, [f for f in files if f.filename])
    return done(request, {"imported": rows}, "/proof#report", status=201, saved="proof")


def remove_form(request: Request, ctx: Ctx, source: Annotated[str, Form()]) -> Response:
    """Forget one imported source; the next page offers Undo, scripts get its token (as
    /proof/sources/delete)."""
    from levelset.app.removals import delete_source

    gone = delete_source(ctx.workspace, source)
    result = {"removed": [source], **gone.to_dict(), "token": gone.undo_file.name}
    response = done(request, result, "/proof")
    if not wants_json(request):
        offer_undo(request, response, gone.what, gone.undo_file.name)
    return response


def register(app: FastAPI) -> None:
    guard = [Depends(require_token)]
    app.add_api_route(
        "/proof/upload", upload_form, methods=["POST"], dependencies=guard, tags=["proof"],
        summary="Import materials",
    )  # fmt: skip
    app.add_api_route(
        "/proof/remove", remove_form, methods=["POST"], dependencies=guard, tags=["proof"],
        summary="Forget one imported source",
    )  # fmt: skip
