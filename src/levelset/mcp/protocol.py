"""The Model Context Protocol's framing and lifecycle, as `levelset mcp` speaks it over stdio.

JSON-RPC 2.0, one message per line. Two eras of the protocol, as the client opens: the
handshake era (2024-11-05 to 2025-11-25: `initialize`, then requests) and the 2026-07-28 era
(no handshake; `server/discover`, and every request carries its protocol version and the
client's capabilities in `params._meta`). The first request fixes the era for the connection.
What a request asks is answered by a `Methods` (levelset's tools and resources: server.py);
this module owns the envelope, the versions and the errors the specification names.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any, Protocol

log = logging.getLogger("levelset.mcp")

HANDSHAKE_VERSIONS = ("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25")
MODERN_VERSIONS = ("2026-07-28",)
VERSION_KEY = "io.modelcontextprotocol/protocolVersion"
CAPABILITIES_KEY = "io.modelcontextprotocol/clientCapabilities"
SERVER_INFO_KEY = "io.modelcontextprotocol/serverInfo"
# results a 2026-07-28 client may cache: they say for how long (0: not at all) and for whom
CACHEABLE = frozenset({"server/discover", "tools/list", "resources/list", "resources/read",
                       "resources/templates/list", "prompts/list", "prompts/get"})  # fmt: skip
PARSE_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND = -32700, -32600, -32601
INVALID_PARAMS, INTERNAL_ERROR, UNSUPPORTED_VERSION = -32602, -32603, -32022


class RpcError(Exception):
    """A JSON-RPC error reply: its code, message and optional data."""

    def __init__(self, code: int, message: str, data: Any = None) -> None:
        super().__init__(message)
        self.code, self.message, self.data = code, message, data

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.data is not None:
            error["data"] = self.data
        return error


class Methods(Protocol):
    """What the server answers: its identity, and one method call at a time."""

    def server_info(self) -> dict[str, Any]: ...

    def capabilities(self) -> dict[str, Any]: ...

    def instructions(self) -> str | None: ...

    def answer(self, method: str, params: Mapping[str, Any]) -> dict[str, Any]:
        """The result of `method`; RpcError for an unknown method or bad parameters."""
        ...


class Session:
    """One connection: reads messages, keeps the era and the handshake, writes replies."""

    def __init__(self, methods: Methods) -> None:
        self.methods = methods
        self.era: str | None = None  # "handshake" or "modern", fixed by the first request
        self.initialized = False  # handshake era: `initialize` answered

    def receive(self, line: str | bytes) -> str | None:
        """The reply to one line of input (None for a notification or a blank line)."""
        if not line.strip():
            return None
        try:
            message = json.loads(line)
        except ValueError:
            return _frame(None, error=RpcError(PARSE_ERROR, "Parse error: not JSON"))
        reply = self.message(message)
        return None if reply is None else json.dumps(reply, ensure_ascii=False)

    def message(self, message: Any) -> dict[str, Any] | None:
        """The reply to one decoded JSON-RPC message, None for a notification or a reply."""
        if not isinstance(message, dict) or message.get("jsonrpc") != "2.0":
            return _reply(None, error=RpcError(INVALID_REQUEST, "Invalid Request: not a "
                                               "JSON-RPC 2.0 message object"))  # fmt: skip
        if "method" not in message:
            return None  # a reply to a request the server never sends: nothing to do
        method, params = message["method"], message.get("params")
        if not isinstance(method, str) or (params is not None and not isinstance(params, dict)):
            error = RpcError(INVALID_REQUEST, "Invalid Request: method must be text and "
                             "params an object")  # fmt: skip
            return _reply(message.get("id"), error=error) if "id" in message else None
        if "id" not in message:  # a notification: nothing is answered; notifications/cancelled
            return None  # comes too late here, as one request runs at a time, to its end
        try:
            return _reply(message["id"], result=self._request(method, params or {}))
        except RpcError as error:
            return _reply(message["id"], error=error)
        except Exception:  # never a traceback to the client: the log has it
            log.exception("%s failed", method)
            return _reply(message["id"], error=RpcError(INTERNAL_ERROR, "Internal error"))

    def _request(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if self.era is None:
            modern = method != "initialize" and _enveloped(params)
            self.era = "modern" if modern else "handshake"
        if self.era == "modern":
            return self._modern(method, params)
        if _enveloped(params) and method != "initialize":
            raise RpcError(INVALID_REQUEST, "this connection serves the handshake era; a "
                           "request with the 2026-07-28 envelope is refused on it")  # fmt: skip
        if method == "initialize":
            return self._initialize(params)
        if method == "ping":
            return {}
        if method in ("server/discover",):
            raise RpcError(METHOD_NOT_FOUND, "Method not found", method)
        if not self.initialized:
            raise RpcError(INVALID_PARAMS, f"{method} before initialize: the client must "
                           "send initialize first")  # fmt: skip
        return self.methods.answer(method, params)

    def _initialize(self, params: dict[str, Any]) -> dict[str, Any]:
        asked = params.get("protocolVersion")
        if not isinstance(asked, str) or not isinstance(params.get("clientInfo"), dict):
            raise RpcError(INVALID_PARAMS, "initialize needs protocolVersion (text) and "
                           "clientInfo (an object)")  # fmt: skip
        self.initialized = True
        result = {
            "protocolVersion": asked if asked in HANDSHAKE_VERSIONS else HANDSHAKE_VERSIONS[-1],
            "capabilities": self.methods.capabilities(),
            "serverInfo": self.methods.server_info(),
        }
        instructions = self.methods.instructions()
        return result | ({"instructions": instructions} if instructions else {})

    def _modern(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "initialize":
            asked = params.get("protocolVersion")
            data: dict[str, Any] = {"supported": list(MODERN_VERSIONS)}
            data |= {"requested": asked} if isinstance(asked, str) else {}
            raise RpcError(UNSUPPORTED_VERSION, "this connection serves the 2026-07-28 "
                           "protocol; the initialize handshake is not accepted", data)  # fmt: skip
        meta = params.get("_meta")
        missing = [k for k in (VERSION_KEY, CAPABILITIES_KEY) if k not in (meta or {})]
        if not isinstance(meta, dict) or missing:
            raise RpcError(INVALID_PARAMS, "params._meta is missing the required envelope "
                           f"key(s): {', '.join(missing)}")  # fmt: skip
        version = meta[VERSION_KEY]
        if not isinstance(version, str):
            raise RpcError(INVALID_PARAMS, f"params._meta {VERSION_KEY} must be text")
        if version not in MODERN_VERSIONS:
            raise RpcError(UNSUPPORTED_VERSION, f"protocol version {version} is not served",
                           {"supported": list(MODERN_VERSIONS), "requested": version})  # fmt: skip
        if method == "server/discover":
            result: dict[str, Any] = {"supportedVersions": list(MODERN_VERSIONS),
                      "capabilities": self.methods.capabilities()}  # fmt: skip
            instructions = self.methods.instructions()
            result |= {"instructions": instructions} if instructions else {}
        else:
            result = self.methods.answer(method, {k: v for k, v in params.items()
                                                  if k != "_meta"})  # fmt: skip
        if method in CACHEABLE:
            result = {"ttlMs": 0, "cacheScope": "private", **result}
        meta_out = {**result.get("_meta", {}), SERVER_INFO_KEY: self.methods.server_info()}
        return {**result, "resultType": result.get("resultType", "complete"), "_meta": meta_out}


def _enveloped(params: Mapping[str, Any]) -> bool:
    """Whether a request carries the 2026-07-28 envelope (its protocol version key)."""
    meta = params.get("_meta")
    return isinstance(meta, dict) and VERSION_KEY in meta


def _reply(number: Any, *, result: Any = None, error: RpcError | None = None) -> dict[str, Any]:
    if error is not None:
        return {"jsonrpc": "2.0", "id": number, "error": error.to_dict()}
    return {"jsonrpc": "2.0", "id": number, "result": result}


def _frame(number: Any, *, error: RpcError) -> str:
    return json.dumps(_reply(number, error=error), ensure_ascii=False)
