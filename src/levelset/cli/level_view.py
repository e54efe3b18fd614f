"""Rich rendering of a level estimate."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from levelset.cli.output import console, hang
from levelset.leveling import LevelEstimate


def show_estimate(result: LevelEstimate) -> None:
    out = console()
    if not result.items:  # no evidence: a band of "entry" would be a guess, not a reading
        out.print(
            "No bullets or stories imported yet, so there is no evidence to place: "
            "run `levelset proof import resume.pdf linkedin.zip` first."
        )
        return
    sure = (
        f"confidence {result.confidence_label}, {result.confidence:.2f}, from {result.items} items"
    )
    if result.unplaced:  # a band named at confidence 0.05 reads as a finding
        out.print(f"[bold]Too little evidence to support a band yet[/] ({sure}).")
        hang("[yellow]-[/]", escape(f"Missing: {result.unplaced}."))
    else:
        out.print(f"[bold]Supported band: {result.band.label}[/] ({sure})")
    if result.target:
        out.print(f"Target: {result.target.label} [dim]({result.target_source})[/]")
    table = Table(title="Evidence per dimension")
    for column in ("dimension", "band", "example", "source"):
        table.add_column(column)
    for dim in result.dimensions:
        first = dim.best
        band = dim.band.label if dim.applies else f"{dim.band.label} (not weighed)"
        text = (first.text if len(first.text) <= 90 else first.text[:87] + "...") if first else "-"
        table.add_row(
            dim.dimension.label, band, escape(text), escape(str(first.origin)) if first else ""
        )
    from levelset.cli.table_fit import fit

    out.print(fit(table, out.width))
    _lines("Missing for the target", result.missing, "yellow")
    _lines("Warnings", result.warnings, "red")
    _equivalences(result)
    for note in result.notes:
        out.print(f"[dim]note: {escape(note)}[/]")


def _lines(title: str, lines: tuple[str, ...], colour: str) -> None:
    if not lines:
        return
    console().print(f"\n[bold]{title}[/]")
    for line in lines:
        hang(f"[{colour}]-[/]", escape(line))


def _equivalences(result: LevelEstimate) -> None:
    if not result.equivalences:
        return
    companies = list(result.equivalences[0].get("companies") or {})
    table = Table(
        title="Cross-company equivalents (community-reported, approximate)", show_edge=False
    )
    table.add_column("band")  # the band's title only repeated it
    for company in companies:  # named as `levelset levels` names them: "Google", not "google"
        table.add_column(company.capitalize(), overflow="fold")
    table.add_column("confidence", min_width=11)  # "approximate" whole at 80 columns
    for row in result.equivalences:
        levels = row.get("companies") or {}
        table.add_row(
            str(row.get("band", "")).replace("_", " "),
            *(str(levels.get(c, "")) for c in companies),
            str(row.get("confidence", "")),
        )
    from levelset.cli.table_fit import stacked_if_narrow

    console().print(stacked_if_narrow(table, console().width))
    source = result.equivalences[0].get("source")
    if source:
        console().print(f"[dim]source: {source}[/]")
