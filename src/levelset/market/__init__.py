"""Market ranges from real data: normalisation of titles, levels and places; percentile ranges.

The public Python API (the CLI and the web app use it; so can a notebook):

    from levelset.market import market_range
    report = market_range(market_store, "Machine Learning Engineer", "senior", "San Francisco")

A use case gets the store from its Workspace (`levelset.app.market`); the core never opens it.
    report.to_dict()

Heavy modules load inside each function, so importing this package stays cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from levelset.market import duckdb_import

if TYPE_CHECKING:
    from levelset.market.areas import Place
    from levelset.market.levels import LevelMatch, LevelRow
    from levelset.market.report import RangeReport
    from levelset.market.roles import RoleMatch
    from levelset.market.store import MarketReader

duckdb_import.install()  # DuckDB's first import without importlib.metadata

__all__ = [
    "compare_places",
    "level_table",
    "market_range",
    "parse_level",
    "resolve_place",
    "resolve_role",
]


def market_range(
    store: MarketReader,
    title: str,
    level: str | None = None,
    location: str | None = None,
    *,
    company: str | None = None,
    source: str = "all",
    year: int | None = None,
    offer: Decimal | float | None = None,
    today: date | None = None,
) -> RangeReport:
    """Percentile ranges for a title, level and place from every source, with a headline.

    With `today`, each source's age is shown and a source older than a year is flagged.

    Raises UnknownValue (with the closest matches) for an unknown title, level or place.
    """
    from levelset.market.ranges import market_range_in

    return market_range_in(
        store,
        title,
        level,
        location,
        company=company,
        source=source,
        year=year,
        offer=offer,
        today=today,
    )


def compare_places(
    store: MarketReader,
    title: str,
    level: str | None,
    locations: Sequence[str],
    *,
    company: str | None = None,
    source: str = "all",
    year: int | None = None,
    offer: Decimal | float | None = None,
    today: date | None = None,
) -> list[RangeReport]:
    """One report per place, in the order given, for side-by-side comparison."""
    from levelset.market.ranges import market_range_in

    return [
        market_range_in(
            store,
            title,
            level,
            place,
            company=company,
            source=source,
            year=year,
            offer=offer,
            today=today,
        )
        for place in locations
    ]


def resolve_role(store: MarketReader, title: str) -> RoleMatch:
    """The role of a job title (curated map, else O*NET) and why."""
    from levelset.market.roles import match_curated
    from levelset.market.title_forms import posting_form
    from levelset.market.title_onet_leads import project_lead
    from levelset.market.title_tech import read_before_curated
    from levelset.market.titles import function_program
    from levelset.market.titles import resolve_role as resolve

    form = posting_form(title)  # "SeniorSoftware Engineer", "E6, Machine Learning"
    if function_program(form):  # "... – Entry Level Sales Program 2025" hires into sales
        return resolve(title, store)  # which refuses it
    found = project_lead(form, store)  # "Project Lead - Data Engineering" leads no engineers
    found = found or (None if read_before_curated(form) else match_curated(form))
    if found is not None:
        return found
    return resolve(title, store)


def parse_level(text: str, company: str | None = None) -> LevelMatch:
    """The band of a level name ("senior", "L5", "E5", "SDE II", "IC4"), company as a hint."""
    from levelset.market.levels import parse_level as parse

    return parse(text, company)


def resolve_place(store: MarketReader, text: str) -> Place:
    """A metro, state, country or remote place from what a user types ("SF", "NYC")."""
    from levelset.market.places import resolve_place as resolve

    return resolve(text, store)


def level_table(store: MarketReader) -> list[LevelRow]:
    """The cross-company level table (community-reported) with crowd codes and wage levels."""
    from levelset.market.levels import LEVEL_TABLE, level_rows

    return level_rows(store.fetch_dicts(LEVEL_TABLE))
