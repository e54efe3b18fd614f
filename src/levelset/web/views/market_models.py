"""The market page's view model: the query as understood and one range report per place.

The reports are the market's documented JSON (`RangeReport.to_dict()`), typed here so the
JSON twin's OpenAPI schema is generated from them.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from levelset.web.pages import ViewModel


class MarketQuery(ViewModel):
    """What was asked, with the stored target filling the blanks."""

    role: str | None = None
    level: str | None = None
    places: list[str] = Field(default_factory=list)
    offer: float | None = None
    offer_text: str | None = None  # the offer as typed, when it could not be read
    anchor: float | None = None  # the amount to ask for, drawn beside the offer
    year: int | None = None  # the data year asked for (crowd work year, LCA fiscal year)
    year_text: str | None = None  # the year as typed, when it could not be read
    company: str | None = None  # a company asked for: its levels, its LCA filings only
    living_text: list[str] | None = None  # cost-of-living ratios as typed, when refused


class MedianCI(ViewModel):
    low: float | None
    high: float | None
    coverage: float


class SourceRow(ViewModel):
    """One source's percentiles, with where, when and how many they come from."""

    source: str
    label: str
    dataset: str
    source_name: str | None = None  # the dataset in words (publisher, survey): shown, not the id
    area: str
    release: str
    basis: str
    currency: str
    n: int
    n_counts: str
    p10: float | None
    p25: float | None
    p50: float | None
    p75: float | None
    p90: float | None
    soc: str | None = None
    weight: float | None = None
    employment_rse: float | None = None
    median_ci: MedianCI | None
    flags: list[str]
    notes: list[str]
    offer_percentile: float | None = None
    offer_position: str | None = None
    top_coded: list[str] | None = None  # percentiles BLS publishes only as floors
    as_of: str | None = None  # the date the source's numbers describe
    age_months: int | None = None


class Headline(ViewModel):
    """The blended range (P25, P50, P75 of the sources), rounded to dollars, and how."""

    low: int
    mid: int
    high: int
    currency: str
    method: str
    sources: list[str]
    measures: str | None = None  # "base pay": what the headline's money is
    leaves_out: str | None = None  # what that measure leaves out, in one sentence
    dated: list[str] | None = None  # sources older than a year


class OfferPosition(ViewModel):
    source: str
    label: str
    percentile: float | None
    position: str | None


class PlaceReport(ViewModel):
    """One place's range report."""

    asked: str | None = None  # the place as typed (None: nationwide)
    query: dict[str, Any]
    ranges: list[SourceRow]
    headline: Headline | None
    caveats: list[str]
    hidden: list[str]
    widened: list[str]
    offer_percentiles: list[OfferPosition]
    role: dict[str, Any]
    level: dict[str, Any] | None
    place: dict[str, Any] | None
    sources: list[str]
    your_evidence: dict[str, Any] | None = None  # the user's postings, comps, total pay


class Building(ViewModel):
    """The market store is being built: what step, how far (the page refreshes itself)."""

    step: str
    percent: int


class MarketPage(ViewModel):
    """The market page and its JSON twin."""

    available: bool
    query: MarketQuery
    reports: list[PlaceReport] = Field(default_factory=list)
    building: Building | None = None
    error: dict[str, Any] | None = None
    living: dict[str, Any] | None = Field(
        default=None,
        description="only when you give cost-of-living ratios (`living`, one per place after "
        "the first): the first place, your ratios (source: your figure; levelset ships no "
        "index) and each other place's blended P25, median and P75 in the first place's terms",
    )
