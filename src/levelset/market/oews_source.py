"""OEWS cells for a role and place: one range per SOC code, widened when the area has none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from levelset.market.memo import per_store
from levelset.market.places import Place, oews_areas
from levelset.market.privacy import suppress
from levelset.market.report import PERCENTILES, SourceRange
from levelset.market.roles import Fetcher, RoleMatch
from levelset.market.widening import Step, area_chain, widened_note

BASIS = "base wage (no stock, no year-end bonus)"

_SQL = f"""
SELECT soc, occupation, area_code, release, dataset, employment, emp_rse,
       {", ".join(f"a_{p}" for p in PERCENTILES)},
       {", ".join(f"a_{p}_topcoded" for p in PERCENTILES)}
FROM oews
WHERE industry_code = '000000' AND list_contains(?, soc)
ORDER BY dataset DESC
"""


@dataclass(frozen=True)
class OewsCells:
    """The OEWS ranges found, and what was hidden or widened on the way."""

    ranges: tuple[SourceRange, ...]
    hidden: tuple[str, ...]
    widened: tuple[str, ...]


def oews_cells(store: Fetcher, role: RoleMatch, place: Place | None) -> OewsCells:
    """One range per SOC of the role, at the narrowest area of the place that publishes it."""
    chain = [s for s in area_chain(place, oews_areas(store)) if s.code]
    if not chain:
        return OewsCells((), (), ())
    by_key = published_cells(store, role.soc_codes)
    ranges, hidden, widened = [], [], []
    for weight in role.socs:
        found = _first_published(by_key, weight.soc, chain)
        if found is None:
            hidden.append(f"OEWS {weight.soc}: no wages for this occupation in the store")
            continue
        row, step = found
        cell, note = _range(row, step, weight.weight, weight.why)
        ranges.append(cell)
        if note:
            hidden.append(note)
        if step is not chain[0]:
            why = "no wages in the store"
            widened.append(widened_note(f"OEWS {weight.soc}", chain[0].name, step.name, why))
    return OewsCells(tuple(ranges), tuple(hidden), tuple(widened))


def published_cells(
    store: Fetcher, socs: tuple[str, ...]
) -> dict[tuple[str, str], tuple[Any, ...]]:
    """Every cross-industry OEWS row of these SOC codes by (soc, area), read once per store."""

    def read() -> dict[tuple[str, str], tuple[Any, ...]]:
        by_key: dict[tuple[str, str], tuple[Any, ...]] = {}
        for row in store.fetch(_SQL, [list(socs)]):  # the tech subset sorts first
            by_key.setdefault((str(row[0]), str(row[2])), row)
        return by_key

    return per_store(store, ("oews", socs), read)


def _first_published(
    by_key: dict[tuple[str, str], tuple[Any, ...]], soc: str, chain: list[Step]
) -> tuple[tuple[Any, ...], Step] | None:
    for step in chain:
        row = by_key.get((soc, str(step.code)))
        if row is not None and row[9] is not None:  # a_p50 published
            return row, step
    return None


def _range(
    row: tuple[Any, ...], step: Step, weight: float, why: str
) -> tuple[SourceRange, str | None]:
    soc, occupation, _code, release, dataset, employment, rse = row[:7]
    values = dict(zip(PERCENTILES, row[7:12], strict=True))
    topcoded = [p.upper() for p, flag in zip(PERCENTILES, row[12:17], strict=True) if flag]
    n = int(employment or 0)
    label = f"OEWS {soc} {occupation}"
    shown, suppression = suppress(n, values, label)
    notes = [f"weight {weight:.0%}: {why}"]
    if topcoded:
        notes.append(f"{', '.join(topcoded)} top-coded: BLS publishes only 'at least' this value")
    if rse is not None and rse > 30:
        notes.append(f"employment estimate uncertain (relative standard error {rse:.0f}%)")
    flags = tuple(f for f, on in (("top-coded", topcoded), ("hidden", suppression.any)) if on)
    cell = SourceRange(
        source="oews",
        label=label,
        dataset=str(dataset),
        area=step.name,
        period=str(release),
        basis=BASIS,
        n=n,
        n_label="employment (estimated jobs)",
        values=shown,
        soc=str(soc),
        weight=weight,
        rse=rse,
        flags=flags,
        notes=tuple(notes),
    )
    return cell, suppression.reason


def occupation_names(store: Fetcher, socs: tuple[str, ...]) -> dict[str, str]:
    """SOC code -> OEWS occupation title, for the codes given (read once per store)."""

    def read() -> dict[str, str]:
        rows = store.fetch("SELECT DISTINCT soc, occupation FROM oews ORDER BY soc")
        return {str(s): str(o) for s, o in rows}

    every = per_store(store, "occupation_names", read)
    return {s: every[s] for s in socs if s in every}
