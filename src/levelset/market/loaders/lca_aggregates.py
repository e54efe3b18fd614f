"""What an LCA import computes from the filings and stores beside them, per fiscal year.

An aggregate is a table with a fiscal_year column that queries read instead of the filings:
the cells (market/lca_cells.py), then each year's span of every role's answers (lca_spans,
market/lca_span.py). An LCA load recomputes the rows of the fiscal years it
touched in every aggregate of `AGGREGATES`, in the same build (so all or nothing, like the
filings); every build checks that the roles and metros they were computed for are still the
current ones, and recomputes every year when not (an OEWS import changed the metros, a new
version changed a role). A new aggregate is one `YearAggregate` added to `AGGREGATES`, its
table added to the market tables (market/tables.py, with SCHEMA_VERSION bumped).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from levelset.market import lca_lerp
from levelset.market.areas import Area, read_areas
from levelset.market.build_db import BuildDb
from levelset.market.lca_cells import (
    COUNTED,
    DIRECT_LIMIT,
    LERP,
    built_roles,
    built_stamp,
    cells_sql,
    direct_sql,
    lerp,
    metro_rows,
    metro_steps,
    role_key,
    stored_stamp,
)
from levelset.market.lca_disclosure import compute_span, span_rows
from levelset.market.roles import RoleMatch
from levelset.market.widening import Step


@dataclass(frozen=True)
class Scope:
    """What one refresh computes: the fiscal years (None: every year in the lca table), the
    roles and metros of this version and store (the temp table lca_metro_cities holds the
    metros' principal cities), the datasets the filings come from and how many filings of
    those years count."""

    years: tuple[int, ...] | None
    roles: tuple[RoleMatch, ...]
    steps: tuple[Step, ...]
    datasets: tuple[str, ...]
    counted: int

    def year_filter(self, column: str = "fiscal_year") -> str:
        """SQL: `column` is one of the years in scope (true for every year when None)."""
        return "true" if self.years is None else f"{column} IN ({_years(self.years)})"


@dataclass(frozen=True)
class YearAggregate:
    """A table computed from the filings at import, per fiscal year (see the module doc).

    `build` adds the table's rows for the scope's years; the rows of those years were deleted
    just before, and it is called only when the lca table holds filings. One that reads only
    the store's own tables (`beside`) runs on a second connection in another thread while
    the others run: the span's Python and the cells' statement overlap (issue 15)."""

    table: str
    build: Callable[[BuildDb, Scope], None]
    beside: bool = False


def _cells(db: BuildDb, scope: Scope) -> None:
    """The cells: of at most DIRECT_LIMIT counted filings by quantile_cont itself (the banded
    statement's planning costs more than they do), of more by the banded statement."""
    if scope.counted <= DIRECT_LIMIT:
        direct_cells(db, scope)
    else:
        banded_cells(db, scope)


def direct_cells(db: BuildDb, scope: Scope) -> None:
    """The cells by quantile_cont over each cell's filings (lca_cells.direct_sql)."""
    db.run(direct_sql(scope.roles, scope.years, scope.datasets))


def banded_cells(db: BuildDb, scope: Scope) -> None:
    """The cells from ranks in bands of wage (lca_cells.cells_sql), interpolated in SQL; by the
    Python function (which makes DuckDB load NumPy) only when a counted wage lies outside the
    bounds the SQL needs."""
    python_lerp = not lca_lerp.fits(db)
    if python_lerp:
        db.function(LERP, lerp, ["DOUBLE", "DOUBLE", "DOUBLE"], "DOUBLE")
    db.run(cells_sql(scope.roles, scope.years, scope.datasets, python_lerp=python_lerp))


def _spans(db: BuildDb, scope: Scope) -> None:
    """The year-wide span of every role's answers (market/lca_span.py), stored so that no
    query works it out (it is the dear part of a year's first LCA answer)."""
    years = scope.years
    if years is None:
        years = tuple(int(y) for (y,) in db.rows("SELECT DISTINCT fiscal_year FROM lca") if y)
    for year in years:
        rows = span_rows(year, compute_span(db, year, scope.steps))
        db.run(
            "INSERT INTO lca_spans SELECT unnest(?), unnest(?), unnest(?), unnest(?)",
            [list(column) for column in zip(*rows, strict=True)],
        )


AGGREGATES: tuple[YearAggregate, ...] = (
    YearAggregate("lca_cells", _cells),  # reads the temp table of the metros' cities
    YearAggregate("lca_spans", _spans, beside=True),  # reads the filings alone
)


def refresh(
    db: BuildDb,
    years: Collection[int] | None,
    aggregates: Sequence[YearAggregate] = AGGREGATES,
) -> None:
    """Compute every aggregate of `years` (of every year when None) again from the lca table;
    every year when the roles or metros differ from those they were built for."""
    steps, roles = _metro_steps(read_areas(db)), built_roles()
    stamp = built_stamp([role_key(r) for r in roles], steps)
    if stored_stamp(db) != stamp:
        years = None
    elif years is not None and not years:
        return
    _metro_table(db, steps)
    in_years = "true" if years is None else f"fiscal_year IN ({_years(years)})"
    per_dataset = db.rows(  # one pass over the filings for both
        f"SELECT dataset, count(*) FILTER (WHERE {COUNTED} AND {in_years}) FROM lca GROUP BY ALL"
    )
    datasets = tuple(sorted(str(d) for d, _ in per_dataset))
    counted = sum(int(n) for _, n in per_dataset)
    scope = Scope(
        None if years is None else tuple(sorted(years)), tuple(roles), steps, datasets, counted
    )
    for aggregate in aggregates:
        db.run(f"DELETE FROM {aggregate.table} WHERE {scope.year_filter()}")
    if datasets:
        _build(db, scope, aggregates)
    _stamp(db, [role_key(r) for r in roles], stamp)


def _build(db: BuildDb, scope: Scope, aggregates: Sequence[YearAggregate]) -> None:
    """Each aggregate's rows: those that may, on a connection of their own in a thread of
    their own, beside the rest here; an error in either is raised once both are done."""
    import threading

    aside = [a for a in aggregates if a.beside]
    failed: list[BaseException] = []

    def build_aside(other: BuildDb) -> None:
        try:
            for aggregate in aside:
                aggregate.build(other, scope)
        except BaseException as error:  # raised in the caller's thread below
            failed.append(error)

    with db.beside() as other:
        thread = threading.Thread(target=build_aside, args=(other,), name="lca-aggregates")
        thread.start()
        try:
            for aggregate in aggregates:
                if not aggregate.beside:
                    aggregate.build(db, scope)
        finally:
            thread.join()
    if failed:
        raise failed[0]


def follow(db: BuildDb) -> None:
    """Recompute every aggregate when the store's roles or metros are not those they were
    built for (an OEWS import renamed a metro, a new version changed a role). A store without
    filings has nothing to follow: its first LCA import builds them all."""
    if db.rows("SELECT EXISTS (SELECT 1 FROM lca)")[0][0]:
        refresh(db, ())


@lru_cache(maxsize=4)
def _metro_steps(areas: tuple[Area, ...]) -> tuple[Step, ...]:
    """The metros' first steps, worked out once per set of areas (an import asks twice: when
    it loads and when the build finishes; a tenth of a second each)."""
    return tuple(metro_steps(areas))


def _metro_table(db: BuildDb, steps: Sequence[Step]) -> None:
    db.run(
        "CREATE OR REPLACE TEMP TABLE lca_metro_cities "
        "(metro INTEGER, area VARCHAR, state VARCHAR, city VARCHAR)"
    )
    rows = metro_rows(steps)
    if rows:
        db.run(
            "INSERT INTO lca_metro_cities SELECT unnest(?), unnest(?), unnest(?), unnest(?)",
            [list(column) for column in zip(*rows, strict=True)],
        )


def _years(years: Collection[int]) -> str:
    return ", ".join(str(int(y)) for y in sorted(years))


def _stamp(db: BuildDb, roles: list[str], stamp: str) -> None:
    db.run("DELETE FROM lca_cell_meta")
    db.run(
        "INSERT INTO lca_cell_meta SELECT 'role', unnest(?) UNION ALL SELECT 'built_for', ?",
        [roles, stamp],
    )
