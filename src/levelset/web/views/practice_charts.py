"""Practice scores over time on the tracking page: one line per kind of rehearsal kept twice
or more (mock calls, story drills), a point per session."""

from __future__ import annotations

from functools import partial
from typing import Any

from levelset.charts import Series, drawn_twice, line_chart

TITLES = {"negotiation": "Mock calls", "stories": "Story drills"}


def practice_charts(practice: dict[str, Any]) -> list[dict[str, str]]:
    """A chart per kind with two or more scored sessions (a session a point, by date)."""
    drawn = []
    for row in practice.get("dimensions", []):
        kind = str(row["dimension"])
        if ":" in kind or len(row.get("scores", [])) < 2:
            continue
        scores = [float(s["score"]) for s in row["scores"]]
        points: tuple[tuple[str, float | None], ...] = tuple(
            zip(_labels(row["scores"]), scores, strict=True)
        )
        title = f"{TITLES.get(kind, kind.capitalize())}: score per session (/100)"
        drawn.append(drawn_twice(partial(_chart, points, title)))
    return drawn


def _chart(points: tuple[tuple[str, float | None], ...], title: str, width: int) -> str:
    return line_chart([Series("score", points)], title=title, maximum=100, width=width)


def _labels(scores: list[dict[str, Any]]) -> list[str]:
    """Each session's date, numbered when a day holds more than one."""
    labels: list[str] = []
    for entry in scores:
        day = str(entry["on"])
        same = sum(1 for label in labels if label.split(" ")[0] == day)
        labels.append(f"{day} ({same + 1})" if same else day)
    return labels
