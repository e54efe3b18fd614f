"""Reading typed fields out of parsed offer data, collecting a Problem for every bad one."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from levelset.errors import Problem
from levelset.money import ceiling, plain_amount
from levelset.names import NAME_CHARS, normalise, too_long

AMOUNT = "an amount of money >= 0, e.g. 180000"
HUGE = Decimal(10) ** 15  # shares, company valuations: far above any real one, far below overflow
PERCENT_CAP = Decimal(200)
GRANT_YEARS = 10  # an equity grant may be worth several years of pay


class FieldReader:
    """Typed access to fields of one file; every bad field adds a Problem instead of raising."""

    def __init__(self, file: str, lines: Mapping[str, int]) -> None:
        self.file = file
        self.lines = lines
        self.problems: list[Problem] = []
        self.currency: str | None = None  # set once read: it scales the plausible amounts

    def ceiling(self, key: str) -> Decimal:
        """The most an amount in field `key` can plausibly be (pay is bounded, see money)."""
        if key in ("exit_values", "fully_diluted_shares", "shares"):
            return HUGE
        yearly = ceiling(self.currency)
        return yearly * GRANT_YEARS if key == "grant_value" else yearly

    def problem(self, field: str, message: str, expected: str | None = None) -> Problem:
        line = self.lines.get(field)
        return Problem(message, file=self.file, line=line, field=field or None, expected=expected)

    def add(self, field: str, message: str, expected: str | None = None) -> None:
        self.problems.append(self.problem(field, message, expected))

    def unknown_keys(self, data: Mapping[str, Any], allowed: Iterable[str], prefix: str) -> None:
        names = list(allowed)
        for key in data:
            if key not in names:
                close = difflib.get_close_matches(str(key), names, n=3, cutoff=0.5)
                expected = f"one of: {', '.join(close or names)}"
                self.add(_path(prefix, str(key)), f"unknown field {key!r}", expected)

    def text(
        self, data: Mapping[str, Any], key: str, *, required: bool = False, prefix: str = ""
    ) -> str | None:
        value = data.get(key)
        cleaned = normalise(str(value)) if value is not None else ""
        if cleaned == "":
            if required:
                self.add(_path(prefix, key), "missing", f"a value for {key}")
            return None
        if too_long(cleaned, NAME_CHARS):  # a name, a title, a place: one line of text
            self.add(_path(prefix, key), f"{len(cleaned):,} characters", f"<= {NAME_CHARS}")
            return None
        return cleaned

    def money(
        self, data: Mapping[str, Any], key: str, *, required: bool = False, prefix: str = ""
    ) -> Decimal | None:
        return self._decimal(data, key, required, prefix, AMOUNT, upper=self.ceiling(key))

    def pct(self, data: Mapping[str, Any], key: str, *, prefix: str = "") -> Decimal | None:
        return self._decimal(data, key, False, prefix, "a percent from 0 to 200", PERCENT_CAP)

    def number(self, data: Mapping[str, Any], key: str, *, prefix: str = "") -> Decimal | None:
        return self._decimal(data, key, False, prefix, "a number >= 0", upper=self.ceiling(key))

    def integer(self, data: Mapping[str, Any], key: str, *, prefix: str = "") -> int | None:
        value = self._decimal(data, key, False, prefix, "a whole number >= 0", upper=HUGE)
        if value is None:
            return None
        if value != value.to_integral_value():
            self.add(_path(prefix, key), f"{data[key]!r} is not whole", "a whole number >= 0")
            return None
        return int(value)

    def money_list(
        self, data: Mapping[str, Any], key: str, *, prefix: str = ""
    ) -> list[Decimal] | None:
        """A number, a list of numbers, or "60000/45000"; None when absent or bad."""
        raw = data.get(key)
        if raw is None:
            return None
        items = split_list(raw)
        field = _path(prefix, key)
        found = [self._one(item, field, AMOUNT, self.ceiling(key)) for item in items]
        if not items or any(v is None for v in found):
            if not items:
                self.add(field, "empty list", "one amount per year, e.g. [60000, 45000]")
            return None
        return [v for v in found if v is not None]

    def date(self, data: Mapping[str, Any], key: str, *, prefix: str = "") -> dt.date | None:
        raw = data.get(key)
        if raw is None:
            return None
        if isinstance(raw, dt.date):
            return raw
        try:
            return dt.date.fromisoformat(str(raw).strip())
        except ValueError:
            self.add(_path(prefix, key), f"{raw!r} is not a date", "YYYY-MM-DD")
            return None

    def _decimal(
        self,
        data: Mapping[str, Any],
        key: str,
        required: bool,
        prefix: str,
        expected: str,
        upper: Decimal | None,
    ) -> Decimal | None:
        raw = data.get(key)
        if raw is None:
            if required:
                self.add(_path(prefix, key), "missing", expected)
            return None
        return self._one(raw, _path(prefix, key), expected, upper)

    def _one(self, raw: object, field: str, expected: str, upper: Decimal | None) -> Decimal | None:
        value = to_decimal(raw)
        if value is None:
            self.add(field, f"{raw!r} is not a number", expected)
        elif value < 0:
            self.add(field, f"negative value {raw!r}", expected)
        elif upper is not None and value > upper:
            shown = repr(raw) if len(str(raw)) <= 24 else f"{str(raw)[:20]}…"
            limit = expected if upper <= PERCENT_CAP else f"{expected}, at most {upper:,}"
            self.add(field, f"{shown} is too large", limit)
        else:
            return value
        return None


def to_decimal(raw: object) -> Decimal | None:
    """A finite Decimal from an int, float, str ("180,000", "$192k", "12.5%") or Decimal; else
    None."""
    if isinstance(raw, bool) or raw is None or isinstance(raw, list | dict):
        return None
    text = plain_amount(str(raw).strip().rstrip("%"))
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def split_list(raw: object) -> list[object]:
    """[a, b], "a/b" or a single value, as a list."""
    if isinstance(raw, list | tuple):
        return list(raw)
    if isinstance(raw, str) and "/" in raw:
        return [part.strip() for part in raw.split("/")]
    return [raw]


def _path(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key
