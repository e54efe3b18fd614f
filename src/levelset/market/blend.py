"""The headline range: one low-mid-high that blends the sources, with its method in one sentence."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from levelset.market.registry import SourceSpec, spec_of, specs
from levelset.market.report import Headline, SourceRange, money


def headline_inputs(ranges: Sequence[SourceRange]) -> list[SourceRange]:
    """One range per source: the crowd cell, the OEWS blend (or the only SOC), the LCA cell."""
    visible = [r for r in ranges if all(r.values.get(k) is not None for k in ("p25", "p50", "p75"))]
    chosen = [r for r in visible if _spec(r).headline]
    for spec in specs():
        if spec.stands_in_for and not any(r.source == spec.stands_in_for for r in chosen):
            alone = [r for r in visible if r.source == spec.key]
            chosen += alone if len(alone) == 1 else []
    return chosen


def _spec(row: SourceRange) -> SourceSpec:
    spec = spec_of(row.source)
    if spec is None:
        raise LookupError(f"no SourceSpec for the market source {row.source!r}")
    return spec


def headline(ranges: Sequence[SourceRange]) -> Headline | None:
    """The mean of each source's P25, P50 and P75, sources weighted equally; None if no source."""
    used = headline_inputs(ranges)
    if not used:
        return None
    low, mid, high = (
        money(sum(float(r.values[k] or 0) for r in used) / len(used)) or Decimal(0)
        for k in ("p25", "p50", "p75")
    )
    names = [_spec(r).short for r in used]
    if len(used) == 1:
        method = (
            f"Taken from the {names[0]} range alone (its P25, P50, P75): "
            "no other source had a visible cell."
        )
    else:
        blends = [f"; {s.short} enters as its blend of SOC codes" for s in map(_spec, used)]
        blended = next((b for b, r in zip(blends, used, strict=True) if _spec(r).part_of), "")
        method = (
            f"Mean of the P25, P50 and P75 of {len(used)} sources ({', '.join(names)}), "
            f"each weighted equally{blended}."
        )
    thin = [f"{r.label}, {r.n} {r.n_label}" for r in used if "thin" in r.flags]
    if thin:  # the headline inherits the weakness of what it blends
        method += f" Thin sample: {'; '.join(thin)}."
    return Headline(low, mid, high, method, tuple(r.label for r in used))
