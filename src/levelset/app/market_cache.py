"""The market's own ranges kept in the process: the same question asked of the same market
data gets the same answer, so a server's dashboards do not compute it on every request.

The key holds the store's file and its version (rebuilt or an import recorded: a new key),
the day, and every argument of the question; the user's own evidence is never kept here
(it is added to each answer afresh), so two profiles or two clients share only what is the
same for both.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from levelset.market.report import RangeReport

MAX_ENTRIES = 256  # a coaching server's targets: few titles, levels and places

_KEPT: OrderedDict[Hashable, RangeReport] = OrderedDict()
_LOCK = threading.Lock()
_COMPUTING: dict[Hashable, threading.Lock] = {}  # keys being computed now


def kept(key: Hashable, compute: Callable[[], RangeReport]) -> RangeReport:
    """compute() once per key (the least recently used answer leaves first when full); a
    caller asking while another computes the same key waits for that answer instead of
    computing it again (a server's threads reach a cold key together)."""
    with _LOCK:
        if key in _KEPT:
            _KEPT.move_to_end(key)
            return _KEPT[key]
        computing = _COMPUTING.setdefault(key, threading.Lock())
    with computing:
        with _LOCK:
            if key in _KEPT:
                return _KEPT[key]
        try:
            report = compute()
        finally:
            with _LOCK:
                _COMPUTING.pop(key, None)
        with _LOCK:
            _KEPT[key] = report
            while len(_KEPT) > MAX_ENTRIES:
                _KEPT.popitem(last=False)
    return report


def forget() -> None:
    """Drop every kept answer."""
    with _LOCK:
        _KEPT.clear()
