"""The level bridge: an OEWS occupation range moved to a band through the wage levels.

US prevailing-wage levels sit on OEWS percentiles (Level I about P17, II P34, III P50, IV P67).
The blended OEWS distribution of a role is scaled so that its median lands on the band's
percentile: the shape stays, the position moves. Always labelled approximate.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from levelset.market.levels import LevelMatch
from levelset.market.privacy import THIN
from levelset.market.report import LEVELS, PERCENTILES, SourceRange, as_values
from levelset.market.stats import mixture_quantiles

# An OEWS cell's employment is thin when BLS did not release it (its estimate fails BLS's
# reliability standard), when it is under THIN jobs, or when its relative standard error is
# over THIN_RSE percent (the bound oews_source calls "uncertain"). A blend is thin when more
# than THIN_WEIGHT of its weight (renormalised over the occupations blended) rests on thin
# cells, or when the employment it sums is under THIN: it is then flagged "thin" and says why.
THIN_RSE = 30.0
THIN_WEIGHT = 0.5
THIN_NOTE = "thin"


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
    thin = thin_note(used)
    if thin:
        notes.append(thin)
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
        n_label=_n_label(used),
        values=as_values(
            {k: None if v is None else round(v * factor, 2) for k, v in mixed.items()}
        ),
        flags=_flags(moved, widened, bool(thin), _unreleased(used) == list(used)),
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


def thin_note(used: Sequence[SourceRange]) -> str | None:
    """Why a blend of these cells is thin (see THIN_WEIGHT), in one clause; None when not."""
    total = sum(c.weight or 0.0 for c in used) or 1.0
    weak = [(c, why) for c in used if (why := _thin_cell(c))]
    share = sum(c.weight or 0.0 for c, _why in weak) / total
    jobs = sum(c.n for c in used)
    if share <= THIN_WEIGHT + 1e-9 and jobs >= THIN:  # exactly half is not most
        return None
    parts = ", ".join(f"{c.soc} {why}" for c, why in weak)
    said = f"{share:.0%} of its weight rests on cells of thin employment: {parts}"
    if jobs < THIN and len(_unreleased(used)) < len(used):
        summed = f"the employment it sums is {jobs:,} jobs, under {THIN}"
        said = f"{summed}; {said}" if weak else summed
    return f"{THIN_NOTE}: {said}"


def thin_reason(row: SourceRange) -> str | None:
    """The reason a blend gives for being thin (its thin_note without the word), else None."""
    prefix = f"{THIN_NOTE}: "
    return next((n.removeprefix(prefix) for n in row.notes if n.startswith(prefix)), None)


def _thin_cell(cell: SourceRange) -> str:
    """Why one OEWS cell's employment is thin, or "" when it is not."""
    return employment_thin("employment-not-released" not in cell.flags, cell.n, cell.rse)


def employment_thin(released: bool, jobs: int, rse: float | None) -> str:
    """Why an OEWS employment estimate is thin (see THIN_RSE), or "" when it is not: the one
    rule for a cell shown alone and for the cells of a blend."""
    if not released:
        return "employment not released by BLS"
    if jobs < THIN:
        return f"{jobs:,} jobs, under {THIN}"
    if rse is not None and rse > THIN_RSE:
        return f"{jobs:,} jobs, relative standard error {rse:.0f}%"
    return ""


def _unreleased(used: Sequence[SourceRange]) -> list[SourceRange]:
    return [c for c in used if "employment-not-released" in c.flags]


def _n_label(used: Sequence[SourceRange]) -> str:
    """What the blend's n counts: never "0 jobs" where BLS did not release the employment."""
    unreleased = _unreleased(used)
    if unreleased and len(unreleased) == len(used):
        return "employment not released"
    label = "employment of the blended occupations"
    if unreleased:
        label += f" (not released for {', '.join(str(c.soc) for c in unreleased)})"
    return label


def _flags(
    moved: bool, widened: bool, thin: bool = False, unreleased: bool = False
) -> tuple[str, ...]:
    """approximate always; level-adjusted when moved; widened when the blend's area is wider
    than the place's; thin when its cells' employment is (thin_note); employment-not-released
    when BLS released the employment of none of its cells."""
    pairs = (
        ("approximate", True),
        ("level-adjusted", moved),
        ("widened", widened),
        ("thin", thin),
        ("employment-not-released", unreleased),
    )
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
