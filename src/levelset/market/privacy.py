"""Privacy rules of salary surveys: a cell needs 5 data points, its P10 and P90 need 10.

Hidden numbers become None and the reason is said in words, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MIN_CELL = 5
MIN_TAILS = 10
THIN = 30  # below this many data points a shown cell is flagged "thin"
TAILS = ("p10", "p90")


@dataclass(frozen=True)
class Suppression:
    """What a rule hid from one cell (field names) and why, in one sentence."""

    hidden: tuple[str, ...]
    reason: str | None

    @property
    def any(self) -> bool:
        return bool(self.hidden)


def suppress(
    n: int, values: dict[str, float | None], what: str
) -> tuple[dict[str, float | None], Suppression]:
    """The values a cell of `n` data points may show, and what was hidden (for `what`)."""
    if n < MIN_CELL:
        reason = (
            f"{what}: no data for this role and place (0 data points)"
            if n == 0
            else f"{what}: only {n} data point{'s' if n != 1 else ''}; cells under {MIN_CELL} "
            "are hidden entirely"
        )
        return dict.fromkeys(values), Suppression(tuple(values), reason)
    if n < MIN_TAILS:
        hidden = tuple(k for k in TAILS if k in values and values[k] is not None)
        shown = {k: (None if k in TAILS else v) for k, v in values.items()}
        reason = (
            f"{what}: {n} data points; P10 and P90 need at least {MIN_TAILS}, so they are hidden"
        )
        return shown, Suppression(hidden, reason if hidden else None)
    return dict(values), Suppression((), None)


def withhold(
    values: dict[str, float | None],
    what: str,
    neighbours: str = "a neighbouring level, year or remote share",
) -> tuple[dict[str, float | None], Suppression]:
    """Every value of a cell hidden by complementary suppression, and why."""
    reason = (
        f"{what}: hidden because other answers levelset can give ({neighbours}) combine with "
        f"this cell to single out fewer than {MIN_CELL} people, and subtracting them would "
        "reveal their pay"
    )
    return dict.fromkeys(values), Suppression(tuple(values), reason)


def may_show_interval(n: int) -> bool:
    """A median's confidence interval is shown under the same rule as the tails."""
    return n >= MIN_TAILS


def is_thin(n: int) -> bool:
    """A cell shown (at least MIN_CELL points) but small enough to move with a few answers."""
    return MIN_CELL <= n < THIN


def flags_of(n: int, suppression: Suppression, widened: Sequence[str]) -> tuple[str, ...]:
    """The flags of a counted cell: hidden (something was), thin, widened."""
    pairs = (("hidden", suppression.any), ("thin", is_thin(n)), ("widened", bool(widened)))
    return tuple(flag for flag, on in pairs if on)
