"""`create_server()`: the coaching server's ASGI application.

Outermost, uvicorn's ProxyHeadersMiddleware takes the client address and scheme from
X-Forwarded-For / X-Forwarded-Proto only when the connection comes from a configured proxy;
then `ServerGuard` (sessions, cross-site refusal, whose records); then the server's own pages
under /server/, and the web app's pages for everything else, each request in its own
workspace.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from levelset import __version__
from levelset.app.workspace import Clock, Workspace
from levelset.errors import LevelsetError
from levelset.server.admin_routes import router as admin_router
from levelset.server.guard import ServerGuard
from levelset.server.oidc_routes import router as oidc_router
from levelset.server.routes import router
from levelset.server.settings import ServerSettings
from levelset.web.app import create_app
from levelset.web.errors import error_body, respond_error
from levelset.web.security import SecurityPolicy


def create_server(settings: ServerSettings, *, clock: Clock | None = None) -> Any:
    """The server over `settings.database_url` (already initialised with `server init`)."""
    ws = Workspace.at(settings.home, database_url=settings.database_url, clock=clock)
    pages = create_app(
        ws, secret=settings.secret, max_upload_bytes=settings.max_upload_bytes, local_only=False
    )
    pages.state.renderer.env.globals["served"] = True  # the footer says where data is kept

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        held = _hold_market(ws)
        try:
            yield
        finally:
            if held is not None:
                held.close()
            ws.close()

    server = FastAPI(
        title="levelset server",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    server.state.workspace = ws
    server.state.settings = settings
    server.state.policy = SecurityPolicy(
        secret=settings.secret, max_body_bytes=settings.max_upload_bytes
    )
    server.state.render_error = pages.state.render_error
    server.add_exception_handler(LevelsetError, _answer_error)
    server.include_router(router)
    server.include_router(admin_router)
    server.include_router(oidc_router)
    server.mount("/", pages)
    server.add_middleware(ServerGuard, workspace=ws, settings=settings, pages=pages.state.context)
    trusted = list(settings.forwarded_allow_ips)
    return ProxyHeadersMiddleware(server, trusted_hosts=trusted)  # type: ignore[arg-type]


def _hold_market(ws: Workspace) -> Any:
    """Keep the market store open while the server runs (None when it is not built yet).

    Every page opens the market store and closes it again; while one reader holds it, the
    process's shared read-only DuckDB connection stays open instead of being reconnected on
    every request (it still follows the file when a rebuild replaces it)."""
    if not ws.market_is_built():
        return None
    return ws.market()


async def _answer_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LevelsetError)
    return respond_error(request, exc.http_status, error_body(exc))


def from_environment() -> Any:
    """The factory uvicorn's workers call (`levelset server` passes its settings by
    environment, the one way to reach worker processes)."""
    return create_server(ServerSettings.from_env(os.environ))
