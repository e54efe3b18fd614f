"""The names a metro area answers to: its own name, each of its cities, and the cities with
their state written either way ("Boise, ID", "Saint Simons, Georgia")."""

from __future__ import annotations

from functools import cache

from levelset.market.areas import Area
from levelset.market.curated import load
from levelset.market.us_areas import place_key


@cache
def metro_keys(area: Area) -> frozenset[str]:
    """'San Francisco-Oakland-Fremont, CA' -> the name and each city, with and without state."""
    cities, _, states = area.name.partition(",")
    keys = {place_key(area.name)}
    named = one_cities([place_key(p) for p in cities.split("-") if place_key(p)])
    # its first cities together: "Dallas-Fort Worth", "Minneapolis-St. Paul", "Winston-Salem"
    keys.update(" ".join(named[:n]) for n in range(2, len(named) + 1))
    codes = [s.strip().lower() for s in states.split("-")]
    for n, city in enumerate(named):
        keys.add(city)
        # "Boise City, ID" is "Boise, ID" to the people who live there: with the state named,
        # the city's short name is unambiguous. Of a metro of several states only the first
        # city's state is known (its first); "Ashland, OH" is left to the gazetteer
        names = {city, city.removesuffix(" city"), *saints(city)}
        in_states = codes if len(codes) == 1 else codes[:1] if n == 0 else []
        # "St. Simons, GA", "Saint Simons, Georgia", "Urban Honolulu, Hawaii"
        spelt = [*in_states, *(state_names().get(code, code) for code in in_states)]
        keys.update(f"{name} {s}" for name in names for s in spelt)
    return frozenset(keys)


# cities whose own name has a hyphen, not two cities of a metro's name: "Salem, NC" is Burke
# County's town, not Winston-Salem (tests/market/test_metro_keys.py derives them from the
# gazetteer and the OEWS names)
ONE_CITY = frozenset({"lexington fayette", "wilkes barre", "winston salem"})


def one_cities(named: list[str]) -> list[str]:
    """ "winston", "salem" -> "winston salem": a metro name's parts that are one city, joined."""
    found: list[str] = []
    for part in named:
        if found and f"{found[-1]} {part}" in ONE_CITY:
            found[-1] = f"{found[-1]} {part}"
        else:
            found.append(part)
    return found


def saints(city: str) -> tuple[str, ...]:
    """ "st simons" -> "saint simons"; "ft myers" -> "fort myers"; "mt vernon" -> "mount vernon"."""
    swaps = (("st ", "saint "), ("ft ", "fort "), ("mt ", "mount "))
    return tuple(new + city[len(old) :] for old, new in swaps if city.startswith(old))


@cache
def state_names() -> dict[str, str]:
    """ "hi" -> "hawaii": each state's code to its name as keyed."""
    states = load("places")["states"].items()
    return {str(postal).lower(): place_key(str(name)) for postal, (_fips, name) in states}
