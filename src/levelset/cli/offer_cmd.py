"""`levelset offer value|compare|add|list|show|export|import|whatif|rates`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from levelset.app.offers import StoredOffer
    from levelset.app.workspace import Workspace

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
    from levelset.app.offers import value_offer
    from levelset.cli.output import print_json

    valued = value_offer(
        _ws(), file, years=years, refreshers=refreshers, scenario=scenario, monthly=monthly
    )
    if json_output:
        print_json(valued.to_dict(monthly))
        return
    from levelset.cli.offer_view import show_months, show_valuation

    show_valuation(valued.valuation)
    if monthly:
        show_months(list(valued.months), valued.valuation.currency)


@app.command("compare")
def compare(
    files: list[Path] = typer.Argument(
        ...,
        metavar="OFFERS",
        help="Two or more offers: files, or stored offers by number or company (`offer list`).",
    ),
    currency: str | None = typer.Option(None, "--currency", help="Compare in this currency."),
    refreshers: str | None = REFRESHERS,
    market: bool = typer.Option(True, "--market/--no-market", help="Place each base in its range."),
    living: list[str] | None = typer.Option(
        None,
        "--living",
        help="Your cost-of-living ratio for an offer's place against the first offer's place: "
        '"Austin, TX=0.85" (living there costs 85%), or 0.85 alone with two places. Repeat per '
        "place. levelset ships no index: the ratio is yours, shown apart from the totals.",
    ),
    json_output: bool = JSON,
) -> None:
    """Offers side by side: who wins in year 1, over 4 years and in guaranteed cash; with
    --living, the totals also in the first offer's place's terms."""
    from levelset.app.offers import compare_files
    from levelset.cli.output import print_json

    result = compare_files(_ws(), files, currency=currency, refreshers=refreshers,
                           market=market, living=_living_pairs(living or []))  # fmt: skip
    if json_output:
        print_json(result.to_dict())
        return
    from levelset.cli.offer_view import show_comparison

    show_comparison(result.comparison, list(result.notes), result.living)


def _living_pairs(typed: list[str]) -> dict[str, str]:
    """PLACE=RATIO pairs as typed; a ratio alone is for the one other place (key "")."""
    pairs: dict[str, str] = {}
    for item in typed:
        place, _, ratio = item.rpartition("=")
        pairs[place.strip()] = ratio
    return pairs


@app.command("add")
def add(
    files: list[Path] = typer.Argument(..., help="Offer files to keep."), json_output: bool = JSON
) -> None:
    """Store offers (all files are checked first; nothing is stored if one is bad)."""
    from levelset.app.offers import add_offer_files
    from levelset.cli.output import note
    from levelset.offers.plausible import base_notes, start_notes

    ws = _ws()
    stored = add_offer_files(ws, files)
    for kept in stored:  # on stderr, so --json stays one document
        for said in base_notes(kept.offer) + start_notes(kept.offer, ws.today()):
            note(f"offer #{kept.id} ({kept.offer.label}): {said}")
    _print_stored(stored, json_output)


@app.command("list")
def list_(json_output: bool = JSON) -> None:
    """Every stored offer."""
    from levelset.app.offers import list_offers

    _print_stored(list_offers(_ws()), json_output)


@app.command("show")
def show(
    offer_id: int = typer.Argument(..., help="Offer number from `offer list`."),
    refreshers: str | None = REFRESHERS,
    json_output: bool = JSON,
) -> None:
    """A stored offer, valued."""
    from levelset.app.offers import show_offer
    from levelset.cli.output import print_json

    stored, valuation = show_offer(_ws(), offer_id, refreshers=refreshers)
    if json_output:
        print_json(stored.to_dict() | {"valuation": valuation.to_dict()})
        return
    from levelset.cli.offer_view import show_valuation

    show_valuation(valuation)


@app.command("delete")
def delete(
    offer_id: int = typer.Argument(..., help="Offer number from `offer list`."),
    json_output: bool = JSON,
) -> None:
    """Remove a stored offer (even one that can no longer be read); it is kept in a file
    that `levelset offer import` brings back."""
    from levelset.app.offers import delete_offer
    from levelset.cli.output import print_json

    deleted = delete_offer(_ws(), offer_id)
    if json_output:
        print_json(deleted.to_dict())
        return
    typer.echo(f"Deleted {deleted.what}. To undo: {deleted.undo}")


@app.command("export")
def export(
    fmt: str = FORMAT,
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here, not stdout."),
) -> None:
    """Write every stored offer as YAML, JSON or CSV (re-importable)."""
    from levelset.app.offers import export_offers

    text = export_offers(_ws(), fmt)
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
    from levelset.app.offers import import_offers

    _print_stored(import_offers(_ws(), file), json_output)


@rates_app.callback(invoke_without_command=True)
def rates(ctx: typer.Context, json_output: bool = JSON) -> None:
    """The exchange rates in use, each with its date and source."""
    if ctx.invoked_subcommand is not None:
        return
    from levelset.app.offers import rates as known
    from levelset.cli.output import print_json

    table = known(_ws())
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
    from levelset.app.offers import set_rate
    from levelset.cli.output import console, print_json

    saved = set_rate(_ws(), currency, rate, date, source)
    if json_output:
        print_json(vars(saved))
        return
    console().print(f"{saved.currency}: {saved.usd_per_unit} USD as of {saved.as_of}")


def _ws() -> Workspace:
    from levelset.cli.workspace import workspace

    return workspace()


def _print_stored(stored: list[StoredOffer], json_output: bool) -> None:
    from levelset.cli.output import console, print_json
    from levelset.money import format_money

    if json_output:
        print_json({"offers": [s.to_dict() for s in stored]})
        return
    if not stored:
        console().print(
            "No offers stored yet: `levelset offer add offer.yaml` (the format: docs/offers.md; "
            "samples in examples/offers)."
        )
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


@app.command("whatif")
def whatif(
    offer: int | None = typer.Option(
        None,
        "--offer",
        help="Stored offer whose equity fills what is not given (default: the latest).",
    ),
    kind: str | None = typer.Option(None, "--kind", help="rsu or options."),
    shares: str | None = typer.Option(None, "--shares", help="Shares granted."),
    strike: str | None = typer.Option(None, "--strike", help="Options: price to buy one share."),
    price: str | None = typer.Option(None, "--price", help="Share price at the exit."),
    company_value: str | None = typer.Option(
        None, "--company-value", help="Company value at the exit, e.g. 2B."
    ),
    fully_diluted: str | None = typer.Option(
        None, "--fully-diluted", help="The company's shares today, e.g. 100M."
    ),
    dilution: str | None = typer.Option(None, "--dilution", help="Percent dilution per round."),
    rounds: str | None = typer.Option(None, "--rounds", help="Funding rounds before the exit."),
    vesting: str | None = typer.Option(
        None, "--vesting", help="Percent per year (25/25/25/25) or even, front-loaded, back-loaded."
    ),
    cliff: str | None = typer.Option(None, "--cliff", help="Cliff in months."),
    json_output: bool = JSON,
) -> None:
    """What RSUs or options could be worth at an exit, year by year over the vesting: the
    share price or the company's value after dilution, the strike's cost, a general tax note."""
    from levelset.app.equity import WhatIfFields, equity_whatif
    from levelset.cli.workspace import workspace
    from levelset.jsonable import to_jsonable

    typed = WhatIfFields(kind, shares, strike, price, company_value, fully_diluted, dilution,
                         rounds, vesting, cliff, offer)  # fmt: skip
    found = to_jsonable(equity_whatif(workspace(), typed).to_dict())
    if json_output:
        print_json_value(found)
        return
    from levelset.cli.pages_view import show_whatif

    show_whatif(found)


def print_json_value(value: object) -> None:
    from levelset.cli.output import print_json

    print_json(value)
