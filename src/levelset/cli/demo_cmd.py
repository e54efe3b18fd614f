"""`levelset demo`: a separate home with a worked example, and how to open it."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import typer


def demo_command(
    home: Path | None = typer.Option(
        None,
        "--home",
        help="Folder for the demo (default: levelset-demo beside your data folder, never in it; "
        "beside LEVELSET_HOME, its name with -demo).",
    ),
    force: bool = typer.Option(False, "--force", help="Rebuild an existing demo home."),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Fill a separate demo home with a worked example (never your own records)."""
    from levelset.app.demo import open_demo
    from levelset.cli.output import print_json

    folder = (home or _default_home()).expanduser().resolve()
    made = open_demo(folder, force=force)
    env = f"LEVELSET_HOME={shlex.quote(str(made.home))}"
    commands = {
        "cli": f"{env} levelset plan show",
        "browser": f"{env} levelset serve",
    }
    if json_output:
        print_json({"home": str(made.home), "made": made.made, "open": commands})
        return
    kept = "" if made.made else " (kept as it was; --force rebuilds it)"
    typer.echo(f"{'Made' if made.made else 'Opened'} the demo home: {made.home}{kept}")
    typer.echo("A senior ML engineer's résumé, two offers, a negotiation to signature,")
    typer.echo("tracked applications, an experiment and a 30-day plan. Open it:")
    typer.echo(f"  in the CLI:     {commands['cli']}   (any command works with {env})")
    typer.echo(f"  in the browser: {commands['browser']}")


def _default_home() -> Path:
    """`levelset-demo` beside the user's home: the platform's data folder, or next to
    LEVELSET_HOME when that is set; never inside the user's own home."""
    from levelset.paths import HOME_ENV, user_dir

    own = user_dir(os.environ)
    name = f"{own.name}-demo" if os.environ.get(HOME_ENV) else "levelset-demo"
    return own.parent / name
