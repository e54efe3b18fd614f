"""Caveats of a range report: what a reader must know before trusting the numbers."""

from __future__ import annotations

from collections.abc import Sequence

from levelset.market.levels import LevelMatch
from levelset.market.places import Place
from levelset.market.report import SourceRange
from levelset.market.roles import RoleMatch

OEWS = {"oews", "oews_level"}


def caveats(
    role: RoleMatch,
    level: LevelMatch | None,
    place: Place | None,
    ranges: Sequence[SourceRange],
    company: str | None,
) -> list[str]:
    """One sentence per caveat that applies to these ranges, thin samples last."""
    sources = {r.source for r in ranges}
    notes = _oews_notes(role, level, ranges) if sources & OEWS else []
    notes += _crowd_notes(level) if "crowd" in sources else []
    if place is not None and not place.in_us:
        notes.append("OEWS and LCA cover the United States only.")
    if "lca" in sources:
        notes.append(
            "LCA wages are what employers file for H-1B workers: base wage, an intent "
            "to hire rather than a hire."
        )
    if company:
        notes.append(
            "OEWS and the crowd file carry no employer names: the company only helps "
            "read the level and filters LCA filings."
        )
    return notes + thin_notes(ranges)


def _oews_notes(
    role: RoleMatch, level: LevelMatch | None, ranges: Sequence[SourceRange]
) -> list[str]:
    notes = [
        "OEWS wages are base pay: they leave out stock and year-end bonuses, so "
        "they understate total pay for most ML and senior tech roles."
    ]
    if len(role.socs) > 1:
        notes.append(
            f"No official occupation code is specific to {role.label}; the OEWS rows "
            "are the occupations it is filed under, with the weights shown."
        )
    if level is None:
        return notes
    if any("level-adjusted" in r.flags for r in ranges):
        notes.append(
            f"OEWS has no levels: the blend is moved to {level.band.label} through the "
            f"prevailing-wage levels ({level.bridge.label})."
        )
    else:
        notes.append(
            f"OEWS has no levels: {level.band.label} sits at its median ({level.bridge.label}), "
            "so the OEWS rows are not moved."
        )
    return notes


def _crowd_notes(level: LevelMatch | None) -> list[str]:
    notes = [
        "Crowd salaries are self-reported to ai-jobs.net and not verified; only "
        "full-time submissions count, with repeated identical rows counted once."
    ]
    if level is not None and len(level.crowd_codes) > 1:
        notes.append(
            f"The crowd file has no {level.band.label} code: submissions coded "
            f"{' and '.join(level.crowd_codes)} are counted."
        )
    return notes


def thin_notes(ranges: Sequence[SourceRange]) -> list[str]:
    """One sentence per cell flagged thin: its numbers can move a lot with a few more answers."""
    return [
        f"{r.label} rests on only {r.n} {r.n_label}: a thin sample, read it as a hint, not a range."
        for r in ranges
        if "thin" in r.flags
    ]


def year_note(year: int | None, ranges: Sequence[SourceRange]) -> list[str]:
    """--year picks crowd work years and LCA fiscal years; OEWS has a single release."""
    releases = sorted({r.period for r in ranges if r.source in ("oews", "oews_level")})
    if year is None or not releases:
        return []
    return [
        f"The year {year} applies to the crowd and LCA rows; OEWS has one release "
        f"({', '.join(releases)}), shown as published."
    ]
