"""A company line's trailing place: "BEAT, Athens" over its title, "Coca-Cola - Atlanta, GA".

Kept apart from levelset.proof.headers, whose heading forms it builds on.
"""

from __future__ import annotations

from levelset.proof.cities import is_city
from levelset.proof.headers import (
    campus,
    dashed_place,
    names_place,
    role_score,
    without_place,
)


def company_place(text: str) -> tuple[str, str]:
    """ "BEAT, Athens" over "Big Data Software Engineer": a company line's trailing city, cut
    off where the line above a title names no role ("Acme, Inc." keeps its "Inc.")."""
    return campus(*_company_place(text))


def _company_place(text: str) -> tuple[str, str]:
    name, place = without_place(text)
    if place:
        return name, place
    name, place = dashed_place(text)
    if place:
        return name, place
    pieces = [p.strip() for p in text.split(",")]
    city = pieces[-1]
    if (
        len(pieces) == 2
        and len(city.split()) <= 2
        and names_place(city)  # "Acme, Platform": a team, not a place
        and not city.isupper()
        and (len(city.split()) == 1 or is_city(city))  # not "Azure ML", "Corporate Banking"
    ):
        return (pieces[0], city) if role_score(pieces[0]) <= 0 else (text.strip(), "")
    return text.strip(), ""
