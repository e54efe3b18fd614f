"""Content negotiation: whether a request gets JSON or a page."""

from __future__ import annotations

from fastapi import Request


def wants_json(request: Request) -> bool:
    """JSON for `.json` paths, the /api prefix and clients that prefer JSON to HTML."""
    path = request.url.path
    if path.endswith(".json") or path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept
