"""Places: metros, states, countries and remote, from what people type ("SF", "Bay Area").

OEWS covers US metros, states and the nation; the crowd file knows only countries (ISO-2).
A Place carries both, so each source can use what it has. Metro names and principal cities
come from the OEWS areas in the market store; aliases and countries from curated/places.yaml.
"""

from __future__ import annotations

from typing import Any

from levelset.errors import AmbiguousValue, UnknownValue
from levelset.market.areas import Place
from levelset.market.memo import per_question
from levelset.market.place_abroad import AbroadAreas
from levelset.market.place_lines import (
    cities_of_areas,
    country_then_city,
    first_of_list,
    first_of_named,
    metro_by_code,
    named_before,
    offered,
)
from levelset.market.place_remote import REMOTE_KEY, named_keys, remote_place
from levelset.market.place_typing import plural_of
from levelset.market.roles import Fetcher
from levelset.market.us_areas import place_key, with_note

FUZZY_CUTOFF = 85.0


def resolve_place(text: str, store: Fetcher) -> Place:
    """Read a place; raise UnknownValue with the closest names when it means nothing."""
    # kept per store version and text: a warm query ("San Francisco" again) reads no lists
    from levelset.market.place_index import place_index

    return per_question(store, ("place", text), lambda: _Resolver(place_index(store)).resolve(text))


class _Resolver(AbroadAreas):
    """Looks a cleaned name up in aliases, states, countries and metro cities, in that order."""

    def resolve(self, text: str) -> Place:
        from levelset.market.place_typing import OTHERS, as_known

        plain = as_known(text)  # "S.F.", "ZIP 94105", "E. Palo Alto", "Downtown Austin"
        if plain and plain != text.strip():
            found = self._read(plain)
            hidden = OTHERS.search(text)  # "Chicago, IL (+2 others)": the others are unnamed
            if hidden:
                found = with_note(
                    found, f"the line names {hidden[1]} other place(s) it does not list"
                )
            return Place(**{**found.__dict__, "text": text})
        return self._read(text)

    def _read(self, text: str) -> Place:
        key = place_key(text)
        if not key:
            raise UnknownValue("place", text, _EXAMPLES)
        several = offered(self, text) if self._exact(text, key) is None else None
        if several is not None:  # "Seattle or Remote", "Austin, TX; Denver, CO"
            return several
        remote = REMOTE_KEY.fullmatch(key)
        if remote:
            return remote_place(self, text, remote[1] or remote[2] or remote[3])
        from levelset.market.place_parts import AREA_WORDS

        found = self._exact(text, key) or self._line(text, key)
        core = AREA_WORDS.sub("", key).strip()
        if found is None and core and core != key:  # "Greater Seattle Area", "DFW Metroplex"
            found = self._exact(text, core) or self._line(text, core)
        if found is None:
            found = self._city_abroad_first(text, key) or cities_of_areas(self, text)
            found = found or country_then_city(self, text)  # "United States-Chicago"
        if found is None and text.strip().endswith(".") and key != "wash":
            found = self._state_short_form(text, key)  # "Mass.", "Tex.": the dot says so
        if found is None:
            found = self._county_unsaid(text, key)  # "Marin", "Miami-Dade", "DuPage, IL"
        return found if found is not None else self._fuzzy(text, key)

    def _county_unsaid(self, text: str, key: str) -> Place | None:
        """A name no town, state or place abroad bears, read as the county or parish of that
        name (its state kept when typed after it), as the county's name with the word would."""
        states = self.index.postal_names
        head, _, code = key.rpartition(" ")
        tails = [("", key)]
        if head and self.index.states.get(code) is not None:
            tails.append((f" {code}", head))  # "dupage il": the county of that state only
        for tail, name in tails:
            for word in ("county", "parish"):
                place = self._county(text, f"{name} {word}{tail}", states)
                if place is not None and tail:  # "Van Buren, MI": a township the data lacks?
                    state = states.get(tail.strip().upper(), tail.strip().upper())
                    typed = text.split(",")[0].strip()
                    note = (
                        f"no town {typed!r} is known in {state}: read as the county of that "
                        "name; a town or township of the name may lie in another county: "
                        "type that county to use it"
                    )
                    return with_note(place, "; ".join(filter(None, (place.note, note))))
                if place is not None:
                    return place
        return None

    def _state_short_form(self, text: str, key: str) -> Place | None:
        """A newspaper's short form of a state written alone with its dot ("Fla.", "Ore.")."""
        postal = self.data["state_abbreviations"].get(key)
        return self._state(text, str(postal).lower()) if postal else None

    def _line(self, text: str, key: str) -> Place | None:
        """A posting's location line in parts ("Compute Labs, Remote, Redmond, WA", "Seattle,
        WA (Hybrid)", "Austin, TX 78701"): its longest run of parts that names a place; remote
        in that place's country when a part says remote."""
        from levelset.market.place_parts import split_line

        line = split_line(text)
        listed = first_of_list(self, text)
        if listed is not None:  # "San Francisco, CA, New York City, NY": never the last alone
            return listed
        listed = None if line.remote else first_of_named(self, text, named_keys(text))
        if listed is not None:  # "Alabama, Florida, Texas": the first state, the others said
            return listed
        for reading in line.readings:
            part = place_key(reading)
            dropped = text[: text.rfind(reading)].strip(" ,") if reading in text else ""
            # "St. Mary Parish, LA": a two-letter part after a name is a state, not "LA";
            # "Loudonville, New York": a state's name after a town is the state, not a metro
            state = self._state_after(text, part, dropped) if part != key else None
            place = state or (self._exact(text, part) if part and part != key else None)
            if place is None:
                continue
            first = named_before(self, text, dropped, place) if dropped else None
            if first is not None:  # "Costa Rica - Belén", "San Francisco, New York City"
                return first
            if line.remote:
                return remote_place(self, text, part)
            if place.kind == "state" and self._misspelt(key, part):
                return None  # "Seatle, WA": a misspelt city, never widened to its state
            if place.kind == "state" and dropped:
                known = self._named_before(text, dropped, place) or self._in_dc(text, place)
                county = f"{place_key(dropped)} {str(place.state).lower()}"
                known = known or self._county_unsaid(text, county)  # "DuPage, IL"
                if known is not None:
                    return known
            why = f"{place.why} (read from {text!r} as {reading!r})"
            note = place.note
            if place.kind == "state" and dropped:  # "East Niles, CA": said, never silent
                note = f"no place {dropped!r} is known in {place.name}; the whole state is used"
            province = self._province(text, part) if dropped else None
            # "Monterrey, NL": a country's code (not Canada's province, "London, ON") after a
            # city of another country
            if place.kind == "country" and place.country != "CA" and dropped and len(part) == 2:
                self._ask_if_elsewhere(text, dropped, place)
            if province is not None:  # "Toronto, ON": the city abroad if known, else named
                city = self._city_abroad_first(text, key)
                if city is not None and city.country == "CA":
                    return city
                note = f"no source here has {dropped} alone; {place.name} is used"
            return Place(**{**place.__dict__, "why": why, "note": note})
        if line.remote:
            return remote_place(self, text, "us" if line.us else None)
        return self._nation(text, f"{text!r} names the United States") if line.us else None

    def _state_after(self, text: str, part: str, dropped: str) -> Place | None:
        """A state named after another part: its code, its name, or a newspaper's short form
        ("Calif.", "N. Carolina"), the last only after a town ("Wash" alone is no state)."""
        if len(part) != 2 and not dropped:
            return None
        found = self._state(text, part)
        postal = self.data["state_abbreviations"].get(part) if dropped and not found else None
        return self._state(text, str(postal).lower()) if postal else found

    def _named_before(self, text: str, dropped: str, state: Place) -> Place | None:
        """What the part before a state names, read with the state ("Cupertino, Calif.") or
        alone when it is a metro of that state ("NYC, NY"); a city abroad whose country's code
        the state's code is ("Berlin, DE": no Berlin in Delaware)."""
        from levelset.market import world
        from levelset.market.place_parts import AREA_WORDS

        head = place_key(dropped)
        core = AREA_WORDS.sub("", head).strip()  # "San Francisco Bay Area, California"
        try:
            found = self._exact(text, f"{head} {str(state.state).lower()}")
            alone = found or self._exact(text, head) or (self._exact(text, core) if core else None)
        except AmbiguousValue:
            return None
        if found is not None and found.kind != "state":
            return found
        # "NYC, NY": a metro's own name or short name; never a town of another state's name
        # ("Ross, IN" is no Ross, OH of Cincinnati's metro, though the metro reaches Indiana)
        names = {k.removeprefix("the ") for k in (head, core)}  # "the Twin Cities, MN"
        own = any(k in self.index.metros or k in self.data["aliases"] for k in names)
        if alone is not None and alone.kind == "metro" and str(state.state) in alone.name and own:
            return alone
        other = metro_by_code(self, text, head, state)  # "Koreatown, LA": Los Angeles's
        if other or (other := self._large_town_like(text, head, str(state.state))):
            return other
        city = world.find_city(head)
        # "Berlin, DE": no Berlin in Delaware; "Tbilisi, Georgia": the country's name too
        if city is not None and city.country in (
            state.state,
            world.country_code(place_key(state.name)),
        ):
            return self._abroad(text, head, city)
        return None

    def _in_dc(self, text: str, place: Place) -> Place | None:
        """A part of Washington, DC ("Navy Yard, DC"): DC's metro, as "DC" alone reads."""
        if place.state != "DC":
            return None
        metro = self._exact(text, "dc")
        note = "read as DC's metro, where all of the District lies"
        return with_note(metro, note) if metro is not None else None

    def _large_town_like(self, text: str, head: str, state: str) -> Place | None:
        """ "Mountain Veiw, CA": a town of 50,000 people or more of that state, 88% similar."""
        from rapidfuzz import fuzz, process

        from levelset.market import gazetteer
        from levelset.market.place_typing import one_slip

        if len(head) <= 5:
            return None
        towns = [k for k, v in gazetteer.large_names().items() if v.endswith(f", {state}")]
        found = process.extractOne(head, towns, scorer=fuzz.ratio, score_cutoff=88.0)
        if found is None:  # "Tuscon, AZ": two letters swapped, one slip in a long name
            found = one_slip(head, towns)
        if found is None or plural_of(head, found[0]):
            return None
        place = self._exact(text, f"{found[0]} {state.lower()}")
        if place is None:
            return None
        return _guessed(place, text, head, found)

    def _misspelt(self, key: str, part: str) -> bool:
        """Whether what a reading leaves out of the line ("seatle" of "seatle wa") is close to
        a place levelset knows: then the line names that place misspelt, not the wider one."""
        from rapidfuzz import fuzz, process

        dropped = key[: key.rfind(part)].strip() if part in key else ""
        if len(dropped) <= 3 or dropped in self._names():
            return False  # "Manchester, VA": a known name, only not a town of this state
        found = process.extractOne(
            dropped, list(self._names()), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
        )
        # "Woodlands, CA", "Highlands, CA": another place than Woodland or Highland, not a slip
        return found is not None and not plural_of(dropped, found[0])

    def _exact(self, text: str, key: str) -> Place | None:
        # "the Twin Cities", "the DMV": a known short name after "the"
        alias = self.data["aliases"].get(key) or self.data["aliases"].get(key.removeprefix("the "))
        if alias is not None:
            return self._alias(text, key, alias)
        from levelset.market.place_typing import naval_town

        town = naval_town(key)  # "Naval Station Norfolk": the town it is named for
        if town is not None:
            return self._exact(text, town)
        for lookup in (self._state, self._country, self._province):
            found = lookup(text, key)
            if found is not None:
                return found
        postal = self.data["state_abbreviations"].get(key) if len(key) >= 5 else None
        if postal:  # "Calif.", "N. Carolina"; short ones ("Wash", "Mass") only after a town
            return self._state(text, str(postal).lower())
        from levelset.market import gazetteer, world

        # a name several towns share is read by its towns ("Lancaster": California's), else
        # a metro's principal city first ("Seattle" without the whole gazetteer)
        us = (self._town, self._metro) if gazetteer.shared(key) else (self._metro, self._town)
        for lookup in us:
            if lookup == self._town:
                city = world.find_city(key)
                if city is not None:
                    # "Woodlands": The Woodlands, TX too (a village of California bears the
                    # bare name: it is not what is meant beside those two)
                    self._ask_if_the(text, key, city)
                    if not world.is_us_name(key):  # no US town bears it: the gazetteer unread
                        return self._abroad(text, key, city)
            found = lookup(text, key)
            if found is not None:
                return self._or_abroad(text, key, found)
        city = world.find_city(key)
        return self._abroad(text, key, city) if city else None

    def _ask_if_the(self, text: str, key: str, city: Any) -> None:
        """A city abroad whose name, after "The", is a US metro's principal city ("Woodlands":
        Singapore's town and The Woodlands, TX, Houston's): asks which is meant."""
        if key.startswith("the ") or self._metro(text, f"the {key}") is None:
            return
        abroad = f"{city.name}, {self._country_name(city.country)}"
        raise AmbiguousValue("place", text, [f"The {text.strip()}", abroad])

    def _alias(self, text: str, key: str, alias: dict[str, Any]) -> Place:
        if "ask" in alias:  # "Portland": Oregon's or Maine's; each choice resolves on its own
            raise AmbiguousValue("place", text, [str(c) for c in alias["ask"]])
        if "state" in alias:
            found = self._state(text, alias["state"].lower())
            assert found is not None, f"places.yaml: unknown state {alias['state']}"
            return with_note(found, alias.get("note"))
        if "metro" in alias:
            area = self._area(alias["metro"])
            place = self._metro_place(text, area, f"{key!r} is a known short name of this metro")
            return with_note(place, alias.get("note"))
        country = alias["country"]
        if country == "US":
            return self._nation(text, f"{key!r} means the whole United States")
        name = self.data["countries"][country]
        city = alias.get("city")
        why = f"{key!r} is in {name}"
        note = f"no source here has {city} alone; {name} is used" if city else None
        return Place(text, "country", name, country, why, note=note)

    def _metro(self, text: str, key: str) -> Place | None:
        matches = self.index.metros.get(key, [])
        if not matches:
            return None
        self._ask_which(text, key)
        best = max(matches, key=lambda a: a.employment)
        why = f"{key!r} is a principal city of this OEWS metro area"
        if len(matches) > 1:
            others = ", ".join(a.name for a in matches if a is not best)
            why += f" (the largest of several; also {others})"
        return self._metro_place(text, best, why)

    def _names(self) -> dict[str, str]:
        return self.index.names

    def _fuzzy(self, text: str, key: str) -> Place:
        from rapidfuzz import fuzz, process

        from levelset.market import gazetteer

        names = self._names()
        found = process.extractOne(key, list(names), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if found is None and len(key) > 5:  # "Cuppertino", "Mountain Veiw": large towns too
            towns = gazetteer.large_names()
            found = process.extractOne(key, list(towns), scorer=fuzz.ratio, score_cutoff=88.0)
        if found is not None and len(key) > 3 and not plural_of(key, found[0]):
            place = self._exact(text, found[0])
            if place is not None:
                return _guessed(place, text, key, found)
        # two-letter keys ("la") match anything partially: suggest only real names
        choices = [k for k in names if len(k) > 2]
        closest = process.extract(key, choices, scorer=fuzz.WRatio, limit=12)
        shown = list(dict.fromkeys(names[m[0]] for m in closest))[:5]
        if len(key) > 5:  # "Menlo Prak": a town too small to be read for a typo is still offered
            towns = gazetteer.town_names()
            near = process.extract(key, list(towns), scorer=fuzz.ratio, score_cutoff=85.0, limit=3)
            shown = [towns[m[0]] for m in near] or shown  # a near town, not far-off metros
        raise UnknownValue("place", text, shown)


_EXAMPLES = ("San Francisco", "New York", "Seattle", "Texas", "Remote", "Germany")


def _guessed(place: Place, text: str, key: str, found: tuple[str, float, int]) -> Place:
    """A misspelt name read as the closest one, said in the note, not only in `why`."""
    why = f"{key!r} read as {found[0]!r} ({found[1]:.0f}% similar): {place.why}"
    said = f"no place {text.strip()!r} is known: read as {found[0]!r}, the closest name"
    note = f"{said}; {place.note}" if place.note else said
    return Place(**{**place.__dict__, "why": why, "note": note})
