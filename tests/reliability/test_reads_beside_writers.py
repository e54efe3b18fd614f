"""Reads are not queued behind a writer: a read-only command opens a deferred transaction, and
WAL lets it read the last commit while another process holds the write lock (a long import)."""

from __future__ import annotations

import sqlite3
import time

import pytest

import levelset.store.engine as db
from levelset.paths import Paths
from tests.cli.runner import run_cli

READS = (
    ("track", "list", "--json"),
    ("offer", "list", "--json"),
    ("profile", "show", "--json"),
    ("proof", "list", "--json"),
)


def test_reads_complete_while_a_long_write_transaction_is_held(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli("track", "add", "application", "--company", "Acme").exit_code == 0
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 3_000)  # a queued read would wait this long
    holder = sqlite3.connect(paths.records_db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # the write lock, as a long `track import` holds it
        holder.execute("DELETE FROM tracking_events")  # not committed: readers must not see it
        for command in READS:
            start = time.perf_counter()
            result = run_cli(*command)
            assert result.exit_code == 0, (command, result.stderr)
            assert time.perf_counter() - start < 2.5, command  # did not wait for the lock
        listed = run_cli("track", "list", "--json").json()
        assert "Acme" in str(listed)  # the last commit, not the writer's uncommitted delete
        writer = run_cli("track", "add", "application", "--company", "Beta")
        assert writer.exit_code == 5 and "busy" in writer.stderr  # writers still queue, then say so
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run_cli("track", "add", "application", "--company", "Beta").exit_code == 0
