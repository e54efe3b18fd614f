"""Widening a thin cell: metro -> state -> nation for OEWS and LCA, more years for the crowd.

Each step taken is said in words, so a reader knows the number is not for the exact cell asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from levelset.market.areas import Area, Place


@dataclass(frozen=True)
class Step:
    """One area or period to try, in the order of the chain, with its name."""

    name: str
    code: str | None = None  # OEWS area code
    state: str | None = None  # postal code, for LCA
    cities: tuple[str, ...] = ()  # principal cities of a metro, for LCA


def area_chain(place: Place | None, areas: tuple[Area, ...]) -> list[Step]:
    """The US areas to try for a place, narrowest first; empty outside the US."""
    nation, states = _indexed(areas)
    tail = [Step("United States", nation.code if nation else None)]
    if place is None or not place.in_us or place.kind == "remote":
        return tail if place is None or place.in_us else []
    steps: list[Step] = []
    if place.kind == "metro" and place.area is not None:
        cities = tuple(c.strip().upper() for c in place.area.name.split(",")[0].split("-"))
        steps.append(Step(place.area.name, place.area.code, place.state, cities))
    if place.kind in ("metro", "state") and place.area:
        state = states.get(place.area.state_code)
        if state is not None:
            steps.append(Step(state.name, state.code, place.state))
    return steps + tail


_Index = tuple[Area | None, dict[str, Area]]  # the nation, the first state area per FIPS code
_INDEXES: dict[int, tuple[tuple[Area, ...], _Index]] = {}


def _indexed(areas: tuple[Area, ...]) -> _Index:
    """The nation and the states of an area list, found once per list (a store's list is
    one tuple for as long as the store is unchanged) instead of scanning it per query."""
    found = _INDEXES.get(id(areas))
    if found is not None and found[0] is areas:
        return found[1]
    states: dict[str, Area] = {}
    for area in areas:
        if area.kind == "S":
            states.setdefault(area.state_code, area)
    index = (next((a for a in areas if a.kind == "N"), None), states)
    if len(_INDEXES) >= 64:  # lists of older store versions
        _INDEXES.clear()
    _INDEXES[id(areas)] = (areas, index)
    return index


def widened_note(what: str, asked: str, used: str, why: str) -> str:
    """One sentence: which cell was widened, from what to what, and why."""
    return f"{what}: {why} for {asked}; widened to {used}"


def year_span(years: tuple[int, int]) -> str:
    """'2024-2025', or '2024' for a single year."""
    return str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
