"""The user's own market evidence beside the official ranges: the postings they saved, the
comps they collected and their offers, each summed up as a labelled range of its own with n,
dates and what it measures (base or total pay). Never blended into the official headline.

The small-sample rules of the official cells hold here too (market/privacy.py): under 5
figures no range is shown, under 10 no P10 or P90.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from levelset.market.age import STALE_MONTHS
from levelset.market.postings import Posting
from levelset.market.privacy import suppress
from levelset.market.report import PERCENTILES, as_values, number
from levelset.market.stats import quantile

LEVELS = {"p10": 0.10, "p25": 0.25, "p50": 0.50, "p75": 0.75, "p90": 0.90}
COMP_HINT = (
    "Add what you know of total pay for this role and place (a friend's offer, a recruiter's "
    "band): `levelset market comp add TITLE --base ... --bonus ... --equity ... --location "
    "PLACE --source ...`; a total-pay range then shows beside the base one."
)


@dataclass(frozen=True)
class SavedPosting:
    """A posting the user saved, the day they saw it and where it came from (a file name)."""

    posting: Posting
    on: dt.date
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return self.posting.to_dict() | {"date": self.on.isoformat(), "source": self.source}


@dataclass(frozen=True)
class Comp:
    """One pay figure the user collected, per year: base, and bonus and equity when known."""

    title: str
    base: Decimal
    currency: str
    on: dt.date
    source: str  # the user's label: "friend's offer", "recruiter band", "levels site"
    company: str | None = None
    level: str | None = None
    location: str | None = None
    bonus: Decimal | None = None
    equity: Decimal | None = None
    note: str | None = None

    @property
    def has_total(self) -> bool:
        return self.bonus is not None or self.equity is not None

    @property
    def total(self) -> Decimal:
        return self.base + (self.bonus or Decimal(0)) + (self.equity or Decimal(0))

    def to_dict(self) -> dict[str, Any]:
        return {
            "company": self.company, "title": self.title, "level": self.level,
            "location": self.location, "base": self.base, "bonus": self.bonus,
            "equity": self.equity, "total": self.total if self.has_total else None,
            "currency": self.currency, "date": self.on.isoformat(), "source": self.source,
            "note": self.note,
        }  # fmt: skip


@dataclass(frozen=True)
class Point:
    """One yearly figure of the user's evidence, with where it came from."""

    source: str  # "your postings", "your comps", "your offers"
    amount: Decimal
    on: dt.date | None
    currency: str = "USD"


@dataclass(frozen=True)
class OwnRange:
    """Percentiles of one kind of the user's evidence, labelled, dated and counted."""

    label: str
    measures: str  # "base pay" or "total pay (base + bonus + equity a year)"
    area: str
    n: int
    sources: tuple[tuple[str, int], ...]  # ("your comps", 3), ("your offers", 2)
    first: dt.date | None
    last: dt.date | None
    values: dict[str, Decimal | None]
    currency: str
    hidden: str | None = None  # why values are hidden, in one sentence
    age_months: int | None = None  # of the oldest figure, from the workspace's today (app)

    @property
    def dated(self) -> bool:
        """Its oldest figure is older than 12 months, as a published source would be flagged."""
        return self.age_months is not None and self.age_months > STALE_MONTHS

    @property
    def shown(self) -> bool:
        return self.values.get("p50") is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "measures": self.measures,
            "area": self.area,
            "n": self.n,
            "sources": [{"source": s, "n": n} for s, n in self.sources],
            "first_date": self.first.isoformat() if self.first else None,
            "last_date": self.last.isoformat() if self.last else None,
            "currency": self.currency,
            **{k: number(self.values.get(k)) for k in PERCENTILES},
            "hidden": self.hidden,
            "age_months": self.age_months,
            "dated": self.dated,
        }


@dataclass(frozen=True)
class OwnEvidence:
    """The user's evidence for one query: base ranges (postings, comps) and total pay."""

    base: tuple[OwnRange, ...]
    total: OwnRange | None
    hint: str | None = None  # what to add, when there is no total-pay evidence

    def to_dict(self) -> dict[str, Any]:
        return {
            "base": [r.to_dict() for r in self.base],
            "total": self.total.to_dict() if self.total else None,
            "hint": self.hint,
        }


def own_range(label: str, measures: str, area: str, points: Sequence[Point]) -> OwnRange | None:
    """The range of `points` under the small-sample rules; None when there are none."""
    if not points:
        return None
    ordered = sorted(float(p.amount) for p in points)
    raw: dict[str, float | None] = {k: quantile(ordered, q) for k, q in LEVELS.items()}
    shown, suppression = suppress(len(points), raw, label)
    counts: dict[str, int] = {}
    for p in points:
        counts[p.source] = counts.get(p.source, 0) + 1
    dates = sorted(p.on for p in points if p.on is not None)
    return OwnRange(
        label=label,
        measures=measures,
        area=area,
        n=len(points),
        sources=tuple(counts.items()),
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        values=as_values(shown),
        currency=points[0].currency,
        hidden=suppression.reason,
    )


def posting_points(saved: Sequence[SavedPosting]) -> list[Point]:
    """Each posting's yearly midpoint (an hourly range at 2,080 hours)."""
    return [
        Point("your postings", s.posting.pay.midpoint(), s.on, s.posting.pay.currency)
        for s in saved
        if s.posting.pay is not None
    ]


def evidence(
    area: str, postings: Sequence[Point], comps: Sequence[Point], totals: Sequence[Point]
) -> OwnEvidence | None:
    """The user's ranges for one query from their figures, all in one currency: posting
    midpoints and comp bases (base pay), and total-pay figures (comps with bonus or equity,
    offers); None when there is nothing."""
    base = [
        own_range("your postings", "base pay (midpoints of posted ranges)", area, postings),
        own_range("your comps", "base pay", area, comps),
    ]
    total = own_range(
        "your total pay evidence", "total pay (base + bonus + equity a year)", area, totals
    )
    ranges = tuple(r for r in base if r is not None)
    if not ranges and total is None:
        return None
    return OwnEvidence(ranges, total, None if total else COMP_HINT)


def comp_points(comps: Sequence[Comp], *, total: bool = False) -> list[Point]:
    """Each comp's base, or (`total`) the total of each comp with a bonus or equity figure."""
    if total:
        return [Point("your comps", c.total, c.on, c.currency) for c in comps if c.has_total]
    return [Point("your comps", c.base, c.on, c.currency) for c in comps]


def median_total(points: Sequence[Point]) -> Decimal | None:
    """The median of total-pay figures (for sizing an equity or sign-on ask)."""
    if not points:
        return None
    ordered = sorted(float(p.amount) for p in points)
    return Decimal(repr(quantile(ordered, 0.5)))
