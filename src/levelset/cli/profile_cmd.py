"""`levelset profile show|set`."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Your target role, level, places and track.", no_args_is_help=True, add_completion=False
)

JSON = typer.Option(False, "--json", help="Print JSON.")
# The option of `profile set` that fills each essential `Profile.missing()` names.
OPTION_OF = {
    "target_title": "--title",
    "target_band": "--level",
    "locations": "--location",
    "positioning": "--positioning",
}


@app.command("show")
def show(json_output: bool = JSON) -> None:
    """Show your target profile and what is still missing."""
    from levelset.app.profile import show_profile
    from levelset.cli.workspace import workspace

    _print(show_profile(workspace()), json_output)


@app.command("set")
def set_(
    title: str | None = typer.Option(None, "--title", help='Target job title, e.g. "ML Engineer".'),
    level: str | None = typer.Option(
        None, "--level", help="Target band: entry, mid, senior, staff, senior_staff, principal."
    ),
    location: list[str] | None = typer.Option(
        None, "--location", help="Target place; repeat for several."
    ),
    track: str | None = typer.Option(None, "--track", help="ic or leadership."),
    positioning: str | None = typer.Option(
        None, "--positioning", help="One sentence: the outcome you want to be known for."
    ),
    current_base: int | None = typer.Option(
        None, "--current-base", help="Your current annual base pay."
    ),
    currency: str | None = typer.Option(None, "--currency", help="Currency of your pay, e.g. USD."),
    name: str | None = typer.Option(None, "--name", help="Your name, for drafts and the playbook."),
    json_output: bool = JSON,
) -> None:
    """Set fields of your target profile; unspecified fields keep their value."""
    from levelset.app.profile import set_profile
    from levelset.cli.workspace import workspace

    saved = set_profile(
        workspace(),
        name=name,
        title=title,
        level=level,
        places=location,
        track=track,
        positioning=positioning,
        current_base=current_base,
        currency=currency,
    )
    _print(saved, json_output)


def _print(profile: object, json_output: bool) -> None:
    from levelset.cli.output import console, escape, print_json
    from levelset.profile.model import Profile

    assert isinstance(profile, Profile)
    if json_output:
        print_json({"profile": profile, "missing": profile.missing()})
        return
    from rich.table import Table

    from levelset.money import format_money

    table = Table(title="Target profile", show_header=False)
    table.add_row("title", escape(profile.target_title or "") or "[dim]not set[/]")
    table.add_row("level", profile.target_band.label if profile.target_band else "[dim]not set[/]")
    table.add_row("places", escape(", ".join(profile.locations)) or "[dim]not set[/]")
    table.add_row("track", profile.track.value)
    table.add_row("positioning", escape(profile.positioning or "") or "[dim]not set[/]")
    table.add_row(
        "current base",
        format_money(profile.current_base, profile.currency)
        if profile.current_base
        else "[dim]not set[/]",
    )
    console().print(table)
    if profile.missing():
        flags = " ".join(f'{OPTION_OF[name]} "..."' for name in profile.missing())
        console().print(f"[yellow]Missing:[/] set with `levelset profile set {flags}`")
