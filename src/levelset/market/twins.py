"""The market reads the shipped copy answers (market/shipped_copy.py), declared beside them.

A read without parameters is declared `SQL = recorded(DUCKDB_SQL)`: the copy keeps the rows
DuckDB gives for it over the shipped data, written by `python -m levelset.market.prebuild`. A
read with parameters declares its SQLite twin, `SQL = twin(DUCKDB_SQL, SQLITE_SQL)`, run over
the copy's tables. Either way the read keeps calling `store.fetch(SQL, ...)`; a read declared
neither way goes to the DuckDB store. `tests/market/test_shipped_copy.py` checks that every
twin returns the rows of its DuckDB read, in the same order and of the same Python types, for
every parameter the shipped data can give.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Params = Sequence[Any] | Mapping[str, Any]
Row = tuple[Any, ...]


class Twin:
    """A read's SQLite text, how its parameters are passed and how its rows are typed; no
    SQLite text for a recorded read."""

    __slots__ = ("params", "row", "sql")

    def __init__(
        self,
        sql: str | None,
        params: Callable[[Params], Params] | None = None,
        row: Callable[[Row], Row] | None = None,
    ) -> None:
        self.sql, self.params, self.row = sql, params, row


TWINS: dict[str, Twin] = {}


def twin(
    duckdb_sql: str,
    sqlite_sql: str,
    *,
    params: Callable[[Params], Params] | None = None,
    row: Callable[[Row], Row] | None = None,
) -> str:
    """Declare the SQLite twin of a read with parameters; returns the DuckDB SQL."""
    TWINS[duckdb_sql] = Twin(sqlite_sql, params, row)
    return duckdb_sql


def recorded(duckdb_sql: str) -> str:
    """Declare a read without parameters whose rows the copy keeps; returns the SQL."""
    TWINS[duckdb_sql] = Twin(None)
    return duckdb_sql


def json_lists(params: Params) -> Params:
    """A DuckDB list parameter (`list_contains(?, x)`) as the JSON text SQLite's `json_each`
    reads (`x IN (SELECT value FROM json_each(?))`)."""
    assert not isinstance(params, Mapping)
    return [json.dumps(p) if isinstance(p, list | tuple) else p for p in params]
