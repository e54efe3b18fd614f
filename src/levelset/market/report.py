"""The values a range query returns: one SourceRange per source cell, a headline, caveats."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from levelset.market.areas import Place
from levelset.market.levels import LevelMatch
from levelset.market.roles import RoleMatch
from levelset.market.stats import Points

PERCENTILES = ("p10", "p25", "p50", "p75", "p90")
LEVELS = {"p10": 10.0, "p25": 25.0, "p50": 50.0, "p75": 75.0, "p90": 90.0}
Values = dict[str, Decimal | None]


def money(value: float | Decimal | None) -> Decimal | None:
    """A number from statistics or the store as Decimal money, digit for digit (no binary
    noise is added: the Decimal is the shortest text of the float, so it reads back equal)."""
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(repr(float(value)))


def as_values(values: Mapping[str, float | Decimal | None]) -> Values:
    """Percentile values (p10..p90) as money."""
    return {k: money(v) for k, v in values.items()}


def number(value: Decimal | None) -> float | None:
    """Money back as the JSON number it came from (the documented JSON is unchanged)."""
    return None if value is None else float(value)


@dataclass(frozen=True)
class MedianInterval:
    """A distribution-free confidence interval for a median."""

    low: Decimal
    high: Decimal
    coverage: float  # the interval's exact (or approximate for n > 200) coverage, >= 0.95

    @classmethod
    def of(cls, low: float, high: float, coverage: float) -> MedianInterval:
        return cls(Decimal(repr(float(low))), Decimal(repr(float(high))), coverage)

    def to_dict(self) -> dict[str, float | None]:
        return {
            "low": number(self.low),
            "high": number(self.high),
            "coverage": round(self.coverage, 3),
        }


@dataclass(frozen=True)
class SourceRange:
    """Percentiles of one source cell, with where, when, how many and what was done to it."""

    source: str  # "oews", "oews_level", "crowd", "lca"
    label: str
    dataset: str
    area: str
    period: str  # OEWS release ("May 2025") or the years covered ("2024-2025")
    basis: str
    n: int
    n_label: str  # what n counts: "employment", "distinct submissions", "filings"
    values: Values  # money, p10..p90 (None where hidden)
    currency: str = "USD"
    soc: str | None = None
    weight: float | None = None
    rse: float | None = None  # relative standard error of the OEWS employment, percent
    median_ci: MedianInterval | None = None
    flags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    offer_percentile: float | None = None
    offer_position: str | None = None  # "P62", "below P10", "above P90"
    topcoded: tuple[str, ...] = ()  # percentiles BLS publishes only as "at least" this value
    as_of: dt.date | None = None  # the date the numbers describe (snapshot, reference month)
    age_months: int | None = None  # months from as_of to the query's today, when given
    source_name: str | None = None  # the dataset in words: publisher and survey

    @property
    def points(self) -> Points:
        """The visible, exact (percentile, value) points, in order, as floats for the
        statistics: a top-coded value is a floor, not a point, and never enters a blend."""
        return [
            (LEVELS[k], float(v))
            for k in PERCENTILES
            if (v := self.values.get(k)) is not None and k not in self.topcoded
        ]

    @property
    def shown(self) -> bool:
        return self.values.get("p50") is not None

    def with_offer(self, percentile: float | None, position: str | None) -> SourceRange:
        return replace(self, offer_percentile=percentile, offer_position=position)

    def named(self, words: str | None) -> SourceRange:
        return self if words is None else replace(self, source_name=words)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source,
            "label": self.label,
            "dataset": self.dataset,
            "source_name": self.source_name,
            "area": self.area,
            "release": self.period,
            "basis": self.basis,
            "currency": self.currency,
            "n": self.n,
            "n_counts": self.n_label,
        }
        data.update({k: number(self.values.get(k)) for k in PERCENTILES})
        if self.soc is not None:
            data["soc"] = self.soc
            data["weight"] = self.weight
            data["employment_rse"] = self.rse
        data["median_ci"] = self.median_ci.to_dict() if self.median_ci else None
        data["flags"] = list(self.flags)
        if self.topcoded:
            data["top_coded"] = list(self.topcoded)
        if self.as_of is not None:
            data["as_of"] = self.as_of.isoformat()
        if self.age_months is not None:
            data["age_months"] = self.age_months
        data["notes"] = list(self.notes)
        if self.offer_position is not None:
            data["offer_percentile"] = self.offer_percentile
            data["offer_position"] = self.offer_position
        return data


@dataclass(frozen=True)
class Headline:
    """The blended range: low (P25), mid (P50), high (P75) and how it was made."""

    low: Decimal
    mid: Decimal
    high: Decimal
    method: str
    sources: tuple[str, ...]
    currency: str = "USD"
    measures: str = "base pay"  # what the money is: every headline source is base pay
    leaves_out: str = ""  # what that measure leaves out, in one sentence
    dated: tuple[str, ...] = ()  # sources older than a year: "crowd: 23 months old (...)"

    def to_dict(self) -> dict[str, Any]:
        return {
            "low": round(self.low),
            "mid": round(self.mid),
            "high": round(self.high),
            "currency": self.currency,
            "method": self.method,
            "sources": list(self.sources),
            "measures": self.measures,
            "leaves_out": self.leaves_out,
            "dated": list(self.dated),
        }


@dataclass(frozen=True)
class RangeReport:
    """Everything one range query found: the normalised query, each source, the headline."""

    role: RoleMatch
    level: LevelMatch | None
    place: Place | None
    ranges: tuple[SourceRange, ...]
    headline: Headline | None
    caveats: tuple[str, ...]
    hidden: tuple[str, ...] = ()
    widened: tuple[str, ...] = ()
    company: str | None = None
    year: int | None = None
    offer: Decimal | None = None
    sources_cited: tuple[str, ...] = field(default=())
    own: Any = None  # the user's own evidence (market.evidence.OwnEvidence), apart from these

    def query_dict(self) -> dict[str, Any]:
        return {
            "title": self.role.text,
            "role": self.role.label,
            "role_key": self.role.key,
            "socs": [s.soc for s in self.role.socs],
            "level": self.level.band.value if self.level else None,
            "location": self.place.name if self.place else "United States (no place given)",
            "place_kind": self.place.kind if self.place else "country",
            "company": self.company,
            "year": self.year,
            "offer": number(self.offer),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query_dict(),
            "ranges": [r.to_dict() for r in self.ranges],
            "headline": self.headline.to_dict() if self.headline else None,
            "caveats": list(self.caveats),
            "hidden": list(self.hidden),
            "widened": list(self.widened),
            "offer_percentiles": [
                {
                    "source": r.source,
                    "label": r.label,
                    "percentile": r.offer_percentile,
                    "position": r.offer_position,
                }
                for r in self.ranges
                if r.offer_position is not None
            ],
            "role": self.role.to_dict(),
            "level": self.level.to_dict() if self.level else None,
            "place": self.place.to_dict() if self.place else None,
            "sources": list(self.sources_cited),
            "your_evidence": self.own.to_dict() if self.own is not None else None,
        }
