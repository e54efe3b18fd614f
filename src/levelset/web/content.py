"""Content negotiation: whether a request gets JSON or a page."""

from __future__ import annotations

from fastapi import Request


def wants_json(request: Request) -> bool:
    """JSON for `.json` paths, the /api prefix, `?format=json` and clients that prefer JSON to
    HTML."""
    path = request.url.path
    if path.endswith(".json") or path.startswith("/api/"):
        return True
    if request.query_params.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept
