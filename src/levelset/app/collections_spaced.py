"""The cyclic garbage collector run less often while a large import or read builds its rows
(issue 15).

Importing or reading a hundred thousand tracking rows makes millions of small objects (cells,
rows, events) that live until the work ends. Python's collector is triggered every 700
allocations, and as the heap grows it walks them again and again: about 40% of such an
import's CPU. Here its first threshold is raised to 100,000 for the duration: it still runs
(a server's threads doing this side by side never leave it off), only rarely, and the
thresholds are put back when the last such work under way ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SPACED = 100_000  # allocations between collections of the youngest generation, meanwhile
_lock = threading.Lock()
_held = 0  # blocks under way
_before: tuple[int, ...] = ()  # the thresholds before the first of them


@contextmanager
def collections_spaced() -> Iterator[None]:
    """Run the block with the collector's first threshold raised (never lowered)."""
    global _held, _before
    with _lock:
        if _held == 0:
            _before = gc.get_threshold()
            gc.set_threshold(max(SPACED, _before[0]), *_before[1:])
        _held += 1
    try:
        yield
    finally:
        with _lock:
            _held -= 1
            if _held == 0:
                gc.set_threshold(*_before)
