"""Whether a coaching server has background work waiting, asked before the store is opened."""

from __future__ import annotations

from levelset.store.queue_peek import queued_in_file


def nothing_queued(database_url: str) -> bool:
    """True only when the database is a SQLite file whose schema is current and no
    organisation has a queued job; False when one does or when this cannot tell (PostgreSQL,
    a file not yet migrated): then the worker opens the store and looks as usual."""
    return queued_in_file(database_url) is False
