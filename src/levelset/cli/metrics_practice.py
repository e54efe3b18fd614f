"""The practice part of `levelset metrics`: sessions kept, and each scored dimension's latest
and best score and trend, with n and dates."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.table import Table

from levelset.tracking.practice import PracticeProgress


def practice_line(progress: PracticeProgress) -> str:
    kinds = ", ".join(f"{k} {n} ({first} to {latest})" for k, n, first, latest in progress.sessions)
    return (
        f"Practice: {progress.total} sessions kept - {kinds} (source: your kept practice sessions)"
    )


def practice_table(progress: PracticeProgress) -> Table:
    table = Table(title="Practice scores by dimension (/100)")
    for column in ("dimension", "n", "latest", "best", "trend"):
        table.add_column(column, justify="left" if column == "dimension" else "right")
    for row in progress.to_dict()["dimensions"]:
        latest, best = row["latest"], row["best"]
        table.add_row(
            escape(row["dimension"]), str(row["n"]), f"{latest['score']} on {latest['on']}",
            f"{best['score']} on {best['on']}", _trend(row["trend"]),
        )  # fmt: skip
    return table


def _trend(trend: dict[str, Any] | None) -> str:
    if trend is None:
        return "— (one session)"
    return f"{trend['change']:+d} from {trend['from']} to {trend['to']} (n={trend['n']})"
