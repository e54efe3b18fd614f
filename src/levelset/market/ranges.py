"""Range queries: role x level x place -> per-source percentiles, a headline and caveats."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from decimal import Decimal

from levelset.errors import InputError
from levelset.market.age import age_caveats, aged
from levelset.market.areas import Place
from levelset.market.blend import described, headline
from levelset.market.catalog import named
from levelset.market.caveats import caveats, offer_note, year_note
from levelset.market.levels import LevelMatch, parse_level
from levelset.market.memo import one_version, per_store
from levelset.market.places import resolve_place
from levelset.market.registry import Query, choices, specs
from levelset.market.report import RangeReport, SourceRange, money
from levelset.market.roles import Fetcher, RoleMatch
from levelset.market.titles import resolve_role
from levelset.market.twins import recorded
from levelset.percentiles import position

_CITATIONS = recorded("SELECT name, citation, coalesce(notice, '') FROM datasets")
_NAMES = recorded("SELECT name, source, publisher, title FROM datasets")


def market_range_in(
    store: Fetcher,
    title: str,
    level: str | None = None,
    location: str | None = None,
    *,
    company: str | None = None,
    source: str = "all",
    year: int | None = None,
    offer: Decimal | float | None = None,
    today: dt.date | None = None,
) -> RangeReport:
    """The range report of one query against an open market store (ages from `today`)."""
    if source not in choices():
        raise InputError(f"unknown source {source!r}", hint=f"use one of {', '.join(choices())}")
    with one_version(store):
        role = resolve_role(title, store)
        band = parse_level(level, company) if level else _hinted_level(role, company)
        place = resolve_place(location, store) if location else None
        return build_report(
            store,
            role,
            band,
            place,
            company=company,
            source=source,
            year=year,
            offer=offer,
            today=today,
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
    offer: Decimal | float | None = None,
    today: dt.date | None = None,
) -> RangeReport:
    """Query every source asked for and assemble the report."""
    with one_version(store):
        return _report(store, role, level, place, company, source, year, offer, today)


def _report(
    store: Fetcher,
    role: RoleMatch,
    level: LevelMatch | None,
    place: Place | None,
    company: str | None,
    source: str,
    year: int | None,
    offer: Decimal | float | None,
    today: dt.date | None,
) -> RangeReport:
    asked = [s for s in specs() if s.loader is not None and source in ("all", s.key)]
    missing = [s.missing(store) for s in asked if source != "all" and s.missing is not None]
    if unavailable := next((m for m in missing if m is not None), None):
        raise unavailable
    query = Query(role, level, place, company, year)
    found = {s.key: s.loader(store, query) for s in asked if s.loader is not None}
    ranges = named_rows(store, aged([r for f in found.values() for r in f.ranges], today))
    offered = money(offer)
    if offered is not None:
        ranges = [_place_offer(r, float(offered)) for r in ranges]
    return RangeReport(
        role=role,
        level=level,
        place=place,
        ranges=tuple(ranges),
        headline=described(headline(ranges), ranges, level, place.name if place else None),
        caveats=tuple(
            offer_note(offered, ranges)
            + caveats(query, ranges)
            + year_note(year, ranges)
            + age_caveats(ranges)
        ),
        hidden=tuple(h for f in found.values() for h in f.hidden),
        widened=tuple(w for f in found.values() for w in f.widened),
        company=company,
        year=year,
        offer=offered,
        sources_cited=tuple(citations(store, ranges, role)),
    )


def _place_offer(cell: SourceRange, offer: float) -> SourceRange:
    """Where an offer sits in a cell: interpolated between the shown percentiles on a large
    cell, a band between them on a thin one, and "below P10" or "above P90" outside the shown
    range, never P0 or P100. Never the exact share of the sample below the offer: asked at many
    offers in two nested cells, exact shares would give away the pay of the people between them
    (issue 13); the shown percentiles reveal nothing the range does not already show."""
    if not cell.shown:
        return cell
    points = cell.points
    below, above = offer < points[0][1], offer > points[-1][1]
    if below or above:
        edge = f"P{points[0][0]:.0f}" if below else f"P{points[-1][0]:.0f}"
        return cell.with_offer(None, f"{'below' if below else 'above'} {edge}")
    if "thin" in cell.flags:
        return cell.with_offer(None, _band(points, offer))
    at = position(points, offer)  # from the shown percentiles only, never the sample
    return cell.with_offer(at, f"P{at}")


def _band(points: Sequence[tuple[float, float]], offer: float) -> str:
    """The two shown percentiles an offer falls between: "P25-P50"."""
    for (p0, v0), (p1, v1) in itertools.pairwise(points):
        if v0 <= offer <= v1:
            return f"P{p0:.0f}-P{p1:.0f}"
    return f"P{points[0][0]:.0f}-P{points[-1][0]:.0f}"


def named_rows(store: Fetcher, ranges: Sequence[SourceRange]) -> list[SourceRange]:
    """Each row with its dataset named in words (publisher and survey), for pages and tools
    that show a source to a reader; `dataset` keeps the id."""

    def read() -> dict[str, str]:
        return {str(n): named(str(s), str(p), str(t)) for n, s, p, t in store.fetch(_NAMES)}

    names = per_store(store, "dataset_names", read)
    return [r.named(names.get(r.dataset)) for r in ranges]


def citations(store: Fetcher, ranges: Sequence[SourceRange], role: RoleMatch) -> list[str]:
    """The citation of every dataset a number came from (and O*NET's notice for the role map)."""

    def read() -> dict[str, str]:
        rows = store.fetch(_CITATIONS)
        return {str(n): f"{c}. {x}" if x else str(c) for n, c, x in rows}

    known = per_store(store, "citations", read)
    used = dict.fromkeys(r.dataset for r in ranges)
    cited = list(dict.fromkeys(known.get(d, d) for d in used))  # metro and national rows share one
    onet = next((v for k, v in known.items() if k.startswith("onet")), None)
    if onet:
        cited.append(onet)
    return cited
