"""State-changing requests: the session token every one of them must carry, and the answer.

Forms send the token as a hidden field, scripts as the X-CSRF-Token header. A form gets a
redirect to the page it changed (post/redirect/get); a JSON client gets the result as JSON.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from levelset.errors import (
    DataUnavailable,
    InputError,
    LevelsetError,
    Problem,
    UnknownValue,
    validation_failed,
)
from levelset.money import MAX_YEARLY, plain_amount
from levelset.web.content import wants_json
from levelset.web.errors import Forbidden
from levelset.web.flash import confirm_saved
from levelset.web.pages import json_response
from levelset.web.security import TOKEN_FIELD, TOKEN_HEADER, SecurityPolicy

if TYPE_CHECKING:
    from levelset.app.workspace import Workspace
    from levelset.market.areas import Place

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


@contextmanager
def form_fields(names: Mapping[str, str]) -> Iterator[None]:
    """Within this block, a refusal's fields (named by the domain: "offer") are named as this
    form's fields ("offer_id"), so the page shows the refusal beside the field to change."""
    try:
        yield
    except LevelsetError as error:
        error.fields = tuple(names.get(f, f) for f in error.fields)
        raise


async def require_token(request: Request) -> None:
    """Refuse (403) a state-changing request without this session's token."""
    sent = request.headers.get(TOKEN_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(FORM_TYPES):
        form = await request.form()
        value = form.get(TOKEN_FIELD)
        sent = value if isinstance(value, str) else None
        keep_typed(request, form)
    policy: SecurityPolicy = request.app.state.policy
    session = request.scope.get("state", {}).get("session")
    if not policy.token_valid(session, sent):
        raise Forbidden(
            "this request did not carry the page's token",
            hint="reload the page and send the form again",
        )


def keep_typed(request: Request, form: Any) -> None:
    """Keep what the form sent (its text fields), so a refusal can show the form again as typed."""
    typed: dict[str, Any] = {}
    for key, value in form.multi_items():
        if key == TOKEN_FIELD or not isinstance(value, str):
            continue
        typed[key] = (
            [*typed[key], value]
            if isinstance(typed.get(key), list)
            else ([typed[key], value] if key in typed else value)
        )
    request.scope.setdefault("state", {})["form_values"] = typed


def done(
    request: Request, result: Any, redirect_to: str, *, status: int = 200, saved: str = ""
) -> Response:
    """JSON of the result for JSON clients; otherwise back to the page (303 See Other).

    `saved` names what was saved: the next page shows it once as a confirmation.
    """
    if wants_json(request):
        return json_response(result, status)
    response = RedirectResponse(redirect_to, status_code=303)
    if saved:
        confirm_saved(request, response, saved)
    return response


def optional_text(value: str | None) -> str | None:
    """A form field with only spaces counts as not given."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def optional_number(value: str | None, field: str, problems: list[Problem]) -> int | None:
    """An amount typed in a form ("185,000", "185000", "$192k") or None; bad text becomes a
    problem."""
    text = optional_text(value)
    if text is None:
        return None
    clean = plain_amount(text)
    try:
        amount = round(float(clean))
    except (ValueError, OverflowError):  # "1e400" is inf: no amount at all
        problems.append(Problem(f"{text!r} is not a number", field=field, expected="an amount"))
        return None
    if amount < 0:
        problems.append(Problem("must not be negative", field=field, expected=">= 0"))
    elif amount >= MAX_YEARLY:
        limit = f"an amount below {MAX_YEARLY:,}"
        problems.append(Problem("not a plausible yearly amount", field=field, expected=limit))
    return amount


class FormInputError(InputError):
    """Bad input in a form, with the closest known values of the value it did not know."""

    def __init__(self, error: InputError, suggestions: list[str], wrong: str | None) -> None:
        super().__init__(error.message, problems=error.problems, hint=error.hint)
        self.suggestions = suggestions
        self.wrong = wrong

    def to_dict(self) -> dict[str, object]:
        data = super().to_dict()
        if self.suggestions:
            data["suggestions"] = self.suggestions
            data["wrong"] = self.wrong
        return data


def raise_problems(what: str, problems: list[Problem], unknown: UnknownValue | None = None) -> None:
    """One error for every problem; an unknown value adds its closest matches."""
    if not problems:
        return
    error = validation_failed(what, problems)
    if unknown is not None:
        raise FormInputError(error, list(unknown.suggestions), unknown.value)
    raise error


def _guessed(place: Place) -> str | None:
    """The place a misspelt name was read as (None when it was read as typed)."""
    if "% similar)" not in place.why:
        return None
    if place.kind == "metro" and place.state:
        return f"{place.name.split('-')[0].split(',')[0]}, {place.state}"
    return place.name


def unknown_places(
    ws: Workspace, places: list[str], field: str
) -> tuple[list[Problem], UnknownValue | None]:
    """A problem per place the market data does not know (none without market data), and the
    first unknown place with its closest matches."""
    from levelset.app.market import resolve_place

    problems: list[Problem] = []
    first: UnknownValue | None = None
    for place in places:
        try:
            guessed = _guessed(resolve_place(ws, place))
            if guessed is not None:  # a misspelling is fixed by the user, not stored as typed
                raise UnknownValue("place", place, [guessed])
        except UnknownValue as error:
            message = f"{place!r} is not a place in the market data"
            expected = f"a place we know, e.g. {', '.join(error.suggestions[:3])}"
            problems.append(Problem(message, field=field, expected=expected))
            first = first or error
        except DataUnavailable:  # without market data every place is taken as typed
            return [], None
    return problems, first
