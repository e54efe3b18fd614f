"""A real uvicorn server of the web app on a free loopback port, in a background thread."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from levelset.app.workspace import Workspace, clock_from_env
from levelset.paths import Paths

TOKENS: dict[str, str] = {}


def access_cookie(base: str) -> dict[str, str]:
    """The cookie a browser keeps after opening the server's secret address."""
    from levelset.web.security import ACCESS_COOKIE

    return {"name": ACCESS_COOKIE, "value": TOKENS[base], "url": base}


@contextmanager
def live_server(paths: Paths, workspace: Workspace | None = None) -> Iterator[str]:
    """Serve the app over these paths (or this workspace); yield its base URL; stop it after.

    The server's access token is the app's (`access_token(url)` gives it to a browser).
    """
    import uvicorn

    from levelset.web.app import create_app

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port = listener.getsockname()[1]
    clock = clock_from_env(os.environ)  # the suite's day where a test fixed it, as the CLI's
    app = create_app(workspace or Workspace.at(paths.home, clock=clock), port=port)
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    base = f"http://127.0.0.1:{port}"
    TOKENS[base] = app.state.policy.access_token
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()
