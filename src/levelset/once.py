"""A value computed once per process, however many threads ask for it at the same moment.

`functools.cache` keeps a value but does not hold back a second caller while the first is
still computing it: when a server's fifty threads reach a cold table together, each builds it
(the gazetteer: about a second of CPU each, fifty times over). `once` makes the others wait
for the first and take its value.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import update_wrapper
from typing import Generic, TypeVar

T = TypeVar("T")


class Once(Generic[T]):
    """`compute()` run at most once (a failure is not kept: the next caller tries again)."""

    def __init__(self, compute: Callable[[], T]) -> None:
        self._compute = compute
        self._lock = threading.Lock()
        self._kept: list[T] = []
        update_wrapper(self, compute)

    def __call__(self) -> T:
        if self._kept:
            return self._kept[0]
        with self._lock:
            if not self._kept:
                self._kept.append(self._compute())
        return self._kept[0]

    @property
    def computed(self) -> bool:
        """Whether the value has been computed in this process (for tests and start-up checks)."""
        return bool(self._kept)

    def forget(self) -> None:
        """Drop the value: the next caller computes it again."""
        with self._lock:
            self._kept.clear()


def once(compute: Callable[[], T]) -> Once[T]:
    """`compute` as a `Once`: run at most once per process, other callers waiting for it."""
    return Once(compute)
