"""Practice over time: how many rehearsals were kept, and for each scored dimension (a kind of
session, a recruiter pushback, an interview story) the latest and best score and the trend,
each with its n and dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

SOURCE = "your kept practice sessions"


@dataclass(frozen=True)
class PracticePoint:
    """One kept session: its kind, date, overall score (None for a peer sheet) and the score of
    each part it was marked on (a pushback answered, a story told)."""

    kind: str
    on: dt.date
    score: int | None
    parts: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Dimension:
    """One scored dimension over time: every score with its date, oldest first."""

    name: str
    scores: tuple[tuple[dt.date, int], ...]

    def to_dict(self) -> dict[str, Any]:
        first_on, first = self.scores[0]
        latest_on, latest = self.scores[-1]
        best_on, best = max(self.scores, key=lambda s: (s[1], s[0]))
        trend = None
        if len(self.scores) > 1:
            change = latest - first
            direction = "up" if change > 0 else "down" if change < 0 else "flat"
            trend = {"change": change, "direction": direction, "from": first_on,
                     "to": latest_on, "n": len(self.scores)}  # fmt: skip
        return {
            "dimension": self.name, "n": len(self.scores), "first_on": first_on,
            "latest": {"score": latest, "on": latest_on},
            "best": {"score": best, "on": best_on}, "trend": trend,
            "scores": [{"on": on, "score": score} for on, score in self.scores],
        }  # fmt: skip


@dataclass(frozen=True)
class PracticeProgress:
    """Sessions kept by kind, and the scored dimensions."""

    sessions: tuple[tuple[str, int, dt.date, dt.date], ...] = ()  # kind, n, first, latest
    dimensions: tuple[Dimension, ...] = field(default=())

    @property
    def total(self) -> int:
        return sum(n for _, n, _, _ in self.sessions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": SOURCE,
            "sessions": self.total,
            "by_kind": [
                {"kind": k, "n": n, "first_on": first, "latest_on": latest}
                for k, n, first, latest in self.sessions
            ],
            "dimensions": [d.to_dict() for d in self.dimensions],
        }


def practice_progress(
    points: Sequence[PracticePoint], since: dt.date | None = None
) -> PracticeProgress:
    """Summarise the sessions on or after `since`: a dimension per kind's overall score and one
    per part, named `kind` and `kind: part`."""
    chosen = sorted((p for p in points if since is None or p.on >= since), key=lambda p: p.on)
    kinds: dict[str, list[dt.date]] = {}
    scores: dict[str, list[tuple[dt.date, int]]] = {}
    for point in chosen:
        kinds.setdefault(point.kind, []).append(point.on)
        if point.score is not None:
            scores.setdefault(point.kind, []).append((point.on, point.score))
        for part, score in point.parts:
            scores.setdefault(f"{point.kind}: {part}", []).append((point.on, score))
    sessions = tuple((k, len(days), days[0], days[-1]) for k, days in kinds.items())
    return PracticeProgress(sessions, tuple(Dimension(n, tuple(s)) for n, s in scores.items()))
