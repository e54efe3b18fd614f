"""Compiling the declared reads and writes for SQLite, scoping included (`store.prepared`,
`store.prepared_writes`; needs SQLAlchemy).

Each read is scoped as the engine's hook scopes what it runs (`store.ownership`) for two
different owners and tenants, and compiled by SQLAlchemy's SQLite dialect: the parameters
whose values follow the owner or the tenant are the scoping's, the others are the read's own
arguments (a `bindparam` without a value) or constants written in the statement. A statement
whose text would depend on its values (an expanding IN, a literal rendered at run time) or a
column whose type converts values in a way `store.prepared` does not repeat is refused here,
with the read's name, rather than run differently. A write's parameters also say how a value
is bound (SQLite's datetime and date text, a boolean as an integer); a type SQLAlchemy binds in
any other way is refused the same way.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import processors
from sqlalchemy.sql import Delete, Insert, Update
from sqlalchemy.sql.compiler import SQLCompiler

import levelset.store
from levelset.store.ownership import ALL_OWNERS, OWNED, _scoped
from levelset.store.prepared import READS, Read, declared
from levelset.store.prepared_writes import Write, declared_writes

_MARKS = ((-7_100_001, -7_200_001), (-7_100_002, -7_200_002))  # (owner, tenant), twice
_KINDS = {
    None: None,
    processors.str_to_datetime: "datetime",
    processors.str_to_date: "date",
    processors.int_to_boolean: "bool",
}


def all_reads() -> dict[str, Read]:
    """Every read the store's modules declare (each module imported)."""
    for info in pkgutil.iter_modules(levelset.store.__path__):
        if info.name != "migrations":
            importlib.import_module(f"levelset.store.{info.name}")
    return declared()


def compile_read(read: Read) -> dict[str, Any]:
    """The SQL of one read for SQLite, where each parameter comes from, each column's kind."""
    dialect = sqlite.dialect()
    twice = [_compiled(read, dialect, owner, tenant) for owner, tenant in _MARKS]
    first, second = twice
    if first.string != second.string:
        raise ValueError(f"read {read.name}: its SQL depends on the owner or tenant")
    sources = [_source(read, first, second, name, i) for i, name in enumerate(_order(first))]
    columns = []
    for entry in first._result_columns:
        processor = entry[3]._cached_result_processor(dialect, None)
        if processor not in _KINDS:
            raise ValueError(f"read {read.name}: column {entry[0]} converts as {processor!r}")
        columns.append([entry[0], _KINDS[processor]])
    return {"sql": first.string, "params": sources, "columns": columns}


def compile_write(write: Write) -> dict[str, Any]:
    """The SQL of one write for SQLite, each parameter's source and how its value is bound,
    whether it is an INSERT (its new key wanted) and whether it writes a record table."""
    dialect = sqlite.dialect()
    statement = write.statement()
    if not isinstance(statement, Insert | Update | Delete) or statement._returning:
        raise ValueError(f"write {write.name}: not a plain INSERT, UPDATE or DELETE")
    twice = [_compiled(write, dialect, owner, tenant) for owner, tenant in _MARKS]
    first, second = twice
    if first.string != second.string:
        raise ValueError(f"write {write.name}: its SQL depends on the owner or tenant")
    params = []
    for i, name in enumerate(_order(first)):
        source = _source(write, first, second, name, i)
        params.append([*source, _bind_kind(write, first.binds[name].type, dialect)])
    table = statement.table
    records = isinstance(table, Table) and table.name in OWNED
    insert = isinstance(statement, Insert)
    return {"sql": first.string, "params": params, "insert": insert, "records": records}


def _bind_kind(write: Write, kind: Any, dialect: Any) -> str | None:
    """How `store.prepared_writes` binds a value of this type as SQLAlchemy's type would."""
    if kind._cached_bind_processor(dialect) is None:
        return None
    for python, name in ((DateTime, "datetime"), (Date, "date"), (Boolean, "bool")):
        if isinstance(kind, python):
            return name
    raise ValueError(f"write {write.name}: a {kind!r} value is bound by SQLAlchemy")


def _compiled(read: Read | Write, dialect: Any, owner: int, tenant: int) -> SQLCompiler:
    across = isinstance(read, Read) and read.across_owners
    statement = _scoped(read.statement(), tenant, ALL_OWNERS if across else owner)
    compiled = statement.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    if isinstance(read, Write):  # as run with its arguments (one named as a column is refused)
        arguments = [bind.key for bind in compiled.binds.values() if bind.required]
        compiled = statement.compile(dialect=dialect, column_keys=arguments)
        assert isinstance(compiled, SQLCompiler)
    for bind in compiled.binds.values():
        if bind.expanding or bind.literal_execute:
            raise ValueError(f"read {read.name}: {bind.key} is rendered at run time")
    return compiled


def _order(compiled: SQLCompiler) -> list[str]:
    return list(compiled.positiontup or ())


def _source(
    read: Read | Write, first: SQLCompiler, second: SQLCompiler, name: str, index: int
) -> list[Any]:
    if _order(second)[index] != name:
        raise ValueError(f"read {read.name}: parameters move with the owner")
    one, two = first.params[name], second.params[name]
    if one != two:
        for kind, position in (("owner", 0), ("tenant", 1)):
            if (one, two) == (_MARKS[0][position], _MARKS[1][position]):
                return [kind, None]
        raise ValueError(f"read {read.name}: {name} follows neither owner nor tenant")
    bind = first.binds[name]
    if bind.required:  # a bindparam given no value: the read's argument
        return ["arg", name]
    json.dumps(one)  # a constant must survive the file
    return ["const", one]


def compile_all() -> dict[str, Any]:
    """What `data/prebuilt/store_reads.json` holds for the reads and writes declared now."""
    reads = all_reads()
    writes = declared_writes()
    return {
        "reads": {name: compile_read(reads[name]) for name in sorted(reads)},
        "writes": {name: compile_write(writes[name]) for name in sorted(writes)},
    }


def text(compiled: dict[str, Any]) -> str:
    return json.dumps(compiled, indent=1, sort_keys=True) + "\n"


def write(target: Path = READS) -> None:
    target.write_text(text(compile_all()), encoding="utf-8")
