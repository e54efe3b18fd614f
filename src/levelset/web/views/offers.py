"""The offers page: add offers from a form, value each year by year, compare them side by side."""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.responses import Response

from levelset.charts import Series, drawn_twice, line_chart, stacked_bar_chart
from levelset.charts.svg import PALETTE
from levelset.errors import InputError, LevelsetError
from levelset.jsonable import to_jsonable
from levelset.money import format_short
from levelset.offers.living import compared_places
from levelset.web.content import wants_json
from levelset.web.context import AppContext
from levelset.web.forms import done, optional_text, raise_problems, require_token, unknown_places
from levelset.web.pages import Page, as_data, context_of, form_error_page
from levelset.web.views.page_models import OffersPage

if TYPE_CHECKING:
    from levelset.offers.compare import Comparison

Ctx = Annotated[AppContext, Depends(context_of)]
SCHEDULES = (
    ("25/25/25/25", "even: 25/25/25/25"),
    ("5/15/40/40", "back-loaded: 5/15/40/40"),
    ("33/33/22/12", "33/33/22/12"),
    ("40/30/20/10", "front-loaded: 40/30/20/10"),
)
GROWTH = (
    ("0", "flat (today's price)"),  # a number: the form sends it, and growth is a number
    ("-30", "falls 30% a year"),
    ("-15", "falls 15% a year"),
    ("10", "grows 10% a year"),
    ("20", "grows 20% a year"),
)
REFRESHERS = (
    ("", "not counted"),
    ("low", "low (an assumption)"),
    ("typical", "typical (an assumption)"),
    ("high", "high (an assumption)"),
)
COMPONENTS = ("base", "bonus", "sign_on", "relocation", "equity", "refreshers", "benefits")
# A component keeps its colour in every offer's chart, whichever components an offer has.
COMPONENT_COLOURS = dict(zip(COMPONENTS, (*PALETTE, "#64748b"), strict=True))


def offers_view(
    ctx: Ctx,
    compare: Annotated[
        list[int] | None, Query(description="ids of the offers to compare (default: all)")
    ] = None,
    refreshers: Annotated[str | None, Query(description="none, low, typical or high")] = None,
    edit: Annotated[int | None, Query(description="an offer to copy into the form")] = None,
    growth: Annotated[
        float | None,
        Query(
            description="assumed share price change a year, percent (-90 to 100)", ge=-90, le=100
        ),
    ] = None,
    living_place: Annotated[
        list[str] | None, Query(description="a compared offer's place, paired with `living`")
    ] = None,
    living: Annotated[
        list[str] | None,
        Query(
            description="your cost-of-living ratio for the paired place against the first "
            "compared offer's place (0.85: living there costs 85%); levelset ships no index"
        ),
    ] = None,
) -> OffersPage:
    """Stored offers valued year by year, placed in their market range, compared side by side;
    with your cost-of-living ratios, the totals also in the first offer's place's terms."""
    from levelset.app.offers import compare_stored, list_offers

    ws = ctx.workspace
    stored = list_offers(ws)
    ids = tuple(compare or ()) or _latest_versions(stored)
    rate = Decimal(str(growth)) if growth else None
    chosen, compared = ctx.memo(
        "offers_compared",
        (ids, refreshers or None, rate),
        lambda: compare_stored(ws, ids, refreshers=refreshers or None, growth=rate),
    )
    comparison = None
    if compared is not None:
        comparison = compared.comparison.to_dict()
        for entry, item in zip(comparison["offers"], chosen, strict=True):
            entry["id"] = item.id
    data = {
        "available": True,
        "offers": [s.to_dict() for s in stored],
        "compared": [s.id for s in chosen],
        "refreshers": refreshers,
        "comparison": comparison,
        "editing": _editing(ctx, edit),
    }
    if rate is not None:  # an assumption: in the answer only when made
        data["growth"] = rate
    if compared is not None and (living_place or living):
        data["living"] = _living(chosen, compared.comparison, living_place or [], living or [])
    return OffersPage.model_validate(to_jsonable(data))


def _living(
    chosen: list[Any], comparison: Comparison, places: list[str], ratios: list[str]
) -> dict[str, Any] | None:
    """The totals in the first compared place's terms, by the user's ratios (never by a
    shipped index: there is none); None when every ratio is left empty."""
    from levelset.errors import InputError
    from levelset.offers.living import in_reference_terms

    if len(places) != len(ratios):
        raise InputError("living: give one ratio per living_place", hint="pair them in order")
    found = in_reference_terms(comparison, dict(zip(places, ratios, strict=True)))
    if found is None:
        return None
    offers = {str(chosen[t.position].id): {"year1_total": t.year1_total,
              "four_year_total": t.four_year_total, "place": t.ratio.place,
              "ratio": t.ratio.ratio} for t in found.offers}  # fmt: skip
    return {"reference": found.reference, "ratios": [r.to_dict() for r in found.ratios],
            "offers": offers}  # fmt: skip


def _latest_versions(stored: list[Any]) -> tuple[int, ...]:
    """The newest offer of each company: a corrected or revised offer is compared with the
    other companies' offers, never with its own earlier version (tick that one to see it)."""
    newest: dict[str, int] = {}
    for item in stored:  # oldest first
        newest[" ".join(item.offer.company.casefold().split())] = item.id
    return tuple(sorted(newest.values()))


def offer_colour(offer_id: int) -> str:
    """One colour per offer, the same in every chart and on its card."""
    return PALETTE[(offer_id - 1) % len(PALETTE)]


def _editing(ctx: AppContext, offer_id: int | None) -> dict[str, Any] | None:
    """An offer's fields for the form, to save a corrected copy as a new offer."""
    if offer_id is None:
        return None
    from levelset.app.offers import offer_fields

    data = offer_fields(ctx.workspace, offer_id)
    equity = data.get("equity") or {}
    sign_on = list(data.get("sign_on") or [])
    return {
        "id": offer_id,
        **{k: v for k, v in data.items() if k not in ("equity", "sign_on")},
        "sign_on_1": sign_on[0] if sign_on else None,
        "sign_on_2": sign_on[1] if len(sign_on) > 1 else None,
        "grant_value": equity.get("grant_value"),
        "vesting": "/".join(str(v) for v in equity.get("vesting", [])) or None,
        "cliff_months": equity.get("cliff_months"),
        "frequency": equity.get("frequency"),
    }


def charts(data: dict[str, Any]) -> dict[str, Any]:
    """Total per year for every offer, and each offer's components stacked per year."""
    comparison = data.get("comparison")
    schedules = list(SCHEDULES)
    current = (data.get("editing") or {}).get("vesting")
    if current and current not in dict(schedules):
        schedules.append((current, f"{current} (this offer's)"))
    extras: dict[str, Any] = {
        "schedules": schedules, "refresher_choices": REFRESHERS, "growth_choices": GROWTH,
    }  # fmt: skip
    if not comparison:
        return extras
    where = {o["id"]: o["offer"].get("location") or "" for o in data.get("offers", [])}
    extras["living_places"] = compared_places(
        [where.get(o["id"], "") for o in comparison["offers"]]
    )
    currency = comparison["currency"]
    money = lambda v: format_short(v, currency)  # noqa: E731 - a one-line formatter
    lines = [
        Series(
            o["label"],
            tuple((f"Year {y['year']}", float(y["total"])) for y in o["valuation"]["years"]),
            colour=offer_colour(o["id"]),
        )
        for o in comparison["offers"]
    ]
    extras["offer_colours"] = {o["id"]: offer_colour(o["id"]) for o in comparison["offers"]}
    title = f"Total value per year ({currency})"
    extras["totals_chart"] = drawn_twice(
        lambda width: line_chart(lines, title=title, value_format=money, minimum=None, width=width)
    )
    extras["stack_charts"] = [_stack(o, money) for o in comparison["offers"]]
    return extras


def _stack(entry: dict[str, Any], money: Any) -> dict[str, str]:
    years = entry["valuation"]["years"]
    categories = [f"Year {y['year']}" for y in years]
    stacks = [
        Series(
            name.replace("_", "-"),
            tuple((f"Year {y['year']}", float(y[name])) for y in years),
            colour=COMPONENT_COLOURS[name],
        )
        for name in COMPONENTS
        if any(float(y[name]) for y in years)
    ]
    title = f"{entry['label']}: what each year is made of ({entry['offer_currency']})"
    return drawn_twice(
        lambda width: stacked_bar_chart(
            categories, stacks, title=title, value_format=money, width=width
        )
    )


def recover(params: dict[str, Any], error: LevelsetError) -> dict[str, Any]:
    """The page without the refused cost-of-living ratios, its comparison form as typed with
    the problem beside the ratio it concerns; any other error stands as it was raised."""
    from levelset.offers.living import parse_ratio
    from levelset.web.form_errors import first_field

    places, ratios = params.get("living_place") or [], params.get("living") or []
    if not ratios:
        raise error
    try:
        page = offers_view(**{**params, "living_place": None, "living": None})
    except LevelsetError:
        raise error from None
    data = as_data(page)
    where = {o["id"]: o["offer"].get("location") or "" for o in data["offers"]}
    compared = (data.get("comparison") or {}).get("offers") or []
    shown = compared_places([where.get(o["id"], "") for o in compared])[1:]
    typed = {p.casefold(): r for p, r in zip(places, ratios, strict=False)}
    values = [typed.get(p.casefold(), "") for p in shown]
    body = error.to_dict()
    for index, text in enumerate(values):
        try:
            parse_ratio(text, "living", shown[index])
        except InputError as bad:  # the first that cannot be read: its own field
            problem = asdict(bad.problems[0]) | {"field": f"living[{index}]"}
            body = {**body, "problems": [problem]}
            break
    growth = params.get("growth")
    form = {"living": values, "refreshers": params.get("refreshers") or "",
            "growth": str(int(growth)) if growth else "0"}  # fmt: skip
    state = {"form_error": body, "form_values": form, "form_key": "compare"}
    return data | state | {"form_focus": first_field(body, form)}


PAGES = [
    Page(
        path="/offers",
        template="offers.html",
        view=offers_view,
        title="Offers",
        summary="Stored offers valued year by year and compared side by side",
        model=OffersPage,
        decorate=charts,
        recover=recover,
    )
]


def offer_data(fields: dict[str, str | None]) -> dict[str, Any]:
    """The offer file format from the form's fields; empty fields are left out."""
    text = {k: optional_text(v) for k, v in fields.items()}
    data: dict[str, Any] = {
        k: text[k]
        for k in ("company", "currency", "base", "title", "level", "location", "start_date")
        if text.get(k)
    }
    if text.get("bonus_target_pct"):
        data["bonus_target_pct"] = text["bonus_target_pct"]
    sign_on = [text[k] for k in ("sign_on_1", "sign_on_2") if text.get(k)]
    if sign_on:
        data["sign_on"] = sign_on
    for name in ("relocation", "refreshers"):
        if text.get(name):
            data[name] = text[name]
    if text.get("grant_value"):
        data["equity"] = {
            "grant_value": text["grant_value"],
            "vesting": text.get("vesting") or "25/25/25/25",
            "cliff_months": text.get("cliff_months") or "12",
            "frequency": text.get("frequency") or "quarterly",
        }
    return data


def add_offer_form(
    request: Request,
    ctx: Ctx,
    company: Annotated[str, Form()] = "",
    base: Annotated[str, Form(description="annual base pay")] = "",
    currency: Annotated[str, Form()] = "USD",
    title: Annotated[str | None, Form()] = None,
    level: Annotated[str | None, Form()] = None,
    location: Annotated[str | None, Form()] = None,
    bonus_target_pct: Annotated[str | None, Form()] = None,
    sign_on_1: Annotated[str | None, Form()] = None,
    sign_on_2: Annotated[str | None, Form()] = None,
    relocation: Annotated[str | None, Form()] = None,
    grant_value: Annotated[str | None, Form(description="RSU grant value")] = None,
    vesting: Annotated[str | None, Form(description="e.g. 25/25/25/25")] = None,
    cliff_months: Annotated[str | None, Form()] = None,
    frequency: Annotated[str | None, Form()] = None,
    refreshers: Annotated[str | None, Form()] = None,
    start_date: Annotated[str | None, Form()] = None,
) -> Response:
    """Store an offer typed into the form (validated like an offer file)."""
    fields = {
        "company": company, "base": base, "currency": currency, "title": title,
        "level": level, "location": location, "bonus_target_pct": bonus_target_pct,
        "sign_on_1": sign_on_1, "sign_on_2": sign_on_2, "relocation": relocation,
        "grant_value": grant_value, "vesting": vesting, "cliff_months": cliff_months,
        "frequency": frequency, "refreshers": refreshers, "start_date": start_date,
    }  # fmt: skip
    from levelset.app.offers import add_offer_data

    try:
        _check_location(ctx, fields.get("location"))
        stored = add_offer_data(ctx.workspace, offer_data(fields), "offer form")
    except LevelsetError as error:
        if wants_json(request):
            raise
        return form_error_page(request, PAGES[0], {"ctx": ctx}, error, fields, "offer")
    return done(request, stored, f"/offers#offer-{stored.id}", status=201, saved="offer")


def _check_location(ctx: AppContext, location: str | None) -> None:
    """A misspelt place is refused with the closest places (the market range needs a place)."""
    place = optional_text(location)
    if place is not None:
        problems, first = unknown_places(ctx.workspace, [place], "location")
        raise_problems("offer form", problems, first)


def upload_offer_form(
    request: Request,
    ctx: Ctx,
    files: Annotated[list[UploadFile], File(description="offer files, YAML or JSON")],
) -> Response:
    """Store offer files (options, custom vesting, benefits...); all of them or none."""
    from levelset.app.offers import MAX_UPLOADS, add_uploaded

    uploads = [(u.filename or "", u.file.read()) for u in files[:MAX_UPLOADS]]
    stored = add_uploaded(ctx.workspace, uploads)
    return done(request, stored, f"/offers#offer-{stored[-1].id}", status=201, saved="offers")


def register(app: FastAPI) -> None:
    app.add_api_route(
        "/offers/upload",
        upload_offer_form,
        methods=["POST"],
        dependencies=[Depends(require_token)],
        summary="Add offers from YAML or JSON offer files",
        tags=["offers"],
        status_code=201,
    )
    app.add_api_route(
        "/offers",
        add_offer_form,
        methods=["POST"],
        dependencies=[Depends(require_token)],
        summary="Add an offer",
        tags=["offers"],
        status_code=201,
    )
