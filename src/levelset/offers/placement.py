"""Where an amount sits in a market range, given as a value object so offers never query data.

The CLI and web app fetch the range from `levelset.market` and pass a MarketRange in; this
module only interpolates between the published percentiles.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import Any

from levelset.money import format_money, round_money
from levelset.percentiles import position

PLACES_WITH_ARTICLE = frozenset({"United States", "United Kingdom", "Netherlands"})


@dataclass(frozen=True)
class MarketRange:
    """Published percentiles of pay for one role, level and place, with their provenance."""

    role: str
    level: str | None
    place: str | None
    currency: str
    percentiles: tuple[tuple[int, Decimal], ...]  # ascending, e.g. ((10, ..), (25, ..), ...)
    source: str
    as_of: str
    n: int | None = None
    basis: str = "base pay"
    note: str | None = None
    age_months: int | None = None  # months from as_of to today, from the market report
    dated: bool = False  # older than the market's staleness limit (12 months), flagged in words
    thin: str | None = None  # why the range is flagged thin (its sample or BLS's estimate)
    n_counts: str | None = None  # what n counts: "certified filings", "distinct submissions"

    @property
    def label(self) -> str:
        parts = [self.role, self.level, self.place]
        return ", ".join(p for p in parts if p)

    @property
    def described(self) -> str:
        """ "Machine Learning Engineer (senior) in the United States", for sentences."""
        who = f"{self.role} ({self.level})" if self.level else self.role
        if not self.place:
            return who
        article = "the " if self.place in PLACES_WITH_ARTICLE else ""
        return f"{who} in {article}{self.place}"

    @property
    def provenance(self) -> str:
        """Source, area, date and sample size: what every market figure is shown with."""
        size = self.size
        thin = f", thin ({self.thin})" if self.thin else ""
        area = f", {self.place}" if self.place else ""
        return f"{self.source}{area}, {self.as_of}{self.age}, {size}{thin}"

    @property
    def provenance_before_area(self) -> str:
        """The provenance as anchors saved before it named the area wrote it."""
        return self.provenance.replace(f", {self.place}, ", ", ", 1) if self.place else ""

    @property
    def citation(self) -> str:
        """The source, date and sample size as a recruiter reads them: the caveats (age, thin
        sample) are for the user, beside the number, not for the other side."""
        return f"{self.source}, {self.as_of}, {self.size}"

    @property
    def size(self) -> str:
        """ "n=113,470 certified filings": the sample size with what it counts, as the range's
        key says (a range saved before it kept the unit reads "n=113,470")."""
        if self.n is None:
            return "sample size not published"
        return f"n={self.n:,} {self.n_counts}" if self.n_counts else f"n={self.n:,}"

    @property
    def age(self) -> str:
        """ " (18 months old, older than 12 months)" for a dated range; empty otherwise."""
        if not self.dated:
            return ""
        months = f"{self.age_months} months old, " if self.age_months is not None else ""
        return f" ({months}older than 12 months)"

    def value_at(self, percentile: float) -> Decimal | None:
        """The pay at `percentile`, straight-line between published points; None outside them."""
        points = self.percentiles
        if not points or percentile < points[0][0] or percentile > points[-1][0]:
            return None
        for (p0, v0), (p1, v1) in pairwise(points):
            if p0 <= percentile <= p1:
                share = Decimal(str(percentile - p0)) / Decimal(p1 - p0) if p1 != p0 else 0
                return round_money(v0 + (v1 - v0) * Decimal(share))
        return points[-1][1] if percentile == points[-1][0] else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "level": self.level,
            "place": self.place,
            "currency": self.currency,
            "percentiles": {f"p{p}": v for p, v in self.percentiles},
            "source": self.source,
            "as_of": self.as_of,
            "n": self.n,
            "basis": self.basis,
            "note": self.note,
            "age_months": self.age_months,
            "dated": self.dated,
            "thin": self.thin,
            "n_counts": self.n_counts,
        }


@dataclass(frozen=True)
class Placement:
    """An amount's position in a range: an approximate percentile or below/above the ends."""

    amount: Decimal
    percentile: float | None
    text: str
    market: MarketRange

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "percentile": self.percentile,
            "text": self.text,
            "market": self.market.to_dict(),
        }


def place(amount: Decimal, market: MarketRange) -> Placement:
    """Where `amount` (in the range's currency) falls among the range's percentiles."""
    points = market.percentiles
    if not points:
        return Placement(amount, None, "no published percentiles", market)
    low, high = points[0], points[-1]
    if amount < low[1]:
        text = f"below P{low[0]} ({format_money(low[1], market.currency)})"
        return Placement(amount, None, text, market)
    if amount > high[1]:
        text = f"above P{high[0]} ({format_money(high[1], market.currency)})"
        return Placement(amount, None, text, market)
    p0, p1 = _between(points, amount)
    if market.thin:  # as `range --offer` places it: a band, no finer
        return Placement(amount, None, f"between P{p0} and P{p1} (a thin range)", market)
    # the one computation and rounding the market report, plan and playbook use
    at = position([(float(p), float(v)) for p, v in points], float(amount))
    if at is not None:
        return Placement(amount, at, f"about P{at} (between P{p0} and P{p1})", market)
    return Placement(amount, float(high[0]), f"at P{high[0]}", market)


def _between(points: tuple[tuple[int, Decimal], ...], amount: Decimal) -> tuple[int, int]:
    """The two published percentiles an amount falls between."""
    for (p0, v0), (p1, v1) in pairwise(points):
        if v0 <= amount <= v1:
            return p0, p1
    return points[0][0], points[-1][0]
