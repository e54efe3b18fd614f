"""`levelset offer value|compare|add|list|show|export|import|rates`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from levelset.offers import Offer, RateTable
    from levelset.store import Store
    from levelset.store.offers import StoredOffer

app = typer.Typer(help="Value and compare job offers.", no_args_is_help=True, add_completion=False)
rates_app = typer.Typer(
    help="Exchange rates: the shipped table and your own dated rates.", add_completion=False
)
app.add_typer(rates_app, name="rates")

JSON = typer.Option(False, "--json", help="Print JSON.")
REFRESHERS = typer.Option(
    None,
    "--refreshers",
    help="Count refresher grants (an assumption): none, low, typical, high or a percent.",
)
FORMAT = typer.Option("yaml", "--format", help="yaml, json or csv.")


@app.command("value")
def value(
    file: Path = typer.Argument(..., help="Offer file (.yaml or .json)."),
    years: int = typer.Option(4, "--years", min=1, max=10, help="Years to show."),
    monthly: bool = typer.Option(False, "--monthly", help="Also show cash month by month."),
    refreshers: str | None = REFRESHERS,
    scenario: str | None = typer.Option(
        None, "--scenario", help="Equity scenario key, e.g. zero, preferred, 409a."
    ),
    json_output: bool = JSON,
) -> None:
    """What an offer is worth each year: guaranteed cash and the parts that can move."""
    from levelset.cli.output import print_json
    from levelset.offers import cash_by_month, value_offer

    offer = _load_files([file])[0]
    valuation = value_offer(offer, years, refreshers=refreshers, scenario=scenario)
    months = cash_by_month(valuation) if monthly else ()
    if json_output:
        data = valuation.to_dict()
        print_json(data | {"months": [m.to_dict() for m in months]} if monthly else data)
        return
    from levelset.cli.offer_view import show_months, show_valuation

    show_valuation(valuation)
    if monthly:
        show_months(months, valuation.currency)


@app.command("compare")
def compare(
    files: list[Path] = typer.Argument(..., help="Two or more offer files."),
    currency: str | None = typer.Option(None, "--currency", help="Compare in this currency."),
    refreshers: str | None = REFRESHERS,
    market: bool = typer.Option(True, "--market/--no-market", help="Place each base in its range."),
    json_output: bool = JSON,
) -> None:
    """Offers side by side: who wins in year 1, over 4 years and in guaranteed cash."""
    from levelset.app.market_placement import market_range_for
    from levelset.cli.output import print_json
    from levelset.cli.workspace import workspace
    from levelset.errors import InputError
    from levelset.offers import compare_offers

    if len(files) < 2:
        raise InputError("offer compare needs two or more offer files (use `offer value` for one)")
    offers = _load_files(files)
    ranges, notes = [], []
    for offer in offers if market else []:
        found, why = market_range_for(
            workspace(), offer.title, offer.level, offer.location, offer.company
        )
        ranges.append(found)
        notes += [f"{offer.label}: {why}"] if why else []
    result = compare_offers(
        offers, refreshers=refreshers, currency=currency, rates=_rates(), markets=ranges
    )
    if json_output:
        print_json(result.to_dict() | {"notes": notes})
        return
    from levelset.cli.offer_view import show_comparison

    show_comparison(result, notes)


@app.command("add")
def add(
    files: list[Path] = typer.Argument(..., help="Offer files to keep."), json_output: bool = JSON
) -> None:
    """Store offers (all files are checked first; nothing is stored if one is bad)."""
    from levelset.store.offers import add_offers

    stored = add_offers(_store(), _load_files(files))
    _print_stored(stored, json_output)


@app.command("list")
def list_(json_output: bool = JSON) -> None:
    """Every stored offer."""
    from levelset.store.offers import list_offers

    _print_stored(list_offers(_store()), json_output)


@app.command("show")
def show(
    offer_id: int = typer.Argument(..., help="Offer number from `offer list`."),
    refreshers: str | None = REFRESHERS,
    json_output: bool = JSON,
) -> None:
    """A stored offer, valued."""
    from levelset.cli.output import print_json
    from levelset.offers import value_offer
    from levelset.store.offers import get_offer

    stored = get_offer(_store(), offer_id)
    valuation = value_offer(stored.offer, 4, refreshers=refreshers)
    if json_output:
        print_json(stored.to_dict() | {"valuation": valuation.to_dict()})
        return
    from levelset.cli.offer_view import show_valuation

    show_valuation(valuation)


@app.command("export")
def export(
    fmt: str = FORMAT,
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here, not stdout."),
) -> None:
    """Write every stored offer as YAML, JSON or CSV (re-importable)."""
    from levelset.offers.transfer import dump_offers
    from levelset.store.offers import list_offers

    text = dump_offers([s.offer for s in list_offers(_store())], fmt)
    if output is None:
        typer.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")
    from levelset.cli.output import note

    note(f"wrote {output}")


@app.command("import")
def import_(
    file: Path = typer.Argument(..., help="A YAML, JSON or CSV file of offers."),
    json_output: bool = JSON,
) -> None:
    """Read offers exported earlier (or written by hand) and store them, all or nothing."""
    from levelset.offers.transfer import read_offers
    from levelset.store.offers import add_offers

    store = _store()
    offers = read_offers(file, currencies=_rates(store).codes)
    _print_stored(add_offers(store, offers), json_output)


@rates_app.callback(invoke_without_command=True)
def rates(ctx: typer.Context, json_output: bool = JSON) -> None:
    """The exchange rates in use, each with its date and source."""
    if ctx.invoked_subcommand is not None:
        return
    from levelset.cli.output import print_json

    table = _rates()
    if json_output:
        print_json({"rates": [vars(r) for r in table.rates]})
        return
    from levelset.cli.offer_view import show_rates

    show_rates(table)


@rates_app.command("set")
def rates_set(
    currency: str = typer.Argument(..., help="Three-letter code, e.g. EUR."),
    rate: str = typer.Argument(..., help="US dollars per one unit, e.g. 1.08."),
    date: str = typer.Option(..., "--date", help="The date the rate is from (YYYY-MM-DD)."),
    source: str = typer.Option("set by you", "--source", help="Where the rate comes from."),
    json_output: bool = JSON,
) -> None:
    """Add your own dated rate; the newest rate for a currency is the one used."""
    from levelset.cli.output import console, print_json
    from levelset.offers import make_rate
    from levelset.offers.transfer import parse_day
    from levelset.store.offers import add_rate

    saved = add_rate(_store(), make_rate(currency, rate, parse_day(date, "--date"), source))
    if json_output:
        print_json(vars(saved))
        return
    console().print(f"{saved.currency}: {saved.usd_per_unit} USD as of {saved.as_of}")


def _store() -> Store:
    from levelset.cli.workspace import workspace

    return workspace().store


def _rates(store: Store | None = None) -> RateTable:
    from levelset.store.offers import rate_table

    return rate_table(store or _store())


def _load_files(files: list[Path]) -> list[Offer]:
    """Every file read and checked; one error listing the problems of all bad files."""
    from levelset.offers.transfer import load_offer_files

    return load_offer_files(files, currencies=_rates().codes)


def _print_stored(stored: list[StoredOffer], json_output: bool) -> None:
    from levelset.cli.output import console, print_json
    from levelset.money import format_money

    if json_output:
        print_json({"offers": [s.to_dict() for s in stored]})
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="Stored offers")
    for name in ("id", "company", "title", "level", "base", "added"):
        table.add_column(name)
    for s in stored:
        o = s.offer
        base = format_money(o.base, o.currency)
        added = s.created_at.date().isoformat()
        names = (escape(o.company), escape(o.title or ""), escape(o.level or ""))
        table.add_row(str(s.id), *names, base, added)
    console().print(table)
