"""The target profile every other capability reads: what the user is aiming at."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from levelset.bands import Band
from levelset.errors import Problem, UnknownValue, validation_failed


class Track(StrEnum):
    IC = "ic"
    LEADERSHIP = "leadership"


@dataclass(frozen=True)
class Profile:
    """What the user aims at. Every field is optional until the user sets it."""

    name: str | None = None
    target_title: str | None = None
    target_band: Band | None = None
    locations: tuple[str, ...] = ()
    track: Track = Track.IC
    positioning: str | None = None
    current_base: int | None = None  # annual, in `currency`; used by the anchor
    currency: str = "USD"

    def missing(self) -> list[str]:
        """Which of the essentials (title, level, place, positioning) are not set yet."""
        wanted = {
            "target_title": self.target_title,
            "target_band": self.target_band,
            "locations": self.locations,
            "positioning": self.positioning,
        }
        return [name for name, value in wanted.items() if not value]

    def with_changes(self, **changes: object) -> Profile:
        """A copy with the given fields changed, validated."""
        clean = {k: v for k, v in changes.items() if v is not None}
        problems = _check(clean)
        if problems:
            raise validation_failed("profile", problems)
        if "target_band" in clean:
            clean["target_band"] = parse_band(str(clean["target_band"]))
        if "track" in clean:
            clean["track"] = Track(str(clean["track"]).lower())
        if "locations" in clean:
            clean["locations"] = tuple(clean["locations"])  # type: ignore[arg-type]
        return dataclasses.replace(self, **clean)  # type: ignore[arg-type]


def parse_band(text: str) -> Band:
    """A band from its name ("senior", "Senior_Staff") or any level the market reads ("L5")."""
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return Band(key)
    except ValueError:
        pass
    try:  # company levels and synonyms ("L5", "SDE II", "Sr.") live with the market data
        from levelset.market.levels import parse_level
    except ImportError:
        raise UnknownValue("level", text, [b.value for b in Band]) from None
    try:
        return parse_level(text).band
    except UnknownValue as error:  # the band names first: they are what the profile stores
        bands = [b.value for b in Band]
        names = bands + [s for s in error.suggestions if s not in bands]
        raise UnknownValue("level", text, names[:8]) from None


def _check(changes: dict[str, object]) -> list[Problem]:
    problems = []
    base = changes.get("current_base")
    if isinstance(base, int) and base < 0:
        problems.append(Problem("must not be negative", field="current_base", expected=">= 0"))
    track = changes.get("track")
    if track is not None and str(track).lower() not in {t.value for t in Track}:
        problems.append(
            Problem(f"unknown track {track!r}", field="track", expected="ic or leadership")
        )
    positioning = changes.get("positioning")
    if isinstance(positioning, str) and len(positioning) > 300:
        problems.append(
            Problem("keep it to one sentence", field="positioning", expected="<= 300 characters")
        )
    return problems
