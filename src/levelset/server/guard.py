"""What every request to the coaching server passes first.

- a state-changing request that the browser says is cross-site, or whose Origin is another
  site, is refused (403); bodies above the limit get 413;
- the session cookie is looked up in the database (`app.accounts.resume`); a request without
  a live session gets a pre-session cookie so that the sign-in and invitation forms carry a
  form token too;
- a request for the web app's pages gets the workspace of the records it may reach
  (`app.server_access.page_access`), or 401 (redirected to sign-in), 403 or 404, before any
  page code runs;
- every answer carries the security headers, `no-store`, and secure cookies.

Client addresses and the scheme come from the proxy only when it is a configured one
(uvicorn's ProxyHeadersMiddleware, installed around this in `server.app`).
"""

from __future__ import annotations

import secrets
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse

from levelset.app import accounts, server_access
from levelset.app.server_access import PageReads
from levelset.app.workspace import Workspace
from levelset.errors import LevelsetError
from levelset.server.settings import ServerSettings
from levelset.web.content import wants_json
from levelset.web.context import AppContext
from levelset.web.errors import respond_error
from levelset.web.security import (
    SECURITY_HEADERS,
    ASGIApp,
    Message,
    Receive,
    Scope,
    Send,
    _cookie,
    _limit_body,
    cross_site_reason,
)

CONTEXT_KEY = "levelset.context"  # where the web app's pages find their workspace
SERVER_PREFIX = "/server/"
STATIC = "/static/"
PUBLIC_PREFIXES = (STATIC, SERVER_PREFIX)
# pages of the single-user app that list a coach's clients: not served here
NOT_SERVED = ("/c/", "/clients", "/coach")


def cookie_names(settings: ServerSettings) -> tuple[str, str]:
    """(session, pre-session) cookie names; `__Host-` binds them to this host over HTTPS."""
    if settings.secure_cookies:
        return "__Host-levelset-session", "__Host-levelset-pre"
    return "levelset-session", "levelset-pre"


def cookie_header(settings: ServerSettings, name: str, value: str, max_age: int | None) -> str:
    parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Lax"]
    if settings.secure_cookies:
        parts.append("Secure")
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
    return "; ".join(parts)


class ServerGuard:
    def __init__(
        self, app: ASGIApp, workspace: Workspace, settings: ServerSettings, pages: AppContext
    ) -> None:
        self.app = app
        self.workspace = workspace
        self.pages = pages  # the web app's context: its market build and kept pages
        self.settings = settings
        self.session_cookie, self.pre_cookie = cookie_names(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"].startswith(STATIC):  # stylesheets and scripts: no session needed
            await self.app(scope, receive, self._with_headers(send, None))
            return
        reads = server_access.page_reads()  # the session's lookup and a page's reads: one
        try:
            await self._guarded(scope, receive, send, reads)
        finally:
            await run_in_threadpool(reads.end)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send, reads: PageReads) -> None:
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        state = scope.setdefault("state", {})
        with reads:
            new_pre = await self._sign(scope, headers, state)
        send = self._with_headers(send, new_pre)
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            await self._answer(scope, receive, send, refusal)
            return
        path: str = scope["path"]
        receive = _limit_body(receive, self.settings.max_upload_bytes)
        if path.startswith(PUBLIC_PREFIXES):
            await run_in_threadpool(reads.end)  # the server's own routes read on their own
            await self.app(scope, receive, send)
            return
        with reads:
            answer = await self._enter_pages(scope, state, path)
        if answer is not None:
            await answer(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            await run_in_threadpool(reads.end)
            await self.app(scope, receive, send)
            return
        with reads:  # a page's dozen reads: the same transaction
            await self.app(scope, receive, send)

    async def _sign(
        self, scope: Scope, headers: dict[str, str], state: dict[str, Any]
    ) -> str | None:
        token = _cookie(headers, self.session_cookie)
        signed = await run_in_threadpool(
            accounts.resume, self.workspace, token, self.settings.policy
        )
        state["signed"] = signed
        if signed is not None:
            state["session"] = signed.csrf_seed
            return None
        pre = _cookie(headers, self.pre_cookie)
        new = None if pre else secrets.token_urlsafe(24)
        state["session"] = "pre:" + (pre or new or "")
        return new

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, str] | None:
        reason = cross_site_reason(scope["method"], headers.get("host", ""), headers)
        if reason is not None:
            return 403, "forbidden", reason
        length = headers.get("content-length", "0")
        if length.isdigit() and int(length) > self.settings.max_upload_bytes:
            return 413, "too_large", "the upload is larger than the limit"
        return None

    async def _enter_pages(self, scope: Scope, state: dict[str, Any], path: str) -> Any:
        """None when the request may go on to the web app (its workspace set), else the answer."""
        request = Request(scope)
        signed = state["signed"]
        if path.startswith(NOT_SERVED):
            return respond_error(request, 404, {"error": "not_found", "message": "not found"})
        if signed is None:
            if scope["method"] == "GET" and not wants_json(request):
                return RedirectResponse("/server/login", status_code=303)
            return respond_error(
                request, 401, {"error": "unauthorized", "message": "sign in first"}
            )
        try:
            access = await run_in_threadpool(
                server_access.page_access, self.workspace, signed, scope["method"], path
            )
        except server_access.NoClientChosen:
            return RedirectResponse("/server/clients", status_code=303)
        except LevelsetError as error:
            if error.http_status == 403 and scope["method"] == "GET" and not wants_json(request):
                return RedirectResponse("/server/admin", status_code=303)
            return respond_error(request, error.http_status, error.to_dict())
        scope[CONTEXT_KEY] = self.pages.seen_as(access.workspace)
        return None

    async def _answer(
        self, scope: Scope, receive: Receive, send: Send, refusal: tuple[int, str, str]
    ) -> None:
        status, kind, message = refusal
        response = respond_error(Request(scope), status, {"error": kind, "message": message})
        await response(scope, receive, send)

    def _with_headers(self, send: Send, new_pre: str | None) -> Send:
        pre = None
        if new_pre is not None:
            pre = cookie_header(self.settings, self.pre_cookie, new_pre, None).encode()

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                if self.settings.secure_cookies:
                    headers.append((b"strict-transport-security", b"max-age=31536000"))
                if b"cache-control" not in names:
                    headers.append((b"cache-control", b"no-store"))
                if pre is not None:
                    headers.append((b"set-cookie", pre))
                message["headers"] = headers
            await send(message)

        return wrapped
