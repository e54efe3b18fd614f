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
from typing import TYPE_CHECKING, Any

from levelset.errors import InputError, Problem

if TYPE_CHECKING:
    from levelset.offers.compare import Comparison

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
    reference: str,
    typed: Mapping[str, str | None],
    places: Sequence[str],
    *,
    field: str = "living",
    place_field: str = "living_place",
) -> tuple[LivingRatio, ...]:
    """The ratios the user typed for `places` against `reference` (a place typed for that is
    not among them is refused; one left empty is left out; `field` and `place_field` name
    where they were typed, in the errors)."""
    known = {p.casefold(): p for p in places}
    found = []
    for place, text in typed.items():
        if place.casefold() not in known:
            message = f"{place!r} is not the place of a compared offer"
            raise InputError(
                f"{place_field}: {message}",
                problems=[Problem(field=place_field, message=message)],
                hint=f"places: {', '.join(places) or 'none'}",
            )
        ratio = parse_ratio(text, field, known[place.casefold()])
        if ratio is not None:
            found.append(LivingRatio(known[place.casefold()], ratio, reference))
    return tuple(found)


@dataclass(frozen=True)
class InReferenceTerms:
    """One compared offer's totals where living costs what it does in the reference place."""

    position: int  # the offer's place in the comparison, from 0
    label: str
    ratio: LivingRatio
    year1_total: int
    four_year_total: int

    def to_dict(self) -> dict[str, Any]:
        terms = {"year1_total": self.year1_total, "four_year_total": self.four_year_total}
        return {"label": self.label, "place": self.ratio.place, "ratio": self.ratio.ratio} | terms


@dataclass(frozen=True)
class LivingComparison:
    """The compared offers' totals in the first offer's place's terms, by the user's ratios;
    an offer in that place, or in one given no ratio, is left out (it stands as it is)."""

    reference: str
    ratios: tuple[LivingRatio, ...]
    offers: tuple[InReferenceTerms, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"reference": self.reference, "ratios": [r.to_dict() for r in self.ratios],
                "offers": [o.to_dict() for o in self.offers]}  # fmt: skip


def compared_places(locations: Sequence[str]) -> list[str]:
    """The compared offers' places, the first offer's first, each once (empty ones left out)."""
    places: list[str] = []
    for location in locations:
        place = location.strip()
        if place and place.casefold() not in {p.casefold() for p in places}:
            places.append(place)
    return places


def in_reference_terms(
    comparison: Comparison,
    typed: Mapping[str, str | None],
    *,
    field: str = "living",
    place_field: str = "living_place",
) -> LivingComparison | None:
    """Each compared offer's year-1 and 4-year totals in the first offer's place's terms, by
    the ratios typed per place (`typed`: place -> ratio as typed); None when all are empty."""
    locations = [(o.valuation.offer.location or "").strip() for o in comparison.offers]
    places = compared_places(locations)
    if len(places) < 2:
        raise InputError(f"{field}: the compared offers are not in two places or more",
                         hint="give each offer its location")  # fmt: skip
    if "" in typed:  # a ratio given with no place: for the one place that is not the first
        if len(places) != 2:
            said = f"name the place of each ratio: the offers are in {len(places)} places"
            raise InputError(f"{field}: {said}", hint=f"places: {', '.join(places[1:])}")
        typed = {(k or places[1]): v for k, v in typed.items()}
    chosen = living_ratios(places[0], typed, places[1:], field=field, place_field=place_field)
    if not chosen:
        return None
    by_place = {r.place.casefold(): r for r in chosen}
    terms = []
    for position, (offer, where) in enumerate(zip(comparison.offers, locations, strict=True)):
        ratio = by_place.get(where.casefold())
        if ratio is not None:
            terms.append(InReferenceTerms(
                position, offer.label or offer.valuation.offer.label, ratio,
                round(ratio.in_reference(offer.year1_total)),
                round(ratio.in_reference(offer.four_year_total)),
            ))  # fmt: skip
    return LivingComparison(places[0], chosen, tuple(terms))
