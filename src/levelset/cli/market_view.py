"""Rich renderings of range reports, one place or several, for a reader new to the data
(how a role, level or place was read: cli.market_names_view)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from levelset.market.areas import Place
from levelset.market.blend import headline_inputs
from levelset.market.caveats import thin_notes
from levelset.market.registry import SourceSpec, spec_of
from levelset.market.report import PERCENTILES, RangeReport, SourceRange
from levelset.money import format_money, format_short

HIDDEN = "[dim]hidden[/]"


def render_report(report: RangeReport, width: int = 80) -> Group:
    """The query as understood, the headline, one row per source, hidden, widened, caveats
    (the table laid out for a terminal `width` columns wide)."""
    from levelset.cli.table_fit import fit

    # the answer first: at 80 columns the table alone is taller than a screen
    parts: list[Any] = [_understood(report), *_headline(report), *_offer(report)]
    parts += [fit(_table(report), width), Text(KEY, style="dim")]
    parts += _own(report)
    parts += _bullets("Hidden for privacy or missing", report.hidden)
    parts += _bullets("Widened (the exact cell is missing or thin)", report.widened)
    parts += _bullets("Caveats", report.caveats)
    parts += _bullets("Sources", report.sources_cited, style="dim")
    return Group(*parts)


def _own(report: RangeReport) -> list[Any]:
    from levelset.cli.evidence_view import render_own

    return render_own(report.own)


def _understood(report: RangeReport) -> Group:
    level = report.level.band.label if report.level else "all levels"
    place = report.place.name if report.place else "United States (no place given)"
    rows = [("title:", report.role.why)]
    if report.level:
        rows.append(("level:", f"{report.level.why}; {report.level.bridge.label}"))
    if report.place:
        note = f" ({report.place.note})" if report.place.note else ""
        rows.append(("place:", f"{report.place.why}{note}"))
    heading = Text(f"{report.role.label} · {level} · {place}", style="bold")
    return Group(heading, _hanging(rows, "dim"), Text(""))


def _hanging(rows: Sequence[tuple[str, str]], style: str = "") -> Table:
    """Label and text side by side, so a wrapped line stays under its text, not flush left."""
    grid = Table.grid(padding=(0, 1), pad_edge=True)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for label, line in rows:
        grid.add_row(Text(f" {label}", style=style), Text(line, style=style))
    return grid


# printed below the table, not as its caption: rich crops a caption wider than the table
KEY = (
    "n: people = distinct crowd submissions; jobs = OEWS estimated employment (RSE: its "
    "relative standard error); filings = LCA filings. $150k = $150,000 a year.\n"
)


def _offer(report: RangeReport) -> list[Any]:
    """Where the offer sits in each range the headline uses (and in the wider-area rows shown
    beside it, named with their area), in one sentence."""
    used = [r for r in _with_wider(report.ranges) if r.offer_position]
    if report.offer is None or not used:
        return []
    at = ", ".join(
        f"{(r.offer_position or '').split(' (')[0]} of {_spec(r).offer_name}"
        + (f" ({r.area})" if "wider-area" in r.flags else "")
        for r in used
    )
    said = f"Your offer's base pay {format_money(report.offer)} sits at {at}.\n"
    return [Text(said, style="bold")]


def _with_wider(ranges: Sequence[SourceRange]) -> list[SourceRange]:
    """The headline's inputs, and the wider-area rows shown beside it (under their own area)."""
    used = headline_inputs(ranges)
    wider = [r for r in ranges if "wider-area" in r.flags and r.shown and r not in used]
    return [*wider, *used]


def _table(report: RangeReport) -> Table:
    measures = report.headline.measures if report.headline else "base pay"
    table = Table(
        title=f"Annual {measures} per source, P10 to P90 (half earn less than P50)",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_lines=True,
        padding=(0, 1),
    )
    table.add_column("Source · area · date · basis", overflow="fold", min_width=20, ratio=1)
    table.add_column("n", justify="right", no_wrap=True)
    for key in PERCENTILES:
        table.add_column(key.upper(), justify="right", no_wrap=True)
    if report.offer is not None:
        table.add_column("offer", justify="right", no_wrap=True)
    previous: tuple[str, str, str] | None = None
    for cell in report.ranges:
        table.add_row(*_row(cell, report.offer is not None, previous))
        previous = _where(cell)
    if not report.ranges:
        table.add_row("[dim]no source has data for this query[/]", "")
    return table


def _spec(cell: SourceRange) -> SourceSpec:
    spec = spec_of(cell.source)
    if spec is None:
        raise LookupError(f"no SourceSpec for the market source {cell.source!r}")
    return spec


def _where(cell: SourceRange) -> tuple[str, str, str]:
    """Area, date and basis of a row, as the table shows them."""
    basis = f"{_spec(cell).basis}, {cell.currency}"
    return cell.area, cell.period.split(" (")[0], basis


def _row(
    cell: SourceRange, with_offer: bool, previous: tuple[str, str, str] | None = None
) -> list[str]:
    # "dated" is said once, above the table, for the whole source
    shown = [f for f in cell.flags if f not in ("dated", "wider-area")]
    flags = f" [yellow]({', '.join(shown)})[/]" if shown else ""
    weight = f" ({cell.weight:.0%})" if cell.weight else ""
    area, period, basis = where = _where(cell)
    source = f"[bold]{cell.label}{weight}[/]{flags}\n"
    # the OEWS rows of one query share area, date and basis: say them once, not five times
    if where == previous:
        source += "[dim]same area, date, basis"
    else:
        source += f"{area} · {period}\n[dim]{basis}"
    if cell.median_ci is not None and cell.shown:
        ci = cell.median_ci
        source += f"; median 95% CI {format_short(ci.low)}-{format_short(ci.high)}"
    source += "[/]"
    unit = _spec(cell).unit
    # one decimal under 1%: a published 0.4% must not read as "0%"
    digits = 1 if cell.rse is not None and cell.rse < 1 else 0
    rse = f"\n[dim]RSE {cell.rse:.{digits}f}%[/]" if cell.rse is not None else ""
    count = f"{cell.n:,}\n[dim]{unit}[/]{rse}"
    if "employment-not-released" in cell.flags:
        count = "[dim]employment\nnot released[/]"
    row = [source, count, *[_cell_money(cell, k) for k in PERCENTILES]]
    if with_offer:
        row.append(_position(cell.offer_position))
    return row


def _position(position: str | None) -> str:
    """'P62 (share of submissions below)' -> 'P62'; 'above P90' -> '>P90'."""
    if position is None:
        return "[dim]-[/]"
    short = position.split(" (")[0]
    return short.replace("above ", ">").replace("below ", "<")


def thousands(value: Decimal | float, currency: str = "USD") -> str:
    """A headline amount to the nearest 1,000: the blend is not precise to the dollar."""
    return format_money(round(float(value), -3), currency)


def _cell_money(cell: SourceRange, key: str) -> str:
    """A percentile as the table shows it; a top-coded one as the floor it is: "≥$239k"."""
    value = cell.values.get(key)
    if key in cell.topcoded and value is not None:
        return f"≥{format_short(value)}"
    return _money(value)


def _money(value: Decimal | float | None) -> str:
    return HIDDEN if value is None else format_short(value)


def _headline(report: RangeReport) -> list[Any]:
    if report.headline is None:
        return [
            Text(
                "No headline range: no source has enough data for this role and place "
                "(what each one has is listed below).",
                style="yellow",
            )
        ]
    h = report.headline
    text = Text()
    text.append(f"Headline range ({h.measures}): ", style="bold")
    text.append(
        f"{thousands(h.low, h.currency)} - {thousands(h.high, h.currency)}", style="bold green"
    )
    text.append(f" (P25 to P75, middle {thousands(h.mid, h.currency)}, {h.currency} a year)\n")
    if h.dated:
        text.append(f"Dated: {'; '.join(h.dated)}.\n", style="yellow")
    if h.leaves_out:
        text.append(f"{h.leaves_out}\n")
    text.append(f"How: {h.method}\n", style="dim")
    return [text]


def _bullets(title: str, lines: Sequence[str], style: str = "") -> list[Any]:
    if not lines:
        return []
    return [Text(f"{title}:", style="bold"), _hanging([("-", ln) for ln in lines], style), Text("")]


def render_comparison(reports: Sequence[RangeReport], width: int = 80) -> Group:
    """Places side by side: per source the median, the middle half and n, per place a column
    (laid out for a terminal `width` columns wide)."""
    from levelset.cli.table_fit import stacked_if_narrow

    first = reports[0]
    level = first.level.band.label if first.level else "all levels"
    offer = f" · offer {format_money(first.offer)}" if first.offer is not None else ""
    measures = next((r.headline.measures for r in reports if r.headline), "base pay")
    table = Table(
        title=f"{first.role.label} · {level}{offer}: {measures}, places side by side",
        show_lines=True,
    )
    table.add_column("Source", overflow="fold")
    for report in reports:
        table.add_column(_short_place(report.place), overflow="fold")
    for source in _sources(reports):
        cells = [
            _compact(next((r for r in rep.ranges if r.label == source), None)) for rep in reports
        ]
        table.add_row(source, *cells)
    heads = [
        f"{thousands(r.headline.low)} - {thousands(r.headline.high)}" if r.headline else "-"
        for r in reports
    ]
    table.add_row(f"[bold]Headline ({measures}, P25-P75 blend)[/]", *heads)
    parts: list[Any] = [*_level_line(first), stacked_if_narrow(table, width)]
    parts.append(Text(KEY, style="dim"))  # each cell's n: people, jobs or filings
    for report in reports:
        name = report.place.name if report.place else "United States"
        notes = [*report.hidden, *_thin(report), *report.widened]
        parts += _bullets(f"{name}: hidden, thin or widened", notes)
    parts += _own_by_place(reports)
    parts += _bullets("Caveats", _shared_caveats(reports))
    parts.append(
        Text("One row per source; run with a single --location for every SOC row.", style="dim")
    )
    cited = dict.fromkeys(c for r in reports for c in r.sources_cited)
    parts += _bullets("Sources", list(cited), style="dim")
    return Group(*parts)


def _own_by_place(reports: Sequence[RangeReport]) -> list[Any]:
    """The user's own evidence under each place it matches, apart from the official rows."""
    from levelset.cli.evidence_view import render_own

    parts: list[Any] = []
    for report in reports:
        parts += render_own(report.own, _short_place(report.place))
    return parts


def _short_place(place: Place | None) -> str:
    """'Seattle-Tacoma-Bellevue, WA' -> 'Seattle, WA': the full name is in every cell."""
    if place is None:
        return "United States"
    if place.kind != "metro":
        return place.name
    cities, _, states = place.name.partition(",")
    return f"{cities.split('-')[0]},{states}"


def _level_line(report: RangeReport) -> list[Text]:
    if report.level is None:
        return []
    return [Text(f"level: {report.level.why}; {report.level.bridge.label}", style="dim")]


def _thin(report: RangeReport) -> list[str]:
    return [c for c in report.caveats if c in thin_notes(report.ranges)]


def _shared_caveats(reports: Sequence[RangeReport]) -> list[str]:
    """Every place's caveats once; the thin-sample ones are said under their place instead."""
    thin = {c for r in reports for c in _thin(r)}
    return [c for c in dict.fromkeys(c for r in reports for c in r.caveats) if c not in thin]


def _sources(reports: Sequence[RangeReport]) -> list[str]:
    """The rows that feed each headline (crowd, OEWS blend, LCA); per-SOC rows stay out."""
    return list(dict.fromkeys(c.label for r in reports for c in headline_inputs(r.ranges)))


def _compact(cell: SourceRange | None) -> str:
    if cell is None:
        return "[dim]no data[/]"
    if not cell.shown:
        return f"{HIDDEN} [dim](n={cell.n:,})[/]"
    low, high = cell.values.get("p25"), cell.values.get("p75")
    return (
        f"P50 {format_short(cell.values['p50'])}\n"
        f"P25-P75 {format_short(low)}-{format_short(high)}\n"
        f"[dim]n={cell.n:,} · {cell.area} · {cell.period.split(' (')[0]}[/]"
        + (" [yellow](thin)[/]" if "thin" in cell.flags else "")
        + (f"\n[bold]offer {cell.offer_position.split(' (')[0]}[/]" if cell.offer_position else "")
    )
