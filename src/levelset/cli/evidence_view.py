"""Rendering the user's own market evidence: a read posting, the lists, and the ranges that
`levelset range` shows beside the official ones."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

from levelset.cli.output import escape
from levelset.cli.workspace import as_typed
from levelset.money import format_money, format_short

if TYPE_CHECKING:
    from levelset.market.evidence import OwnEvidence, OwnRange, SavedPosting

HIDDEN = "[dim]hidden[/]"


def render_posting(saved: SavedPosting) -> Table:
    """What was read from one posting, field by field ("not found" where it says nothing)."""
    p = saved.posting
    table = Table(title=f"Read from {escape(saved.source or 'pasted text')}", show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value")
    for name, value in (("company", p.company), ("title", p.title), ("level", p.level),
                        ("location", p.location), ("pay", _pay(saved))):  # fmt: skip
        table.add_row(name, escape(value) if value else "[yellow]not found[/]")
    if p.pay is not None:
        table.add_row("read from", f'"{escape(p.pay.text)}"')
    return table


def _pay(saved: SavedPosting) -> str | None:
    pay = saved.posting.pay
    if pay is None:
        return None
    low, high = format_money(pay.low, pay.currency), format_money(pay.high, pay.currency)
    span = low if pay.low == pay.high else f"{low} - {high}"
    return f"{span} {pay.currency} a {pay.period}"


def render_postings(rows: Sequence[Any]) -> Any:
    if not rows:
        return Text(as_typed("No postings yet: `levelset market posting add FILE`."))
    table = Table(title="Your postings")
    for name in ("#", "date", "company", "title", "level", "location", "pay"):
        table.add_column(name, overflow="fold")
    for row in rows:
        saved = row.item
        p = saved.posting
        cells = (p.company, p.title, p.level, p.location, _pay(saved))
        table.add_row(str(row.id), saved.on.isoformat(), *(escape(c or "-") for c in cells))
    return table


def render_comps(rows: Sequence[Any]) -> Any:
    if not rows:
        return Text(
            as_typed("No comps yet: `levelset market comp add TITLE --base ... --source ...`.")
        )
    table = Table(title="Your comps (a year)", show_lines=True)
    # six columns fit 80: the role's words share one cell, the pay's parts one line each
    table.add_column("#", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("source", overflow="fold", ratio=1)
    table.add_column("role (title · company · level)", overflow="fold", ratio=2)
    table.add_column("place", overflow="fold", ratio=1)
    table.add_column("pay", no_wrap=True)
    for row in rows:
        c: Any = row.item
        role = " · ".join(escape(w) for w in (c.title, c.company, c.level) if w)
        pay = [f"{name} {format_short(v, c.currency)}"
               for name, v in (("base", c.base), ("bonus", c.bonus), ("equity", c.equity))
               if v is not None]  # fmt: skip
        table.add_row(str(row.id), c.on.isoformat(), escape(c.source), role,
                      escape(c.location or "-"), "\n".join(pay))  # fmt: skip
    return table


def render_own(own: OwnEvidence | None, where: str | None = None) -> list[Any]:
    """The user's ranges, apart from the official ones, each with what it measures (`where`
    names the place when several are shown)."""
    if own is None:
        return []
    place = f" for {where}" if where else ""
    table = Table(title=f"Your own evidence{place} (not blended into the headline)")
    for name in ("Source", "measures", "n", "dates", "P25", "P50", "P75"):
        table.add_column(name, overflow="fold")
    for r in (*own.base, *([own.total] if own.total else [])):
        table.add_row(_label(r), r.measures, str(r.n), _dates(r), *_cells(r))
    parts: list[Any] = [table]
    notes = [r.hidden for r in (*own.base, own.total) if r is not None and r.hidden]
    parts += [Text(f"- {n}", style="dim") for n in notes]
    if own.hint:
        parts.append(Text(own.hint, style="yellow"))
    return parts


def _label(r: OwnRange) -> str:
    counts = ", ".join(f"{s} {n}" for s, n in r.sources)
    return escape(f"{r.label} ({counts}; {r.area})")


def _dates(r: OwnRange) -> str:
    if r.first is None or r.last is None:
        return "-"
    first, last = r.first.isoformat(), r.last.isoformat()
    span = first if first == last else f"{first} to {last}"
    return f"{span} (oldest {r.age_months} months old)" if r.dated else span


def _cells(r: OwnRange) -> list[str]:
    return [
        format_short(v, r.currency) if (v := r.values.get(k)) is not None else HIDDEN
        for k in ("p25", "p50", "p75")
    ]
