"""A value computed once per process, however many threads ask for it at the same moment.

`functools.cache` keeps a value but does not hold back a second caller while the first is
still computing it: when a server's fifty threads reach a cold table together, each builds it
(the gazetteer: about a second of CPU each, fifty times over). `once` makes the others wait
for the first and take its value.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")


def once(compute: Callable[[], T]) -> Callable[[], T]:
    """`compute()` run at most once (a failure is not kept: the next caller tries again)."""
    lock = threading.Lock()
    kept: list[T] = []

    @wraps(compute)
    def value() -> T:
        if kept:
            return kept[0]
        with lock:
            if not kept:
                kept.append(compute())
        return kept[0]

    return value
