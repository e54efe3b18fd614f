"""`levelset mcp`: the assistant door, an MCP server over stdio for an AI assistant."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from levelset.app.workspace import Workspace


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
        help="Serve one client of a coach's workspace (only theirs), as `levelset --client`.",
    ),
) -> None:
    """Serve your levelset data to an AI assistant (Model Context Protocol over stdio).

    Started by the assistant's configuration, not by hand: stdout carries protocol messages
    only, notes go to stderr, and nothing reaches the network. See docs/assistant.md."""
    from levelset.mcp.server import serve_stdio

    ws = _served(client)
    try:
        serve_stdio(ws, allow_writes=allow_writes)
    finally:
        ws.close()  # the CLI closes its own workspace too; closing twice is harmless


def _served(client: str | None) -> Workspace:
    """The one workspace the server serves: the user's own, or one client's (never several).

    A client comes from this `--client` or the root one (`levelset --client NAME mcp`, or
    LEVELSET_CLIENT), not both; an unknown name is NotFound with the closest names."""
    from levelset.app.clients import client_workspace
    from levelset.cli.workspace import coach_workspace, workspace
    from levelset.errors import InputError

    ws = workspace()
    if client is None:
        return ws
    if ws.owner.client is not None:
        raise InputError(
            "--client: a client is named twice (here and before `mcp`)",
            hint="the server serves one client: name it once",
        )
    return client_workspace(coach_workspace(), client)
