"""When a figure about clients may be shown: the small-group rules of published surveys.

- a figure needs at least `MIN_CLIENTS` clients behind it;
- the highest and lowest values are never shown on their own (figures here are medians and
  quartiles of at least five values, never a minimum or a maximum);
- no one client may carry more than `MAX_SHARE` of a figure's total weight (dominance);
- when groups are shown beside their total, a single hidden group could be worked out from the
  total and the others, so further groups are hidden (smallest first) until the hidden ones
  together hold at least `MIN_CLIENTS` clients and are at least two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

MIN_CLIENTS = 5
MAX_SHARE = Decimal("0.25")


@dataclass(frozen=True)
class Check:
    """Whether a cell may be shown, and why not."""

    shown: bool
    reason: str = ""


def primary(weights: Sequence[Decimal]) -> Check:
    """The rules for one cell: enough clients, and no client above MAX_SHARE of the total.

    `weights` holds one non-negative weight per client (how much of the figure is theirs).
    """
    if len(weights) < MIN_CLIENTS:
        return Check(False, f"fewer than {MIN_CLIENTS} clients have this figure")
    total = sum(weights, Decimal(0))
    if total > 0 and max(weights) / total > MAX_SHARE:
        return Check(False, f"one client is over {int(MAX_SHARE * 100)}% of it")
    return Check(True)


def complementary(sizes: dict[str, int], checks: dict[str, Check]) -> dict[str, Check]:
    """Hide more groups so that the hidden ones cannot be worked out from the total."""
    result = dict(checks)
    hidden = [g for g, c in result.items() if not c.shown]
    if not hidden:
        return result
    shown = sorted((g for g in result if result[g].shown), key=lambda g: (sizes[g], g))
    while shown and (len(hidden) < 2 or sum(sizes[g] for g in hidden) < MIN_CLIENTS):
        group = shown.pop(0)
        result[group] = Check(False, "hidden so that a smaller group cannot be worked out")
        hidden.append(group)
    return result
