"""Many rows of one write through SQLAlchemy, given column by column (a large tracking import).

SQLAlchemy's per-row parameter handling costs more than the insert itself for a hundred
thousand rows, so a positional driver (SQLite's) gets the statement compiled once, scoped as
the connection's hook scopes what it runs, and the rows column by column, each value bound
by its parameter type's own bind processor, once per distinct value (`store.prepared_writes`
does the same with the SQL compiled ahead). Named paramstyles (PostgreSQL's driver) go
through SQLAlchemy row by row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import UpdateBase

from levelset.store.ownership import as_run
from levelset.store.prepared_writes import bound, converted


def insert_columns(
    conn: Connection,
    statement: UpdateBase,
    values: Mapping[str, Sequence[Any]],
    fixed: Mapping[str, Any],
) -> None:
    """Run `statement` once per row of `values` (one list per parameter) with `fixed`."""
    count = len(next(iter(values.values()), ()))
    if not count:
        return
    scoped = as_run(conn, statement)  # tenant and owner keys; marks the records written
    compiled = scoped.compile(dialect=conn.dialect)
    assert isinstance(compiled, SQLCompiler)
    if not compiled.positional or compiled.positiontup is None:
        rows = [{name: column[i] for name, column in values.items()} for i in range(count)]
        conn.execute(statement, [row | dict(fixed) for row in rows])
        return
    carried = compiled.construct_params(dict.fromkeys((*values, *fixed)))
    columns = []
    for name in compiled.positiontup:
        convert = compiled.binds[name].type._cached_bind_processor(conn.dialect)
        if name in values:
            columns.append(converted(values[name], convert))
        else:
            value = fixed[name] if name in fixed else carried[name]
            columns.append([bound(value, convert)] * count)
    conn.exec_driver_sql(compiled.string, list(zip(*columns, strict=True)))
