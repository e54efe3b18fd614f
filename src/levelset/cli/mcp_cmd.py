"""`levelset mcp`: the assistant door, an MCP server over stdio for an AI assistant."""

from __future__ import annotations

import typer


def mcp_command(
    allow_writes: bool = typer.Option(
        False,
        "--allow-writes",
        help="Also offer the append-only write tools (log an event, add an offer).",
    ),
    client: str | None = typer.Option(
        None,
        "--client",
        metavar="NAME",
        help="Serve one client of a coach's workspace (not available yet).",
    ),
) -> None:
    """Serve your levelset data to an AI assistant (Model Context Protocol over stdio).

    Started by the assistant's configuration, not by hand: stdout carries protocol messages
    only, notes go to stderr, and nothing reaches the network. See docs/assistant.md."""
    from levelset.errors import DataUnavailable, InputError

    if client is not None:
        raise InputError(
            "--client: a coach's workspace with clients is not available yet",
            hint="levelset mcp serves your own records; leave out --client",
        )
    try:
        from levelset.mcp.server import serve_stdio
    except ModuleNotFoundError as missing:
        if missing.name is None or not missing.name.startswith("mcp"):
            raise
        raise DataUnavailable(
            "the MCP SDK is not installed", hint="pip install 'levelset[mcp]'"
        ) from None
    from levelset.cli.workspace import workspace

    serve_stdio(workspace(), allow_writes=allow_writes)
