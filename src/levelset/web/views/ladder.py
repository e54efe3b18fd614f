"""The level ladder page: every band of the target company's ladder, the market range at each,
your estimated level, your target and the offer on one picture."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query

from levelset.charts.ladder import LadderRung, ladder_chart
from levelset.jsonable import to_jsonable
from levelset.web.context import AppContext
from levelset.web.forms import optional_text
from levelset.web.pages import Page, context_of
from levelset.web.views.page_models import LadderPage

Ctx = Annotated[AppContext, Depends(context_of)]


def ladder_view(
    ctx: Ctx,
    company: Annotated[str | None, Query(description="company whose ladder to show")] = None,
    role: Annotated[str | None, Query(description="job title for the market ranges")] = None,
    place: Annotated[str | None, Query(description="place for the market ranges")] = None,
    offer: Annotated[int | None, Query(description="stored offer number to place", ge=1)] = None,
) -> LadderPage:
    """The ladder (highest band first) with the market's P25, median and P75 at each band;
    the latest offer and the profile fill what is not asked.

    While the market store is first built, the answer says how far it is (`building`)."""
    from levelset.app.ladder import LadderQuery, level_ladder

    asked = LadderQuery(optional_text(company), optional_text(role), optional_text(place), offer)
    shown = {"company": asked.company, "role": asked.role, "place": asked.place, "offer": offer}
    building = ctx.market_building()
    if building is not None:
        step, fraction = building
        progress = {"step": step or "starting", "percent": int(fraction * 100)}
        return LadderPage(asked=shown, building=progress, ladder=None)
    found = ctx.memo("ladder", (asked,), lambda: level_ladder(ctx.workspace, asked).to_dict())
    return LadderPage.model_validate(to_jsonable({"asked": shown, "ladder": found}))


def rungs_of(ladder: dict[str, Any]) -> list[LadderRung]:
    """The chart's rungs: each band's market range and the marks placed on it."""
    marks = {key: (ladder.get(key) or {}).get("band") for key in ("estimate", "target", "offer")}
    pay = (ladder.get("offer") or {}).get("pay")
    offer_label = f"{(ladder.get('offer') or {}).get('company') or 'offer'} offer"
    found = []
    for rung in ladder["rungs"]:
        market = rung.get("market") or {}
        short = str(rung["level"]).split(" (")[0]
        name = (
            short if short == rung["name"] else f"{short} · {str(rung['band']).replace('_', ' ')}"
        )
        on_offer = marks["offer"] == rung["band"]
        total = rung.get("total") or {}
        found.append(
            LadderRung(
                name=name,
                low=market.get("low"),
                mid=market.get("mid"),
                high=market.get("high"),
                note=str(market.get("note") or ""),
                you=marks["estimate"] == rung["band"],
                target=marks["target"] == rung["band"],
                offer=float(pay) if on_offer and pay is not None else None,
                offer_label=offer_label,
                total=(float(total["low"]), float(total["mid"]), float(total["high"]))
                if total
                else None,
                total_note=str(total.get("note") or ""),
            )
        )
    return found


def charts(data: dict[str, Any]) -> dict[str, Any]:
    ladder = data.get("ladder")
    if not ladder:
        return {}
    rungs = rungs_of(ladder)
    market: dict[str, Any] = next((r["market"] for r in ladder["rungs"] if r.get("market")), {})
    currency = str(market.get("currency") or "USD")
    where = ladder.get("place") or "United States"
    whose = ladder.get("company") or "Band scale"
    title = f"{whose} ladder · {ladder['role']} · {where}"
    basis = str(market.get("measures") or "base pay")  # what the market's money is
    options: dict[str, Any] = {"currency": currency, "title": title, "basis": basis}
    return {
        "ladder_chart": {
            "wide": ladder_chart(rungs, **options),
            "narrow": ladder_chart(rungs, width=360, **options),
        }
    }


PAGES = [
    Page(
        path="/ladder",
        template="ladder.html",
        view=ladder_view,
        title="Level ladder",
        summary="Every band of a company's ladder with the market range, your level and the offer",
        model=LadderPage,
        decorate=charts,
    )
]
