"""A reader runs in a forked child: stores the parent dropped but has not yet collected must
not be closed there (a DuckDB connection closed in a forked child crashes it), so a résumé
import in a process that used the market store reads the file instead of failing it."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from levelset.market.store import MarketStore
from levelset.proof.safety import run_bounded
from tests.web.conftest import built_market  # noqa: F401 (a fixture pytest finds by name)


def _collect_then_read(path: Path) -> str:
    gc.collect()  # what the child's collector may do at any allocation
    return path.read_text(encoding="utf-8")


def test_a_dropped_store_is_not_closed_in_the_reader_child(
    built_market: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    for _ in range(3):  # stores kept alive only by a cycle: garbage the parent has not collected
        store = MarketStore(Path(built_market))
        store.fetch("SELECT 1")
        store.loop = store  # type: ignore[attr-defined]
    del store
    text = tmp_path / "resume.txt"
    text.write_text("Jane Doe\nEngineer at Acme, 2020 - 2024\n", encoding="utf-8")
    was = gc.isenabled()
    gc.disable()  # the cycles must still be waiting when the child is forked
    try:
        read = run_bounded(_collect_then_read, text, "résumé")
    finally:
        if was:
            gc.enable()
        gc.collect()
    assert read.startswith("Jane Doe")
