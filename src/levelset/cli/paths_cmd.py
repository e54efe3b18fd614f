"""`levelset paths`."""

from __future__ import annotations

import typer


def paths(json_output: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Show where levelset keeps your files (set LEVELSET_HOME to move them)."""
    from levelset.cli.output import console, print_json
    from levelset.paths import HOME_ENV, database_url, default_paths

    where = default_paths()
    data = where.as_dict() | {"database_url": database_url(where)}
    if json_output:
        print_json(data)
        return
    from rich.table import Table

    table = Table(title=f"levelset files (override the home with {HOME_ENV})", show_header=False)
    for key, value in data.items():
        table.add_row(key.replace("_", " "), value)
    console().print(table)
