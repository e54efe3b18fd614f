"""An offer's base that reads like a slip (a total typed as base, thousands left off), or a
start date already past: said in words beside the numbers, never refused, since a rare offer
can still be real and an old one can still be compared."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from levelset.money import SMALL_UNITS, format_money
from levelset.offers.model import Offer

HIGH_BASE = Decimal(1_000_000)  # above nearly every base salary, even at the top of tech pay
LOW_BASE = Decimal(1_000)  # a yearly base this small is most often "185" meant as 185k


def base_notes(offer: Offer) -> tuple[str, ...]:
    """Why the offer's yearly base looks mistyped, or nothing (scaled for small currency units)."""
    scale = SMALL_UNITS.get(offer.currency.upper(), 1)
    base, shown = offer.base, format_money(offer.base, offer.currency)
    if base >= HIGH_BASE * scale:
        return (
            f"base {shown} a year is above nearly every base salary: if it counts stock, "
            "bonus or sign-on, give those in their own fields (equity, bonus_target_pct, "
            "sign_on) so each is valued as what it is",
        )
    if 0 < base < LOW_BASE * scale:
        thousands = format_money(base * 1000, offer.currency)
        return (
            f"base {shown} a year is very low: amounts are yearly, so if you meant {thousands}, "
            f"write {(base * 1000).normalize():f} or {base.normalize():f}k",
        )
    return ()


def start_notes(offer: Offer, today: dt.date | None) -> tuple[str, ...]:
    """Why the offer's start date needs a look (it has passed by `today`), or nothing."""
    if offer.start_date is None or today is None or offer.start_date >= today:
        return ()
    return (
        f"start date {offer.start_date.isoformat()} has passed: if the offer still stands, "
        "agree a new start date with the company and correct start_date",
    )
