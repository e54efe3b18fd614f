"""Whose rows a statement sees: the one place the store scopes records to their owner.

Every record table carries an owner key, `client_id` (`OWN` = 0: the user's or coach's own
data; any other value: one of a coach's clients, `clients.id`). A `Store` is bound to one
owner and each connection it opens says so in its execution options. Before any statement
runs, `scope` rewrites it: each SELECT (nested ones included) gains `client_id = owner` for
every record table it reads, each UPDATE and DELETE the same on its target, and each INSERT
sets the owner key. The query modules never write that filter themselves.

A connection opened with `ALL_OWNERS` (the coach's roll-ups) reads every owner's rows and may
not write a record table.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Connection, Engine, Integer, Table, event
from sqlalchemy.sql import Delete, Insert, Select, Update, visitors
from sqlalchemy.sql.elements import ClauseElement

from levelset.errors import Conflict

OWN = 0  # the owner key of the user's (or the coach's) own records
ALL_OWNERS = -1  # a read-only view across owners (the coach's dashboard and roll-ups)
OWNER_OPTION = "levelset_owner"
OWNER_KEY = "client_id"

OWNED: dict[str, Table] = {}  # every record table, by name


def owner_column() -> Column[int]:
    """The owner key every record table declares."""
    return Column(OWNER_KEY, Integer, nullable=False, default=OWN, server_default=str(OWN))


def owned(table: Table) -> Table:
    """Register `table` as a record table (it must declare `owner_column()`)."""
    if OWNER_KEY not in table.c:
        raise ValueError(f"record table {table.name} has no {OWNER_KEY} column")
    OWNED[table.name] = table
    return table


def install(engine: Engine) -> None:
    """Scope every statement this engine runs (once per engine)."""
    if not event.contains(engine, "before_execute", _before_execute):
        event.listen(engine, "before_execute", _before_execute, retval=True)


def _before_execute(
    conn: Connection,
    statement: Any,
    multiparams: Any,
    params: Any,
    execution_options: Any,
) -> tuple[Any, Any, Any]:
    owner = execution_options.get(OWNER_OPTION, conn.get_execution_options().get(OWNER_OPTION))
    if owner is None or not isinstance(statement, ClauseElement):
        return statement, multiparams, params  # migrations and DDL: not record statements
    return scope(statement, int(owner)), multiparams, params


def scope(statement: ClauseElement, owner: int) -> ClauseElement:
    """`statement` limited to `owner`'s rows (every nested SELECT too)."""
    if isinstance(statement, Insert):
        return _insert(statement, owner)
    if isinstance(statement, Update | Delete):
        statement = _write(statement, owner)
    elif not isinstance(statement, Select):
        return statement
    if owner == ALL_OWNERS:
        return statement
    return visitors.cloned_traverse(statement, {}, {"select": lambda s: _filter(s, owner)})


def _insert(statement: Insert, owner: int) -> Insert:
    table = statement.table
    if not isinstance(table, Table) or table.name not in OWNED:
        return statement
    _refuse_all_owners(owner, table)
    return statement.values({OWNER_KEY: owner})


def _write(statement: Update | Delete, owner: int) -> Update | Delete:
    table = statement.table
    if not isinstance(table, Table) or table.name not in OWNED:
        return statement
    _refuse_all_owners(owner, table)
    return statement.where(table.c[OWNER_KEY] == owner)


def _refuse_all_owners(owner: int, table: Table) -> None:
    if owner == ALL_OWNERS:
        raise Conflict(f"the view across clients is read-only ({table.name})")


def _filter(select: Select[Any], owner: int) -> None:
    """Add the owner condition to one (cloned) SELECT for each record table it reads."""
    tables = [t for t in _tables(select) if t.name in OWNED]
    if not tables:
        return
    conditions = [t.c[OWNER_KEY] == owner for t in tables]
    select._where_criteria = (*select._where_criteria, *conditions)  # in place: a clone


def _tables(select: Select[Any]) -> list[Table]:
    found: list[Table] = []
    for source in select.get_final_froms():
        found.extend(_tables_in(source))
    return found


def _tables_in(source: Any) -> list[Table]:
    if isinstance(source, Table):
        return [source]
    left, right = getattr(source, "left", None), getattr(source, "right", None)
    if left is not None and right is not None:  # a join
        return _tables_in(left) + _tables_in(right)
    return []
