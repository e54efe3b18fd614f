"""What a market build records once its files are loaded: each dataset with its row count
(datasets left without rows dropped), the staging tables dropped, the derived columns and LCA
aggregates brought up to date, and the meta stamp (schema, shipped fingerprint, imports, time)
that says when the store must be built again."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from levelset.market import tables
from levelset.market.shipped_steps import SHIPPED_DIR, Loaded
from levelset.market.store import BuildDb

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
    counts: list[tuple[str, int]] = []
    for name, source in db.rows("SELECT name, source FROM datasets ORDER BY loaded_at, name"):
        rows = _rows_of(db, str(name), str(source))
        db.run('UPDATE datasets SET "rows" = ? WHERE name = ?', [rows, name])
        counts.append((str(name), rows))
    db.run('DELETE FROM datasets WHERE "rows" = 0')
    for (table,) in db.rows(
        "SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%stage'"
    ):
        db.run(f"DROP TABLE {table}")
    _fill_display_levels(db)
    from levelset.market.loaders import lca_aggregates

    lca_aggregates.follow(db)
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


def _rows_of(db: BuildDb, name: str, source: str) -> int:
    sql = "SELECT count(*) FROM {} WHERE dataset = ?"
    tables = upstream_of(source).tables
    return sum(int(db.rows(sql.format(t), [name])[0][0]) for t in tables)
