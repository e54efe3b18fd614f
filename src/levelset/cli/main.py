"""Entry point of the `levelset` command: one place turns errors into messages and exit codes."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import typer

from levelset import __version__
from levelset.cli.lazy import LazyGroup

app = typer.Typer(
    cls=LazyGroup,
    name="levelset",
    help=(
        "Know your level, set your salary range from real market data, prove your impact, "
        "negotiate the offer, and measure whether it worked."
    ),
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"levelset {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
    traceback: bool = typer.Option(
        False, "--traceback", help="On an error, show the full Python traceback."
    ),
) -> None:
    """Know your level, set your range from real data, prove your impact, negotiate the offer."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code (0 ok, 1 unexpected, 2 bad input, 3 not found,
    4 conflict, 5 data unavailable)."""
    from levelset.errors import LevelsetError  # tiny module; kept local for clarity

    args = list(sys.argv[1:] if argv is None else argv)
    command = typer.main.get_command(app)
    try:
        result = command.main(args=args, prog_name="levelset", standalone_mode=False)
    except LevelsetError as error:
        if "--traceback" in args:
            raise
        _report(error)
        return error.exit_code
    except typer.Exit as done:
        return done.exit_code
    except (typer.Abort, KeyboardInterrupt):
        print("Aborted.", file=sys.stderr)
        return 130
    except typer.TyperException as error:  # usage errors: unknown option, missing argument
        show = getattr(error, "show", None)
        if show is None:
            raise
        show()
        return int(getattr(error, "exit_code", 2))
    return result if isinstance(result, int) else 0


def _report(error: Exception) -> None:
    from levelset.cli.output import err_console
    from levelset.errors import InputError, LevelsetError

    assert isinstance(error, LevelsetError)
    console = err_console()
    console.print(f"[bold red]error:[/] {error.message}", highlight=False, markup=True)
    if isinstance(error, InputError):
        for problem in error.problems[1:]:
            console.print(f"  - {problem}", highlight=False, markup=False)
    if error.hint:
        console.print(f"[dim]hint:[/] {error.hint}", highlight=False)


def run() -> None:
    """Console-script shim: exit with main()'s code."""
    sys.exit(main())


if __name__ == "__main__":
    run()
