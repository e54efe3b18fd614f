"""Where an amount sits among published percentiles, computed and rounded in one place.

The market report, offer comparison, plan, playbook and negotiation all read an offer's
position from here, so the same offer never reads "87th" in one view and "P86" in another.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

Points = Sequence[tuple[float, float]]  # (percentile 0-100, value), percentiles increasing


def percentile_of(points: Points, value: float) -> float | None:
    """The percentile a value sits at between published points; None outside them."""
    for (p0, v0), (p1, v1) in itertools.pairwise(points):
        if v0 <= value <= v1:
            return p0 if v1 == v0 else p0 + (p1 - p0) * (value - v0) / (v1 - v0)
    return None


def whole(percentile: float) -> int:
    """A percentile as it is shown: the nearest whole number, halves rounded up (86.5 -> 87;
    Python's round() would give the even 86)."""
    return math.floor(percentile + 0.5)


def position(points: Points, value: float) -> int | None:
    """The whole percentile a value sits at between published points; None outside them."""
    at = percentile_of(points, value)
    return None if at is None else whole(at)


def ordinal(percentile: float) -> str:
    """ "87th", "61st", "12th": a percentile in words, rounded as `whole` rounds it."""
    number = whole(percentile)
    teen = 10 <= number % 100 <= 20
    suffix = "th" if teen else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
