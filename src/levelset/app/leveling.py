"""Leveling use cases: the band the stored evidence supports, against the target."""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset.app.workspace import Progress, Workspace

if TYPE_CHECKING:
    from levelset.leveling.estimate import LevelEstimate


def estimate_level(
    ws: Workspace, target: str | None = None, progress: Progress | None = None
) -> LevelEstimate:
    """Estimate from the stored materials; `target` (a band name) or the profile's target."""
    from levelset.leveling import estimate_level as estimate
    from levelset.profile.model import Track, parse_band
    from levelset.store.profile import load_profile
    from levelset.store.proof import load_materials

    profile = load_profile(ws.store)
    band = parse_band(target) if target else profile.target_band
    return estimate(
        load_materials(ws.store),
        band,
        target_title=profile.target_title,
        target_source="given" if target else "profile",
        leadership_track=profile.track is Track.LEADERSHIP,
        level_rows=level_rows(ws, progress),
    )


def level_rows(ws: Workspace, progress: Progress | None = None) -> list[object]:
    """The cross-company level table, or none when the market store cannot be read."""
    from levelset.app.market import level_table
    from levelset.errors import LevelsetError

    try:
        return list(level_table(ws, progress))
    except LevelsetError:  # leveling still works without the market data
        return []
