"""US places by their areas: states, OEWS metros by CBSA code, counties and towns of the
gazetteer (`gazetteer.py`), each read to its OEWS metro or, outside one, its state.

The base of the place reader (`places.py`), which adds aliases, countries, cities abroad,
location lines, remote and typos on top of these look-ups.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from levelset.errors import AmbiguousValue
from levelset.market.areas import Area, Place, metro_place
from levelset.patterns import compiled

if TYPE_CHECKING:
    from levelset.market.gazetteer import Found, Town
    from levelset.market.place_index import PlaceIndex


# a name typed alone that only towns smaller than this bear is asked about, not read as the
# largest of them ("Midwest" is a Wyoming village of 400; "Middle East" a Baltimore quarter)
SMALL_BARE = 5_000


class UsAreas:
    """Look-ups of US states, metros, counties and towns against the OEWS areas."""

    def __init__(self, index: PlaceIndex) -> None:
        self.index = index
        self.areas = index.areas
        self.data: dict[str, Any] = index.data

    def _us_town_named(self, key: str) -> str | None:
        """ "Ontario, CA": the largest US town of this name, as "Town, ST", if any."""
        from levelset.market import gazetteer

        found = gazetteer.find_town(key, self.index.postal_names)
        return f"{found.town.name}, {found.town.state}" if found else None

    def _town(self, text: str, key: str) -> Place | None:
        """Any US city, town, county or ZIP code, through the gazetteer, to its metro or state."""
        from levelset.market import gazetteer

        states = self.index.postal_names
        county = self._county(text, key, states)  # the small county file before the table
        if county is not None:
            return county
        found = gazetteer.find_town(key, states)
        if found is None:
            return None
        town = found.town
        why = f"{key!r} is {town.name}, {town.state} ({town.county}) in the US gazetteer"
        if found.ambiguous:
            self._ask_which(text, key)
        if self._small_alone(text, key, found):
            abroad = self._abroad_by_other_name(text, key, town)  # "Bombay", "Milano"
            if abroad is not None:
                return abroad
            counted = bool(town.population or town.zips)  # a township's size is unknown
            raise _small_towns_only(text, town.name, [town.state, *found.others], counted)
        note = None
        if found.others:
            note = (
                f"{town.name} is also a place in {', '.join(found.others)}; the largest, in "
                f"{town.state}, is used ({_type_other(town.name, found.others)})"
            )
        place = self._in_cbsa(text, town.cbsa, town.state, why)
        if place is None:
            return None
        # "Milton Township, IL": a village of 300 people bears the name, perhaps not it
        if found.how.endswith("township unknown") and town.population < SMALL_BARE:
            note = (
                f"no township {text.split(',')[0].strip()!r} is known in {town.state}: read "
                f"as {town.name}, {town.state} ({town.county}), which may be another place; "
                "type the township's county to use it"
            )
        if found.how.endswith("a town or township"):  # "Hempfield, PA": by its county
            note = (
                f"no city or village {text.split(',')[0].strip()!r} is known in {town.state}: "
                f"read as {town.name}, {town.state} ({town.county}), the town or township the "
                "Census lists; for a place of the name in another county, type that county"
            )
        notes = (note, self._split_note(found, place), self._twin_note(found, place))
        return with_note(place, "; ".join(n for n in notes if n) or None)

    def _small_alone(self, text: str, key: str, found: Found) -> bool:
        """Whether a name typed alone is borne by small US towns only, and by no city abroad
        (which the reader weighs against them): "Midwest", "Middle East" are asked about."""
        from levelset.market import world

        small = found.how == "city" and found.town.population < SMALL_BARE
        # a city abroad's own name is weighed against the towns by the reader ("Lima"); its
        # other names are not ("Bombay": a village of New York was read silently)
        return small and place_key(text) == key and world.us_name(key) is None

    def _abroad_by_other_name(self, text: str, key: str, town: Town) -> Place | None:
        """A city abroad a name typed alone is another name of, for a name only small US
        towns bear ("Calcutta": Kolkata; Calcutta, OH named): None here, where the US alone
        is read (places.py reads abroad)."""
        return None

    def _twin_note(self, found: Found, place: Place) -> str | None:
        """ "Live Oak, CA" names Sutter County's city and Santa Cruz County's place: the other,
        when in another area, is named (each other, for a township's name several counties
        give: "Greenwich, NJ")."""
        twins = (found.twin, *found.more_twins) if found.twin else found.more_twins
        notes = (self._one_twin_note(twin, place) for twin in twins)
        return "; ".join(n for n in notes if n) or None

    def _one_twin_note(self, twin: Town | None, place: Place) -> str | None:
        state = self._state(place.text, twin.state.lower()) if twin else None
        other = (self._area_of(twin.cbsa) or (state.name if state else None)) if twin else None
        if twin is None or other is None or other == place.name:
            return None
        county = f"{twin.county}, {twin.state}"
        note = f"{twin.name} is also a place of {county}, in {other}; for it, type '{county}'"
        # a place with no ZIP code by a county line: the other county's area too ("Fairview,
        # NC": Stanly County's, by Union County's Charlotte)
        by = self._area_of(twin.also) if twin.also else None
        if by is not None and by not in (other, place.name):
            note += f" (it lies by the line of a county of {by}; for that, type '{by}')"
        return note

    def _split_note(self, found: Found, place: Place) -> str | None:
        """Where a second metro holds a tenth or more of a town's (a ZIP code's) homes in
        HUD's crosswalk ("Poinciana, FL": Lakeland's and Orlando's; "Windsor, CO": Greeley's
        and Fort Collins's), it is named with how to ask for it; so is the state's rest when a
        tenth or more lies outside any OEWS metro; and so is the area of a second county a
        place with no ZIP code lies by ("Maplewood, WA": Kitsap's, by Pierce's)."""
        town = found.town
        others = self._other_areas(town.also, town.state, place)
        name = found.how if found.how.startswith("ZIP") else found.town.name
        if not others and not town.also:  # "Hot Springs Village, AR": one ZIP code is split
            split = (
                (c, self._other_areas(cbsas, town.state, place)) for c, cbsas in found.zip_parts
            )
            code, others = next(((c, o) for c, o in split if o), ("", []))
            name = f"{town.name}'s ZIP code {code}"
        if not others:
            return None
        if len(others) > 1:  # no area holds most of its homes ("46574": three areas)
            areas = " and partly in ".join(area for area, _typed in others)
            typed = " or ".join(f"'{typed}'" for _area, typed in others)
            where = f"partly in {areas}, where a tenth or more of its homes are each"
            return (
                f"{name} lies across areas, none holding most of its homes: {place.name} holds "
                f"the most and is used; it lies {where}; for those, type {typed}"
            )
        area, typed = others[0]
        where = f"partly in {area}, where a tenth or more of its homes are"
        if not town.zips:  # a place with no ZIP code: its county is its nearest ZIP code's
            where = f"by the line of {town.county} and a county of {area}"
        return f"{name} lies {where}: {place.name} is used; to use the other, type '{typed}'"

    def _other_areas(self, cbsas: str, state: str, place: Place) -> list[tuple[str, str]]:
        """The areas of the other CBSAs named ("99999+33140": the gazetteer names several where
        none holds most of the homes), each once, without the place's own."""
        found = (self._other_area(c, state, place) for c in cbsas.split("+") if c)
        return list(dict.fromkeys(o for o in found if o is not None))

    def _other_area(self, cbsa: str, state: str, place: Place) -> tuple[str, str] | None:
        """The area of a second CBSA when it is not the place's, and what to type for it: its
        OEWS metro, or the state outside any metro ("Boaz, AL": Gadsden's and Alabama's rest,
        typed as the state's name)."""
        other = self._area_of(cbsa)
        if other is not None:
            return None if other == place.name else (other, other)
        if cbsa and place.kind == "metro":
            found = self._state(place.text, state.lower())
            if found is None:
                return None
            typed = "Washington State" if found.state == "WA" else found.name  # not DC
            return (f"{found.name} outside any OEWS metro", typed)
        return None

    def _county(self, text: str, key: str, states: dict[str, str]) -> Place | None:
        """A county ("King County, WA"); a county name in several states with others about as
        large asks which ("Orange County" is in eight; California's is read, with a note)."""
        from levelset.market.counties import find_counties

        counties = find_counties(key, states)
        if not counties:
            return None
        first, others = counties[0], counties[1:]
        areas = {self._area_of(c.cbsa) or c.state for c in counties}
        if len(areas) > 1 and any(c.zips >= 0.4 * first.zips for c in others):
            raise AmbiguousValue("place", text, [f"{c.name}, {c.state}" for c in counties[:4]])
        why = f"{key!r} is {first.name}, {first.state} in the US gazetteer"
        note = None
        if len(areas) > 1:
            states_named = ", ".join(c.state for c in others[:3])
            note = (
                f"{first.name} is also in {states_named}; {first.state}'s, the largest, is used"
                f" ({_type_other(first.name, [c.state for c in others])})"
            )
        place = self._in_cbsa(text, first.cbsa, first.state, why)
        return with_note(place, note) if place else None

    def _in_cbsa(self, text: str, cbsa: str, state: str, why: str) -> Place | None:
        """The OEWS metro of a CBSA, else (a micropolitan area, or none) the state; None for
        a place in no state levelset knows (an APO code, Palau)."""
        area = self._area_of(cbsa)
        if area is not None:
            return self._metro_place(text, self._area(area), f"{why}; in this metro (its CBSA)")
        place = self._state(text, state.lower())
        if place is None:
            return None
        return Place(**{**place.__dict__, "why": f"{why}; in no OEWS metro"})

    def _area_of(self, cbsa: str) -> str | None:
        """The OEWS metro name of a CBSA code (OEWS metro codes are "00" + the CBSA's)."""
        area = self.index.codes.get(f"00{cbsa}") if cbsa else None
        return area.name if area is not None and area.kind == "M" else None

    def _area(self, name: str) -> Area:
        return self.index.named[name]

    def _ask_which(self, text: str, key: str) -> None:
        """Raise AmbiguousValue when large towns of this bare name lie in different areas
        (Springfield, Aurora, Pasadena); towns of one metro (Kansas City) need no choice."""
        from levelset.market import gazetteer

        towns = gazetteer.rivals(key)
        areas = {self._area_of(t.cbsa) or t.state for t in towns}
        if len(areas) > 1:
            raise AmbiguousValue("place", text, [f"{t.name}, {t.state}" for t in towns[:4]])

    def _state(self, text: str, key: str) -> Place | None:
        found = self.index.states.get(key)
        if found is None:
            return None
        postal, name, area = found
        why = f"{key!r} is the US state {name}"
        if len(key) == 2:
            why += " (a two-letter code is read as a US state)"
        return Place(text, "state", name, "US", why, area=area, state=postal)

    def _metro_place(self, text: str, area: Area, why: str) -> Place:
        return metro_place(area, text, why)

    def _nation(self, text: str, why: str) -> Place:
        return Place(text, "country", "United States", "US", why, area=self.index.nation)


_NOT_KEY = compiled(r"[^a-z0-9 ]+")


def place_key(text: str) -> str:
    # "Zürich" -> "zurich": accents dropped, not turned into word breaks (ASCII has none)
    plain = (
        text
        if text.isascii()
        else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    )
    # only spaces are left to run together: split() and join() do what a \s+ rule did
    return " ".join(_NOT_KEY.sub(" ", plain.lower()).split())


def with_note(place: Place, note: str | None) -> Place:
    return Place(**{**place.__dict__, "note": note}) if note else place


def _small_towns_only(
    text: str, name: str, states: list[str], counted: bool = True
) -> AmbiguousValue:
    """The question for a name typed alone that only towns of fewer than 5,000 people bear
    (or a town or township of the Census's list, whose size is not known): with one such
    town it is not a choice between equals ("Midwest" is Midwest, WY), so the message says
    what the name was found as and how to name a region instead."""
    choices = [f"{name}, {state}" for state in states]
    size = "a town of fewer than 5,000 people" if counted else "a town or township"
    if len(choices) > 1:
        return AmbiguousValue("place", text, choices)
    return AmbiguousValue(
        "place",
        text,
        choices,
        message=(
            f"{text!r} alone is known here only as {choices[0]}, {size}, which levelset "
            "does not take for a name typed alone"
        ),
        hint=(
            f"type '{choices[0]}' for that town; for a region, name a metro, a state or a "
            "country (regions such as the Midwest are not places levelset reads)"
        ),
    )


def _type_other(name: str, states: Sequence[str]) -> str:
    """How to read the same name in another state: "for the one in MN, type 'Austin, MN'"."""
    if len(states) == 1:
        return f"for the one in {states[0]}, type '{name}, {states[0]}'"
    return f"for another, type its state, e.g. '{name}, {states[0]}'"
