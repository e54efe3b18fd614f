"""Rich renderings of how the market read a name, for a reader new to the data: a title's role
and its occupations, a level name, the cross-company level table, a place and what each source
uses for it (`levelset roles`, `levels`, `levels NAME`, `places`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from levelset.market.areas import Place
from levelset.market.levels import LevelMatch, LevelRow
from levelset.market.roles import RoleMatch


def render_role(role: RoleMatch, names: dict[str, str]) -> Group:
    """A title's role, its SOC codes with weights, and why."""
    head = Text()
    head.append(f"{role.text!r} -> {role.label}", style="bold")
    head.append(f"  ({'curated tech map' if role.source == 'curated' else 'O*NET titles'})\n")
    head.append(f"why: {role.why}\n", style="dim")
    if role.level_hint:
        head.append(f"level words in the title: {role.level_hint!r}\n", style="dim")
    table = Table(title="Official occupations (SOC) behind the role")
    for column in ("SOC", "occupation", "weight", "why"):
        table.add_column(column, overflow="fold")
    for soc in role.socs:
        table.add_row(soc.soc, names.get(soc.soc, "-"), f"{soc.weight:.0%}", soc.why)
    parts: list[Any] = [head, table]
    if role.crowd_titles:
        parts.append(Text(f"crowd titles counted: {', '.join(role.crowd_titles)}", style="dim"))
    return Group(*parts)


def render_level(match: LevelMatch) -> Text:
    """How one level name was read."""
    text = Text()
    text.append(f"{match.text!r} -> {match.band.label}\n", style="bold")
    text.append(f"why: {match.why}\n")
    text.append(f"crowd experience codes: {', '.join(match.crowd_codes)}\n")
    text.append(f"OEWS: {match.bridge.label}\n")
    for other in match.alternatives:
        text.append(f"note: {other}\n", style="yellow")
    return text


def render_level_table(rows: Sequence[LevelRow], width: int = 80) -> Group:
    """The cross-company table, labelled community-reported; its company columns as wide as
    `width` (the terminal's) allows, or a block per band where their words would be broken
    (80 columns: "(Principa l SDE)", "Distingu ished")."""
    from levelset.cli.table_fit import stacked_if_narrow

    table = Table(
        title="Cross-company levels: community-reported, not official company data",
        box=box.SIMPLE_HEAD,
        show_lines=True,
        padding=(0, 1),
        pad_edge=False,
    )
    # wide terminals give the companies' columns the rest ("(Principal SDE)", "Distinguished")
    company_width = max(9, min(16, (width - 11 - 8 - 7 * 2) // 5))
    table.add_column("band", min_width=11, max_width=11)
    for column in ("Google", "Meta", "Amazon", "Microsoft", "Apple"):
        table.add_column(column, min_width=len(column), max_width=company_width, overflow="fold")
    table.add_column("crowd\nwage lvl", width=8, no_wrap=True)
    for row in rows:
        band = row.band.label if row.band else row.generic_title
        years = f"{row.typical_yoe} years" if row.typical_yoe else f"read as {row.read_as.label}"
        bridge = f"{row.bridge.wage_level} ~P{row.bridge.percentile}" if row.bridge else "-"
        table.add_row(
            f"[bold]{band}[/]\n[dim]{years}\n{row.confidence}[/]",
            *[row.companies[c] or "-" for c in ("google", "meta", "amazon", "microsoft", "apple")],
            f"{', '.join(row.crowd_codes) or '-'}\n{bridge}",
        )
    source = rows[0].source if rows else "level_map"
    note = Text(
        f"Source: {source}, from public level-comparison pages. A Fellow ranks above the six "
        "bands and is read as principal. crowd: the crowd file's experience codes; wage lvl: "
        "the US prevailing-wage level and its approximate OEWS percentile.",
        style="dim",
    )
    return Group(stacked_if_narrow(table, width), note)


def render_place(place: Place, chain: Sequence[str]) -> Text:
    """How a place was read, and what each source uses for it."""
    text = Text()
    text.append(f"{place.text!r} -> {place.name} ({place.kind}, {place.country})\n", style="bold")
    text.append(f"why: {place.why}\n")
    if place.note:
        text.append(f"note: {place.note}\n", style="yellow")
    if place.area:
        text.append(f"OEWS area: {place.area.code} {place.area.name}\n")
    oews = " -> ".join(chain) if chain else "none (OEWS covers the United States only)"
    text.append(f"OEWS and LCA try, narrowest first: {oews}\n")
    crowd = "remote submissions in " if place.kind == "remote" else "submissions living in "
    text.append(f"crowd uses: {crowd}{place.country} (the crowd file has countries only)\n")
    return text
