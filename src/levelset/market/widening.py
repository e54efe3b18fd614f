"""Widening a thin cell: metro -> state -> nation for OEWS and LCA, more years for the crowd.

Each step taken is said in words, so a reader knows the number is not for the exact cell asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from levelset.market.places import Area, Place


@dataclass(frozen=True)
class Step:
    """One area or period to try, in the order of the chain, with its name."""

    name: str
    code: str | None = None  # OEWS area code
    state: str | None = None  # postal code, for LCA
    cities: tuple[str, ...] = ()  # principal cities of a metro, for LCA


def area_chain(place: Place | None, areas: tuple[Area, ...]) -> list[Step]:
    """The US areas to try for a place, narrowest first; empty outside the US."""
    nation = next((a for a in areas if a.kind == "N"), None)
    tail = [Step("United States", nation.code if nation else None)]
    if place is None or not place.in_us or place.kind == "remote":
        return tail if place is None or place.in_us else []
    steps: list[Step] = []
    if place.kind == "metro" and place.area is not None:
        cities = tuple(c.strip().upper() for c in place.area.name.split(",")[0].split("-"))
        steps.append(Step(place.area.name, place.area.code, place.state, cities))
    if place.kind in ("metro", "state"):
        state = next(
            (
                a
                for a in areas
                if a.kind == "S" and place.area and a.state_code == place.area.state_code
            ),
            None,
        )
        if state is not None:
            steps.append(Step(state.name, state.code, place.state))
    return steps + tail


def widened_note(what: str, asked: str, used: str, why: str) -> str:
    """One sentence: which cell was widened, from what to what, and why."""
    return f"{what}: {why} for {asked}; widened to {used}"


def year_span(years: tuple[int, int]) -> str:
    """'2024-2025', or '2024' for a single year."""
    return str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
