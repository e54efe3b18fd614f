"""Building the LCA cells (market/lca_cells.py) in a store under construction.

An LCA load recomputes the cells of the fiscal years it touched; every build checks that the
roles and metros the cells were computed for are still the current ones, and recomputes them
all when not (an OEWS import changed the metros, a new version changed a role).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from levelset.market.lca_cells import (
    built_roles,
    built_stamp,
    cells_sql,
    metro_rows,
    metro_steps,
    role_key,
    stored_stamp,
)
from levelset.market.places import Area, read_areas
from levelset.market.store import BuildDb
from levelset.market.widening import Step


def refresh(db: BuildDb, years: Collection[int] | None) -> None:
    """Compute the cells of `years` (of every year when None) again from the lca table; all of
    them when the roles or metros differ from those the stored cells were built for."""
    steps, roles = _metro_steps(read_areas(db)), built_roles()
    stamp = built_stamp([role_key(r) for r in roles], steps)
    if stored_stamp(db) != stamp:
        years = None
    elif years is not None and not years:
        return
    _metro_table(db, steps)
    if years is None:
        db.run("DELETE FROM lca_cells")
    else:
        db.run(f"DELETE FROM lca_cells WHERE fiscal_year IN ({_years(years)})")
    datasets = [str(d) for (d,) in db.rows("SELECT DISTINCT dataset FROM lca")]
    if datasets:
        db.run(cells_sql(roles, sorted(years) if years is not None else None, datasets))
    _stamp(db, [role_key(r) for r in roles], stamp)


def follow(db: BuildDb) -> None:
    """Recompute every cell when the store's roles or metros are not those the cells were
    built for (an OEWS import renamed a metro, a new version changed a role). A store without
    filings has nothing to follow: its first LCA import builds every cell."""
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
