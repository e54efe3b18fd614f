"""Whether a coaching server's SQLite database holds a queued job, read with sqlite3 alone.

A worker run with `--once` (from a timer, say) mostly finds nothing to do; asking first costs
a query where opening the store costs importing SQLAlchemy, about a third of a second of CPU
(issue 15). The answer covers every organisation at once and says only whether some job
waits, nothing of any job.
"""

from __future__ import annotations

import sqlite3

from levelset.store.db import sqlite_file
from levelset.store.prepared import current_connection

_QUEUED = "SELECT 1 FROM jobs WHERE state = 'queued' LIMIT 1"


def queued_in_file(url: str) -> bool | None:
    """True or False for a SQLite database file whose schema is current; None when this cannot
    tell (PostgreSQL, a URL the engine reads its own way, a file missing or not migrated)."""
    if not url.startswith("sqlite:///") or any(c in url for c in "?%") or "memory" in url:
        return None
    connection = current_connection(sqlite_file(url))
    if connection is None:
        return None
    try:
        return connection.execute(_QUEUED).fetchone() is not None
    except sqlite3.Error:
        return None
    finally:
        connection.close()
