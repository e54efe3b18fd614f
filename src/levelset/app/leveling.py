"""Leveling use cases: the band the stored evidence supports, against the target."""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset.app.workspace import Progress, Workspace

if TYPE_CHECKING:
    from levelset.leveling.estimate import LevelEstimate


def estimate_level(
    ws: Workspace,
    target: str | None = None,
    progress: Progress | None = None,
    *,
    build_market: bool = True,
) -> LevelEstimate:
    """Estimate from the stored materials; `target` (a band name) or the profile's target.

    The cross-company equivalences come from the market store, built first unless
    `build_market` is False (then they are left out until it can be read without a build).
    """
    from levelset.app.profile import show_profile
    from levelset.app.proof import load_materials
    from levelset.leveling import estimate_level as estimate
    from levelset.profile.model import Track, parse_band

    profile = show_profile(ws)
    band = parse_band(target) if target else profile.target_band
    rows = level_rows(ws, progress) if build_market or ws.market_ready() else []
    return estimate(
        load_materials(ws),
        band,
        target_title=profile.target_title,
        target_source="given" if target else "profile",
        leadership_track=profile.track is Track.LEADERSHIP,
        level_rows=rows,
    )


def level_rows(ws: Workspace, progress: Progress | None = None) -> list[object]:
    """The cross-company level table, or none when the market store cannot be read."""
    from levelset.app.market import level_table
    from levelset.errors import LevelsetError

    try:
        return list(level_table(ws, progress))
    except LevelsetError:  # leveling still works without the market data
        return []


def proof_page(ws: Workspace, target: str | None = None) -> dict[str, object]:
    """Sources, the proof report and the level estimate (against `target` or the profile's).

    The estimate never builds the market store: its equivalences appear once it can be read
    (at once in a home without imports, from the shipped copy).
    """
    from levelset.app.proof import list_sources, proof_report

    sources = list_sources(ws)
    if not sources:
        return {"sources": [], "report": None, "level": None}
    return {
        "sources": sources,
        "report": proof_report(ws).to_dict(),
        "level": estimate_level(ws, target, build_market=False),
    }
