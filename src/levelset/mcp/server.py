"""The MCP server: instructions, tools and resources over one workspace, served over stdio."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from levelset.mcp.door import Door

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer

    from levelset.app.workspace import Workspace

NAME = "levelset"

INSTRUCTIONS = """\
levelset answers from the user's own records (profile, evidence, offers, negotiations, tracked
events, plan) and from market datasets shipped with it (OEWS, crowd-reported salaries, H-1B LCA
filings, community level maps). It reads only local files and never reaches the network.
Rules for every answer:
1. Never invent a number. Every figure you give comes from a levelset tool or resource.
2. Every figure carries its source, its date (release or period) and its sample size (n): cite
   them with the number, e.g. "P50 $167,280 (OEWS May 2025, Seattle-Tacoma-Bellevue, n=92,770)".
3. Where levelset hides a thin cell (a null value, an entry in `hidden`, a `thin` flag) say
   "not enough data" for it; never fill it in from elsewhere or from memory.
4. Say what each source measures: OEWS is base wage only; crowd figures are self-reported.
5. Drafts are text for the user to edit and send themselves; levelset sends nothing.
Start with levelset://profile and levelset://offers to learn the user's target and offers;
salary_range, value_offer, compare_offers and negotiation_anchor give the numbers;
level_ladder, equity_whatif and job_board give the ladder, an equity exit and the job board."""


def build_server(ws: Workspace, *, allow_writes: bool = False) -> MCPServer:
    """An MCP server over `ws`: read-only tools and resources, write tools only when asked."""
    from mcp.server.mcpserver import MCPServer

    from levelset import __version__
    from levelset.mcp import (
        career_tools,
        market_tools,
        offer_tools,
        progress_tools,
        resources,
        write_tools,
    )

    server: MCPServer = MCPServer(
        NAME, title="levelset", instructions=instructions(ws), version=__version__,
        log_level="WARNING", subscriptions=False,
    )  # fmt: skip
    door = Door(ws)
    for module in (market_tools, offer_tools, progress_tools, career_tools, resources):
        module.register(server, door)
    if allow_writes:
        write_tools.register(server, door)
    return server


def instructions(ws: Workspace) -> str:
    """The rules, and whose records these are when a coach serves one client."""
    if ws.owner.client is None:
        return INSTRUCTIONS
    return (
        f"{INSTRUCTIONS}\nThese are the records of {ws.owner.client}, one client of a career "
        "coach: the profile, evidence, offers and plan are theirs, not the coach's; this server "
        "sees no other client."
    )


def serve_stdio(ws: Workspace, *, allow_writes: bool = False) -> None:
    """Serve over stdin/stdout until the client closes stdin; logs go to stderr only."""
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, force=True)
    build_server(ws, allow_writes=allow_writes).run("stdio")
