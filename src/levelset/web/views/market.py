"""The market page: ranges per source for a role, level and place(s), the offer marked."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query

from levelset.charts import RangeRow, range_chart
from levelset.errors import DataUnavailable, InputError, LevelsetError, Problem
from levelset.money import MAX_YEARLY, format_short, plain_amount
from levelset.profile.model import Profile
from levelset.web.context import AppContext
from levelset.web.pages import Page, context_of
from levelset.web.views.market_models import Building, MarketPage, MarketQuery, PlaceReport

Ctx = Annotated[AppContext, Depends(context_of)]
MAX_PLACES = 4


def report_for(
    ctx: AppContext,
    role: str,
    level: str | None,
    place: str | None,
    offer: float | None,
    year: int | None = None,
    company: str | None = None,
) -> dict[str, Any]:
    """The market's documented range report as plain data (`year`: the data year to read;
    `company`: its levels read, its LCA filings only)."""
    from levelset.app.market import market_range

    def build() -> dict[str, Any]:
        report = market_range(
            ctx.workspace, role, level, place, offer=offer, year=year, company=company
        )
        return dict(report.to_dict())

    return ctx.memo("market_range", (role, level, place, offer, year, company), build)


def reports_for(
    ctx: AppContext,
    role: str,
    level: str | None,
    places: list[str],
    offer: float | None,
    year: int | None = None,
    company: str | None = None,
) -> list[dict[str, Any]]:
    """One report per place (nationwide when none), each tagged with the place as asked."""
    if not places:
        return [{"asked": None, **report_for(ctx, role, level, None, offer, year, company)}]
    return [{"asked": p, **report_for(ctx, role, level, p, offer, year, company)} for p in places]


def headline_for(ctx: AppContext, profile: Profile) -> dict[str, Any] | None:
    """The blended range for the stored target, or None until a title is set."""
    if not profile.target_title:
        return None
    if ctx.market_building() is not None:
        raise DataUnavailable(
            "the market store is being built from the shipped data", hint="refresh in a moment"
        )
    level = profile.target_band.value if profile.target_band else None
    place = profile.locations[0] if profile.locations else None
    report = report_for(ctx, profile.target_title, level, place, None)
    blended = set((report.get("headline") or {}).get("sources") or [])
    shown = [r for r in report.get("ranges", []) if r.get("p50") is not None]
    shown = [r for r in shown if r.get("label") in blended] or shown
    provenance = [
        {k: r.get(k) for k in ("label", "dataset", "source_name", "release", "n", "n_counts")}
        for r in shown
    ]
    return {"query": report.get("query"), "headline": report.get("headline"), "from": provenance}


def _offer(text: str | None, name: str = "offer") -> float | None:
    if text is None or not text.strip():
        return None
    clean = plain_amount(text)  # 185k, $185,000
    try:
        value = float(clean)
    except ValueError:
        raise _refused(name, f"{text!r} is not an amount", hint="e.g. 185000") from None
    if not value > 0:  # NaN too
        raise _refused(name, "must be a positive annual amount")
    if value >= float(MAX_YEARLY):  # inf too
        raise _refused(name, f"{text!r} is not a plausible yearly amount (below 100 million)")
    return value


def _refused(field: str, said: str, hint: str | None = None) -> InputError:
    """A bad value of one field of the query, named in the message and as the problem's field."""
    problem = Problem(said, field=field, expected="an annual amount, e.g. 185000 or 185k")
    return InputError(f"{field}: {said}", problems=[problem], hint=hint)


def market_view(
    ctx: Ctx,
    role: Annotated[str | None, Query(description="job title, e.g. ML Engineer")] = None,
    level: Annotated[
        str | None, Query(description="band or company level, e.g. senior, L5")
    ] = None,
    place: Annotated[list[str] | None, Query(description="one or more places")] = None,
    offer: Annotated[str | None, Query(description="your offer's annual base or total")] = None,
    anchor: Annotated[str | None, Query(description="the amount you ask for")] = None,
    year: Annotated[
        str | None,
        Query(description="data year: crowd work year or LCA fiscal year (blank: the latest)"),
    ] = None,
    company: Annotated[
        str | None,
        Query(description="a company: its levels read (L5 at Amazon), its LCA filings only"),
    ] = None,
    living: Annotated[
        list[str] | None,
        Query(
            description="your cost-of-living ratio for each place after the first, against "
            "the first (0.85: living there costs 85%); levelset ships no index"
        ),
    ] = None,
) -> MarketPage:
    """Ranges per source for a role, level and places; the stored target fills the blanks.

    While the market store is first built, the answer says how far it is (`building`)."""
    role, level, places = _asked(ctx, role, level, place)
    amount = _offer(offer)
    query = MarketQuery(role=role, level=level or None, places=places, offer=amount)
    asked = _offer(anchor, "anchor")
    if asked is not None:  # set only when asked: the twin leaves out what was not
        query = query.model_copy(update={"anchor": asked})
    data_year = _year(year, ctx.workspace.today().year)
    if data_year is not None:
        query = query.model_copy(update={"year": data_year})
    firm = (company or "").strip() or None
    if firm is not None:  # a filter: in the answer only when asked
        query = query.model_copy(update={"company": firm})
    if not role:
        return MarketPage(available=True, query=query, reports=[])
    building = ctx.market_building()
    if building is not None:
        step, fraction = building
        shown = Building(step=step or "starting", percent=int(fraction * 100))
        return MarketPage(available=True, query=query, reports=[], building=shown)
    reports = reports_for(ctx, role, level or None, places[:MAX_PLACES], amount, data_year, firm)
    typed = [PlaceReport.model_validate(r) for r in reports]
    adjusted = _living(reports, living or [])
    return MarketPage(available=True, query=query, reports=typed, living=adjusted)


def _living(reports: list[dict[str, Any]], typed: list[str]) -> dict[str, Any] | None:
    """Each other place's blended range in the first place's terms, by the user's ratios
    (never by a shipped index: there is none); None when no ratio is given."""
    from levelset.offers.living import LivingRatio, parse_ratio

    if not any(t.strip() for t in typed):
        return None
    if len(reports) < 2 or len(typed) > len(reports) - 1:
        said = "give one ratio per place after the first, with two places"
        raise InputError(f"living: {said}", hint="add a place to compare with",
                         problems=[Problem(said, field="living")])  # fmt: skip
    reference = _place_name(reports[0])
    ratios, places = [], []
    for report, text in zip(reports[1:], typed, strict=False):
        value = parse_ratio(text, "living", _place_name(report))
        head = report.get("headline")
        if value is None or not head:
            continue
        ratio = LivingRatio(_place_name(report), value, reference)
        ratios.append(ratio.to_dict())
        places.append({"place": ratio.place, "ratio": value, "currency": head.get("currency"),
                       **{k: round(ratio.in_reference(head[k])) for k in ("low", "mid", "high")
                          if head.get(k) is not None}})  # fmt: skip
    return {"reference": reference, "ratios": ratios, "places": places} if ratios else None


def _year(text: str | None, this_year: int) -> int | None:
    """The data year asked for (None: the latest of each source); a bad one is a 400."""
    if text is None or not text.strip():
        return None
    clean = text.strip()
    if not clean.isdigit() or not 2000 <= int(clean) <= this_year:
        raise InputError(
            f"year: {text!r} is not a data year",
            problems=[Problem(f"{text!r} is not a year from 2000 to {this_year}", field="year",
                              expected="e.g. 2024, or blank for the latest")],
        )  # fmt: skip
    return int(clean)


def _asked(
    ctx: AppContext, role: str | None, level: str | None, place: list[str] | None
) -> tuple[str | None, str | None, list[str]]:
    """Role, level and places as asked, with the stored target filling the blanks."""
    from levelset.app.profile import show_profile

    profile: Profile = show_profile(ctx.workspace)
    role = (role or "").strip() or profile.target_title
    if level is None and profile.target_band is not None:
        level = profile.target_band.value
    places = [p.strip() for p in (place or []) if p.strip()] or list(profile.locations[:1])
    return role, level, places


def _row(item: dict[str, Any]) -> RangeRow:
    """A chart row from one source range: label, percentiles, and where it comes from, its
    own area first (a national row under a city's title says so)."""
    parts = [item.get("area"), item.get("source_name") or item.get("dataset"), item.get("release")]
    if item.get("n") is not None:
        parts.append(f"n={item['n']:,} {item.get('n_counts') or ''}".strip())
    return RangeRow(
        label=str(item.get("label") or item.get("source") or "source"),  # the chart fits it
        p10=item.get("p10"),
        p25=item.get("p25"),
        p50=item.get("p50"),
        p75=item.get("p75"),
        p90=item.get("p90"),
        note=" · ".join(str(p) for p in parts if p),
    )


def _headline_row(report: dict[str, Any]) -> RangeRow:
    head = report["headline"]
    sources = ", ".join(head.get("sources") or [])
    label = _place_name(report)
    return RangeRow(
        label, None, head["low"], head["mid"], head["high"], None, f"blend of {sources}"
    )


def _place_name(report: dict[str, Any]) -> str:
    return str((report.get("query") or {}).get("location") or report.get("asked") or "nationwide")


def charts(data: dict[str, Any]) -> dict[str, Any]:
    """One range chart per place, and the places side by side on the headline range; each
    drawn twice, for a wide screen and for a phone (the page shows the one that fits)."""
    offer, anchor = data["query"].get("offer"), data["query"].get("anchor")
    per_place = []
    for report in data.get("reports", []):
        rows = [_row(r) for r in report.get("ranges", [])]
        currency = next((str(r.get("currency")) for r in report.get("ranges", [])), "USD")
        title = f"Ranges per source · {_place_name(report)}"
        per_place.append(_both(rows, offer=offer, anchor=anchor, currency=currency, title=title))
    side_by_side = None
    headlines = [r for r in data.get("reports", []) if r.get("headline")]
    if len(headlines) > 1:
        rows = [_headline_row(r) for r in headlines]
        title = "Blended range (P25 to P75) per place"
        side_by_side = _both(rows, offer=offer, anchor=anchor, title=title)
    label = format_short(offer) if offer else None
    return {"range_charts": per_place, "places_chart": side_by_side, "offer_label": label}


def _both(rows: list[RangeRow], **options: Any) -> dict[str, str]:
    return {"wide": range_chart(rows, **options), "narrow": range_chart(rows, width=360, **options)}


def recover(params: dict[str, Any], error: LevelsetError) -> dict[str, Any]:
    """The market page with the query as typed and the error beside its field, which takes
    the focus."""
    from levelset.web.views.market_form import form_state, located

    role, level, places = _asked(
        params["ctx"], params.get("role"), params.get("level"), params.get("place")
    )
    query = MarketQuery(
        role=role, level=level or None, places=places, offer=None, offer_text=params.get("offer")
    )
    if params.get("year"):  # kept as typed beside the error
        query = query.model_copy(update={"year_text": params["year"]})
    if params.get("company"):
        query = query.model_copy(update={"company": params["company"]})
    if params.get("living"):
        query = query.model_copy(update={"living_text": list(params["living"])})
    body = located(error, places)
    page = MarketPage(available=True, query=query, reports=[], error=body)
    return page.model_dump(exclude_unset=True) | form_state(params, query.model_dump(), body)


PAGES = [
    Page(
        path="/market",
        template="market.html",
        view=market_view,
        title="Market",
        summary="Base-salary ranges per source for a role, level and places",
        model=MarketPage,
        decorate=charts,
        recover=recover,
    )
]
