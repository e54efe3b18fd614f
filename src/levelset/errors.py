"""The few errors levelset raises, each knowing how the CLI and the web app report it.

Core code raises these; the CLI turns them into a one-line message and an exit code, the web
app into one JSON shape and an HTTP status. Nothing else in the core knows about either.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where: a file, a line, a field."""

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None
    expected: str | None = None

    @property
    def location(self) -> str:
        parts = [self.file or ""]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(self.field)
        return ", ".join(p for p in parts if p)

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        return f"{text} (expected {self.expected})" if self.expected else text


class LevelsetError(Exception):
    """Base of every error levelset reports to a user."""

    exit_code = 1
    http_status = 500
    kind = "error"

    def __init__(
        self, message: str, *, hint: str | None = None, fields: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        # The inputs the fix lies in, by the domain's names ("offer", "note"): messages reach
        # every door, so each door names these its own way (the CLI as flags, the web as its
        # form's fields) and the message names neither.
        self.fields: tuple[str, ...] = tuple(fields)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"error": self.kind, "message": self.message}
        if self.hint:
            data["hint"] = self.hint
        if self.fields:
            data["fields"] = list(self.fields)
        return data


class InputError(LevelsetError):
    """The user gave us something we cannot use: a bad file, field or value."""

    exit_code = 2
    http_status = 400
    kind = "invalid_input"

    def __init__(
        self,
        message: str,
        *,
        problems: Iterable[Problem] = (),
        hint: str | None = None,
        fields: Sequence[str] = (),
    ) -> None:
        super().__init__(message, hint=hint, fields=fields)
        self.problems: tuple[Problem, ...] = tuple(problems)

    def to_dict(self) -> dict[str, object]:
        data = super().to_dict()
        if self.problems:
            data["problems"] = [
                {
                    "message": p.message,
                    "file": p.file,
                    "line": p.line,
                    "field": p.field,
                    "expected": p.expected,
                }
                for p in self.problems
            ]
        return data


class UnknownValue(InputError):
    """A title, level, place or name we do not recognise; carries the closest matches."""

    kind = "unknown_value"

    def __init__(
        self, what: str, value: str, suggestions: Sequence[str] = (), hint: str | None = None
    ) -> None:
        """`hint` says how to go on when no suggestion is close enough to offer."""
        self.what = what
        self.value = value
        self.suggestions = tuple(suggestions)
        if self.suggestions:
            hint = f"closest matches: {', '.join(self.suggestions)}"
        super().__init__(f"unknown {what}: {value!r}", hint=hint)

    def to_dict(self) -> dict[str, object]:
        data = super().to_dict()
        data["suggestions"] = list(self.suggestions)
        return data


class AmbiguousValue(UnknownValue):
    """A name that means several things of about equal weight: the user must choose one."""

    kind = "ambiguous_value"

    def __init__(
        self,
        what: str,
        value: str,
        choices: Sequence[str],
        *,
        message: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(what, value, choices)
        self.message = message or f"ambiguous {what}: {value!r} could be {' or '.join(choices)}"
        self.args = (self.message,)
        self.hint = hint or f"type one of: {'; '.join(choices)}"


class NotFound(LevelsetError):
    """A record the user named does not exist."""

    exit_code = 3
    http_status = 404
    kind = "not_found"


class Conflict(LevelsetError):
    """The request clashes with what is stored (a step out of order, a duplicate)."""

    exit_code = 4
    http_status = 409
    kind = "conflict"


class DataUnavailable(LevelsetError):
    """Shipped or stored data is missing or unreadable."""

    exit_code = 5
    http_status = 503
    kind = "data_unavailable"


def validation_failed(what: str, problems: Sequence[Problem]) -> InputError:
    """One error for every problem found while reading `what`, the first one in the message."""
    count = len(problems)
    first = str(problems[0]) if problems else "invalid"
    more = f" (and {count - 1} more problem{'s' if count > 2 else ''})" if count > 1 else ""
    named = bool(problems) and problems[0].file == what  # its location already names the file
    return InputError(f"{first}{more}" if named else f"{what}: {first}{more}", problems=problems)


class Unauthorized(LevelsetError):
    """Not signed in, or the sign-in failed (the coaching server)."""

    exit_code = 6
    http_status = 401
    kind = "unauthorized"


class Forbidden(LevelsetError):
    """Signed in, but this account may not do that (the coaching server)."""

    exit_code = 6
    http_status = 403
    kind = "forbidden"


class TooManyAttempts(LevelsetError):
    """Too many sign-in attempts in a short while: wait, then try again."""

    exit_code = 6
    http_status = 429
    kind = "too_many_attempts"
