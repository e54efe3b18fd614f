"""Reference data read once per store file, read again when the store is rebuilt or imported."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")

MAX_ENTRIES = 4096
_MEMO: dict[tuple[Hashable, ...], Any] = {}


def store_key(store: object) -> Hashable:
    """The store's file, inode and modification time; the object's id when it has no file."""
    path = getattr(store, "path", None)
    if path is None:
        return id(store)
    stat = path.stat()
    return (str(path), stat.st_ino, stat.st_mtime_ns)


def per_store(store: object, name: Hashable, compute: Callable[[], T]) -> T:
    """compute() once per store file version and `name`; later calls return the same value."""
    key = (name, store_key(store))
    if key not in _MEMO:
        if len(_MEMO) >= MAX_ENTRIES:  # a long-running server sees many titles: start afresh
            _MEMO.clear()
        _MEMO[key] = compute()
    return _MEMO[key]  # type: ignore[no-any-return]
