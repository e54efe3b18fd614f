"""`levelset serve`: the local web app on 127.0.0.1, opened in the browser."""

from __future__ import annotations

import socket

import typer

DEFAULT_PORT = 8765


def serve_command(
    port: int = typer.Option(
        DEFAULT_PORT, "--port", min=0, max=65535, help="Port on 127.0.0.1 (0 picks a free one)."
    ),
    no_browser: bool = typer.Option(
        False, "--no-browser", help="Only print the address; do not open a browser."
    ),
) -> None:
    """Open the local web app: every page of levelset in your browser, on this computer only."""
    from levelset.cli.output import note
    from levelset.cli.workspace import workspace
    from levelset.web.security import SecurityPolicy

    ws, listener = workspace(), _bind(port)
    actual = listener.getsockname()[1]
    policy = SecurityPolicy(port=actual)
    url = policy.access_url(f"http://127.0.0.1:{actual}/")  # secret: only you see it
    # the socket listens already: a browser's first request waits in its queue while the web
    # app loads, so the browser starts while it does
    typer.echo(f"levelset is running at {url}  (Ctrl+C stops it)")
    if not no_browser:
        import webbrowser

        note("opening your browser…")
        webbrowser.open(url)
    import uvicorn

    from levelset.web.app import create_app

    app = create_app(ws, port=actual, policy=policy)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    try:
        uvicorn.Server(config).run(sockets=[listener])
    finally:
        listener.close()


def _bind(port: int) -> socket.socket:
    """A listening socket on loopback only; a busy port is a clear error, not a traceback."""
    from levelset.errors import Conflict

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(("127.0.0.1", port))
    except OSError as error:
        listener.close()
        raise Conflict(
            f"port {port} on 127.0.0.1 is not available ({error.strerror})",
            hint="choose another with --port N, or --port 0 for any free port",
        ) from None
    listener.listen(128)
    listener.set_inheritable(True)
    return listener
