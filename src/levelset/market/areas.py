"""OEWS areas and the Place a reading gives: what a place is to each source, apart from how a
typed place is read (market/places.py)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from levelset.market.curated import load
from levelset.market.memo import per_store
from levelset.market.roles import Fetcher
from levelset.market.twins import recorded


@dataclass(frozen=True)
class Area:
    """An OEWS area: metro ('M'), state ('S') or the nation ('N')."""

    code: str
    name: str
    kind: str
    state_code: str  # FIPS, "06"
    employment: float  # all occupations, to prefer the bigger of two same-named metros


@dataclass(frozen=True)
class Place:
    """A place as each source understands it, and why it was read that way."""

    text: str
    kind: str  # "metro", "state", "country", "remote"
    name: str
    country: str  # ISO-2; "US" for every OEWS area
    why: str
    area: Area | None = None  # the OEWS area, for US places
    state: str | None = None  # two-letter postal code, for US metros and states
    note: str | None = None

    @property
    def in_us(self) -> bool:
        return self.country == "US"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "kind": self.kind,
            "name": self.name,
            "country": self.country,
            "oews_area": self.area.code if self.area else None,
            "oews_area_name": self.area.name if self.area else None,
            "state": self.state,
            "why": self.why,
            "note": self.note,
        }


# in area-code order: a place's reading names the other metros of a name in it, and a GROUP BY
# alone comes back in a different order from run to run (DuckDB aggregates in parallel)
AREA_SQL = recorded("""
SELECT area_code, any_value(area_name), any_value(areatype), any_value(state_code),
       coalesce(max(employment) FILTER (WHERE soc = '00-0000'), 0)
FROM oews WHERE industry_code = '000000' GROUP BY area_code ORDER BY area_code
""")


def oews_areas(store: Fetcher) -> tuple[Area, ...]:
    """Every OEWS cross-industry area in the store (read once per store)."""
    return per_store(store, "oews_areas", lambda: read_areas(store))


def read_areas(store: Fetcher) -> tuple[Area, ...]:
    """Every OEWS cross-industry area, read now (a store under construction changes)."""
    rows = store.fetch(AREA_SQL)
    return tuple(
        Area(str(c), str(n), str(t), str(s or ""), float(e or 0)) for c, n, t, s, e in rows
    )


def metro_place(area: Area, text: str | None = None, why: str = "") -> Place:
    """The Place of an OEWS metro, in the state of its first-named principal city."""
    postal = _postal().get(area.state_code)
    return Place(text or area.name, "metro", area.name, "US", why, area=area, state=postal)


@cache
def _postal() -> dict[str, str]:
    """A state's FIPS code -> its postal code (the first in places.yaml's order)."""
    postal: dict[str, str] = {}
    for code, (fips, _name) in load("places")["states"].items():
        postal.setdefault(str(fips), str(code))
    return postal
