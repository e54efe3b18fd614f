"""The level bridge: an OEWS occupation range moved to a band through the wage levels.

US prevailing-wage levels sit on OEWS percentiles (Level I about P17, II P34, III P50, IV P67).
The blended OEWS distribution of a role is scaled so that its median lands on the band's
percentile: the shape stays, the position moves. Always labelled approximate.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from levelset.market.levels import LevelMatch
from levelset.market.report import LEVELS, PERCENTILES, SourceRange, as_values
from levelset.market.stats import mixture_quantiles


def level_blend(cells: Sequence[SourceRange], level: LevelMatch | None) -> SourceRange | None:
    """One OEWS range for the role at the level; None when there is nothing to blend or move."""
    parts = [(c.weight or 0.0, c.points) for c in cells if len(c.points) >= 3 and c.weight]
    moved = level is not None and level.bridge.percentile != 50
    if not parts or (len(parts) == 1 and not moved):
        return None
    wanted = [LEVELS[k] for k in PERCENTILES] + [float(level.bridge.percentile if level else 50)]
    *quantiles, target = mixture_quantiles(parts, wanted)
    ceiling = _ceiling(cells)
    if max(quantiles[2], target) > ceiling:
        return None  # the middle lies where a top-coded occupation gives only a floor
    mixed = {k: (q if q <= ceiling else None) for k, q in zip(PERCENTILES, quantiles, strict=True)}
    factor = 1.0
    notes = [_mix_note(cells)]
    if len(cut := [k.upper() for k, v in mixed.items() if v is None]):
        notes.append(
            f"{', '.join(cut)} not computed: they fall above {ceiling:,.0f}, where a top-coded "
            "occupation publishes only a floor"
        )
    if level is not None and moved:
        factor = target / quantiles[2]
        notes.append(
            f"scaled by {factor:.2f} so its median sits at the blend's P{level.bridge.percentile} "
            f"({level.bridge.label})"
        )
    used = [c for c in cells if len(c.points) >= 3 and c.weight]
    areas = sorted({c.area for c in used})
    band = level.band.label if level else "all levels"
    return SourceRange(
        source="oews_level",
        label=f"OEWS blend at {band}",
        dataset=used[0].dataset,
        area=areas[0] if len(areas) == 1 else " / ".join(areas),
        period=used[0].period,
        basis=used[0].basis,
        n=sum(c.n for c in used),
        n_label="employment of the blended occupations",
        values=as_values(
            {k: None if v is None else round(v * factor, 2) for k, v in mixed.items()}
        ),
        flags=_flags(moved, len(areas) > 1 or any("widened" in c.flags for c in used)),
        as_of=used[0].as_of,
        notes=tuple(notes),
    )


def _flags(moved: bool, widened: bool) -> tuple[str, ...]:
    """approximate always; level-adjusted when moved; widened when a part is from a wider area."""
    pairs = (("approximate", True), ("level-adjusted", moved), ("widened", widened))
    return tuple(flag for flag, on in pairs if on)


def _ceiling(cells: Sequence[SourceRange]) -> float:
    """Below this value every blended CDF is exact: the last exact point of each top-coded row."""
    floors = [c.points[-1][1] for c in cells if c.topcoded and c.points and c.weight]
    return min(floors, default=math.inf)


def _mix_note(cells: Sequence[SourceRange]) -> str:
    shares = ", ".join(f"{c.soc} {c.weight:.0%}" for c in cells if c.weight)
    return f"weighted mixture of the occupations' distributions ({shares})"
