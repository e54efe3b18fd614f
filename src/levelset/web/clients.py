"""The coach's workspace on the web: each client's pages under `/c/<client>/`.

As fava serves several ledgers from one server, the app mounts one more application per client
under that client's prefix: the same pages, built over the workspace seen as that client (its
owner set from the path, its store and market build shared with the coach's). The pages write
their links from the root (`/offers`); the prefix is put in front of every such link, form
action and redirect of a client's answers here, so no page needs to know whose it is. The
switcher's `/c?client=NAME` opens a client (an empty name: the coach's own pages).
"""

from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from levelset.errors import LevelsetError
from levelset.shell import for_client_in
from levelset.web.context import AppContext
from levelset.web.errors import error_body, respond_error

PREFIX = "/c"
KEPT = 32  # client applications kept built (the least recently used go first)
# a link from the root, except the shared ones: static files, the API description, /c itself
# a bytes pattern (the response body as sent): levelset.patterns compiles text patterns only
_LINK = re.compile(rb'(\s(?:href|action|src|formaction)=")(/(?!/|static/|openapi\.json|c[/"?]))')


def client_href(name: str, path: str = "/") -> str:
    """Where one client's page lives: /c/Ada%20Park/offers."""
    return f"{PREFIX}/{quote(name, safe='')}{path}"


def mount(app: FastAPI, context: AppContext, build: Callable[[AppContext], ASGIApp]) -> None:
    """Serve every client of `context`'s coach under /c/<client>/, and the switcher's /c."""

    def switch(request: Request, client: str = "") -> Response:
        from levelset.app.clients import find_client

        root = request.scope.get("root_path", "")
        if not client.strip():
            return RedirectResponse(f"{root}/", status_code=303)
        found = find_client(context.workspace, client)  # NotFound: the closest names
        return RedirectResponse(root + client_href(found.name), status_code=303)

    app.add_api_route(PREFIX, switch, methods=["GET"], include_in_schema=False)
    app.mount(PREFIX, ClientPrefix(context, build))


class ClientPrefix:
    """The ASGI application under /c: finds the client named by the path's first segment and
    hands the request to that client's application, with the prefix as its root."""

    def __init__(self, coach: AppContext, build: Callable[[AppContext], ASGIApp]) -> None:
        self.coach = coach
        self.build = build
        self._apps: OrderedDict[int, ASGIApp] = OrderedDict()
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        root = scope.get("root_path", "")
        rest = scope["path"][len(root) :] if scope["path"].startswith(root) else scope["path"]
        segment, slash, _tail = rest.lstrip("/").partition("/")
        request = Request(scope, receive)
        try:
            client, client_app = await run_in_threadpool(self._app_for, segment)
        except LevelsetError as error:
            await respond_error(request, error.http_status, error_body(error))(scope, receive, send)
            return
        prefix = f"{root}/{quote(segment, safe='')}"
        if not slash:  # /c/Ada: the client's home is /c/Ada/
            query = f"?{scope['query_string'].decode('latin-1')}" if scope["query_string"] else ""
            await RedirectResponse(f"{prefix}/{query}", status_code=307)(scope, receive, send)
            return
        child = {**scope, "root_path": f"{root}/{segment}"}
        theirs = self._words_of(client)
        await client_app(child, receive, _prefixed(send, prefix.encode("latin-1"), client, theirs))

    def _app_for(self, name: str) -> tuple[str, ASGIApp]:
        """The client `name` as stored and its application (built once, kept while used)."""
        from levelset.app.clients import find_client

        found = find_client(self.coach.workspace, name)  # NotFound for an unknown name
        with self._lock:
            if found.id in self._apps:
                self._apps.move_to_end(found.id)
                return found.name, self._apps[found.id]
        built = self.build(self.coach.for_client(found.name))
        with self._lock:
            self._apps[found.id] = built
            while len(self._apps) > KEPT:
                self._apps.popitem(last=False)
        return found.name, built

    def _words_of(self, name: str) -> Callable[[], tuple[str, ...]]:
        """How to read the client's own words, kept as written in the answers' texts."""
        from levelset.app.clients import own_words

        return lambda: own_words(self.coach.workspace.as_client(name))


def _prefixed(
    send: Send, prefix: bytes, client: str, theirs: Callable[[], tuple[str, ...]]
) -> Send:
    """`send` with the client's prefix put before root links of HTML and redirects, and the
    client named in the commands of JSON answers (`levelset --client NAME plan`), their own
    words (`theirs`) as written."""
    held: list[Message] = []
    body: list[bytes] = []

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(scope=message)
            location = headers.get("location", "")
            if location.startswith("/") and _LINK.match(b' href="' + location.encode()):
                headers["location"] = prefix.decode("latin-1") + location
            kind = headers.get("content-type", "")
            answer = kind.startswith("application/json") and "content-disposition" not in headers
            if kind.startswith("text/html") or answer:  # a downloaded file is the user's data
                held.append(message)  # the length changes: sent with the body
                return
        elif message["type"] == "http.response.body" and held:
            body.append(message.get("body", b""))
            if message.get("more_body"):
                return
            start = held.pop()
            headers = MutableHeaders(scope=start)
            whole = b"".join(body)
            if headers["content-type"].startswith("text/html"):
                whole = _LINK.sub(lambda m: m.group(1) + prefix + m.group(2), whole)
            elif b"levelset " in whole:
                kept = await run_in_threadpool(theirs)
                whole = _commands_named(whole, client, kept)
            headers["content-length"] = str(len(whole))
            await send(start)
            message = {"type": "http.response.body", "body": whole}
        await send(message)

    return wrapped


def _commands_named(body: bytes, client: str, kept: tuple[str, ...]) -> bytes:
    """A JSON answer with each command in its texts named for the client, their words kept."""
    named = for_client_in(json.loads(body), client, kept)
    return json.dumps(named, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
