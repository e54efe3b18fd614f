"""Whose rows a statement sees: the one place the store scopes records to their owner.

Every record table carries an owner key, `client_id` (`OWN` = 0: the user's or coach's own
data; any other value: one of a coach's clients, `clients.id`). A `Store` is bound to one
owner and each connection it opens says so in its execution options. Before any statement
runs, `scope` rewrites it: each SELECT (nested ones and a UNION's parts included) gains
`client_id = owner` for every record table it reads, each UPDATE and DELETE the same on its
target, and each INSERT sets the owner key. The query modules never write that filter
themselves.

A connection opened with `ALL_OWNERS` (the coach's roll-ups) reads every owner's rows and may
not write a record table.

Above owners sits the tenant: the organisation of a coaching server (`org_id`; 0 for the
single-user app and every row stored before servers existed). Every record table carries it
too, as do the server's own tables (`tenanted`). A connection's tenant option adds
`org_id = tenant` to every SELECT, UPDATE and DELETE over a tenant table and sets it on every
INSERT, the same way; on PostgreSQL the transaction also says its tenant to the database
(`levelset.org_id`), whose row-level security policies (m0011) hold even where this filter is
bypassed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Column, Connection, Engine, Integer, Table, event
from sqlalchemy.sql import Delete, Insert, Select, Update, visitors
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.selectable import CompoundSelect, SelectState

from levelset.errors import Conflict
from levelset.store.owners import ALL_OWNERS as ALL_OWNERS
from levelset.store.owners import LOCAL_TENANT as LOCAL_TENANT
from levelset.store.owners import OWN as OWN
from levelset.store.owners import OWNER_KEY as OWNER_KEY
from levelset.store.owners import OWNER_OPTION as OWNER_OPTION
from levelset.store.owners import TENANT_KEY as TENANT_KEY
from levelset.store.owners import TENANT_OPTION as TENANT_OPTION

TENANT_SETTING = "levelset.org_id"  # the PostgreSQL setting the row-level policies read
WROTE_RECORDS = "levelset_wrote_records"  # connection info: this transaction wrote records

OWNED: dict[str, Table] = {}  # every record table, by name
TENANTED: dict[str, Table] = {}  # every table scoped to one organisation, by name


def owner_column() -> Column[int]:
    """The owner key every record table declares."""
    return Column(OWNER_KEY, Integer, nullable=False, default=OWN, server_default=str(OWN))


def tenant_column() -> Column[int]:
    """The tenant key of every organisation-scoped table."""
    return Column(
        TENANT_KEY, Integer, nullable=False, default=LOCAL_TENANT, server_default=str(LOCAL_TENANT)
    )


def owned(table: Table) -> Table:
    """Register `table` as a record table (it must declare `owner_column()`); it is a tenant
    table too, its tenant key added here."""
    if OWNER_KEY not in table.c:
        raise ValueError(f"record table {table.name} has no {OWNER_KEY} column")
    OWNED[table.name] = table
    return tenanted(table)


def tenanted(table: Table) -> Table:
    """Register `table` as scoped to one organisation (its tenant key added if missing)."""
    if TENANT_KEY not in table.c:
        table.append_column(tenant_column())
    TENANTED[table.name] = table
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
    if not isinstance(statement, ClauseElement):
        return statement, multiparams, params
    options: Mapping[str, Any] = conn.get_execution_options()
    if execution_options:
        options = {**options, **execution_options}
    tenant, owner = options.get(TENANT_OPTION), options.get(OWNER_OPTION)
    if tenant is None and owner is None:
        return statement, multiparams, params  # migrations and DDL: not record statements
    scoped = _scoped(
        statement, None if tenant is None else int(tenant), None if owner is None else int(owner)
    )
    if owner is not None and _writes_records(statement):
        conn.info[WROTE_RECORDS] = True  # the records' version moves at commit
    return scoped, multiparams, params


def _writes_records(statement: ClauseElement) -> bool:
    if not isinstance(statement, Insert | Update | Delete):
        return False
    table = statement.table
    return isinstance(table, Table) and table.name in OWNED


def _scoped(statement: ClauseElement, tenant: int | None, owner: int | None) -> ClauseElement:
    """`statement` limited to one tenant's and one owner's rows in a single pass (each SELECT
    nested in it too): the same result as `scope(in_tenant(statement, tenant), owner)`."""
    if isinstance(statement, Insert):
        into = statement.table
        if tenant is not None and isinstance(into, Table) and into.name in TENANTED:
            statement = statement.values({TENANT_KEY: tenant})
        return statement if owner is None else _insert(statement, owner)
    if isinstance(statement, Update | Delete):
        target = statement.table
        if tenant is not None and isinstance(target, Table) and target.name in TENANTED:
            statement = statement.where(target.c[TENANT_KEY] == tenant)
        if owner is not None:
            statement = _write(statement, owner)
    elif not isinstance(statement, Select | CompoundSelect):  # a UNION's parts: SELECTs
        return statement
    if owner == ALL_OWNERS:
        owner = None  # reads every owner's rows (writes were refused above)
    if tenant is None and owner is None:
        return statement

    def limit(select: Select[Any]) -> None:
        conditions = _conditions(select, tenant, owner)
        if conditions:
            select._where_criteria = (*select._where_criteria, *conditions)  # a clone

    if not _selects_inside(statement):  # most statements: a shallow copy, not a deep one
        if isinstance(statement, Select):
            conditions = _conditions(statement, tenant, owner)
            return statement.where(*conditions) if conditions else statement
        return statement
    return visitors.cloned_traverse(statement, {}, {"select": limit})


def _conditions(select: Select[Any], tenant: int | None, owner: int | None) -> list[Any]:
    """The tenant and owner conditions for each table in one SELECT's own FROM list."""
    tables = _tables(select)
    conditions = []
    if tenant is not None:
        conditions += [t.c[TENANT_KEY] == tenant for t in tables if t.name in TENANTED]
    if owner is not None:
        conditions += [t.c[OWNER_KEY] == owner for t in tables if t.name in OWNED]
    return conditions


def _selects_inside(statement: ClauseElement) -> bool:
    """True when a SELECT sits anywhere in `statement` below its top (a subquery, a scalar
    or EXISTS subquery, a UNION's part): those need the deep copy that reaches each one."""
    return any(
        isinstance(element, Select) and element is not statement
        for element in visitors.iterate(statement)
    )


def scope(statement: ClauseElement, owner: int) -> ClauseElement:
    """`statement` limited to `owner`'s rows (every nested SELECT too)."""
    if isinstance(statement, Insert):
        return _insert(statement, owner)
    if isinstance(statement, Update | Delete):
        statement = _write(statement, owner)
    elif not isinstance(statement, Select | CompoundSelect):  # a UNION's parts: SELECTs
        return statement
    if owner == ALL_OWNERS:
        return statement
    return visitors.cloned_traverse(statement, {}, {"select": lambda s: _filter(s, owner)})


def in_tenant(statement: ClauseElement, tenant: int) -> ClauseElement:
    """`statement` limited to one organisation's rows of every tenant table it touches."""
    if isinstance(statement, Insert):
        into = statement.table
        if isinstance(into, Table) and into.name in TENANTED:
            return statement.values({TENANT_KEY: tenant})
        return statement
    if isinstance(statement, Update | Delete):
        target = statement.table
        if isinstance(target, Table) and target.name in TENANTED:
            statement = statement.where(target.c[TENANT_KEY] == tenant)
    elif not isinstance(statement, Select | CompoundSelect):  # a UNION's parts: SELECTs
        return statement
    return visitors.cloned_traverse(statement, {}, {"select": lambda s: _tenant(s, tenant)})


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


def _tenant(select: Select[Any], tenant: int) -> None:
    """Add the tenant condition to one (cloned) SELECT for each tenant table it reads."""
    conditions = [t.c[TENANT_KEY] == tenant for t in _tables(select) if t.name in TENANTED]
    if conditions:
        select._where_criteria = (*select._where_criteria, *conditions)  # in place: a clone


def _tables(select: Select[Any]) -> list[Table]:
    """The tables in this SELECT's own FROM list (joins opened up), as `get_final_froms()`
    gives them but without compiling the statement (which that method does, and which cost
    more than running the query)."""
    found: list[Table] = []
    for source in SelectState(select, None)._get_display_froms():  # type: ignore[arg-type]
        found.extend(_tables_in(source))
    return found


def _tables_in(source: Any) -> list[Table]:
    if isinstance(source, Table):
        return [source]
    left, right = getattr(source, "left", None), getattr(source, "right", None)
    if left is not None and right is not None:  # a join
        return _tables_in(left) + _tables_in(right)
    return []


def as_run(conn: Connection, statement: ClauseElement) -> ClauseElement:
    """`statement` scoped as this connection's hook scopes what it runs (its tenant, its
    owner): for a statement compiled once and handed to the driver, as a bulk insert is."""
    scoped: ClauseElement = _before_execute(conn, statement, (), {}, {})[0]
    return scoped
