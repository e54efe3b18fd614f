"""Range queries: role x level x place -> per-source percentiles, a headline and caveats."""

from __future__ import annotations

from collections.abc import Sequence

from levelset.errors import DataUnavailable, InputError
from levelset.market.blend import headline
from levelset.market.bridge import level_blend
from levelset.market.caveats import caveats, year_note
from levelset.market.crowd_source import crowd_cell
from levelset.market.lca_source import fiscal_years, lca_cell
from levelset.market.levels import LevelMatch, parse_level
from levelset.market.memo import per_store
from levelset.market.oews_source import oews_cells
from levelset.market.places import Place, resolve_place
from levelset.market.report import RangeReport, SourceRange
from levelset.market.roles import Fetcher, RoleMatch, resolve_role
from levelset.market.stats import empirical_percentile, percentile_of

SOURCES = ("all", "oews", "crowd", "lca")


def market_range_in(
    store: Fetcher,
    title: str,
    level: str | None = None,
    location: str | None = None,
    *,
    company: str | None = None,
    source: str = "all",
    year: int | None = None,
    offer: float | None = None,
) -> RangeReport:
    """The range report of one query against an open market store."""
    if source not in SOURCES:
        raise InputError(f"unknown source {source!r}", hint=f"use one of {', '.join(SOURCES)}")
    role = resolve_role(title, store)
    band = parse_level(level, company) if level else _hinted_level(role, company)
    place = resolve_place(location, store) if location else None
    return build_report(
        store, role, band, place, company=company, source=source, year=year, offer=offer
    )


def _hinted_level(role: RoleMatch, company: str | None) -> LevelMatch | None:
    """A level read from the title itself ("Sr. ML Eng"), when the user gave none."""
    if not role.level_hint:
        return None
    try:
        return parse_level(role.level_hint, company)
    except InputError:
        return None


def build_report(
    store: Fetcher,
    role: RoleMatch,
    level: LevelMatch | None,
    place: Place | None,
    *,
    company: str | None = None,
    source: str = "all",
    year: int | None = None,
    offer: float | None = None,
) -> RangeReport:
    """Query every source asked for and assemble the report."""
    if source == "lca" and fiscal_years(store) is None:
        raise DataUnavailable(
            "no LCA filings in the store",
            hint="import a DOL LCA disclosure file: levelset data import lca FILE",
        )
    ranges: list[SourceRange] = []
    hidden: list[str] = []
    widened: list[str] = []
    sample: tuple[float, ...] = ()
    if source in ("all", "crowd"):
        crowd = crowd_cell(store, role, level, place, year)
        ranges += [crowd.range] if crowd.range else []
        hidden += crowd.hidden
        widened += crowd.widened
        sample = crowd.sample
    if source in ("all", "oews"):
        oews = oews_cells(store, role, place)
        blend = level_blend(oews.ranges, level)
        ranges += [*oews.ranges, *([blend] if blend else [])]
        hidden += oews.hidden
        widened += oews.widened
    if source in ("all", "lca"):
        lca = lca_cell(store, role, level, place, company, year)
        ranges += [lca.range] if lca.range else []
        hidden += lca.hidden
        widened += lca.widened
    if offer is not None:
        ranges = [_place_offer(r, offer, sample) for r in ranges]
    return RangeReport(
        role=role,
        level=level,
        place=place,
        ranges=tuple(ranges),
        headline=headline(ranges),
        caveats=tuple(caveats(role, level, place, ranges, company) + year_note(year, ranges)),
        hidden=tuple(hidden),
        widened=tuple(widened),
        company=company,
        year=year,
        offer=offer,
        sources_cited=tuple(citations(store, ranges, role)),
    )


def _place_offer(cell: SourceRange, offer: float, sample: tuple[float, ...]) -> SourceRange:
    if not cell.shown:
        return cell
    if cell.source == "crowd" and sample and cell.values.get("p10") is not None:
        at = empirical_percentile(sample, offer)
        return cell.with_offer(round(at, 1), f"P{at:.0f} (share of submissions below)")
    points = cell.points
    at_point = percentile_of(points, offer)
    if at_point is not None:
        return cell.with_offer(round(at_point, 1), f"P{at_point:.0f}")
    below = offer < points[0][1]
    edge = f"P{points[0][0]:.0f}" if below else f"P{points[-1][0]:.0f}"
    return cell.with_offer(None, f"{'below' if below else 'above'} {edge}")


def citations(store: Fetcher, ranges: Sequence[SourceRange], role: RoleMatch) -> list[str]:
    """The citation of every dataset a number came from (and O*NET's notice for the role map)."""

    def read() -> dict[str, str]:
        rows = store.fetch("SELECT name, citation, coalesce(notice, '') FROM datasets")
        return {str(n): f"{c}. {x}" if x else str(c) for n, c, x in rows}

    known = per_store(store, "citations", read)
    used = dict.fromkeys(r.dataset for r in ranges)
    cited = [known.get(d, d) for d in used]
    onet = next((v for k, v in known.items() if k.startswith("onet")), None)
    if onet:
        cited.append(onet)
    return cited
