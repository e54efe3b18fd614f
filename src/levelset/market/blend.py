"""The headline range: one low-mid-high that blends the sources, with its method in one sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from levelset.bands import Band
from levelset.market.age import dated_notes
from levelset.market.bridge import thin_reason
from levelset.market.levels import LevelMatch
from levelset.market.registry import SourceSpec, spec_of, specs
from levelset.market.report import Headline, SourceRange, money


def headline_inputs(ranges: Sequence[SourceRange]) -> list[SourceRange]:
    """One range per source: the crowd cell, the OEWS blend (or the only SOC), the LCA cell."""
    chosen = _candidates(ranges)
    out = left_out(chosen)
    return [r for r in chosen if r not in out]


def _candidates(ranges: Sequence[SourceRange]) -> list[SourceRange]:
    visible = [r for r in ranges if _middle_shown(r)]
    chosen = [r for r in visible if _spec(r).headline]
    for spec in specs():
        if spec.stands_in_for and not any(r.source == spec.stands_in_for for r in chosen):
            alone = [r for r in visible if r.source == spec.key]
            chosen += alone if len(alone) == 1 else []
    return chosen


def _middle_shown(row: SourceRange) -> bool:
    values = row.values
    return not (values.get("p25") is None or values.get("p50") is None or values.get("p75") is None)


def left_out(chosen: Sequence[SourceRange]) -> list[SourceRange]:
    """Rows shown beside the headline but not blended into it: rows from a wider area than the
    place (the crowd's national cell for a metro) when the place has its own, since a range
    shown under a place comes from that place; then thin rows when a row that is not thin
    remains, since equal weights would let a handful of data points move the headline as much
    as thousands."""
    wide = [r for r in chosen if "wider-area" in r.flags]
    wide = wide if len(wide) < len(chosen) else []
    rest = [r for r in chosen if r not in wide]
    thin = [r for r in rest if "thin" in r.flags]
    return wide + (thin if len(thin) < len(rest) else [])


def _spec(row: SourceRange) -> SourceSpec:
    spec = spec_of(row.source)
    if spec is None:
        raise LookupError(f"no SourceSpec for the market source {row.source!r}")
    return spec


def headline(ranges: Sequence[SourceRange]) -> Headline | None:
    """The mean of each source's P25, P50 and P75, sources weighted equally; None if no source."""
    chosen = _candidates(ranges)
    out = left_out(chosen)
    used = [r for r in chosen if r not in out]
    if not used:
        return None
    low, mid, high = (
        money(sum(float(r.values[k] or 0) for r in used) / len(used)) or Decimal(0)
        for k in ("p25", "p50", "p75")
    )
    names = [_spec(r).short for r in used]
    if len(used) == 1:
        why = "" if out else ": no other source had a visible cell"
        method = f"Taken from the {names[0]} range alone (its P25, P50, P75){why}."
    else:
        blended = "".join(f"; {s.short} {s.enters}" for s in map(_spec, used) if s.enters)
        method = (
            f"Mean of the P25, P50 and P75 of {len(used)} sources ({', '.join(names)}), "
            f"each weighted equally{blended}."
        )
    thin = [_thin_part(r) for r in used if "thin" in r.flags]
    if thin:  # the headline inherits the weakness of what it blends
        method += f" Thin sample: {'; '.join(thin)}."
    method += _left_out_note(out)
    return Headline(low, mid, high, method, tuple(r.label for r in used))


def _thin_part(row: SourceRange) -> str:
    """A thin source as the headline names it: its size, or why a blend is thin."""
    why = thin_reason(row)
    return f"{row.label} ({why})" if why else f"{row.label}, {row.n:,} {row.n_label}"


def described(
    head: Headline | None,
    ranges: Sequence[SourceRange],
    level: LevelMatch | None,
    place: str | None = None,
) -> Headline | None:
    """The headline with what its money measures, what that leaves out, its dated sources and,
    when its numbers come (in part) from a wider area than `place`, which area."""
    if head is None:
        return None
    used = headline_inputs(ranges)
    method = head.method + wider_note(used, place)
    return replace(
        head, method=method, leaves_out=leaves_out(level), dated=tuple(dated_notes(used))
    )


def wider_note(used: Sequence[SourceRange], place: str | None) -> str:
    """A headline shown under a place says so when its numbers come from elsewhere: a range is
    never labelled with an area it does not come from (issue 13's audit: a national row under
    Boise's name)."""
    wider = [(r, [a for a in r.area.split(" / ") if a != place]) for r in used if place]
    named = [f"{r.label} ({', '.join(areas)})" for r, areas in wider if areas]
    if not named:
        return ""
    whole = len(named) == len(used) and all(place not in r.area.split(" / ") for r in used)
    share = "Its numbers come from" if whole else "Part of its numbers come from"
    return f" {share} a wider area than {place}: {'; '.join(named)}."


def leaves_out(level: LevelMatch | None) -> str:
    """What base pay leaves out, in one sentence, sized for the level when the level is high."""
    text = (
        "Base pay only: stock, sign-on and yearly bonuses are left out, so compare an "
        "offer's base salary with this range, never its total."
    )
    if level is not None and level.band >= Band.SENIOR:
        text += (
            " At senior level and above in large tech companies, total pay is commonly reported "
            "at about twice base (senior) and two to three times base (staff and above): "
            "community-reported figures that levelset's datasets do not measure."
        )
    return text


def _left_out_note(out: Sequence[SourceRange]) -> str:
    wide = [r for r in out if "wider-area" in r.flags]
    thin = [r for r in out if r not in wide]
    note = ""
    for rows, why in ((wide, "a wider area than the place"), (thin, "a thin sample")):
        if rows:
            names = "; ".join(f"{r.label} ({r.area}, {r.n:,} {r.n_label})" for r in rows)
            note += f" Shown beside it, not blended ({why}): {names}."
    return note
