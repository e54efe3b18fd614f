"""The admin's pages for the organisation's data, under /server/admin/: the retention period,
archiving a client, the organisation-wide export (queued for the background worker, then
downloaded), and the OpenID Connect provider.

Each handler parses its form, calls one use case and renders; every POST carries the form
token, and the use cases refuse (403) anyone but an admin of the organisation.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from levelset.app import org_admin, sign_in_oidc
from levelset.errors import InputError
from levelset.server.routes import check_token, page, signed_in, workspace

router = APIRouter(prefix="/server/admin")


@router.post("/retention", dependencies=[Depends(check_token)])
def retention(request: Request, days: str = Form("")) -> Response:
    period = None
    if days.strip():
        if not days.strip().isdigit():
            raise InputError("the retention period is a whole number of days, or empty")
        period = int(days)
    org_admin.set_retention(workspace(request), signed_in(request), period)
    return RedirectResponse("/server/admin", status_code=303)


@router.post("/clients/archive", dependencies=[Depends(check_token)])
def archive(request: Request, client_id: int = Form(...), restore: str = Form("")) -> Response:
    org_admin.archive(workspace(request), signed_in(request), client_id, not restore)
    return RedirectResponse("/server/admin", status_code=303)


@router.post("/export", dependencies=[Depends(check_token)])
def export(request: Request) -> Response:
    job = org_admin.request_export(workspace(request), signed_in(request))
    return RedirectResponse(f"/server/admin/export/{job}", status_code=303)


@router.get("/export/{job_id}")
def exported(request: Request, job_id: int) -> Response:
    """The zip once the worker has built it; until then, a page that says so (202)."""
    path = org_admin.finished_export(workspace(request), signed_in(request), job_id)
    if path is None:
        return page(request, "export.html", status=202, job_id=job_id)
    return FileResponse(path, media_type="application/zip", filename="levelset-organisation.zip")


@router.post("/oidc", dependencies=[Depends(check_token)])
def oidc(
    request: Request,
    issuer: str = Form(""),
    client_id: str = Form(""),
    client_secret: str = Form(""),
) -> Response:
    sign_in_oidc.configure(workspace(request), signed_in(request), issuer, client_id, client_secret)
    return RedirectResponse("/server/admin", status_code=303)
