"""Writing the shipped copy (market/shipped_copy.py) from a store built from the shipped files.

The copy holds the rows DuckDB gives for every recorded read (market/twins.py), and the tables
and columns the twins of the other reads run over, each filled by a query over the built
store. Called by `python -m levelset.market.prebuild`.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sqlite3
from pathlib import Path

import levelset.market
from levelset.market.shipped_copy import shipped_stamp
from levelset.market.store import MarketStore
from levelset.market.tables import PERCENTILES
from levelset.market.twins import TWINS

_WAGES = ", ".join([f"a_{p}" for p in PERCENTILES] + [f"a_{p}_topcoded" for p in PERCENTILES])

# table of the copy -> the query over the built store that fills it (the twins' columns), and
# the key its rows are stored by (the reads look rows up by its first column)
TABLES = {
    "meta": ("SELECT key, value FROM meta WHERE key <> 'built_at'", "key"),  # no home's date
    "oews": (
        f"SELECT soc, dataset, area_code, industry_code, occupation, release, employment, "
        f"emp_rse, {_WAGES} FROM oews",
        "soc, dataset, area_code, industry_code",
    ),
    # the title as DuckDB lowers it, which is what the crowd's read compares
    "crowd": (
        "SELECT lower(job_title) AS title_key, row_number() OVER () AS seq, employment_type, "
        "work_year, experience_level, employee_residence, remote_ratio, salary_in_usd FROM crowd",
        "title_key, seq",
    ),
}
_TYPES = {"VARCHAR": "TEXT", "DOUBLE": "REAL"}  # any other (integers, booleans): INTEGER


def write_copy(store: Path, target: Path) -> Path:
    """The copy of the built store `store`, written to `target` (replaced whole)."""
    scratch = target.with_suffix(".tmp")
    scratch.unlink(missing_ok=True)
    with MarketStore(store) as source:
        copy = sqlite3.connect(scratch)
        try:
            for table, (query, key) in TABLES.items():
                _copy_table(source, copy, table, query, key)
            _record(source, copy)
            copy.execute("INSERT INTO meta VALUES ('files', ?)", [shipped_stamp()])
            copy.commit()
            copy.execute("VACUUM")
        finally:
            copy.close()
    scratch.replace(target)
    return target


def _copy_table(
    source: MarketStore, copy: sqlite3.Connection, table: str, query: str, key: str
) -> None:
    described, rows = source.fetch_described(query)
    columns = ", ".join(f'"{name}" {_TYPES.get(kind, "INTEGER")}' for name, kind in described)
    copy.execute(f"CREATE TABLE {table} ({columns}, PRIMARY KEY ({key})) WITHOUT ROWID")
    marks = ", ".join("?" for _ in described)
    copy.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def _record(source: MarketStore, copy: sqlite3.Connection) -> None:
    """DuckDB's column names and rows of every recorded read, in its order."""
    for module in pkgutil.iter_modules(levelset.market.__path__):  # each declares its reads
        importlib.import_module(f"levelset.market.{module.name}")
    copy.execute("CREATE TABLE recorded (sql TEXT PRIMARY KEY, names TEXT, rows TEXT)")
    for sql, declared in sorted(TWINS.items()):
        if declared.sql is None:
            described, rows = source.fetch_described(sql)
            names = json.dumps([name for name, _ in described])
            copy.execute("INSERT INTO recorded VALUES (?, ?, ?)", [sql, names, json.dumps(rows)])
