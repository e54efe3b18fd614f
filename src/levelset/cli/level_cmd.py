"""`levelset level estimate|ladder`."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Estimate the level your evidence supports.", no_args_is_help=True, add_completion=False
)


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


@app.command("ladder")
def ladder(
    company: str | None = typer.Option(None, "--company", help="Company whose ladder to show."),
    role: str | None = typer.Option(None, "--role", help="Job title for the market ranges."),
    place: str | None = typer.Option(None, "--place", help="Place for the market ranges."),
    offer: int | None = typer.Option(None, "--offer", help="Stored offer number to place."),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Every level of a company's ladder with the market range at each, your estimated level,
    your target and the offer (the latest offer and your profile fill what is not given)."""
    from levelset.app.ladder import LadderQuery, level_ladder
    from levelset.cli.workspace import market_progress, workspace
    from levelset.jsonable import to_jsonable

    found = to_jsonable(
        level_ladder(
            workspace(), LadderQuery(company, role, place, offer), market_progress()
        ).to_dict()
    )
    if json_output:
        from levelset.cli.output import print_json

        print_json(found)
        return
    from levelset.cli.ladder_view import show_ladder

    show_ladder(found)
