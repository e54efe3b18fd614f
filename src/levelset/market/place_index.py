"""The place reader's look-up tables, built once per store version from its OEWS areas and
curated/places.yaml: each name a place answers to, keyed, instead of a scan of every area,
state or country on every reading (a Census check of 17,000 names spent most of its time in
those scans)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from levelset.market.areas import Area, oews_areas
from levelset.market.curated import load
from levelset.market.memo import per_store
from levelset.market.metro_keys import metro_keys
from levelset.market.roles import Fetcher


def place_index(store: Fetcher) -> PlaceIndex:
    """The index of a store's areas (built at its first place reading, kept per version)."""
    return per_store(store, "place_index", lambda: PlaceIndex(oews_areas(store)))


class PlaceIndex:
    """Areas by code, name and the names metros answer to; states, countries and provinces
    by the keys the reader compares (the first in the file's order where two share one)."""

    def __init__(self, areas: tuple[Area, ...]) -> None:
        from levelset.market.us_areas import place_key

        self.areas = areas
        self.data: dict[str, Any] = load("places")
        self.codes = {a.code: a for a in areas}
        self.named: dict[str, Area] = {}
        for area in areas:
            self.named.setdefault(area.name, area)
        self.nation = next((a for a in areas if a.kind == "N"), None)
        fips_areas: dict[str, Area] = {}
        for area in (a for a in areas if a.kind == "S"):
            fips_areas.setdefault(area.state_code, area)
        self.states: dict[str, tuple[str, str, Area | None]] = {}  # key -> postal, name, area
        for postal, (fips, name) in self.data["states"].items():
            entry = (str(postal), str(name), fips_areas.get(fips))
            for key in (str(postal).lower(), str(name).lower()):
                self.states.setdefault(key, entry)
        self.postal_names = {str(p): str(n) for p, (_f, n) in self.data["states"].items()}
        self.countries: dict[str, tuple[str, str]] = {}
        for code, name in self.data["countries"].items():
            for key in (str(code).lower(), str(name).lower()):
                self.countries.setdefault(key, (str(code), str(name)))
        self.provinces: dict[str, str] = {}
        for symbol, name in self.data["provinces"].items():
            for key in (str(symbol).lower(), place_key(str(name))):
                self.provinces.setdefault(key, str(name))

    @cached_property
    def metros(self) -> dict[str, list[Area]]:
        """Each name a metro answers to -> those metros, in area order (built at the first
        name no alias or state reads: ~10 ms, the cost of every metro's names)."""
        metros: dict[str, list[Area]] = {}
        for area in self.areas:
            if area.kind == "M":
                for key in metro_keys(area):
                    metros.setdefault(key, []).append(area)
        return metros

    @cached_property
    def names(self) -> dict[str, str]:
        """Every name the reader knows -> the name to suggest (for typos and suggestions)."""
        names = {k: k for k in self.data["aliases"]}
        names.update({str(n).lower(): str(n) for _, n in self.data["states"].values()})
        names.update({str(n).lower(): str(n) for n in self.data["countries"].values()})
        for area in self.areas:
            if area.kind == "M":
                # suggest the metro's first city: what a user types, and free of commas
                city = area.name.split("-")[0].split(",")[0]
                names.update(dict.fromkeys(metro_keys(area), city))
        return names
