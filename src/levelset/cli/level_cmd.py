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
    from levelset.leveling import estimate_level
    from levelset.profile.model import Track, parse_band
    from levelset.store import open_store
    from levelset.store.profile import load_profile
    from levelset.store.proof import load_materials

    store = open_store()
    profile = load_profile(store)
    band = parse_band(target) if target else profile.target_band
    source = "given" if target else "profile"
    result = estimate_level(
        load_materials(store),
        band,
        target_title=profile.target_title,
        target_source=source,
        leadership_track=profile.track is Track.LEADERSHIP,
    )
    if json_output:
        from levelset.cli.output import print_json

        print_json(result)
        return
    from levelset.cli.level_view import show_estimate

    show_estimate(result)
