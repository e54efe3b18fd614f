"""Small phrasing rules shared by the plan and the playbook: quotes, amounts, lists, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from levelset.bands import Band
from levelset.money import format_money

QUOTE_LIMIT = 90


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The text in double quotes, cut at a word boundary with an ellipsis if long."""
    clean = " ".join(text.split())
    if len(clean) > limit:
        clean = clean[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"“{clean}”"


def money(amount: Decimal | float | int | None, currency: str = "USD") -> str:
    return format_money(amount, currency)


def market_money(amount: float | None, currency: str = "USD") -> str:
    """A market statistic to the nearest thousand: more digits would claim false precision."""
    if amount is None:
        return format_money(None, currency)
    return format_money(round(amount / 1000) * 1000, currency)


def bullets_with(count: int, total: int, what: str, *, whose: str = "") -> str:
    """ "1 of your 19 bullets has a metric", "2 of ... have ...", "none of ... has ..."."""
    if count == 0:
        return f"none of {whose}{total} bullets has {what}"
    return f"{count} of {whose}{total} bullets {'has' if count == 1 else 'have'} {what}"


def band_label(band: Band | None) -> str:
    return band.label if band is not None else "target"


def target_phrase(band: Band | None) -> str:
    """ "the staff target", or "your target level" when no level is set."""
    return f"the {band.label} target" if band is not None else "your target level"


def listing(parts: Sequence[str], conjunction: str = "and") -> str:
    """a, b and c."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"


def day(date: dt.date) -> str:
    """Mon 7 Dec."""
    return f"{date:%a} {date.day} {date:%b}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def lower_first(text: str) -> str:
    """The text with its first letter lowered, unless it starts an acronym ("ML", "A/B")."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
