"""A company's level ladder: each band under that company's name for it, the market's range
at that band, and where the user, the target and the offer sit.

Company ladders are community-reported (the market's level table), never official.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from levelset.bands import Band
from levelset.market.catalog import LEVELS


@dataclass(frozen=True)
class BandRange:
    """The market's P25, median and P75 at one band, and where they come from."""

    low: Decimal
    mid: Decimal
    high: Decimal
    currency: str
    method: str  # how the headline was made, e.g. "OEWS blend at senior"
    source: str  # the source that carries it, e.g. "BLS OEWS"
    release: str  # "May 2025"
    area: str
    n: int
    measures: str = "base pay"
    n_counts: str = ""  # what n counts: "employment (estimated jobs)", "of your own figures"

    @property
    def note(self) -> str:
        counts = self.n_counts or "of unstated kind"
        return f"{self.source}, {self.release} · {self.area} · n={self.n:,} {counts}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "low": round(self.low), "mid": round(self.mid), "high": round(self.high),
            "currency": self.currency, "method": self.method, "source": self.source,
            "release": self.release, "area": self.area, "n": self.n, "n_counts": self.n_counts,
            "note": self.note, "measures": self.measures,
        }  # fmt: skip


@dataclass(frozen=True)
class Rung:
    """One band as the company names it."""

    band: Band
    level: str  # the company's name for the band ("L5"), or the band's label without a ladder
    title: str  # the generic title ("Senior Engineer")
    years: str  # typical years of experience
    market: BandRange | None  # base pay: every shipped market source measures base
    total: BandRange | None = None  # total pay, from the user's own evidence only

    @property
    def name(self) -> str:
        return (
            self.band.label
            if self.level == self.band.label
            else f"{self.level} · {self.band.label}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "band": self.band.value, "level": self.level, "name": self.name, "title": self.title,
            "typical_yoe": self.years, "market": self.market.to_dict() if self.market else None,
            "total": self.total.to_dict() if self.total else None,
        }  # fmt: skip


@dataclass(frozen=True)
class Placed:
    """Something placed on the ladder (the estimate, the target, the offer) and why."""

    band: Band
    why: str
    pay: Decimal | None = None  # the offer's base pay
    company: str | None = None  # the offer's company

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"band": self.band.value, "why": self.why}
        if self.company is not None:
            data["company"] = self.company
        if self.pay is not None:
            data["pay"] = round(self.pay)
        return data


@dataclass(frozen=True)
class Ladder:
    """Every band of one ladder (highest first) with the user's marks."""

    company: str | None  # as typed or stored; None for the generic band scale
    ladder: str | None  # the ladder's key ("google"), None when the company has none
    role: str
    place: str | None
    rungs: tuple[Rung, ...]
    estimate: Placed | None = None
    target: Placed | None = None
    offer: Placed | None = None
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "company": self.company,
            "ladder": self.ladder,
            "role": self.role,
            "place": self.place,
            "rungs": [r.to_dict() for r in self.rungs],
            "estimate": self.estimate.to_dict() if self.estimate else None,
            "target": self.target.to_dict() if self.target else None,
            "offer": self.offer.to_dict() if self.offer else None,
            "notes": list(self.notes),
            "source": f"company ladders: community-reported level map (compiled {LEVELS.release}), "
            "not official",
        }


def build_ladder(
    level_rows: Sequence[Any],
    ladder: str | None,
    ranges: Mapping[Band, BandRange],
    *,
    company: str | None,
    role: str,
    place: str | None,
    marks: tuple[Placed | None, Placed | None, Placed | None] = (None, None, None),
    notes: Sequence[str] = (),
    totals: Mapping[Band, BandRange] | None = None,
) -> Ladder:
    """The ladder from the level table's rows (`LevelRow`), highest band first.

    `marks` are the estimate, the target and the offer. Bands the company's ladder has no name
    for keep the band's own label. `ranges` are base pay; `totals` total pay where known.
    """
    by_band = {row.band: row for row in level_rows if getattr(row, "band", None) is not None}
    rungs = []
    for band in reversed(list(Band)):
        row = by_band.get(band)
        named = (row.companies.get(ladder) or "") if row is not None and ladder else ""
        rungs.append(
            Rung(
                band=band,
                level=named or band.label,
                title=row.generic_title if row is not None else "",
                years=row.typical_yoe if row is not None else "",
                market=ranges.get(band),
                total=(totals or {}).get(band),
            )
        )
    estimate, target, offer = marks
    return Ladder(company, ladder, role, place, tuple(rungs), estimate, target, offer, tuple(notes))
