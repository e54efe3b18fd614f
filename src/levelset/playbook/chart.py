"""The market range chart of the playbook, with the offer marked, from the market input."""

from __future__ import annotations

from decimal import Decimal

from levelset.charts import Bar, RangeRow, bar_chart, funnel_chart, range_chart
from levelset.plan.inputs import MarketInput, MarketRow, OfferInput, PlanInputs, TrackingInput
from levelset.plan.wording import market_money, money
from levelset.playbook.model import Chart

MAX_ROWS = 4


def _row(row: MarketRow, used: bool = False) -> RangeRow:
    """A chart row with its whole name (on a line of its own above the band: the chart fits it)
    and a short note of its size, date and every flag in words (its age, a wider area); the
    full provenance goes in the caption. `used`: the row the headline range is taken from."""
    if row.note:
        note = "headline blend"
    else:
        size = f"n={row.n:,}" if row.n is not None else "n not published"
        lead = ["range used"] if used else []
        words = [_flag_words(row, f) for f in row.flags]
        note = " · ".join([*lead, size, row.release.split(" (")[0], *words])
    return RangeRow(row.label, row.p10, row.p25, row.p50, row.p75, row.p90, note=note)


def _flag_words(row: MarketRow, flag: str) -> str:
    if flag == "dated":
        return row.age
    if flag == "wider-area":
        return row.area or "wider area"
    return flag.replace("-", " ")


def rows_of(market: MarketInput) -> list[MarketRow]:
    """The headline first, then the sources, at most MAX_ROWS; a headline taken from one row
    alone is that row (drawn once, marked as the range used), not a second, identical bar."""
    rows = list(market.rows)
    if market.headline is not None and taken_from(market) is None:
        rows.insert(0, market.headline)
    return rows[:MAX_ROWS]


def taken_from(market: MarketInput) -> MarketRow | None:
    """The one row the headline range is taken from unchanged (its P25, P50, P75), if any."""
    head = market.headline
    if head is None or not head.note or not head.note.startswith("from "):
        return None
    for row in market.rows:
        if row.source in head.note and _same(head, row):
            return row
    return None


def _same(head: MarketRow, row: MarketRow) -> bool:
    pairs = ((head.p25, row.p25), (head.p50, row.p50), (head.p75, row.p75))
    return all(a is not None and b is not None and abs(a - b) < 1 for a, b in pairs)


def market_chart(inputs: PlanInputs) -> Chart | None:
    """The range chart with the offer's base marked, or None without a market range."""
    market = inputs.market
    if market is None or not rows_of(market):
        return None
    offer = inputs.offer
    base = offer_in_market(offer, market) if offer is not None else None
    marker = float(base) if base is not None else None
    where = ", ".join(p for p in (market.level, market.location) if p)
    svg = range_chart(
        [_row(r, r is taken_from(market)) for r in rows_of(market)],
        offer=marker,
        currency=market.currency,
        title="Market range and your offer" if offer else "Market range",
        offer_label="Offer base" if offer else "Your offer",
    )
    caption = (
        (f"{market.role}, {where}. " if where else f"{market.role}. ")
        + "Bars: 10th to 90th percentile, darker 25th to 75th, tick at the median. "
        + _sources_caption(market)
    )
    if offer is not None:
        caption += _offer_caption(offer, market)
        if offer.anchor is not None:
            caption += f" Your anchor: {money(offer.anchor, offer.currency)}."
    return Chart(svg, caption)


def _sources_caption(market: MarketInput) -> str:
    """Each source named once, with its size and age: the range used (the blended range says
    the rows it is made of), then the other rows; a row the blend names is not listed again."""
    rows = rows_of(market)
    head, used = market.headline, taken_from(market)
    if used is not None:
        others = [r for r in rows if r is not used]
        rest = f" Also shown: {'; '.join(r.provenance for r in others)}." if others else ""
        return f"Range used: {used.provenance}.{rest}"
    if head is None or not head.note or head not in rows:
        return f"Sources: {'; '.join(r.provenance for r in rows)}."
    others = [r for r in rows if r is not head and r.source not in head.note]
    said = f"taken {head.note}" if head.note.startswith("from ") else f"a {head.note}"
    rest = f" Also shown: {'; '.join(r.provenance for r in others)}." if others else ""
    return f"Blended range: {said}.{rest}"


def offer_in_market(offer: OfferInput, market: MarketInput) -> Decimal | None:
    """The offer's base in the range's currency, or None when it cannot be converted."""
    if offer.currency == market.currency:
        return offer.base
    return market.offer_base


def _offer_caption(offer: OfferInput, market: MarketInput) -> str:
    base = f"{offer.company}'s base of {money(offer.base, offer.currency)}"
    area = offer.market.area if offer.market else market.offer_area
    if area and market.location and area != market.location:
        base += f" (an offer in {area}; these bars are {market.location})"
    converted_base = offer_in_market(offer, market)
    if offer.currency == market.currency:
        return f" Dashed line: {base}."
    if converted_base is None:
        return f" Not marked: {base} has no exchange rate to {market.currency} here."
    converted = market_money(float(converted_base), market.currency)
    return f" Dashed line: {base}, about {converted} at the shipped exchange rate."


def funnel(tracking: TrackingInput) -> Chart | None:
    """Applications to offers as bars, or None before the first application."""
    if not tracking.applied:
        return None
    stages = (
        ("Applied", tracking.applied),
        ("Responded", tracking.responded),
        ("Interviewed", tracking.interviewed),
        ("Offered", tracking.offered),
    )
    svg = funnel_chart(stages, title="Your funnel")
    return Chart(svg, f"Source: your tracked events ({len(tracking.events)} on record).")


def channel_rates(tracking: TrackingInput) -> Chart | None:
    """Response rate by channel with each interval and sample size, or None without rates."""
    rates = [c for c in tracking.channels if c.sent]
    if not rates:
        return None
    bars = [
        Bar(
            c.channel.replace("_", " "),
            c.responded / c.sent,
            f"n={c.sent}" + (" (thin)" if c.thin else ""),
        )
        for c in rates
    ]
    svg = bar_chart(
        bars, title="Response rate by channel", value_format=lambda v: f"{v:.0%}", maximum=1.0
    )
    return Chart(
        svg,
        "Share of attempts old enough to count that got any reply; thin means fewer than ten "
        "attempts. Source: your tracked events.",
    )
