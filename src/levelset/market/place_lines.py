"""Lines that offer several places ("Seattle or Remote", "Austin, TX; Denver, CO") or join
them (LinkedIn's "Washington DC-Baltimore Area"): the first place read, the others named in its
note, so a line is never read as one of its places without saying so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset.errors import InputError
from levelset.market.areas import Place
from levelset.market.us_areas import place_key, with_note
from levelset.patterns import compiled

if TYPE_CHECKING:
    from levelset.market.places import _Resolver


def offered(resolver: _Resolver, text: str) -> Place | None:
    """A line offering places or remote work: its first place, the rest named; None when a
    part names nothing (the line is then read as a whole)."""
    from levelset.market.place_parts import alternatives, remote_offered

    parts = alternatives(text)
    remote = remote_offered(text)
    if not parts and not remote:
        return None
    try:
        places = [resolver._read(part) for part in parts or [_the_place(text)]]
    except InputError:
        return None
    first = places[0]
    others = dict.fromkeys(p.name for p in places[1:] if p.name != first.name)
    notes = [first.note] if first.note else []
    if others:
        notes.append(f"the line also offers {' and '.join(others)}: type it alone for its range")
    if remote:
        notes.append("the line offers remote work too: type Remote for that range")
    why = f"{first.why} (read from {text!r} as {first.text!r})"
    return with_note(Place(**{**first.__dict__, "text": text, "why": why}), "; ".join(notes))


def _the_place(text: str) -> str:
    from levelset.market.place_parts import _ALTERNATIVES, _REMOTE

    return next(a for a in _ALTERNATIVES.split(text) if a.strip() and not _REMOTE.match(a.strip()))


_DASH = compiled(r"[-–]")


def cities_of_areas(resolver: _Resolver, text: str) -> Place | None:
    """LinkedIn's joined areas ("Washington DC-Baltimore Area", "Raleigh-Durham-Chapel
    Hill Area"): the first city's metro, the other cities' areas named in the note."""
    from levelset.market.place_parts import AREA_WORDS

    pieces = [AREA_WORDS.sub("", place_key(p)).strip() for p in _DASH.split(text)]
    if len(pieces) < 2 or not all(pieces):
        return None
    places = [resolver._exact(text, piece) for piece in pieces]
    first = places[0]
    if first is None or first.kind != "metro" or any(p is None for p in places):
        return None
    others = dict.fromkeys(p.name for p in places[1:] if p is not None and p.name != first.name)
    if not others:
        return first
    named = " and ".join(others)
    return with_note(first, f"the line also names {named}: type it alone for its range")


def metro_by_code(resolver: _Resolver, text: str, head: str, state: Place) -> Place | None:
    """ "Hollywood, LA": a state's code that is also a metro's short name, after a place of that
    metro the state has none of: the metro, said so ("Venice, LA" stays Louisiana's)."""
    alias = resolver.data["aliases"].get(str(state.state).lower()) or {}
    metro = str(alias.get("metro") or "")
    for code in metro.rpartition(", ")[2].split("-") if metro else ():
        try:
            found = resolver._exact(text, f"{head} {code.lower()}")
        except InputError:
            continue
        if found is not None and found.name == metro:
            note = f"{state.state} read as {metro}: no {head!r} is known in {state.name}"
            return with_note(found, note)
    return None


_CODES = compiled(r"^[A-Za-z]{2}$")


def first_of_list(resolver: _Resolver, text: str) -> Place | None:
    """A comma list of "City, ST" places ("San Francisco, CA, New York City, NY, Seattle, WA";
    "Austin (TX), Denver (CO)"): the first, the others said, never the last read alone."""
    from levelset.market.place_parts import _PARTS

    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    codes = [i for i, p in enumerate(parts) if _CODES.match(p) and resolver._state(text, p.lower())]
    if len({parts[i].upper() for i in codes}) < 2 or codes[0] == 0:
        return None
    try:
        first = resolver._read(", ".join(parts[: codes[0] + 1]))
    except InputError:
        return None
    rest = ", ".join(parts[codes[0] + 1 :])
    note = (
        f"the line names other places too ({rest}): the first is read; type one alone for its range"
    )
    return with_note(
        Place(**{**first.__dict__, "text": text}), "; ".join(filter(None, (first.note, note)))
    )


def named_before(resolver: _Resolver, text: str, dropped: str, found: Place) -> Place | None:
    """What the parts before a found place name on their own, where they outrank it: a country
    abroad ("Costa Rica - Belén" is never Belen, NM), or the first city of a metro named before
    another metro's ("San Francisco, New York City": a list, the first read, the other said;
    "Fremont, Seattle" stays Seattle's neighbourhood)."""
    from levelset.market.place_parts import _PARTS

    head = place_key(next((p for p in _PARTS.split(dropped) if p.strip()), ""))
    if not head:
        return None
    country = resolver._country(text, head)
    if country is not None and country.country not in ("US", found.country):
        note = f"the line names {country.name}: {found.name} is not read for it"
        return with_note(country, note)
    if found.kind != "metro":
        return None
    try:
        lead = resolver._exact(text, head)
    except InputError:  # "Hollywood, Los Angeles": a name asked about alone is no list's head
        return None
    if lead is None or lead.kind != "metro" or lead.name == found.name:
        return None
    if not place_key(lead.name).startswith(head):  # "Fremont" is no list's first city
        return None
    note = f"the line also names {found.name}: type it alone for its range"
    return with_note(Place(**{**lead.__dict__, "text": text}), note)


_COUNTRY_DASH = compiled(r"^([^-–]+?)\s*[-–]\s*([^-–]+)$")


def country_then_city(resolver: _Resolver, text: str) -> Place | None:
    """A country joined to its city by a dash ("United States-Chicago", "India-Bangalore"): the
    city's reading where it lies in that country, else the country, said."""
    found = _COUNTRY_DASH.match(text.strip())
    if found is None:
        return None
    country = resolver._country(text, place_key(found[1]))
    if country is None:
        return None
    try:
        city = resolver._exact(text, place_key(found[2]))
    except InputError:
        city = None
    if city is not None and city.country == country.country:
        return Place(**{**city.__dict__, "text": text})
    return with_note(
        country, f"{found[2].strip()!r} is not read in {country.name}: the country is used"
    )


def first_of_named(resolver: _Resolver, text: str, keys: list[str]) -> Place | None:
    """A list of states or of countries ("Alabama, Florida, Texas", "Belgium, France"): the
    first, the others said, never the last read alone; None unless every part is one of them
    and two or more are named."""
    if len(keys) < 2:
        return None
    # each by its own name: a city abroad ("London, ON") or a province is no list's part
    places = [resolver._state(text, key) or resolver._country(text, key) for key in keys]
    kinds = {p.kind if p is not None else None for p in places}
    if kinds not in ({"state"}, {"country"}):
        return None
    first = places[0]
    assert first is not None  # every part read: its kind is a state's or a country's
    others = dict.fromkeys(p.name for p in places[1:] if p is not None and p.name != first.name)
    if not others:
        return None
    note = (
        f"the line names other places too ({', '.join(others)}): the first is read; "
        "type one alone for its range"
    )
    why = f"{first.why} (read from {text!r} as its first place)"
    found = Place(**{**first.__dict__, "text": text, "why": why})
    return with_note(found, "; ".join(filter(None, (first.note, note))))
