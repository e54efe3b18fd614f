"""The practice's offer book under `levelset range`: one row per slice, hidden ones say why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from levelset.money import format_short

if TYPE_CHECKING:
    from levelset.coach.offer_book import BookCell, OfferBook


def render_book(book: OfferBook, width: int = 80) -> Group:
    """The practice's signed offers by slice, laid out for a terminal `width` columns wide."""
    from levelset.cli.table_fit import stacked_if_narrow

    if not book.clients:  # a table of one hidden slice would say nothing more
        return Group(Text(_none_signed(book), style="dim"))
    title = f"Your clients' offers (signed, {book.currency}; one offer per client; quartiles)"
    table = Table("slice", "n", "signed", "base", "bonus", "equity a year", title=title)
    for cell in book.cells:
        table.add_row(*_row(cell, book.currency))
    notes = [
        f"{book.clients} client{'' if book.clients == 1 else 's'} signed in {book.currency}"
        + _other(book),
        "A slice from fewer than 5 clients, or where one client is over 25% of a figure, is "
        "hidden; so is a slice the hidden clients could be worked out from.",
    ]
    old = [c for c in book.cells if c.dated and not c.hidden]
    if old:
        months = max(c.oldest_months or 0 for c in old)
        slices = "; ".join(f"'{c.label}'" for c in old)
        notes.append(
            f"Older than 12 months: offers signed up to {months} months ago are in {slices}; "
            "pay has likely moved since, so read them as of their dates."
        )
    return Group(stacked_if_narrow(table, width), *(Text(n, style="dim") for n in notes))


def _none_signed(book: OfferBook) -> str:
    return (
        f"Your clients' offers: none signed in {book.currency} yet{_other(book)}; each "
        "client's signed offer shows here beside the public sources."
    )


def _other(book: OfferBook) -> str:
    return f"; {book.other_currency} in another currency left out" if book.other_currency else ""


def _row(cell: BookCell, currency: str) -> list[str]:
    if cell.hidden:
        return [escape(cell.label), "", "", f"hidden: {escape(cell.hidden)}", "", ""]
    dates = f"{cell.first} to {cell.last}" if cell.first != cell.last else str(cell.first)
    if cell.dated:
        dates += f"\n[yellow](oldest {cell.oldest_months} months)[/]"
    shown = []
    for figure in cell.figures:
        values = figure.values
        if values is None:
            shown.append(f"hidden: {escape(figure.hidden)}")
            continue
        low, mid, high = (format_short(values[k], currency) for k in ("q1", "median", "q3"))
        shown.append(f"{low} · [bold]{mid}[/] · {high}")
    return [escape(cell.label), str(cell.n), dates, *shown]
