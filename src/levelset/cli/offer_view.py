"""Rich tables for `levelset offer ...`: valuations, comparisons, stored offers and rates."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from rich.markup import escape
from rich.table import Table

from levelset.cli.output import console, hang
from levelset.cli.table_fit import stacked_if_narrow
from levelset.money import format_money
from levelset.offers.cashflow import MonthValue
from levelset.offers.compare import Comparison
from levelset.offers.currency import RateTable
from levelset.offers.living import LivingComparison
from levelset.offers.valuation import Valuation

PARTS = ("base", "bonus", "sign_on", "relocation", "equity", "refreshers", "benefits")


def show_valuation(valuation: Valuation) -> None:
    money = valuation.currency
    years = valuation.years
    used = [p for p in PARTS if p in ("base", "equity") or any(getattr(y, p) for y in years)]
    table = Table(title=f"{escape(valuation.offer.label)}: value by year ({money})")
    table.add_column("")
    for year in years:
        table.add_column(f"year {year.year}", justify="right")
    table.add_column(f"{len(years)} years", justify="right")
    for name in (*used, "total", "guaranteed", "at_risk"):
        values = [getattr(y, name) for y in years]
        cells = [format_money(v, money) for v in (*values, sum(values, Decimal(0)))]
        style = "bold" if name == "total" else None
        table.add_row(name.replace("_", " ").replace("sign on", "sign-on"), *cells, style=style)
    out = console()
    out.print(stacked_if_narrow(table, out.width))
    summary = [
        ("year-1 total", f"[bold]{format_money(valuation.year1_total, money)}[/]"),
        ("4-year total", f"[bold]{format_money(valuation.four_year_total, money)}[/]"),
        ("4-year guaranteed", format_money(valuation.guaranteed_total, money)),
    ]
    steady = format_money(valuation.steady_state, money)
    if valuation.refreshers:
        chosen = valuation.refreshers
        pct = f"{chosen.pct.normalize():f}% of the grant a year"
        named = "" if chosen.setting == "custom" else f"{chosen.setting}: "
        when = f"once a full stack of refreshers vests ({named}{pct}, an assumption)"
    else:
        when = "after the first grant has vested (no refreshers counted)"
    summary.append(("steady state", f"{steady} a year {escape(when)}"))
    if valuation.scenario is not None:
        summary.append(("equity valued", escape(valuation.scenario.label)))
    for label, text in summary:  # a wrapped line stays under its value
        hang(label.ljust(17), text, indent=0)
    if len(valuation.scenarios) > 1:
        _scenarios(valuation)
    for note in valuation.notes:
        out.print(f"[yellow]{escape(note)}[/]")
    out.print("[dim]Assumptions: " + "; ".join(valuation.assumptions) + ".[/]")


def _scenarios(valuation: Valuation) -> None:
    money = valuation.currency
    table = Table(title="Equity scenarios (no single value is certain)")
    for name in ("scenario", "key", "grant worth", "year 1", "4 years"):
        table.add_column(name, justify="left" if name in ("scenario", "key") else "right")
    for s in valuation.scenarios:
        table.add_row(
            s.label,
            s.key,
            format_money(s.grant_value, money),
            format_money(s.year1_total, money),
            format_money(s.four_year_total, money),
        )
    console().print(stacked_if_narrow(table, console().width))


def show_months(months: Sequence[MonthValue], currency: str) -> None:
    table = Table(title=f"Cash by month ({currency})")
    used = [p for p in PARTS if any(getattr(m, p) for m in months)]
    for name in ("month", *used, "total"):
        table.add_column(name.replace("_", "-"), justify="right")
    for m in months:
        cells = [format_money(getattr(m, p), currency) if getattr(m, p) else "" for p in used]
        table.add_row(str(m.month), *cells, format_money(m.total, currency))
    console().print(stacked_if_narrow(table, console().width))


def show_comparison(
    comparison: Comparison, notes: Sequence[str], living: LivingComparison | None = None
) -> None:
    money = comparison.currency
    table = Table(title=f"Offers side by side ({money})")
    table.add_column("")
    for item in comparison.offers:
        table.add_column(escape(item.label), justify="right")
    rows = {
        "base": [i.base for i in comparison.offers],
        "year-1 total": [i.year1_total for i in comparison.offers],
        "4-year total": [i.four_year_total for i in comparison.offers],
        "4-year guaranteed": [i.four_year_guaranteed for i in comparison.offers],
    }
    for name, values in rows.items():
        table.add_row(name, *[_mark(v, values, money) for v in values])
    if living is not None:
        _living_rows(table, comparison, living)
    table.add_row("equity valued", *[_scenario(i.valuation) for i in comparison.offers])
    table.add_row("market (base)", *[_placement(i) for i in comparison.offers])
    out = console()
    out.print(stacked_if_narrow(table, out.width))
    for key, label in (
        ("year1_total", "year 1"),
        ("four_year_total", "4 years"),
        ("four_year_guaranteed", "guaranteed cash"),
    ):
        out.print(f"wins on {label}: [bold]{escape(comparison.winners[key])}[/]")
    for item in comparison.offers:
        if item.placement:
            market = item.placement.market
            line = f"{item.label} market: {market.provenance}"
            out.print(f"[dim]{escape(line)}{'; ' + escape(market.note) if market.note else ''}[/]")
    for rate in (r for r in comparison.rates if r.currency != "USD"):
        line = f"rate {rate.currency}: {rate.usd_per_unit} USD, {rate.as_of}, {rate.source}"
        out.print(f"[dim]{escape(line)}[/]")
    for note in notes:
        out.print(f"[dim]{escape(note)}[/]")
    for ratio in living.ratios if living else ():
        out.print(
            f"[dim]cost of living: {escape(ratio.said)}; only the rows marked with it use it[/]"
        )


def _living_rows(table: Table, comparison: Comparison, living: LivingComparison) -> None:
    """The two totals in the reference place's terms; an offer with no ratio stands as is."""
    money = comparison.currency
    by_position = {t.position: t for t in living.offers}
    for key, label in (("year1_total", "year-1 total"), ("four_year_total", "4-year total")):
        cells = []
        for position, item in enumerate(comparison.offers):
            found = by_position.get(position)
            if found is None:
                cells.append(f"{format_money(getattr(item, key), money)} as is")
            else:
                cells.append(
                    f"{format_money(getattr(found, key), money)} (÷ {found.ratio.ratio:.2f})"
                )
        table.add_row(escape(f"{label} in {living.reference} terms (your ratio)"), *cells)


def show_rates(table_: RateTable) -> None:
    table = Table(title="Exchange rates in use (USD per unit)")
    for name in ("currency", "USD per unit", "as of", "source"):
        table.add_column(name)
    for rate in table_.rates:
        table.add_row(
            rate.currency, f"{rate.usd_per_unit}", rate.as_of.isoformat(), escape(rate.source)
        )
    console().print(stacked_if_narrow(table, console().width))


def _mark(value: Decimal, values: Sequence[Decimal], money: str) -> str:
    text = format_money(value, money)
    return f"[bold green]{text}[/]" if len(values) > 1 and value == max(values) else text


def _scenario(valuation: Valuation) -> str:
    scenario = valuation.scenario
    if scenario is None:
        return "no equity"
    return "RSU grant value" if scenario.key == "grant" else f"options {scenario.label}"


def _placement(item: object) -> str:
    placement = getattr(item, "placement", None)
    return placement.text if placement else "[dim]not available[/]"
