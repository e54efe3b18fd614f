"""Remote lines of the place reader (`places.py`): "Remote", "Remote, Germany", "US remote",
"Anywhere in Belgium, France", "Remote (East Coast USA or Canada)"; remote work is ranged for a
whole country, never for a region or a town inside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset.market.areas import Place
from levelset.market.place_lines import first_of_named
from levelset.market.us_areas import place_key, with_note
from levelset.patterns import compiled

if TYPE_CHECKING:
    from levelset.market.places import _Resolver

# "remote", "remote in the us", "remote within the usa", "remote us only", "us remote",
# "anywhere in the us", "anywhere within the us"
REMOTE_KEY = compiled(
    r"(?:(?:fully |100 )?remote(?: first| friendly| eligible)?"
    r"(?: in| within)?(?: the)?(?: (.+?))?(?: only)?"
    r"|(.+?) remote"
    r"|anywhere (?:in|within)(?: the)? (.+))"
)

_US_KEY = compiled(r"(?:us|usa|u s a?|united states(?: of america)?)")
# the words of a region within a country: its part by compass, coast or time zone
_REGION_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "midwest",
        "midwestern",
        "coast",
        "coastal",
        "pacific",
        "mountain",
        "atlantic",
        "gulf",
        "time",
        "zone",
        "timezone",
        "timezones",
        "et",
        "pt",
        "ct",
        "mt",
        "est",
        "pst",
        "cst",
        "mst",
        "edt",
        "pdt",
        "cdt",
        "mdt",
    ]
)


def remote_place(resolver: _Resolver, text: str, rest: str | None) -> Place:
    """A remote line ("Remote, Germany", "Anywhere in the US"): remote work in its country,
    the whole United States when it names none; never a US fallback for a place unread."""
    base = resolver._exact(text, rest) if rest else None
    if rest and base is None:  # "Anywhere in Belgium, France": the first, the others said
        base = first_of_named(resolver, text, named_keys(text))
    if rest and base is None:  # "Remote (East Coast USA": a region of a country
        base = _region_of(resolver, text, rest)
    if rest and base is None:  # "Colorado, United States - Remote": a part names it
        base = _first_named(resolver, text, rest)
    if rest and base is None:  # "Remote EU": never fall back to the US silently
        base = resolver._fuzzy(text, rest)
    country = base.country if base else "US"
    name = base.name if base and base.kind == "country" else "United States"
    area = base.area if base and base.kind == "country" else None
    if not rest or country == "US":
        area = resolver.index.nation
    why = f"fully remote jobs in {name}" + ("" if rest else " (remote with no country: US)")
    note = base.note if base is not None else None  # "South America" read as a near name
    if base is not None and base.kind != "country" and country == "US":  # "Remote, OR"
        said = (
            f"remote work is ranged for the whole United States, not {base.name} alone; "
            f"type {base.name!r} for its own range"
        )
        note = f"{note}; {said}" if note else said
    return Place(text, "remote", f"Remote, {name}", country, why, area=area, note=note)


def named_keys(text: str) -> list[str]:
    """The keys of a line's parts, each part's own remote words left out ("Anywhere in
    Belgium, France" -> ["belgium", "france"])."""
    from levelset.market.place_parts import line_parts

    keys = []
    for part in line_parts(text):
        key = place_key(part)
        remote = REMOTE_KEY.fullmatch(key)
        key = (remote[1] or remote[2] or remote[3] or "") if remote else key
        if key:
            keys.append(key)
    return keys


def _region_of(resolver: _Resolver, text: str, rest: str) -> Place | None:
    """Words of a region (compass, coast, time zone) before a country's own name ("east
    coast usa", "pacific time us"): the country, saying the region is not ranged alone."""
    words = rest.split()
    at = next((i for i, word in enumerate(words) if word not in _REGION_WORDS), 0)
    head, tail = " ".join(words[:at]), " ".join(words[at:])
    if not head:  # "north to south america", "non u s", "eu uk": no region of a country
        return None
    country = (
        resolver._nation(text, f"{tail!r} is the United States")
        if _US_KEY.fullmatch(tail)
        else resolver._country(text, tail)
    )
    if country is None:  # "south america": no country's own name after the region
        return None
    note = f"{head!r} is not ranged on its own: the whole of {country.name} is used"
    return with_note(country, note)


def _first_named(resolver: _Resolver, text: str, rest: str) -> Place | None:
    """The first part of a remote line that names a place by itself, or None ("Remote
    (Global)" names none: never the United States by default)."""
    from levelset.market.place_parts import split_line

    for reading in split_line(text).readings:
        part = place_key(reading)
        found = resolver._exact(text, part) if part and part != rest else None
        if found is not None:
            return found
    return None
