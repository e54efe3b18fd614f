"""The MCP server: instructions, tools and resources over one workspace, served over stdio.

The tools' schemas are the ones the MCP SDK makes from their declarations, made at build time
and shipped in tools.json (`levelset.mcp.declared`; a test keeps the two equal); the protocol
is levelset's own (protocol.py), so the server starts without the SDK and without pydantic.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from levelset.jsonable import to_jsonable
from levelset.mcp import checks
from levelset.mcp.door import UNEXPECTED, Door, ToolError, error_text
from levelset.mcp.protocol import INVALID_PARAMS, METHOD_NOT_FOUND, RpcError, Session
from levelset.shell import for_client_in

if TYPE_CHECKING:
    from levelset.app.workspace import Workspace
    from levelset.errors import LevelsetError
    from levelset.mcp.hints import Tools

NAME = "levelset"
TOOLS_JSON = Path(__file__).with_name("tools.json")
log = logging.getLogger("levelset.mcp")

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


def instructions(ws: Workspace) -> str:
    """The rules, and whose records these are when a coach serves one client."""
    if ws.owner.client is None:
        return INSTRUCTIONS
    return (
        f"{INSTRUCTIONS}\nThese are the records of {ws.owner.client}, one client of a career "
        "coach: the profile, evidence, offers and plan are theirs, not the coach's; this server "
        "sees no other client."
    )


class Server:
    """levelset's answers to the protocol's methods over one workspace (protocol.Methods)."""

    def __init__(self, ws: Workspace, *, allow_writes: bool = False) -> None:
        self.ws = ws
        self.door = Door(ws)
        self.allow_writes = allow_writes
        self._listed: list[dict[str, Any]] | None = None
        self._declared: Tools | None = None

    def server_info(self) -> dict[str, Any]:
        from levelset import __version__

        return {"name": NAME, "title": "levelset", "version": __version__}

    def capabilities(self) -> dict[str, Any]:
        return {"prompts": {"listChanged": False},
                "resources": {"subscribe": False, "listChanged": False},
                "tools": {"listChanged": False}}  # fmt: skip

    def instructions(self) -> str:
        return instructions(self.ws)

    def answer(self, method: str, params: Mapping[str, Any]) -> dict[str, Any]:
        handlers: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
            "tools/list": lambda _: {"tools": self.tools()},
            "tools/call": self.call,
            "resources/list": lambda _: {"resources": self.resources()},
            "resources/read": self.read,
            "resources/templates/list": lambda _: {"resourceTemplates": []},
            "prompts/list": lambda _: {"prompts": []},
            "prompts/get": lambda p: _no_prompt(p.get("name")),
        }
        if method not in handlers:
            raise RpcError(METHOD_NOT_FOUND, "Method not found", method)
        return handlers[method](params)

    def tools(self) -> list[dict[str, Any]]:
        """The tools as listed: the shipped schemas, without the write tools unless allowed."""
        if self._listed is None:
            every = json.loads(TOOLS_JSON.read_text(encoding="utf-8"))
            self._listed = [t for t in every if self.allow_writes or _reads(t)]
        return self._listed

    def call(self, params: Mapping[str, Any]) -> dict[str, Any]:
        name, given = params.get("name"), params.get("arguments")
        if not isinstance(name, str) or not isinstance(given, dict | None):
            raise RpcError(INVALID_PARAMS, "tools/call needs name (text) and arguments (an "
                           "object)")  # fmt: skip
        listed = next((t for t in self.tools() if t["name"] == name), None)
        if listed is None:
            return _failed(f"Unknown tool: {name}")
        arguments, problems = checks.arguments(listed["inputSchema"], given or {})
        if problems:
            return _failed(self.named(error_text(_bad_arguments(name, problems)), given))
        try:
            value = self.declared()[name].function(**arguments)
        except ToolError as refused:
            return _failed(self.named(str(refused), given))
        except Exception:  # never a traceback or a server path to the assistant
            log.exception("tool %s failed", name)
            return _failed(json.dumps(UNEXPECTED))
        structured = for_client_in(
            to_jsonable(value), self.ws.owner.client, self.door.theirs(given)
        )
        wrong = checks.result(listed["outputSchema"], structured)
        if wrong:  # a levelset bug: the assistant gets the unexpected error, the log the rest
            log.error("tool %s returned what its output schema does not allow: %s", name, wrong)
            return _failed(json.dumps(UNEXPECTED))
        text = json.dumps(structured, indent=2, ensure_ascii=False)
        return {"content": [{"type": "text", "text": text}], "structuredContent": structured,
                "isError": False}  # fmt: skip

    def named(self, error: str, given: object = None) -> str:
        """A refusal's JSON text with its commands named for the client served (if any), the
        client's own words (`given` among them) as written."""
        if self.ws.owner.client is None:
            return error
        theirs = self.door.theirs(given)
        named = for_client_in(json.loads(error), self.ws.owner.client, theirs)
        return json.dumps(named, ensure_ascii=False)

    def declared(self) -> Tools:
        """Every tool's function (the modules are read at the first call, not at start)."""
        if self._declared is None:
            self._declared = declare(self.door)
        return self._declared

    def resources(self) -> list[dict[str, Any]]:
        from levelset.mcp.resources import RESOURCES

        return [{"uri": r.uri, "name": r.name, "description": r.description,
                 "mimeType": "application/json"} for r in RESOURCES]  # fmt: skip

    def read(self, params: Mapping[str, Any]) -> dict[str, Any]:
        from levelset.mcp.resources import RESOURCES

        uri = params.get("uri")
        found = next((r for r in RESOURCES if r.uri == uri), None)
        if found is None:
            raise RpcError(INVALID_PARAMS, f"Unknown resource: {uri}", {"uri": uri})
        text = self.door.read(found.use_case())
        return {"contents": [{"uri": uri, "mimeType": "application/json", "text": text}]}


def declare(door: Door) -> Tools:
    """Every tool declared over `door`, the write tools included, in their listed order."""
    from levelset.mcp import career_tools, market_tools, offer_tools, progress_tools, write_tools

    tools: Tools = {}
    for module in (market_tools, offer_tools, progress_tools, career_tools, write_tools):
        module.register(tools, door)
    return tools


def build_server(ws: Workspace, *, allow_writes: bool = False) -> Session:
    """A server over `ws` (a fresh connection): read-only tools and resources, write tools
    only when asked."""
    return Session(Server(ws, allow_writes=allow_writes))


def serve_stdio(ws: Workspace, *, allow_writes: bool = False) -> None:
    """Serve over stdin/stdout until the client closes stdin; logs go to stderr only."""
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, force=True)
    session = build_server(ws, allow_writes=allow_writes)
    out = sys.stdout.buffer
    try:
        for line in sys.stdin.buffer:
            reply = session.receive(line)
            if reply is not None:
                out.write(reply.encode("utf-8") + b"\n")
                out.flush()
    except BrokenPipeError:  # the client went away: nothing is left to answer
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())  # nor to flush at exit


def _reads(listed: Mapping[str, Any]) -> bool:
    return bool(listed.get("annotations", {}).get("readOnlyHint"))


def _failed(text: str) -> dict[str, Any]:
    return {"content": [{"type": "text", "text": text}], "isError": True}


def _no_prompt(name: Any) -> dict[str, Any]:
    raise RpcError(INVALID_PARAMS, f"Unknown prompt: {name}")


def _bad_arguments(tool: str, problems: checks.Problems) -> LevelsetError:
    from levelset.errors import InputError, Problem

    said = "; ".join(f"{where} {what}" for where, what in problems)
    hint = "the tool's input schema (tools/list) says what each argument takes"
    found = [Problem(what, field=where) for where, what in problems]
    return InputError(f"{tool}: {said}", hint=hint, problems=found)
