"""Names that end a written place: countries, and the states and provinces written in full.

"Portland, Oregon, USA" and "Corvallis, Oregon" end in such names; a heading's trailing place
is cut off where its last parts are a city followed by them.
"""

from __future__ import annotations

from levelset.patterns import compiled

_COUNTRIES = [
    "usa", "us", "u.s.", "u.s.a.", "uk", "u.k.", "india", "germany", "france", "canada", "china",
    "japan", "korea", "türkiye", "turkey", "netherlands", "spain", "italy", "brazil", "australia",
    "singapore", "israel", "switzerland", "sweden", "ireland", "poland", "portugal", "mexico",
    "austria", "belgium", "denmark", "norway", "finland", "greece", "romania", "hungary",
    "czechia", "ukraine", "russia", "egypt", "morocco", "pakistan", "bangladesh", "indonesia",
    "malaysia", "philippines", "thailand", "argentina", "chile", "colombia", "peru", "nigeria",
    "kenya", "ghana", "vietnam", "taiwan", "luxembourg", "estonia", "latvia", "lithuania",
    "slovenia", "croatia", "serbia", "bulgaria", "iceland", "iran", "iraq", "qatar", "kuwait",
    "bahrain", "oman", "jordan", "lebanon", "tunisia", "algeria", "ethiopia", "uganda",
    "tanzania", "rwanda", "cameroon", "senegal", "nepal", "slovakia", "cyprus", "malta",
    "ecuador", "uruguay", "venezuela", "bolivia", "belarus", "armenia", "kazakhstan",
    "uzbekistan", "cambodia", "myanmar",
]  # fmt: skip
_MANY_WORDS = [
    "united states", "united states of america", "united kingdom", "united arab emirates",
    "england", "scotland", "wales", "south korea", "republic of korea", "new zealand",
    "south africa", "hong kong", "czech republic", "saudi arabia",
]  # fmt: skip
_STATES = [
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
    "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
    "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia",
    "wisconsin", "wyoming", "district of columbia", "ontario", "quebec", "british columbia",
    "alberta", "manitoba", "nova scotia", "bavaria", "bayern", "karnataka", "kerala",
    "maharashtra", "tamil nadu", "telangana", "andhra pradesh", "gujarat", "west bengal",
    "uttar pradesh", "rajasthan", "punjab", "haryana", "delhi", "goa", "odisha",
]  # fmt: skip
REGIONS = frozenset(_COUNTRIES + _MANY_WORDS + _STATES)


_REGION_CODE = compiled(r"[A-Z]{2,3}|[A-Z]\.\s?[A-Z][a-z]+")


def is_region(text: str) -> bool:
    """A state or country code ("CA", "USA"), or a country, state or province by name."""
    text = text.strip().rstrip(".")
    code = _REGION_CODE.fullmatch(text)
    return bool(code) or text.casefold() in REGIONS or text.casefold() + "." in REGIONS


def initials_after(text: str) -> bool:
    """ "Graduate Student Instructor, UCB": three capitals after the last comma that name no
    country the reader knows (a school's or a firm's initials, where a place would end in a
    state's or a country's code); with a title before them the line is no place."""
    head, _, last = text.rpartition(",")
    last = last.strip()
    return (
        bool(head)
        and len(last) == 3
        and last.isalpha()
        and last.isupper()
        and (last.casefold() not in REGIONS)
    )
