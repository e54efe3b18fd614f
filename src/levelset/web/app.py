"""The local web app: `create_app()` builds the FastAPI application over the user's store.

Handlers are plain (synchronous) functions: FastAPI runs them in its thread pool, and they call
the same core functions as the CLI. Every page is a view whose data renders as HTML or JSON.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from types import ModuleType

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from levelset import __version__
from levelset.app.workspace import Workspace
from levelset.web import openapi
from levelset.web.context import AppContext
from levelset.web.errors import install_error_handlers, respond_error
from levelset.web.pages import add_page
from levelset.web.rendering import STATIC, Renderer
from levelset.web.security import MEGABYTE, LocalOnlyMiddleware, SecurityPolicy

DESCRIPTION = (
    "The JSON API of the levelset web app. Every page has a JSON twin at the same path with "
    "`.json` appended (the dashboard at `/index.json`), answered from the same view as the "
    "page. State-changing requests need the page's token in the `X-CSRF-Token` header (or "
    "the `csrf_token` form field) and are refused with 403 when sent from another site. "
    "Errors share one shape: `{error, message, hint?, problems?}`."
)


def _view_modules() -> list[ModuleType]:
    from levelset.web.views import (
        board,
        coach,
        dashboard,
        equity,
        evidence,
        ladder,
        market,
        negotiation,
        offers,
        plan,
        playbook,
        practice,
        proof,
        proof_positions,
        removals,
        tracking,
    )

    return [
        coach,  # first: the home page dispatches to the coach's roster when clients exist
        dashboard,
        market,
        evidence,
        offers,
        negotiation,
        proof,
        proof_positions,
        tracking,
        plan,
        practice,
        playbook,
        ladder,
        equity,
        board,
        removals,
    ]


def _closing(context: AppContext) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        context.close()

    return lifespan


def create_app(
    workspace: Workspace,
    *,
    port: int | None = None,
    max_upload_bytes: int = 8 * MEGABYTE,
    secret: bytes | None = None,
    local_only: bool = True,
    policy: SecurityPolicy | None = None,
) -> FastAPI:
    """The web app over this workspace, answering on loopback only.

    `port` is the port the server listens on: the Host header must name it (None accepts
    any port, for in-process clients). Request bodies above `max_upload_bytes` get 413.
    A `policy` given (`serve` prints its address first) replaces those three.
    """
    context = AppContext(workspace)
    policy = policy or SecurityPolicy(
        port=port, max_body_bytes=max_upload_bytes, secret=secret or secrets.token_bytes(32)
    )
    app = _pages(context, policy)
    if not local_only:  # the coaching server puts its own guard in front instead
        return app
    if workspace.owner.client is None:  # a coach's clients, each under /c/<client>/
        from levelset.web import clients

        clients.mount(app, context, lambda theirs: _switching(_pages(theirs, policy)))
        _switching(app)
    app.add_middleware(LocalOnlyMiddleware, policy=policy, respond=respond_error)
    return app


def _switching(app: FastAPI) -> FastAPI:
    """Mark an app of the local practice: its pages show the client switcher."""
    app.state.switcher = True
    return app


def _pages(context: AppContext, policy: SecurityPolicy) -> FastAPI:
    """Every page of the app over one workspace (the access check wraps it once, outside)."""
    app = FastAPI(
        title="levelset",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # the interactive docs load scripts from a CDN; the app stays offline
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=_closing(context),
    )
    renderer = Renderer(context, policy.token_for)
    app.state.context = context
    app.state.policy = policy
    app.state.renderer = renderer
    app.state.render_error = renderer.error
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in _view_modules():
        for page in getattr(module, "PAGES", ()):
            add_page(app, page)
        register = getattr(module, "register", None)
        if register is not None:
            register(app)
    openapi.install(app)
    return app
