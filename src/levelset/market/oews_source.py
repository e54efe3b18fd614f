"""OEWS cells for a role and place: one range per SOC code, widened when the area has none."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from levelset.market.age import release_date
from levelset.market.areas import Place, oews_areas
from levelset.market.bridge import LEFT_OUT, THIN_NOTE, employment_thin, level_blend
from levelset.market.levels import LevelMatch
from levelset.market.memo import per_question, per_store
from levelset.market.privacy import Suppression, suppress
from levelset.market.report import PERCENTILES, SourceRange, as_values
from levelset.market.roles import Fetcher, RoleMatch
from levelset.market.spec import Found, Query, SourceSpec
from levelset.market.twins import json_lists, recorded, twin
from levelset.market.widening import Step, area_chain, widened_note

BASIS = "base wage (no stock, no year-end bonus)"
NOT_RELEASED = "employment not released"
TOP_CODE = "$239,200"  # the annual top code of recent OEWS releases

_COLUMNS = f"""soc, occupation, area_code, release, dataset, employment, emp_rse,
       {", ".join(f"a_{p}" for p in PERCENTILES)},
       {", ".join(f"a_{p}_topcoded" for p in PERCENTILES)}"""
# the tech subset sorts first; (dataset, soc, area) is unique, so the order is total
_SQL = twin(
    f"""
SELECT {_COLUMNS} FROM oews
WHERE industry_code = '000000' AND list_contains(?, soc)
ORDER BY dataset DESC, soc, area_code
""",
    f"""
SELECT {_COLUMNS} FROM oews
WHERE industry_code = '000000' AND soc IN (SELECT value FROM json_each(?))
ORDER BY dataset DESC, soc, area_code
""",
    params=json_lists,
    row=lambda r: (*r[:12], *(None if f is None else bool(f) for f in r[12:])),
)
_OCCUPATIONS = recorded("SELECT DISTINCT soc, occupation FROM oews ORDER BY soc")


@dataclass(frozen=True)
class OewsCells:
    """The OEWS ranges found, and what was hidden or widened on the way."""

    ranges: tuple[SourceRange, ...]
    hidden: tuple[str, ...]
    widened: tuple[str, ...]
    areas: tuple[str, ...] = ()  # the areas tried, narrowest first (the place's own first)


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
        cell, note = _range(row, step, weight.weight, weight.why, step is not chain[0])
        ranges.append(cell)
        if note:
            hidden.append(note)
        if step is not chain[0]:
            why = "no wages in the store"
            widened.append(widened_note(f"OEWS {weight.soc}", chain[0].name, step.name, why))
    return OewsCells(tuple(ranges), tuple(hidden), tuple(widened), tuple(s.name for s in chain))


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
    row: tuple[Any, ...], step: Step, weight: float, why: str, widened: bool = False
) -> tuple[SourceRange, str | None]:
    soc, occupation, _code, release, dataset, employment, rse = row[:7]
    values = dict(zip(PERCENTILES, row[7:12], strict=True))
    topcoded = tuple(p for p, flag in zip(PERCENTILES, row[12:17], strict=True) if flag)
    label = f"OEWS {soc} {occupation}"
    released = employment is not None
    n = int(employment or 0)
    # BLS withholds some employment counts but publishes the wages: those are shown as
    # published (they are BLS's estimates, not a few people's answers), said so, never "0 jobs"
    shown, suppression = suppress(n, values, label) if released else (values, Suppression((), None))
    notes = [f"weight {weight:.0%}: {why}"]
    if topcoded:
        floors = ", ".join(p.upper() for p in topcoded)
        notes.append(f"{floors} top-coded: BLS publishes only 'at least {TOP_CODE}' there")
    if not released:
        notes.append("employment not released by BLS; its wages are published")
    # a row shown alone is judged by the rule its blend would use (issue 13: it never was)
    thin = employment_thin(released, n, rse) if shown.get("p50") is not None else ""
    if thin:
        notes.append(f"{THIN_NOTE}: {thin}")
    pairs = (
        ("top-coded", topcoded),
        ("employment-not-released", not released),
        ("hidden", suppression.any),
        ("thin", bool(thin)),
        ("widened", widened),
    )
    cell = SourceRange(
        source="oews",
        label=label,
        dataset=str(dataset),
        area=step.name,
        period=str(release),
        basis=BASIS,
        n=n,
        n_label="employment (estimated jobs)" if released else NOT_RELEASED,
        values=as_values(shown),
        soc=str(soc),
        weight=weight,
        rse=rse,
        flags=tuple(f for f, on in pairs if on),
        notes=tuple(notes),
        topcoded=topcoded,
        as_of=release_date(str(release)),
    )
    return cell, suppression.reason


def occupation_names(store: Fetcher, socs: tuple[str, ...]) -> dict[str, str]:
    """SOC code -> OEWS occupation title, for the codes given (read once per store)."""

    def read() -> dict[str, str]:
        rows = store.fetch(_OCCUPATIONS)
        return {str(s): str(o) for s, o in rows}

    every = per_store(store, "occupation_names", read)
    return {s: every[s] for s in socs if s in every}


def find(store: Fetcher, query: Query) -> Found:
    """The OEWS loader: one row per SOC code, then their blend moved to the level (if any).

    Kept per store version, role, level and place (the ranges are immutable values)."""

    def compute() -> Found:
        cells = oews_cells(store, query.role, query.place)
        blend = level_blend(cells.ranges, query.level, cells.areas)
        widened = cells.widened
        if blend is not None and "widened" in blend.flags:
            why = "no occupation of the role has published wages"
            widened += (widened_note("OEWS blend", cells.areas[0], blend.area, why),)
        return Found((*cells.ranges, *([blend] if blend else [])), cells.hidden, widened)

    return per_question(store, ("oews", query.role, query.level, query.place), compute)


def oews_notes(query: Query, ranges: Sequence[SourceRange]) -> list[str]:
    notes = [
        "OEWS wages are base pay: they leave out stock and year-end bonuses, so "
        "they understate total pay for most ML and senior tech roles."
    ]
    role = query.role
    if len(role.socs) > 1:
        notes.append(
            f"No official occupation code is specific to {role.label}; the OEWS rows "
            "are the occupations it is filed under, with the weights shown."
        )
    return notes + _left_out_notes(ranges) + _level_notes(query.level, ranges)


def _left_out_notes(ranges: Sequence[SourceRange]) -> list[str]:
    """The occupations the blend leaves out, said where a reader of the table sees it."""
    return [
        f"The OEWS blend for {r.area} is of the occupations with wages there; {note}."
        for r in ranges
        if r.source == "oews_level"
        for note in r.notes
        if note.startswith(LEFT_OUT)
    ]


def _level_notes(level: LevelMatch | None, ranges: Sequence[SourceRange]) -> list[str]:
    if level is None:
        return []
    if any("level-adjusted" in r.flags for r in ranges):
        return [
            f"OEWS has no levels: the blend is moved to {level.band.label} through the "
            f"prevailing-wage levels ({level.bridge.label})."
        ]
    return [
        f"OEWS has no levels: {level.band.label} sits at its median ({level.bridge.label}), "
        "so the OEWS rows are not moved."
    ]


_OEWS_LICENCE = "Public domain (U.S. federal government work)"
SPEC = SourceSpec(
    key="oews",
    name="BLS OEWS wages",
    short="OEWS",
    offer_name="OEWS",
    basis="base wage",
    basis_plural="official base wages",
    unit="jobs",
    licence=_OEWS_LICENCE,
    preference=4,
    loader=find,
    headline=False,
    stands_in_for="oews_level",
    caveat_rank=10,
    caveats=oews_notes,
    single_release=True,
)
LEVEL_SPEC = SourceSpec(
    key="oews_level",
    name="BLS OEWS wages, level-adjusted",
    short="OEWS",
    offer_name="the OEWS blend",
    basis="base wage",
    basis_plural="official base wages",
    unit="jobs",
    licence=_OEWS_LICENCE,
    preference=2,
    part_of="oews",
    enters="enters as its blend of SOC codes",
    single_release=True,
)
