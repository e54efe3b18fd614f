"""US counties (parishes, boroughs) to their CBSA, from `curated/us_county_cbsa.json`.

Each county's core-based statistical area is the one holding most of its ZIP codes' addresses
(scripts/make_gazetteer.py writes the file); a county named in several states is returned for
each, most ZIP codes first, so the reader can choose or ask ("Orange County").
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from levelset.market.town_keys import _spellings, _state_endings, clean
from levelset.patterns import compiled

CURATED = Path(__file__).parent / "curated"  # the shipped data files this module reads

COUNTIES = "us_county_cbsa.json"


@dataclass(frozen=True)
class County:
    """A US county (parish, borough), its CBSA ("" for none) and how many ZIP codes it has."""

    name: str
    state: str
    cbsa: str
    zips: int


_COUNTY = compiled(r"(.+ (?:county|parish|borough))(?: (.+))?")


def find_counties(key: str, states: dict[str, str]) -> tuple[County, ...]:
    """The counties a cleaned key names, most ZIP codes first: "king county wa" one,
    "orange county" each state's."""
    found = _COUNTY.fullmatch(key)
    if not found:
        return ()
    name, state = found[1], found[2]
    ends = _state_endings(tuple(states.items())).get(state, []) if state else []
    postal = min(ends)[1] if ends else None
    if state and postal is None:
        return ()
    counties = next((_counties()[n] for n in _spellings(name) if n in _counties()), ())
    return tuple(c for c in counties if postal is None or c.state == postal)


@cache
def _counties() -> dict[str, tuple[County, ...]]:
    """Cleaned county name -> its counties in every state (`us_county_cbsa.json`)."""
    path = CURATED / COUNTIES
    names: dict[str, list[County]] = defaultdict(list)
    for full, (cbsa, zips) in json.loads(path.read_text(encoding="utf-8")).items():
        name, _, state = full.rpartition(", ")
        names[clean(name)].append(County(name, state, cbsa, zips))
    return {k: tuple(sorted(v, key=lambda c: -c.zips)) for k, v in names.items()}
