"""The coaching server's own pages, under /server/: signing in and out, invitations, sharing,
the coach's clients, the admin's roll-ups and users, password resets.

Every handler parses its form, calls one use case, and renders. Every POST carries the form
token (`check_token`); pages that need an account say so with 401, a wrong role with 403.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from levelset import __version__
from levelset.app import accounts, data_rights, invitations, org_admin, server_access, sign_in_oidc
from levelset.app.accounts import Signed
from levelset.errors import Unauthorized
from levelset.jsonable import dumps
from levelset.server.guard import cookie_header, cookie_names
from levelset.server.settings import ServerSettings
from levelset.web.errors import Forbidden as WebForbidden
from levelset.web.security import TOKEN_FIELD, TOKEN_HEADER, SecurityPolicy

TEMPLATES = Path(__file__).parent / "templates"
HOME_OF = {"client": "/", "coach": "/server/clients", "admin": "/server/admin"}
router = APIRouter(prefix="/server")
_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape())


def settings_of(request: Request) -> ServerSettings:
    return request.app.state.settings  # type: ignore[no-any-return]


async def check_token(request: Request) -> None:
    """Refuse (403) a POST without this session's form token."""
    sent = request.headers.get(TOKEN_HEADER)
    if sent is None:
        form = await request.form()
        value = form.get(TOKEN_FIELD)
        sent = value if isinstance(value, str) else None
    policy: SecurityPolicy = request.app.state.policy
    if not policy.token_valid(request.scope["state"].get("session"), sent):
        raise WebForbidden("this request did not carry the page's token")


def signed_in(request: Request) -> Signed:
    signed: Signed | None = request.scope["state"].get("signed")
    if signed is None:
        raise Unauthorized("sign in first")
    return signed


def page(request: Request, template: str, status: int = 200, **data: Any) -> HTMLResponse:
    policy: SecurityPolicy = request.app.state.policy
    layout = {
        "csrf_token": policy.token_for(request.scope["state"].get("session") or ""),
        "signed": request.scope["state"].get("signed"),
        "version": __version__,
    }
    html = _env.get_template(template).render({**layout, **data})
    return HTMLResponse(html, status_code=status)


def workspace(request: Request) -> Any:
    return request.app.state.workspace


def signed_in_answer(request: Request, token: str, to: str) -> Response:
    settings = settings_of(request)
    response = RedirectResponse(to, status_code=303)
    name = cookie_names(settings)[0]
    age = int(settings.policy.absolute.total_seconds())
    response.headers.append("set-cookie", cookie_header(settings, name, token, age))
    return response


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    return page(request, "login.html", title="Sign in")


@router.post("/login", dependencies=[Depends(check_token)])
def login(request: Request, email: str = Form(...), password: str = Form(...)) -> Response:
    ws, settings = workspace(request), settings_of(request)
    address = request.client.host if request.client else "unknown"
    previous = request.scope["state"].get("signed")
    if previous is not None:  # a new session on every sign-in: never one handed in
        accounts.sign_out(ws, previous)
    token = accounts.sign_in(ws, email, password, address, settings.policy)
    role = accounts.resume(ws, token, settings.policy)
    return signed_in_answer(request, token, HOME_OF[role.user.role] if role else "/")


@router.post("/logout", dependencies=[Depends(check_token)])
def logout(request: Request, everywhere: str = Form("")) -> Response:
    signed = signed_in(request)
    if everywhere:
        accounts.sign_out_everywhere(workspace(request), signed)
    else:
        accounts.sign_out(workspace(request), signed)
    response = RedirectResponse("/server/login", status_code=303)
    name = cookie_names(settings_of(request))[0]
    response.headers.append("set-cookie", cookie_header(settings_of(request), name, "", 0))
    return response


@router.get("/invite/{token}", response_class=HTMLResponse)
def invitation(request: Request, token: str) -> Response:
    shown = invitations.show_invitation(workspace(request), token)
    return page(request, "invite.html", title="Your invitation", invitation=shown, token=token)


@router.post("/invite/{token}", dependencies=[Depends(check_token)])
def accept(
    request: Request,
    token: str,
    name: str = Form(""),
    password: str = Form(...),
    share: str = Form(""),
) -> Response:
    session = invitations.accept(workspace(request), token, name, password, bool(share))
    return signed_in_answer(request, session, "/server/account")


@router.get("/account", response_class=HTMLResponse)
def account(request: Request) -> Response:
    signed = signed_in(request)
    ws = workspace(request)
    coaches = invitations.coaches_of(ws, signed) if signed.user.role == "client" else []
    trail = server_access.trail(ws, signed) if signed.user.role != "coach" else []
    return page(request, "account.html", title="Your account", coaches=coaches, trail=trail)


@router.get("/account/audit.json")
def audit_log(request: Request) -> Response:
    """The audit log shown on the account page, with the user and client ids."""
    entries = server_access.trail(workspace(request), signed_in(request))
    return Response(dumps({"entries": entries}), media_type="application/json")


@router.post("/account/revoke", dependencies=[Depends(check_token)])
def revoke(request: Request, coach_id: int = Form(...)) -> Response:
    invitations.revoke(workspace(request), signed_in(request), coach_id)
    return RedirectResponse("/server/account", status_code=303)


@router.post("/account/share", dependencies=[Depends(check_token)])
def share(request: Request, coach_id: int = Form(...)) -> Response:
    invitations.share_again(workspace(request), signed_in(request), coach_id)
    return RedirectResponse("/server/account", status_code=303)


@router.get("/account/export")
def export(request: Request) -> Response:
    data = data_rights.export_mine(workspace(request), signed_in(request))
    headers = {"content-disposition": 'attachment; filename="levelset-my-data.zip"'}
    return Response(data, media_type="application/zip", headers=headers)


@router.post("/account/erase", dependencies=[Depends(check_token)])
def erase(request: Request, password: str = Form(...)) -> Response:
    data_rights.erase_me(workspace(request), signed_in(request), password)
    response = RedirectResponse("/server/login", status_code=303)
    name = cookie_names(settings_of(request))[0]
    response.headers.append("set-cookie", cookie_header(settings_of(request), name, "", 0))
    return response


@router.get("/clients", response_class=HTMLResponse)
def clients(request: Request) -> Response:
    shown = invitations.clients_of(workspace(request), signed_in(request))
    return page(request, "clients.html", title="Your clients", clients=shown)


@router.post("/clients/invite", dependencies=[Depends(check_token)])
def invite(request: Request, name: str = Form(...), email: str = Form(...)) -> Response:
    ws, signed = workspace(request), signed_in(request)
    token = invitations.invite(ws, signed, name, email)
    link = f"{str(request.base_url).rstrip('/')}/server/invite/{token}"
    shown = invitations.clients_of(ws, signed)
    return page(request, "clients.html", title="Your clients", clients=shown, link=link)


@router.post("/clients/view", dependencies=[Depends(check_token)])
def view(request: Request, client_id: int = Form(...)) -> Response:
    server_access.choose_client(workspace(request), signed_in(request), client_id)
    return RedirectResponse("/", status_code=303)


@router.post("/clients/leave", dependencies=[Depends(check_token)])
def leave(request: Request) -> Response:
    server_access.choose_client(workspace(request), signed_in(request), None)
    return RedirectResponse("/server/clients", status_code=303)


@router.get("/admin", response_class=HTMLResponse)
def admin(request: Request) -> Response:
    return _admin_page(request)


def _admin_page(request: Request, link: str | None = None) -> Response:
    ws, signed = workspace(request), signed_in(request)
    return page(
        request,
        "admin.html",
        title="Organisation",
        rollup=server_access.rollup(ws, signed),
        users=accounts.staff(ws, signed),
        clients=org_admin.client_statuses(ws, signed),
        retention=org_admin.retention_of(ws, signed),
        provider=sign_in_oidc.provider_of(ws, signed.org),
        sign_in_link=f"{str(request.base_url).rstrip('/')}/server/oidc/{signed.org}/start",
        link=link,
    )


@router.post("/admin/staff", dependencies=[Depends(check_token)])
def add_staff(
    request: Request,
    email: str = Form(...),
    name: str = Form(...),
    role: str = Form(...),
    password: str = Form(...),
) -> Response:
    accounts.add_staff(workspace(request), signed_in(request), email, name, role, password)
    return RedirectResponse("/server/admin", status_code=303)


@router.post("/admin/reset", dependencies=[Depends(check_token)])
def issue_reset(request: Request, user_id: int = Form(...)) -> Response:
    ws, signed, settings = workspace(request), signed_in(request), settings_of(request)
    token = accounts.issue_reset(ws, signed, user_id, settings.policy)
    return _admin_page(request, f"{str(request.base_url).rstrip('/')}/server/reset/{token}")


@router.get("/reset/{token}", response_class=HTMLResponse)
def reset_form(request: Request, token: str) -> Response:
    return page(request, "reset.html", title="Choose a new password", token=token)


@router.post("/reset/{token}", dependencies=[Depends(check_token)])
def reset(request: Request, token: str, password: str = Form(...)) -> Response:
    accounts.reset_password(workspace(request), token, password)
    return RedirectResponse("/server/login", status_code=303)
