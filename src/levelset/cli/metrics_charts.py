"""SVG charts of the metrics: the funnel, the weekly response rate, narrative scores."""

from __future__ import annotations

from pathlib import Path

from levelset.charts import Series, funnel_chart, line_chart
from levelset.tracking import Metrics


def write_charts(metrics: Metrics, folder: Path) -> list[Path]:
    """Write funnel.svg, weekly-response-rate.svg (and narrative-scores.svg when there are
    scores) into `folder`; return the paths written."""
    as_of = metrics.as_of.isoformat()
    files = {
        "funnel.svg": funnel_chart(
            list(metrics.funnel),
            title=f"Applications funnel (your events, n={metrics.funnel[0][1]}, as of {as_of})",
        ),
        "weekly-response-rate.svg": _weekly(metrics),
    }
    if metrics.narrative:
        points = tuple(
            (f"{p.on.isoformat()} #{i}", float(p.score)) for i, p in enumerate(metrics.narrative, 1)
        )
        files["narrative-scores.svg"] = line_chart(
            [Series("narrative score", points)],
            title="Narrative score over time (0-100)",
            maximum=100.0,
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, svg in files.items():
            (folder / name).write_text(svg, encoding="utf-8")
    except OSError as error:
        from levelset.errors import InputError

        raise InputError(f"cannot write charts to {folder}: {error.strerror}") from None
    return [folder / name for name in files]


def _weekly(metrics: Metrics) -> str:
    def pct(value: float | None) -> float | None:
        return None if value is None else round(100 * value, 1)

    weeks = metrics.weekly
    rate = Series("response rate %", tuple((w.week, pct(w.rate)) for w in weeks))
    low = Series("95% interval low", tuple((w.week, pct(w.low)) for w in weeks))
    high = Series("95% interval high", tuple((w.week, pct(w.high)) for w in weeks))
    total = sum(w.attempts for w in weeks)
    return line_chart(
        [rate, low, high],
        title=f"Weekly response rate (n={total} attempts, as of {metrics.as_of.isoformat()})",
        value_format=lambda v: f"{v:.0f}%",
        maximum=100.0,
    )
