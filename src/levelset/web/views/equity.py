"""The equity what-if page: RSUs or options at an exit you move on a slider, year by year over
the vesting schedule, with dilution, the strike's cost and a general tax note."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query

from levelset.charts import Bar, bar_chart
from levelset.errors import LevelsetError
from levelset.jsonable import to_jsonable
from levelset.money import format_short
from levelset.web.context import AppContext
from levelset.web.form_errors import first_field
from levelset.web.pages import Page, context_of
from levelset.web.views.page_models import EquityPage

Ctx = Annotated[AppContext, Depends(context_of)]
FIELDS = ("kind", "shares", "strike", "price", "company_value", "fully_diluted", "dilution",
          "rounds", "vesting", "cliff")  # fmt: skip


def equity_view(
    ctx: Ctx,
    kind: Annotated[str | None, Query(description="rsu or options")] = None,
    shares: Annotated[str | None, Query(description="shares granted")] = None,
    strike: Annotated[str | None, Query(description="options: price to buy one share")] = None,
    price: Annotated[str | None, Query(description="share price at the exit")] = None,
    company_value: Annotated[str | None, Query(description="company value at the exit")] = None,
    fully_diluted: Annotated[str | None, Query(description="the company's shares today")] = None,
    dilution: Annotated[str | None, Query(description="percent dilution per round")] = None,
    rounds: Annotated[str | None, Query(description="funding rounds before the exit")] = None,
    vesting: Annotated[str | None, Query(description="e.g. 25/25/25/25 or front-loaded")] = None,
    cliff: Annotated[str | None, Query(description="cliff in months")] = None,
    offer: Annotated[
        int | None, Query(description="stored offer whose equity fills blanks", ge=1)
    ] = None,
) -> EquityPage:
    """What the grant is worth at the exit, year by year; a stored offer (the one asked for, or
    the latest with equity) fills the fields left blank. Bad fields are a 400 naming each."""
    from levelset.app.equity import WhatIfFields, equity_whatif

    typed = WhatIfFields(kind, shares, strike, price, company_value, fully_diluted, dilution,
                         rounds, vesting, cliff, offer)  # fmt: skip
    answer = equity_whatif(ctx.workspace, typed)
    return EquityPage.model_validate(to_jsonable(answer.to_dict()))


def recover(params: dict[str, Any], error: LevelsetError) -> dict[str, Any]:
    """The form again with what was typed and each problem beside its field."""
    from levelset.app.offers import list_offers

    typed = {name: params.get(name) for name in FIELDS}
    body = error.to_dict()
    stored = [s for s in list_offers(params["ctx"].workspace) if s.offer.equity is not None]
    return {
        "fields": {**typed, "offer": params.get("offer")},
        "result": None,
        "slider": None,
        "offer": None,
        "offers": [{"id": s.id, "label": f"{s.offer.label} (offer {s.id})"} for s in stored],
        "notes": [],
        "form_error": body,
        "form_values": {"vesting": "25/25/25/25", "cliff": "12"}
        | {k: v for k, v in typed.items() if v is not None},
        "form_key": "whatif",
        "form_focus": first_field(body, dict.fromkeys(FIELDS, "")),
    }


def charts(data: dict[str, Any]) -> dict[str, Any]:
    result = data.get("result")
    if not result:
        return {}
    bars = [
        Bar(f"Year {y['year']}", float(y["net"]), f"{y['pct_of_grant']}% vested")
        for y in result["years"]
    ]
    title = "Vested value at this exit, end of each year (before tax)"
    wide = bar_chart(bars, title=title, value_format=format_short)
    narrow = bar_chart(bars, title="Vested value by year", value_format=format_short, width=360)
    extras: dict[str, Any] = {"years_chart": {"wide": wide, "narrow": narrow}}
    slider = data.get("slider")
    if slider:
        big = slider["field"] == "company_value"
        extras["slider_text"] = {
            key: big_money(slider[key]) if big else f"${float(slider[key]):,.2f}"
            for key in ("value", "max")
        }
    return extras


def big_money(value: float) -> str:
    """$2.0B, $350M, $80k: a company's value in a few characters."""
    amount = float(value)
    if amount >= 1e9:
        return f"${amount / 1e9:.1f}B"
    return format_short(amount)


PAGES = [
    Page(
        path="/equity",
        template="equity.html",
        view=equity_view,
        title="Equity what-if",
        summary="RSUs or options at an exit you choose, year by year over the vesting",
        model=EquityPage,
        decorate=charts,
        recover=recover,
    )
]
