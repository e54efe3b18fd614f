"""The market query form refused: the query as typed, each problem beside the field it concerns.

The market's own errors name what they did not know (a title, a level, a place) but not the
form's field; this maps them onto it, the nth place field for the nth place typed, so the
field is marked, shows the closest matches to click and takes the focus.
"""

from __future__ import annotations

from typing import Any

from levelset.errors import InputError, LevelsetError, UnknownValue
from levelset.web.form_errors import first_field

KEY = "market"
FIELD_OF = {"title": "role", "level": "level"}  # what the market did not know -> its field


def located(error: LevelsetError, places: list[str]) -> dict[str, Any]:
    """The error as the web shows it, with a problem naming the field when it had none."""
    body = error.to_dict()
    if isinstance(error, InputError) and error.problems:
        return body
    field = _field(error, places)
    if field is None:
        return body
    return body | {"problems": [{"message": _said(error), "field": field}]}


def _field(error: LevelsetError, places: list[str]) -> str | None:
    if not isinstance(error, UnknownValue):
        return None
    if error.what != "place":
        return FIELD_OF.get(error.what)
    typed = [p.strip().casefold() for p in places]
    wrong = error.value.strip().casefold()
    at = typed.index(wrong) if wrong in typed else 0
    return "place" if at == 0 else f"place[{at}]"


def _said(error: LevelsetError) -> str:
    """What is wrong with the field's value, in the words of the form."""
    assert isinstance(error, UnknownValue)
    if error.kind == "ambiguous_value":
        return f"{error.value!r} is the name of more than one place"
    known = {"title": "a job title", "level": "a level", "place": "a place"}
    return f"{error.value!r} is not {known.get(error.what, 'a ' + error.what)} in the market data"


def form_state(
    params: dict[str, Any], query: dict[str, Any], body: dict[str, Any]
) -> dict[str, Any]:
    """The refused query's values as the form shows them, its error, and where the focus goes."""
    values = {
        "role": query.get("role"),
        "level": query.get("level"),
        "company": params.get("company"),
        "place": list(query.get("places") or []),
        "living": list(params.get("living") or []),
        "offer": params.get("offer"),
        "anchor": params.get("anchor"),
        "year": params.get("year"),
    }
    return {
        "form_error": body,
        "form_values": values,
        "form_key": KEY,
        "form_focus": first_field(body, values),
    }
