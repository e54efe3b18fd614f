"""Caveats of a range report: what a reader must know before trusting the numbers.

Each source's own warnings come from its SourceSpec; the ones that span sources are here.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from levelset.market.bridge import thin_reason
from levelset.market.registry import Query, SourceSpec, specs
from levelset.market.report import SourceRange

PLACE_RANK, COMPANY_RANK = 30, 60
COMPANY_NOTE = (
    "OEWS and the crowd file carry no employer names: the company only helps "
    "read the level and filters LCA filings."
)


def caveats(query: Query, ranges: Sequence[SourceRange]) -> list[str]:
    """One sentence per caveat that applies to these ranges, thin samples last."""
    ranked: list[tuple[int, list[str]]] = []
    for spec in specs():
        family = family_rows(spec, ranges)
        if spec.caveats is not None and family:
            ranked.append((spec.caveat_rank, spec.caveats(query, family)))
    if query.place is not None and not query.place.in_us:
        ranked.append((PLACE_RANK, ["OEWS and LCA cover the United States only."]))
    if query.company:
        ranked.append((COMPANY_RANK, [COMPANY_NOTE]))
    notes = [note for _rank, group in sorted(ranked, key=lambda r: r[0]) for note in group]
    return notes + thin_notes(ranges)


def family_rows(spec: SourceSpec, ranges: Sequence[SourceRange]) -> list[SourceRange]:
    """The rows a source made: its own and those of the sources that are part of it."""
    keys = {spec.key} | {s.key for s in specs() if s.part_of == spec.key}
    return [r for r in ranges if r.source in keys]


def thin_notes(ranges: Sequence[SourceRange]) -> list[str]:
    """One sentence per cell flagged thin: its numbers can move a lot with a few more answers.
    An OEWS blend says which of its cells are thin (bridge.thin_note)."""
    notes = []
    for r in ranges:
        if "thin" not in r.flags:
            continue
        why = thin_reason(r)
        if why is not None:
            notes.append(f"{r.label} for {r.area} is thin: {why}; read it as a hint, not a range.")
        else:
            notes.append(
                f"{r.label} rests on only {r.n} {r.n_label}: a thin sample, read it as a hint, "
                "not a range."
            )
    return notes


TOTAL_PAY_RATIO = 1.25  # an offer this far over every P90 of base pay is likely a total


def offer_note(offer: Decimal | None, ranges: Sequence[SourceRange]) -> list[str]:
    """An offer far above the top of every base-pay range is most likely total pay (stock,
    bonus, sign-on counted): say so, since these ranges are base salary only."""
    tops = [r.points[-1][1] for r in ranges if r.shown and r.points]
    if offer is None or not tops or float(offer) <= TOTAL_PAY_RATIO * max(tops):
        return []
    return [
        f"Your offer ${offer:,.0f} is well above the top of every range here, and these ranges "
        "are base salary only: if the amount counts stock, bonus or sign-on, compare its base "
        "salary instead (`levelset offer value` splits an offer into its parts)."
    ]


def year_note(year: int | None, ranges: Sequence[SourceRange]) -> list[str]:
    """--year picks crowd work years and LCA fiscal years; OEWS has a single release."""
    single = {s.key for s in specs() if s.single_release}
    releases = sorted({r.period for r in ranges if r.source in single})
    if year is None or not releases:
        return []
    return [
        f"The year {year} applies to the crowd and LCA rows; OEWS has one release "
        f"({', '.join(releases)}), shown as published."
    ]
