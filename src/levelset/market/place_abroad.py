"""Places outside the US and how a US name is weighed against them: countries, Canadian
provinces, cities abroad by their GeoNames names, and a city abroad named before a code or a
province ("Toronto, ON", "Monterrey, NL").

A base of the place reader (`places.py`), over the US look-ups of `us_areas.py`.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING, Any

from levelset.errors import AmbiguousValue
from levelset.market.areas import Place
from levelset.market.us_areas import UsAreas, place_key, with_note
from levelset.patterns import compiled

if TYPE_CHECKING:
    from levelset.market.gazetteer import Town


_PARTS = compiled(r"[,(;|]")


class AbroadAreas(UsAreas):
    """Look-ups of countries, provinces and cities abroad, on top of the US ones."""

    def _city_abroad_first(self, text: str, key: str) -> Place | None:
        """A city abroad named first or second ("Gachibowli, Hyderabad, Telangana") in a line
        whose later parts name nothing known ("Toronto, ON": a province's code): its country."""
        from levelset.market import world

        parts = [place_key(p) for p in _PARTS.split(text)]
        for at, head in enumerate(parts[:2]):
            tail = " ".join(p for p in parts[at + 1 :] if p)
            if self._state(text, head) is not None:
                return None  # "Virginia (+5 others)": a US state, never a town abroad
            if self._state(text, tail) or self._country(text, tail):
                return None  # "Manchester, VA": a US state or a country named, never elsewhere
            if (city := world.find_city(head) if head and head != key else None) is not None:
                return self._abroad(text, head, city)
        return None

    def _ask_if_elsewhere(self, text: str, dropped: str, country: Place) -> None:
        """A city abroad named before another country's two-letter code ("Monterrey, NL":
        Nuevo León's code, and the Netherlands'): asks which is meant."""
        from levelset.market import world

        city = world.find_city(place_key(dropped))
        if city is not None and city.country != country.country:
            abroad = f"{city.name}, {self._country_name(city.country)}"
            raise AmbiguousValue("place", text, [abroad, f"{dropped}, {country.name}"])

    def _province(self, text: str, key: str) -> Place | None:
        """A Canadian province or territory by name or Canada Post symbol ("Ontario", "ON"):
        Canada, saying so (no source here has a Canadian area of its own)."""
        name = self.index.provinces.get(key)
        if name is None:
            return None
        canada = self.data["countries"]["CA"]
        why = f"{key!r} is {name}, a province or territory of {canada}"
        note = f"no source here has {name} alone; {canada} is used"
        town = self._us_town_named(key) if len(key) > 2 else None
        if town:  # "Ontario", "New Brunswick": the province; the US town by its state
            note += f" (for {town}, type '{town}')"
        return Place(text, "country", str(canada), "CA", why, note=note)

    def _abroad_by_other_name(self, text: str, key: str, town: Town) -> Place | None:
        from levelset.market import world

        city = world.find_city(key)
        if city is None:
            return None
        here = f"{town.name}, {town.state}"
        return self._abroad(text, key, city, f"for {here}, type '{here}'")

    def _abroad(self, text: str, key: str, city: Any, note: str | None = None) -> Place:
        """A city outside the US, as its country (the only place the crowd knows abroad)."""
        name = self._country_name(city.country)
        why = f"{key!r} is {city.name}, {name} (GeoNames)"
        note = note or f"no source here has {city.name} alone; {name} is used"
        return Place(text, "country", name, city.country, why, note=note)

    def _or_abroad(self, text: str, key: str, found: Place) -> Place:
        """A bare US name that is also a city abroad: the much larger one is read, the other
        named in a note; two of a size ("Birmingham", "Vancouver") are asked about."""
        from levelset.market import world

        city = world.us_name(key)
        if city is None or found.kind not in ("metro", "state"):
            return found
        abroad = f"{city.name}, {self._country_name(city.country)}"
        here = f"{string.capwords(key)}, {city.us_state}"  # "Greater London": London's
        jobs = found.area.employment if found.kind == "metro" and found.area else 0.0
        choice = world.weigh(city, jobs, elsewhere=found.state not in (None, city.us_state))
        if choice == "ask":  # "Valencia": Spain's too, beside Venezuela's and California's
            others = [
                f"{c.name}, {self._country_name(c.country)}" for c in world.namesakes(key, city)
            ]
            raise AmbiguousValue("place", text, [here, abroad, *others])
        if choice == "abroad":
            return self._abroad(text, key, city, f"for {here}, type '{here}'")
        also = f"for {abroad}, type '{abroad}'"
        return with_note(found, f"{found.note}; {also}" if found.note else also)

    def _country_name(self, code: str) -> str:
        from levelset.market import world

        return str(self.data["countries"].get(code) or world.countries().get(code, code))

    def _country(self, text: str, key: str) -> Place | None:
        known = self.index.countries.get(key)
        if known is not None:
            code, name = known
            if code == "US":
                return self._nation(text, f"{key!r} is the United States")
            return Place(text, "country", name, code, f"{key!r} is {name}")
        if len(key) <= 3:  # "BY" is Bavaria as often as Belarus: only the crowd's codes read
            return None
        from levelset.market import world

        found = world.country_code(key)
        short = world.country_short_name(key) if found is None else None
        if short is not None:  # "Macedonia": North Macedonia, a US town of the name said
            country = self._country_name(short)
            town = self._us_town_named(key)
            note = f"for {town}, type '{town}'" if town else None
            why = f"{key!r} is {country}, named without its compass word"
            return Place(text, "country", country, short, why, note=note)
        if found is None:
            return None
        country = self._country_name(found)
        return Place(text, "country", country, found, f"{key!r} is {country}")
