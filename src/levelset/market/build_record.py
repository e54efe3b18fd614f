"""What a market build records once its files are loaded: each dataset with its row count
(datasets left without rows dropped), the staging tables dropped, the derived columns and LCA
aggregates brought up to date, and the meta stamp (schema, shipped fingerprint, imports, time)
that says when the store must be built again."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from levelset.market import tables
from levelset.market.build_db import BuildDb
from levelset.market.shipped_steps import SHIPPED_DIR, Loaded

if TYPE_CHECKING:
    from levelset.market.upstream import Upstream


def shipped_fingerprint() -> str:
    """Changes when the shipped files or the table shapes change (then the store is rebuilt)."""
    digest = hashlib.sha256(tables.SCHEMA_VERSION.encode())
    for ddl in upstream_ddl():
        digest.update(ddl.encode())
    for file in sorted(SHIPPED_DIR.iterdir()):
        digest.update(f"{file.name}:{file.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def record_build(
    db: BuildDb, loaded: list[Loaded], imports: str, at: dt.datetime
) -> tuple[tuple[str, int], ...]:
    """Record the datasets just loaded, recount all, drop those left without rows; stamp meta
    with `at` (stored as naive UTC)."""
    now = at.astimezone(dt.UTC).replace(tzinfo=None)
    for item in loaded:
        ds = item.dataset
        db.run(
            "INSERT OR REPLACE INTO datasets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                ds.name,
                ds.source,
                ds.title,
                ds.publisher,
                ds.licence,
                ds.release,
                0,
                ds.citation,
                ds.notice,
                item.source_file,
                now,
            ],
        )
    listed = db.rows("SELECT name, source FROM datasets ORDER BY loaded_at, name")
    counts = _counts(db, [(str(name), str(source)) for name, source in listed])
    if counts:  # one statement for every dataset, not two each (issue 15)
        names, rows = [n for n, _ in counts], [r for _, r in counts]
        db.run(
            'UPDATE datasets SET "rows" = c.n FROM (SELECT unnest(?) AS name, unnest(?) AS n) c '
            "WHERE datasets.name = c.name",
            [names, rows],
        )
    db.run('DELETE FROM datasets WHERE "rows" = 0')
    # the staging tables are temporary ones (BuildDb.stage_csv, the OEWS loaders): asking the
    # temporary catalog alone does not load every stored table's metadata (about 10 ms)
    for (table,) in db.rows(
        "SELECT table_name FROM duckdb_tables() "
        "WHERE database_name = 'temp' AND table_name LIKE '%stage'"
    ):
        db.run(f"DROP TABLE {table}")
    if any("oews" in _tables_of(item) for item in loaded):
        _fill_display_levels(db)  # only OEWS rows come without it, and the rest had it filled
    if not all(_tables_of(item) == ("lca",) for item in loaded):
        from levelset.market.loaders import lca_aggregates

        lca_aggregates.follow(db)  # an LCA load itself brings them up to date (a cold import)
    db.run("DELETE FROM meta")
    db.insert_rows(
        "meta",
        [
            ("schema_version", tables.SCHEMA_VERSION),
            ("shipped", shipped_fingerprint()),
            ("imports", imports),
            ("built_at", now.isoformat()),
        ],
    )
    return tuple(c for c in counts if c[1] > 0)


def _tables_of(item: Loaded) -> tuple[str, ...]:
    """The tables a loaded dataset's rows landed in."""
    return upstream_of(item.dataset.source).tables


def _fill_display_levels(db: BuildDb) -> None:
    # Area files lack the SOC hierarchy level; the national file of the same release has it.
    db.run(
        "UPDATE oews SET display_level = n.display_level FROM (SELECT DISTINCT release, "
        "soc, display_level FROM oews WHERE display_level IS NOT NULL) n "
        "WHERE oews.display_level IS NULL AND oews.release = n.release AND oews.soc = n.soc"
    )


def upstream_ddl() -> tuple[str, ...]:
    """The tables upstream kinds bring beyond those of tables.ALL."""
    from levelset.market.upstreams import upstreams

    return tuple(ddl for u in upstreams() for ddl in u.ddl)


def upstream_of(source: str) -> Upstream:
    from levelset.market import upstreams

    return upstreams.upstream_of(source)


def _counts(db: BuildDb, datasets: list[tuple[str, str]]) -> list[tuple[str, int]]:
    """The rows of each (name, source) dataset in its source's tables, in one query."""
    parts, params = [], []
    for index, (name, source) in enumerate(datasets):
        for table in upstream_of(source).tables:
            parts.append(f"SELECT {index} AS i, count(*) AS n FROM {table} WHERE dataset = ?")
            params.append(name)
    if not parts:
        return [(name, 0) for name, _ in datasets]
    sql = f"SELECT i, sum(n) FROM ({' UNION ALL '.join(parts)}) GROUP BY i"
    found = {int(i): int(n) for i, n in db.rows(sql, params)}
    return [(name, found.get(index, 0)) for index, (name, _) in enumerate(datasets)]
