"""`levelset paths`."""

from __future__ import annotations

import typer


def paths(json_output: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Show where levelset keeps your files (set LEVELSET_HOME to move them)."""
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import workspace
    from levelset.paths import HOME_ENV

    space = workspace()
    data = space.paths.as_dict() | {"database_url": space.database_url}
    if json_output:
        print_json(data)
        return
    from rich.table import Table

    table = Table(title=f"levelset files (override the home with {HOME_ENV})", show_header=False)
    for key, value in data.items():
        table.add_row(key.replace("_", " "), value)
    console().print(table)
