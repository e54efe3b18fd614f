"""The headline range: one low-mid-high that blends the sources, with its method in one sentence."""

from __future__ import annotations

from collections.abc import Sequence

from levelset.market.report import Headline, SourceRange

_NAMES = {"crowd": "crowd", "oews": "OEWS", "oews_level": "OEWS", "lca": "LCA"}


def headline_inputs(ranges: Sequence[SourceRange]) -> list[SourceRange]:
    """One range per source: the crowd cell, the OEWS blend (or the only SOC), the LCA cell."""
    visible = [r for r in ranges if all(r.values.get(k) is not None for k in ("p25", "p50", "p75"))]
    chosen = [r for r in visible if r.source in ("crowd", "lca", "oews_level")]
    if not any(r.source == "oews_level" for r in chosen):
        soc_rows = [r for r in visible if r.source == "oews"]
        if len(soc_rows) == 1:
            chosen.append(soc_rows[0])
    return chosen


def headline(ranges: Sequence[SourceRange]) -> Headline | None:
    """The mean of each source's P25, P50 and P75, sources weighted equally; None if no source."""
    used = headline_inputs(ranges)
    if not used:
        return None
    low, mid, high = (
        sum(float(r.values[k] or 0) for r in used) / len(used) for k in ("p25", "p50", "p75")
    )
    names = [_NAMES[r.source] for r in used]
    if len(used) == 1:
        method = (
            f"Taken from the {names[0]} range alone (its P25, P50, P75): "
            "no other source had a visible cell."
        )
    else:
        oews = (
            "; OEWS enters as its blend of SOC codes"
            if "oews_level" in {r.source for r in used}
            else ""
        )
        method = (
            f"Mean of the P25, P50 and P75 of {len(used)} sources ({', '.join(names)}), "
            f"each weighted equally{oews}."
        )
    thin = [f"{r.label}, {r.n} {r.n_label}" for r in used if "thin" in r.flags]
    if thin:  # the headline inherits the weakness of what it blends
        method += f" Thin sample: {'; '.join(thin)}."
    return Headline(low, mid, high, method, tuple(r.label for r in used))
