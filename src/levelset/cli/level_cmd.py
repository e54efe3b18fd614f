"""`levelset level estimate`."""

from __future__ import annotations

import typer

app = typer.Typer(help="Estimate the level your evidence supports.", no_args_is_help=True)


@app.callback()
def level() -> None:
    """Estimate the level your evidence supports."""


@app.command("estimate")
def estimate(
    target: str | None = typer.Option(
        None, "--target", help="Band to compare with (default: your profile's target level)."
    ),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """The band your imported evidence supports, what is missing for the target, and warnings."""
    from levelset.app.leveling import estimate_level
    from levelset.cli.workspace import market_progress, workspace

    result = estimate_level(workspace(), target, market_progress())
    if json_output:
        from levelset.cli.output import print_json

        print_json(result)
        return
    from levelset.cli.level_view import show_estimate

    show_estimate(result)
