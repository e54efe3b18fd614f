"""What keeps a local web app local: Host allowlist, cross-site refusal, tokens, headers, limits.

A page on another site can make the browser send requests to 127.0.0.1; these rules make sure
such a request can neither read nor change anything:

- the Host header must name this machine's loopback (DNS rebinding would send another name);
- every request must carry the server's access token, as Jupyter does: `levelset serve` opens
  a secret address (`/?token=...`) in the user's browser, which then keeps the token in an
  HttpOnly cookie; scripts send `Authorization: Bearer <token>`. Another local user can reach
  the port but not read or change anything (401), since only the user who started the server
  saw the address;
- a state-changing request (POST, PUT, PATCH, DELETE) is refused with 403, whatever its path,
  when the browser says it is cross-site (Sec-Fetch-Site) or its Origin is not this server;
- every form and script sends a per-session token that only our own pages know;
- the answers carry a strict Content-Security-Policy, nosniff, no framing, no referrer, and
  no-store on data pages; request bodies above the upload limit are refused with 413.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Respond = Callable[[Any, int, dict[str, Any]], Any]  # (request, status, body) -> Response

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
SESSION_COOKIE = "levelset_session"
ACCESS_COOKIE = "levelset_access"
ACCESS_PARAM = "token"
PUBLIC_PREFIXES = ("/static/",)  # stylesheets, scripts and fonts hold nothing private
TOKEN_FIELD = "csrf_token"
TOKEN_HEADER = "x-csrf-token"
MEGABYTE = 1024 * 1024

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # "same-origin", not "no-referrer": with no-referrer, browsers send `Origin: null` on our
    # own form posts, which the origin check must refuse.
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


@dataclass(frozen=True)
class SecurityPolicy:
    """The rules for one server: its port (None accepts any port) and its limits."""

    port: int | None = None
    max_body_bytes: int = 8 * MEGABYTE
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    access_token: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    def access_url(self, base: str) -> str:
        """The secret address that lets a browser in (printed and opened by `serve`)."""
        return f"{base.rstrip('/')}/?{ACCESS_PARAM}={self.access_token}"

    def access_granted(self, scope: Scope, headers: dict[str, str]) -> str | None:
        """How the request proves it may enter ("cookie", "header", "query"), or None."""
        offered = {
            "cookie": _cookie(headers, ACCESS_COOKIE),
            "header": _bearer(headers.get("authorization", "")),
            "query": _query_token(scope),
        }
        for how, token in offered.items():
            if token and hmac.compare_digest(token.encode(), self.access_token.encode()):
                return how
        return None

    def allowed_host(self, host: str) -> bool:
        """True when the Host header names a loopback address (and our port, if known)."""
        host = host.strip().lower()
        for name in LOOPBACK_NAMES:
            if host == name and self.port in (None, 80):
                return True
            if host.startswith(name + ":"):
                port = host[len(name) + 1 :]
                return port.isdigit() and (self.port is None or int(port) == self.port)
        return False

    def token_for(self, session: str) -> str:
        """The form token of one browser session: only this server can compute it."""
        return hmac.new(self.secret, session.encode(), hashlib.sha256).hexdigest()

    def token_valid(self, session: str | None, token: str | None) -> bool:
        if not session or not token:
            return False
        return hmac.compare_digest(self.token_for(session), token)


def cross_site_reason(method: str, host: str, headers: dict[str, str]) -> str | None:
    """Why a state-changing request must be refused as cross-site, or None when it may pass."""
    if method not in UNSAFE_METHODS:
        return None
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return f"cross-site request refused (Sec-Fetch-Site: {fetch_site})"
    origin = headers.get("origin")
    if origin is not None and origin.lower() not in (f"http://{host}", f"https://{host}"):
        return f"request from another origin refused (Origin: {origin})"
    return None


def session_of(headers: dict[str, str]) -> str | None:
    """The session id from the request's cookie, if it has one."""
    return _cookie(headers, SESSION_COOKIE)


def _cookie(headers: dict[str, str], name: str) -> str | None:
    raw = headers.get("cookie")
    if not raw:
        return None
    cookie: SimpleCookie = SimpleCookie()
    try:
        cookie.load(raw)
    except Exception:  # a malformed cookie header is treated as no cookie
        return None
    morsel = cookie.get(name)
    return morsel.value if morsel is not None else None


def _bearer(value: str) -> str | None:
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def _query_token(scope: Scope) -> str | None:
    raw: bytes = scope.get("query_string", b"")
    for value in parse_qs(raw.decode("latin-1")).get(ACCESS_PARAM, []):
        return value
    return None


class LocalOnlyMiddleware:
    """The ASGI middleware that applies a SecurityPolicy to every HTTP request."""

    def __init__(
        self, app: ASGIApp, policy: SecurityPolicy, respond: Respond | None = None
    ) -> None:
        self.app = app
        self.policy = policy
        self.respond = respond  # answers a refusal as a page to browsers, as JSON otherwise

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        if not self.policy.allowed_host(headers.get("host", "")):
            host = headers.get("host", "")
            message = f"this server answers only on loopback, not on {host!r}"
            await _send_error(send, 400, "bad_host", message)  # never our pages to another name
            return
        access = self.policy.access_granted(scope, headers)
        session = session_of(headers)
        new_session = None if session else secrets.token_urlsafe(24)
        scope.setdefault("state", {})["session"] = session or new_session
        remember = self.policy.access_token if access == "query" else None
        wrapped_send = _with_headers(send, scope, new_session, remember)
        refusal = self._refusal(scope, headers, access)
        if refusal is not None:
            await self._refuse(scope, receive, wrapped_send, refusal)
            return
        limited = _limit_body(receive, self.policy.max_body_bytes)
        await self.app(scope, limited, wrapped_send)

    async def _refuse(
        self, scope: Scope, receive: Receive, send: Send, refusal: tuple[int, str, str]
    ) -> None:
        status, kind, message = refusal
        if self.respond is None:
            await _send_error(send, status, kind, message)
            return
        from starlette.requests import Request

        response = self.respond(Request(scope), status, {"error": kind, "message": message})
        await response(scope, receive, send)

    def _refusal(
        self, scope: Scope, headers: dict[str, str], access: str | None
    ) -> tuple[int, str, str] | None:
        if access is None and not scope.get("path", "").startswith(PUBLIC_PREFIXES):
            message = (
                "this levelset server needs its access token: open the address that "
                "`levelset serve` printed (it ends in ?token=...)"
            )
            return 401, "unauthorized", message
        host = headers.get("host", "")
        reason = cross_site_reason(scope["method"], host, headers)
        if reason is not None:
            return 403, "forbidden", reason
        length = headers.get("content-length", "0")
        if length.isdigit() and int(length) > self.policy.max_body_bytes:
            limit = self.policy.max_body_bytes // MEGABYTE
            return 413, "too_large", f"the upload is larger than the {limit} MB limit"
        return None


class BodyTooLarge(Exception):
    """A streamed body went past the limit; the app turns it into a 413."""


def _limit_body(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def limited() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(f"the upload is larger than the {limit // MEGABYTE} MB limit")
        return message

    return limited


def _with_headers(
    send: Send, scope: Scope, new_session: str | None, access_token: str | None = None
) -> Send:
    path: str = scope.get("path", "")

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            names = {k.lower() for k, _ in headers}
            headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
            if b"cache-control" not in names:
                cache = b"public, max-age=3600" if path.startswith("/static/") else b"no-store"
                headers.append((b"cache-control", cache))
            if new_session is not None:
                cookie = f"{SESSION_COOKIE}={new_session}; Path=/; HttpOnly; SameSite=Strict"
                headers.append((b"set-cookie", cookie.encode()))
            if access_token is not None:
                cookie = f"{ACCESS_COOKIE}={access_token}; Path=/; HttpOnly; SameSite=Strict"
                headers.append((b"set-cookie", cookie.encode()))
            message["headers"] = headers
        await send(message)

    return wrapped


async def _send_error(send: Send, status: int, kind: str, message: str) -> None:
    body = json.dumps({"error": kind, "message": message}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
        *SECURITY_HEADERS,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
