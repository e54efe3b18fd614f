"""Signing in through the organisation's OpenID Connect provider, under /server/oidc/.

`/server/oidc/{org}/start` sends the browser to the provider (the organisation's sign-in
link, shown on its admin page); the provider sends it back to `/server/oidc/callback`, where
the answer is checked (`app.sign_in_oidc`) and a session starts as with a password.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from levelset.app import accounts, sign_in_oidc
from levelset.errors import Unauthorized
from levelset.server.routes import HOME_OF, settings_of, signed_in_answer, workspace

router = APIRouter(prefix="/server/oidc")


def _browser(request: Request) -> str:
    """What binds a sign-in to this browser: its session or pre-session cookie's seed."""
    return str(request.scope["state"].get("session") or "")


def _callback(request: Request) -> str:
    return f"{str(request.base_url).rstrip('/')}/server/oidc/callback"


@router.get("/{org}/start")
def start(request: Request, org: int) -> Response:
    url = sign_in_oidc.start(workspace(request), org, _browser(request), _callback(request))
    return RedirectResponse(url, status_code=303)


@router.get("/callback")
def callback(request: Request, state: str = "", code: str = "", error: str = "") -> Response:
    if error:
        raise Unauthorized(f"the provider did not sign you in ({error[:100]})")
    ws = workspace(request)
    token = sign_in_oidc.finish(ws, state, code, _browser(request), _callback(request))
    signed = accounts.resume(ws, token, settings_of(request).policy)
    return signed_in_answer(request, token, HOME_OF[signed.user.role] if signed else "/")
