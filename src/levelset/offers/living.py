"""Cost of living between places, as the user's own assumption.

levelset ships no cost-of-living index: no openly licensed one is bundled with its data, and
nothing is fetched at run time. So a ratio between two places is only ever what the user
types, from a source they choose; every number it changes says so ("your figure"), the
unadjusted numbers stay beside it, and nothing is adjusted when no ratio is given.

A ratio of 0.85 for Austin against Seattle says living in Austin costs 0.85 of what it costs
in Seattle: $170,000 in Austin goes as far as $200,000 in Seattle (170,000 / 0.85).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from levelset.errors import InputError, Problem

SOURCE = "your figure: levelset ships no cost-of-living index"
LOWEST, HIGHEST = Decimal("0.2"), Decimal("5")


@dataclass(frozen=True)
class LivingRatio:
    """Living in `place` costs `ratio` times living in `reference` (the user's figure)."""

    place: str
    ratio: Decimal
    reference: str
    source: str = SOURCE

    def in_reference(self, amount: Decimal | float | int) -> Decimal:
        """What `amount` earned in `place` is worth where living costs what it does in
        `reference`."""
        return Decimal(str(amount)) / self.ratio

    @property
    def said(self) -> str:
        return (
            f"living in {self.place} costs {self.ratio:.2f} times {self.reference} ({self.source})"
        )

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "ratio": self.ratio, "reference": self.reference,
                "source": self.source, "said": self.said}  # fmt: skip


def parse_ratio(text: str | None, field: str, place: str = "") -> Decimal | None:
    """A typed ratio ("0.85", "85%", "1,1"); None when left empty; InputError naming the
    field (and the place it is for) for anything else."""
    raw = (text or "").strip().replace(",", ".")
    if not raw:
        return None
    percent = raw.endswith("%")
    try:
        value = Decimal(raw.rstrip("%").strip())
    except InvalidOperation:
        value = Decimal("NaN")
    if value.is_finite() and percent:
        value = value / 100
    if not value.is_finite() or not LOWEST <= value <= HIGHEST:
        expected = f"a number from {LOWEST} to {HIGHEST}, e.g. 0.85 or 85%"
        message = f"{text!r} is not a cost-of-living ratio" + (f" for {place}" if place else "")
        problem = Problem(field=field, message=message, expected=expected)
        raise InputError(
            f"{field}: {message}",
            problems=[problem],
            hint="e.g. 0.85: living there costs 85% of the first place",
        )
    return value


def living_ratios(
    reference: str, typed: Mapping[str, str | None], places: Sequence[str]
) -> tuple[LivingRatio, ...]:
    """The ratios the user typed for `places` against `reference` (a place typed for that is
    not among them is refused; one left empty is left out)."""
    known = {p.casefold(): p for p in places}
    found = []
    for place, text in typed.items():
        if place.casefold() not in known:
            raise InputError(f"living_place: {place!r} is not the place of a compared offer",
                             hint=f"places: {', '.join(places) or 'none'}")  # fmt: skip
        ratio = parse_ratio(text, "living", known[place.casefold()])
        if ratio is not None:
            found.append(LivingRatio(known[place.casefold()], ratio, reference))
    return tuple(found)
