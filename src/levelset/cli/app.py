"""The Typer application behind `levelset`: the root options and the lazy command group."""

from __future__ import annotations

import typer

from levelset import __version__
from levelset.cli.help_names import HELP_NAMES
from levelset.cli.lazy import LazyGroup
from levelset.cli.registry import DESCRIPTION
from levelset.cli.roothelp import CLIENT_HELP

app = typer.Typer(
    cls=LazyGroup,
    name="levelset",
    help=DESCRIPTION,
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": HELP_NAMES},
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        from levelset.app.market import shipped_releases

        typer.echo(f"levelset {__version__}")
        for dataset in shipped_releases():
            typer.echo(f"data: {dataset}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
    traceback: bool = typer.Option(
        False, "--traceback", help="On an error, show the full Python traceback."
    ),
    client: str | None = typer.Option(
        None,
        "--client",
        envvar="LEVELSET_CLIENT",
        help=CLIENT_HELP,
    ),
    today: str | None = typer.Option(
        None,
        "--today",
        metavar="YYYY-MM-DD",
        help="Run the command as if today were this date (also LEVELSET_TODAY).",
    ),
) -> None:
    """Know your level, set your range from real data, prove your impact, negotiate the offer."""
    from levelset.cli.workspace import use_client, use_today

    use_today(today)
    use_client(client)
    if client:  # an unknown client fails here, naming the closest ones
        from levelset.app.clients import find_client
        from levelset.cli.workspace import coach_workspace

        find_client(coach_workspace(), client)
