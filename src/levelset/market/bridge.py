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


def level_blend(
    cells: Sequence[SourceRange], level: LevelMatch | None, areas: Sequence[str] = ()
) -> SourceRange | None:
    """One OEWS range for the role at the level; None when there is nothing to blend or move.

    The blend comes from one area: the narrowest of `areas` (the place's widening chain,
    narrowest first) where an occupation of the role has wages. An occupation whose row comes
    from a wider area is left out of it and said so, the other weights renormalised; its own
    row is shown beside the blend under its own area. A national figure is never blended into
    a metro's range under the metro's name (issue 13: Boise's blend took 15-1221 from the US)."""
    usable = [c for c in cells if len(c.points) >= 3 and c.weight]
    if not usable:
        return None
    order = {name: i for i, name in enumerate(areas)}
    area = min((c.area for c in usable), key=lambda a: order.get(a, len(order)))
    used = [c for c in usable if c.area == area]
    out = [c for c in cells if c.weight and c not in used]
    moved = level is not None and level.bridge.percentile != 50
    if len(used) == 1 and not moved and not out:
        return None
    parts = [(c.weight or 0.0, c.points) for c in used]
    wanted = [LEVELS[k] for k in PERCENTILES] + [float(level.bridge.percentile if level else 50)]
    *quantiles, target = mixture_quantiles(parts, wanted)
    ceiling = _ceiling(used)
    if max(quantiles[2], target) > ceiling:
        return None  # the middle lies where a top-coded occupation gives only a floor
    mixed = {k: (q if q <= ceiling else None) for k, q in zip(PERCENTILES, quantiles, strict=True)}
    factor = 1.0
    notes = [_mix_note(used)]
    if out:
        notes.append(left_out_note(out, area))
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
    widened = bool(areas) and area != areas[0]
    band = level.band.label if level else "all levels"
    return SourceRange(
        source="oews_level",
        # a blend from a wider area than the place carries that area's name, never the place's
        label=f"OEWS blend at {band}" + (f", {area}" if widened else ""),
        dataset=used[0].dataset,
        area=area,
        period=used[0].period,
        basis=used[0].basis,
        n=sum(c.n for c in used),  # the jobs of the area named, and only those
        n_label="employment of the blended occupations",
        values=as_values(
            {k: None if v is None else round(v * factor, 2) for k, v in mixed.items()}
        ),
        flags=_flags(moved, widened),
        as_of=used[0].as_of,
        notes=tuple(notes),
    )


LEFT_OUT = "left out of the blend"


def left_out_note(out: Sequence[SourceRange], area: str) -> str:
    """Which occupations of the role the blend for `area` leaves out, and why, in one sentence."""
    parts = []
    for c in out:
        if not c.shown:
            why = f"its {c.area} cell is hidden"
        elif c.area != area:
            why = f"no published wages for {area}; its {c.area} row is shown beside the blend"
        else:
            why = "fewer than three exact percentiles published (top-coded or withheld)"
        parts.append(f"{c.soc} {_occupation(c)} ({c.weight:.0%} of the role): {why}")
    return f"{LEFT_OUT}: {'; '.join(parts)}; the other weights renormalised"


def _occupation(cell: SourceRange) -> str:
    return cell.label.removeprefix(f"OEWS {cell.soc} ")


def _flags(moved: bool, widened: bool) -> tuple[str, ...]:
    """approximate always; level-adjusted when moved; widened when the blend's area is wider
    than the place's."""
    pairs = (("approximate", True), ("level-adjusted", moved), ("widened", widened))
    return tuple(flag for flag, on in pairs if on)


def _ceiling(cells: Sequence[SourceRange]) -> float:
    """Below this value every blended CDF is exact: the last exact point of each top-coded row."""
    floors = [c.points[-1][1] for c in cells if c.topcoded and c.points and c.weight]
    return min(floors, default=math.inf)


def _mix_note(used: Sequence[SourceRange]) -> str:
    """The occupations in the blend with their weights, renormalised over them."""
    total = sum(c.weight or 0.0 for c in used)
    shares = ", ".join(f"{c.soc} {(c.weight or 0.0) / total:.0%}" for c in used)
    return f"weighted mixture of the occupations' distributions ({shares})"
