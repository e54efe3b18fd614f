"""The cyclic garbage collector held off while a bulk import builds its rows (issue 15).

A large import makes hundreds of thousands of small objects (cells, rows, events) that live
until it ends. Python's collector is triggered by allocations, so it walks them over and over
as they pile up: at 100,000 tracking rows, about 40% of the import's CPU. Those objects hold
no cycles, so nothing is lost by waiting: the collector runs again, as it was, when the last
import under way ends (imports on other threads of a server count, so the first one to end
does not turn it back on under another).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_held = 0  # imports under way
_was_enabled = False  # the collector's state before the first of them


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (then back as it was)."""
    global _held, _was_enabled
    with _lock:
        if _held == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _held += 1
    try:
        yield
    finally:
        with _lock:
            _held -= 1
            if _held == 0 and _was_enabled:
                gc.enable()
