"""The level ladder use case: a company's bands with the market range at each, the user's
estimated level, the target and the offer on one ladder."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from levelset.app.workspace import Progress, Workspace
from levelset.bands import Band
from levelset.errors import LevelsetError

if TYPE_CHECKING:
    from levelset.leveling.ladder import BandRange, Ladder, Placed
    from levelset.market.report import RangeReport
    from levelset.offers.model import Offer

DEFAULT_ROLE = "ML Engineer"


@dataclass(frozen=True)
class LadderQuery:
    """What the user asked for; every field falls back on the latest offer, then the profile."""

    company: str | None = None
    role: str | None = None
    place: str | None = None
    offer_id: int | None = None


def level_ladder(
    ws: Workspace, query: LadderQuery = LadderQuery(), progress: Progress | None = None
) -> Ladder:
    """Every band of the company's ladder (highest first), the market at each band for the
    role and place, and the estimate, target and offer placed on it."""
    from levelset.app.offer_records import rates_read_once

    with rates_read_once():  # one read of the rate table for every band's range
        return _ladder(ws, query, progress)


def _ladder(ws: Workspace, query: LadderQuery, progress: Progress | None) -> Ladder:
    from levelset.app.market import level_table
    from levelset.app.profile import show_profile
    from levelset.leveling.ladder import build_ladder
    from levelset.market.levels import company_key

    profile = show_profile(ws)
    offer = _offer(ws, query.offer_id)
    notes: list[str] = []
    company = query.company or (offer.company if offer else None)
    role = query.role or profile.target_title or (offer.title if offer else None)
    if not role:
        role = DEFAULT_ROLE
        notes.append(f"no target title yet: the ranges are for {DEFAULT_ROLE}")
    place = query.place or (offer.location if offer else None)
    place = place or (profile.locations[0] if profile.locations else None)
    ladder = company_key(company)
    if company and ladder is None:
        notes.append(f"{company} has no ladder in the level map: the bands keep their own names")
    ranges, totals = _ranges(ws, role, place, progress, notes)
    marks = (_estimate(ws), _target(profile.target_band), _offer_mark(offer, notes))
    return build_ladder(
        level_table(ws, progress), ladder, ranges, company=company, role=role, place=place,
        marks=marks, notes=notes, totals=totals,
    )  # fmt: skip


def _offer(ws: Workspace, offer_id: int | None) -> Offer | None:
    from levelset.app.offer_records import get_offer, list_offers

    if offer_id is not None:
        return get_offer(ws, offer_id).offer
    stored = list_offers(ws)
    return stored[-1].offer if stored else None


def _ranges(
    ws: Workspace, role: str, place: str | None, progress: Progress | None, notes: list[str]
) -> tuple[dict[Band, BandRange], dict[Band, BandRange]]:
    """The market's base-pay range at each band, and total pay where the user's own evidence
    (comps with bonus or equity, stored offers) has it."""
    from levelset.app.market import market_range

    found: dict[Band, BandRange] = {}
    totals: dict[Band, BandRange] = {}
    for band in Band:
        try:
            report = market_range(ws, role, band.value, place, progress=progress)
        except LevelsetError as error:
            notes.append(f"no market range for {band.label}: {error.message}")
            continue
        summary = band_range(report)
        if summary is not None:
            found[band] = summary
        total = total_range(report, notes, band)
        if total is not None:
            totals[band] = total
    return found, totals


def total_range(report: RangeReport, notes: list[str], band: Band) -> BandRange | None:
    """Total pay at a band from the user's evidence, labelled as such; a thin one is a note."""
    from levelset.leveling.ladder import BandRange

    own = report.own.total if report.own else None
    if own is None:
        return None
    low, mid, high = (own.values.get(k) for k in ("p25", "p50", "p75"))
    if low is None or mid is None or high is None:
        said = f"n={own.n} of your own figures"
        notes.append(f"your total pay at {band.label} ({said}): {own.hidden or 'too few'}")
        return None
    dates = " to ".join(dict.fromkeys(d.isoformat() for d in (own.first, own.last) if d))
    sources = ", ".join(f"{s} {n}" for s, n in own.sources)
    return BandRange(
        low, mid, high, own.currency, "your own total-pay evidence", sources, dates or "undated",
        own.area, own.n, own.measures, "of your own figures",
    )  # fmt: skip


def band_range(report: RangeReport) -> BandRange | None:
    """The report's headline with the source that carries it: its release, area and n."""
    from levelset.leveling.ladder import BandRange

    headline = report.headline
    if headline is None:
        return None
    shown = [r for r in report.ranges if r.shown]
    best = max(shown, key=lambda r: (r.source.startswith("oews"), r.n), default=None)
    if best is None:
        return None
    return BandRange(
        headline.low, headline.mid, headline.high, headline.currency,
        ", ".join(headline.sources), best.label, best.period, best.area, best.n, headline.measures,
        best.n_label,
    )  # fmt: skip


def _estimate(ws: Workspace) -> Placed | None:
    """The band the evidence supports, from the proof analysis kept in the store when its
    sources, corrections, profile and code are unchanged (`app.proof_analysis`), else made and
    kept: the ladder reads no bullet again after a `proof report`, `playbook` or `plan`."""
    from levelset.app.plan_inputs import read_proof
    from levelset.app.profile import show_profile
    from levelset.leveling.ladder import Placed

    _, found = read_proof(ws, show_profile(ws))
    if found is None:
        return None
    why = f"estimated from {found.items} proof items, {found.confidence} confidence"
    return Placed(found.band, why)


def _target(band: Band | None) -> Placed | None:
    from levelset.leveling.ladder import Placed

    return Placed(band, "the target in your profile") if band else None


def _offer_mark(offer: Offer | None, notes: list[str]) -> Placed | None:
    from levelset.leveling.ladder import Placed
    from levelset.market.levels import parse_level

    if offer is None or not offer.level:
        return None
    try:
        level = parse_level(offer.level, offer.company)
    except LevelsetError:
        notes.append(f"the offer's level {offer.level!r} is not one the level map knows")
        return None
    why = f"{offer.company} {offer.level}: {level.why}"
    if offer.currency != "USD":
        notes.append(f"the offer is in {offer.currency}: its pay is not drawn on USD ranges")
        return Placed(level.band, why, company=offer.company)
    return Placed(level.band, why, Decimal(offer.base), offer.company)
