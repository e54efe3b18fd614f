"""Entry point of the `levelset` command: one place turns errors into messages and exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from levelset.errors import LevelsetError

PRIVATE_UMASK = 0o077
ROOT_HELP: tuple[list[str], ...] = ([], ["--help"], ["-h"])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code (0 ok, 1 unexpected, 2 bad input, 3 not found,
    4 conflict, 5 data unavailable)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args in ROOT_HELP:
        from levelset.cli.roothelp import print_root_help

        print_root_help(sys.stdout)
        return 0
    return _run(args)


def _run(args: list[str]) -> int:
    previous = os.umask(PRIVATE_UMASK)  # files we create (stores, exports) are the user's only
    try:
        return _run_command(args)
    finally:
        os.umask(previous)


def _run_command(args: list[str]) -> int:
    import typer

    from levelset.cli.app import app
    from levelset.cli.help_names import plain_help
    from levelset.cli.workspace import command_workspace

    _faster_coercion()

    command = plain_help(typer.main.get_command(app))
    try:
        with command_workspace(args):
            result = command.main(args=args, prog_name="levelset", standalone_mode=False)
    except LevelsetError as error:
        if "--traceback" in args:
            raise
        return _fail(error, args)
    except typer.Exit as done:
        return done.exit_code
    except (typer.Abort, KeyboardInterrupt):
        return _aborted()
    except typer.TyperException as error:  # usage errors: unknown option, missing argument
        show = getattr(error, "show", None)
        if show is None:
            raise
        show()
        return int(getattr(error, "exit_code", 2))
    except Exception as error:  # the machine (busy, full, I/O) or a bug: one line, no SQL
        if "--traceback" in args:
            raise
        return _fail(_environment_or_bug(error), args)
    if result == 130:  # Typer turns Ctrl-C into a silent exit 130 (no command returns 130)
        return _aborted()
    return result if isinstance(result, int) else 0


def _aborted() -> int:
    print("Aborted.", file=sys.stderr)
    return 130


def _faster_coercion() -> None:
    """Typer's coercion without Pydantic for text (cli/coercion.py); a Typer without the
    internals it relies on runs as shipped."""
    try:
        from levelset.cli import coercion
    except ImportError:
        return
    coercion.install()


def _environment_or_bug(error: Exception) -> LevelsetError:
    from levelset.failures import explain
    from levelset.paths import user_dir

    explained = explain(error, home=user_dir(os.environ))
    if explained is not None:
        return explained
    return LevelsetError(
        f"unexpected error ({type(error).__name__})",
        hint="this is a bug in levelset; run again with --traceback and report what it shows",
    )


def _fail(error: LevelsetError, args: list[str]) -> int:
    if "--json" in args:  # scripts get errors in the web app's JSON shape too
        from levelset.cli.output import print_json

        print_json(error.to_dict())
    _report(error)
    return error.exit_code


def _report(error: Exception) -> None:
    from rich.markup import escape

    from levelset.cli.output import err_console
    from levelset.errors import InputError

    assert isinstance(error, LevelsetError)
    console = err_console()
    # Messages quote user text (company names, file lines) that may contain [brackets].
    console.print(f"[bold red]error:[/] {escape(error.message)}", highlight=False)
    if isinstance(error, InputError):
        for problem in error.problems:  # each one, unless the message already says it
            if str(problem) not in error.message:
                console.print(f"  - {problem}", highlight=False, markup=False)
    if error.hint:
        console.print(f"[dim]hint:[/] {escape(error.hint)}", highlight=False)


# A command is a short process that keeps nearly everything it makes: the collector's 55-65
# passes over a cold start's new objects (modules, classes, functions) freed some 400 of them
# and cost 10-16 ms of CPU (`data import lca`, `proof report`). Its youngest generation is
# collected every 50,000 allocations instead of 700; a long-running command still collects.
YOUNG_GENERATION = 50_000


def run() -> None:
    """Console-script shim: exit with main()'s code."""
    import gc

    gc.set_threshold(YOUNG_GENERATION, *gc.get_threshold()[1:])
    code = main()
    # The process ends here: its objects need freeing, not searching for cycles. Frozen, they
    # are skipped by the interpreter's last full collections at exit (some 40 M instructions,
    # 4% of a kept playbook); atexit handlers, thread joins and stream flushes still run.
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
