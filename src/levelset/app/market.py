"""Market use cases: ranges, places side by side, roles, places, levels and the data sources.

Each takes the Workspace, whose market store is built first (with `progress`) when missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from levelset import market
from levelset.app.market_names import resolve_place as resolve_place
from levelset.app.market_names import resolve_role as resolve_role
from levelset.app.workspace import Progress, Workspace

if TYPE_CHECKING:
    from pathlib import Path

    from levelset.market.build import BuildReport, ImportReport
    from levelset.market.levels import LevelRow
    from levelset.market.report import RangeReport
    from levelset.market.sources import Source, StoreStatus


def target_query(
    ws: Workspace, title: str | None, level: str | None, places: Sequence[str]
) -> tuple[str, str | None, list[str]]:
    """The range query as asked; without a title, the profile's target: its title, and its
    level and first place where none is given (what the plan's "levelset range" means)."""
    if title is not None and title.strip():
        return title, level, list(places)
    from levelset.app.profile import show_profile
    from levelset.errors import InputError

    profile = show_profile(ws)
    if not profile.target_title:
        raise InputError(
            "no TITLE given and no target title in your profile",
            hint='give one (levelset range "ML Engineer") or set your target: '
            'levelset profile set --title "ML Engineer" --level senior --location "San Francisco"',
        )
    band = profile.target_band.value if profile.target_band else None
    return profile.target_title, level or band, list(places) or list(profile.locations[:1])


def market_range(
    ws: Workspace,
    title: str,
    level: str | None = None,
    location: str | None = None,
    *,
    company: str | None = None,
    source: str = "all",
    year: int | None = None,
    offer: Decimal | float | None = None,
    progress: Progress | None = None,
) -> RangeReport:
    """Percentile ranges for a title, level and place from every source, with a headline,
    and beside them the user's own evidence (postings, comps, offers) when there is any."""
    from levelset.app.market_cache import kept
    from levelset.app.market_evidence import with_own_evidence
    from levelset.app.offer_records import rates_read_once

    version = ws.market_version()  # before opening: a rebuild meanwhile is never kept as new
    store, today = ws.market(progress), ws.today()
    asked = (title, level, location, company, source, year, offer, today)
    key = (str(ws.paths.market_db), version, asked)

    def compute() -> RangeReport:
        return market.market_range(
            store, title, level, location,
            company=company, source=source, year=year, offer=offer, today=today,
        )  # fmt: skip

    with rates_read_once():  # the user's evidence converts each amount at the same rates
        return with_own_evidence(ws, kept(key, compute))


def compare_places(
    ws: Workspace,
    title: str,
    level: str | None,
    locations: Sequence[str],
    *,
    company: str | None = None,
    source: str = "all",
    year: int | None = None,
    offer: Decimal | float | None = None,
    progress: Progress | None = None,
) -> list[RangeReport]:
    """One report per place, in the order given."""
    from levelset.app.market_evidence import with_own_evidence

    reports = market.compare_places(
        ws.market(progress),
        title,
        level,
        locations,
        company=company,
        source=source,
        year=year,
        offer=offer,
        today=ws.today(),
    )
    return [with_own_evidence(ws, r) for r in reports]


def level_table(ws: Workspace, progress: Progress | None = None) -> list[LevelRow]:
    return market.level_table(ws.market(progress))


def list_sources(ws: Workspace, progress: Progress | None = None) -> list[Source]:
    from levelset.market.sources import list_sources as listed

    with ws.market(progress) as store:
        return listed(store)


def store_status(ws: Workspace) -> StoreStatus:
    """Where the market store is, when it was built, and what the user imported (no build)."""
    from levelset.market.sources import store_status as status

    return status(ws.paths)


def rebuild(ws: Workspace, progress: Progress | None = None) -> BuildReport:
    """Build the market store again from the shipped files, then replay the user's imports."""
    from levelset.market import build

    return build.rebuild(ws.paths, progress=progress, now=ws.now)


def import_file(
    ws: Workspace,
    source: str,
    file: Path,
    *,
    release: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a downloaded upstream file into the market store; a bad file changes nothing."""
    from levelset.market import build

    return build.import_file(ws.paths, source, file, release=release, progress=progress, now=ws.now)


def target_ranges(ws: Workspace, progress: Progress | None = None) -> dict[str, object]:
    """The ranges for the owner's target (title, level, each place; the country when none),
    or why there are none: the profile names no target title yet."""
    from levelset.app.profile import show_profile

    profile = show_profile(ws)
    if not profile.target_title:
        return {"target": None, "reports": [], "message": "No target yet: set one with "
                "`levelset profile set --title ... --level ... --location ...`."}  # fmt: skip
    level = profile.target_band.value if profile.target_band else None
    places: list[str | None] = [*profile.locations] or [None]
    reports = [market_range(ws, profile.target_title, level, p, progress=progress) for p in places]
    target = {"title": profile.target_title, "level": level, "places": profile.locations}
    return {"target": target, "reports": [r.to_dict() for r in reports]}


def shipped_releases() -> list[str]:
    """The market datasets inside the package, each with its publisher and release."""
    from levelset.market.catalog import SHIPPED

    return [f"{d.name}, release {d.release} ({d.publisher})" for d in SHIPPED]
