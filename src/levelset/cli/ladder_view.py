"""The level ladder printed: plain when Rich would write no styles, else through Rich."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from levelset.money import format_money, format_short

if TYPE_CHECKING:
    from rich.console import Console

TITLE = "Market base pay at each level (P25 · median · P75)"
COLUMNS = ("level", "band", "P25", "median", "P75", "n", "you")
MARKS = ("estimate", "target", "offer")


def show_ladder(ladder: dict[str, Any]) -> None:
    """Print the ladder; the same text Rich writes, without loading Rich when it can."""
    from levelset.cli.plain_text import show

    show(ladder, plain_ladder, rich_ladder)


def plain_ladder(ladder: dict[str, Any], width: int) -> str | None:
    """The ladder as Rich would write it unstyled at `width`, or None if only Rich can."""
    from levelset.cli.plain_text import Page

    page = Page(width)
    page.line(_heading(ladder))
    page.table(TITLE, COLUMNS, rows(ladder))
    for text in (*sources(ladder), *(a + b for a, b in tail(ladder))):
        page.line(text)
    return page.text()


def _heading(ladder: dict[str, Any]) -> str:
    whose = ladder["company"] or "The band scale"
    return f"{whose} ladder · {ladder['role']} · {ladder['place'] or 'United States'}"


def rows(ladder: dict[str, Any]) -> list[tuple[str, ...]]:
    """One row per rung: level, band, the three pay figures, n and who sits there."""
    marks = {k: (ladder.get(k) or {}).get("band") for k in MARKS}
    found = []
    for rung in ladder["rungs"]:
        market = rung.get("market") or {}
        here = ", ".join(name for name, band in marks.items() if band == rung["band"])
        cells = [format_short(market.get(k)) if market else "-" for k in ("low", "mid", "high")]
        n = f"{market['n']:,}" if market else "-"
        found.append((rung["level"], rung["band"].replace("_", " "), *cells, n, here))
    return found


def sources(ladder: dict[str, Any]) -> list[str]:
    """The sources, releases and areas the rungs' ranges come from and what their n counts,
    once each."""
    markets = [m for m in (r.get("market") for r in ladder["rungs"]) if m]
    named = [(_family(m["source"]), m["release"], m["area"], _counts(m)) for m in markets]
    return [f"source: {s}, {r} · {a} · n counts {n}" for s, r, a, n in dict.fromkeys(named)]


def _family(source: str) -> str:
    """ "OEWS blend at senior" -> "OEWS blend at each band": one line for the ladder's rungs."""
    head, at, _ = source.partition(" at ")
    return f"{head} at each band" if at else source


def _counts(market: dict[str, Any]) -> str:
    return str(market.get("n_counts") or "of unstated kind")


def tail(ladder: dict[str, Any]) -> list[tuple[str, str]]:
    """The lines under the table, each as (plain part, dimmed part)."""
    found = []
    for key in MARKS:
        placed = ladder.get(key)
        if placed:
            pay = f", base {format_money(placed['pay'])}" if placed.get("pay") else ""
            found.append((f"{key}: {placed['band'].replace('_', ' ')}{pay} ", f"({placed['why']})"))
    found += [("", f"note: {note}") for note in ladder["notes"]]
    return [*found, ("", ladder["source"])]


def rich_ladder(ladder: dict[str, Any], out: Console) -> None:
    """The ladder through Rich: styled on a terminal."""
    from rich.markup import escape
    from rich.table import Table

    whose = ladder["company"] or "The band scale"
    out.print(f"[bold]{escape(whose)} ladder[/] · {escape(ladder['role'])} · "
              f"{escape(ladder['place'] or 'United States')}")  # fmt: skip
    table = Table(title=TITLE)
    for column in COLUMNS:
        table.add_column(column)
    for row in rows(ladder):
        table.add_row(escape(row[0]), *row[1:])
    out.print(table)
    for source in sources(ladder):
        out.print(f"[dim]{escape(source)}[/]")
    for lead, dim in tail(ladder):
        out.print(f"{escape(lead)}[dim]{escape(dim)}[/]" if lead else f"[dim]{escape(dim)}[/]")
