"""The assistant door's hold on one workspace: one call at a time, errors as tool errors.

Every tool and resource goes through `Door.call`, which runs one use case with the workspace
and turns a levelset error into the message the assistant reads (its JSON shape, the same
as the CLI's `--json` and the web app's), never a traceback.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from levelset.errors import LevelsetError
from levelset.jsonable import to_jsonable
from levelset.shell import for_client_in

if TYPE_CHECKING:
    from levelset.app.workspace import Workspace

T = TypeVar("T")
log = logging.getLogger("levelset.mcp")
UNEXPECTED = {
    "error": "error",
    "message": "levelset failed unexpectedly; the details are in the server's log (stderr)",
}


class ToolError(Exception):
    """A tool's refusal: its text (levelset's JSON error) is what the assistant reads."""


class Door:
    """The workspace the server serves, and the lock that keeps its calls one at a time.

    The records store and the market build are not meant to be driven from two threads at
    once, so calls queue here (the stdio server answers one request at a time anyway; a test
    or another host may not).
    """

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._lock = threading.Lock()

    def call(self, use_case: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`use_case(ws, *args, **kwargs)`; a levelset error becomes a ToolError."""
        return self.pure(use_case, self.ws, *args, **kwargs)

    def pure(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`function(*args, **kwargs)` (one that needs no workspace), guarded the same way."""
        with self._lock:
            try:
                return function(*args, **kwargs)
            except LevelsetError as error:
                raise ToolError(error_text(error)) from None
            except Exception:  # never a traceback or a server path to the assistant
                log.exception("%s failed", getattr(function, "__name__", "a use case"))
                raise ToolError(json.dumps(UNEXPECTED)) from None

    def read(self, use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> str:
        """A resource's JSON text; an error is shown in its JSON shape instead of failing."""
        with self._lock:
            try:
                value = use_case(self.ws, *args, **kwargs)
            except LevelsetError as error:
                value = error.to_dict()
            except Exception:
                log.exception("%s failed", getattr(use_case, "__name__", "a resource"))
                value = UNEXPECTED
        named = for_client_in(to_jsonable(value), self.ws.owner.client, self.theirs())
        return json.dumps(named, indent=2, ensure_ascii=False)

    def theirs(self, given: object = None) -> tuple[str, ...]:
        """The served client's own words (stored, and the texts of `given` arguments), which
        answers show as written; none for the user's or coach's own workspace."""
        if self.ws.owner.client is None:
            return ()
        from levelset.app.clients import own_words

        typed = [
            v for v in (given.values() if isinstance(given, dict) else ()) if isinstance(v, str)
        ]
        with self._lock:
            return (*own_words(self.ws), *typed)


def error_text(error: LevelsetError) -> str:
    """The error as JSON text: kind, message, hint and the problems of a bad input."""
    return json.dumps(to_jsonable(error.to_dict()), ensure_ascii=False)


def plain(value: Any) -> Any:
    """A levelset value as plain JSON data (Decimal -> number, date -> ISO text)."""
    return to_jsonable(value)
