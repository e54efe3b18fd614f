"""The practice's own offer book: the offers a coach's clients signed, as a market source.

Each client counts once (their latest signature). Three nested cells are offered: the asked
level in the asked place, the level in every place, and every level and place. Each cell is
shown only under the small-group rules (`coach.disclosure`: at least five clients, no client
above a quarter of a figure, quartiles and never a lowest or highest value alone), and a cell
is also hidden when a wider one is shown and the two differ by fewer than five clients, so the
few clients between them cannot be worked out by subtraction.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from levelset.bands import Band
from levelset.coach.disclosure import MIN_CLIENTS, primary
from levelset.market.age import STALE_MONTHS, months_between

SOURCE = "your clients' offers"
CURRENCY = "USD"


@dataclass(frozen=True)
class SignedOffer:
    """One client's signed offer, as the book reads it (amounts a year, in its currency)."""

    client: str
    signed_on: dt.date
    currency: str
    base: Decimal
    bonus: Decimal  # target bonus, year 1
    equity: Decimal  # equity a year, averaged over the first four
    band: Band | None  # the offer's level on the scale (None: not given or not readable)
    area: str | None  # where the job is (a resolved area key; None: unknown)
    place: str = ""  # the place as the offer names it


@dataclass(frozen=True)
class BookFigure:
    name: str  # base, bonus, equity
    values: dict[str, Decimal] | None  # q1, median, q3
    hidden: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "values": self.values, "hidden": self.hidden or None}


@dataclass(frozen=True)
class BookCell:
    """One slice of the book: which offers, how many clients, from when to when."""

    label: str
    n: int
    first: dt.date | None
    last: dt.date | None
    figures: tuple[BookFigure, ...]
    hidden: str = ""  # the whole cell is hidden (then no figure is shown)
    oldest_months: int | None = None  # age of its oldest signature, when today is known

    @property
    def dated(self) -> bool:
        """Some of its offers were signed more than 12 months ago (as a market source's age)."""
        return self.oldest_months is not None and self.oldest_months > STALE_MONTHS

    def to_dict(self) -> dict[str, Any]:
        shown = not self.hidden
        return {
            "label": self.label,
            "n": self.n if shown else None,
            "first": self.first if shown else None,
            "last": self.last if shown else None,
            "figures": [f.to_dict() for f in self.figures] if shown else [],
            "hidden": self.hidden or None,
            "oldest_months": self.oldest_months if shown else None,
            "dated": self.dated if shown else False,
        }


@dataclass(frozen=True)
class OfferBook:
    source: str
    currency: str
    cells: tuple[BookCell, ...]
    clients: int  # clients with a signed offer in the currency
    other_currency: int  # clients left out: signed in another currency

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "currency": self.currency,
            "clients": self.clients,
            "other_currency": self.other_currency,
            "cells": [c.to_dict() for c in self.cells],
        }


PARTS: tuple[tuple[str, Callable[[SignedOffer], Decimal]], ...] = (
    ("base", lambda o: o.base),
    ("bonus", lambda o: o.bonus),
    ("equity a year", lambda o: o.equity),
)


def latest_per_client(offers: Sequence[SignedOffer]) -> list[SignedOffer]:
    latest: dict[str, SignedOffer] = {}
    for offer in sorted(offers, key=lambda o: o.signed_on):
        latest[offer.client] = offer
    return list(latest.values())


def offer_book(
    offers: Sequence[SignedOffer],
    band: Band | None,
    area: str | None,
    place_label: str | None = None,
    today: dt.date | None = None,
) -> OfferBook:
    """The book's cells for a query at `band` in `area` (either may be None); with `today`,
    each cell says how old its oldest signature is (flagged past 12 months)."""
    mine = latest_per_client(offers)
    usable = [o for o in mine if o.currency == CURRENCY]
    slices: list[tuple[str, list[SignedOffer]]] = []
    if band is not None and area is not None:
        at = [o for o in usable if o.band == band and o.area == area]
        slices.append((f"{band.label}, {place_label or area}", at))
    if band is not None:
        slices.append((f"{band.label}, every place", [o for o in usable if o.band == band]))
    slices.append(("every level and place", usable))
    cells = _hide_differences([_cell(label, chosen, today) for label, chosen in slices])
    return OfferBook(SOURCE, CURRENCY, tuple(cells), len(usable), len(mine) - len(usable))


def _cell(label: str, chosen: Sequence[SignedOffer], today: dt.date | None = None) -> BookCell:
    days = [o.signed_on for o in chosen]
    first, last = min(days, default=None), max(days, default=None)
    if len(chosen) < MIN_CLIENTS:
        hidden = f"fewer than {MIN_CLIENTS} clients"
        return BookCell(label, len(chosen), first, last, (), hidden)
    figures = tuple(_figure(name, [part(o) for o in chosen]) for name, part in PARTS)
    # only the first date, which the cell shows anyway, decides: nothing more is given away
    oldest = months_between(first, today) if first and today else None
    return BookCell(label, len(chosen), first, last, figures, oldest_months=oldest)


def _figure(name: str, values: list[Decimal]) -> BookFigure:
    check = primary([abs(v) for v in values])
    if not check.shown:
        return BookFigure(name, None, check.reason)
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    whole = {"q1": q1, "median": median, "q3": q3}
    return BookFigure(name, {k: v.quantize(Decimal(1), ROUND_HALF_UP) for k, v in whole.items()})


def _hide_differences(cells: list[BookCell]) -> list[BookCell]:
    """Narrow cells (listed first) hidden when a shown wider one differs by 1-4 clients."""
    result = list(cells)
    for index, cell in enumerate(result):
        wider = [c for c in result[index + 1 :] if not c.hidden]
        if not cell.hidden and any(0 < c.n - cell.n < MIN_CLIENTS for c in wider):
            reason = "the few clients outside it could be worked out from a wider row"
            result[index] = BookCell(cell.label, cell.n, cell.first, cell.last, (), reason)
    return result
