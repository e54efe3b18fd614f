"""Reference data read once per store file, read again when the store is rebuilt or imported."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

MAX_ENTRIES = 4096
_MEMO: dict[tuple[Hashable, ...], Any] = {}
_ANSWERS: dict[tuple[Hashable, ...], Any] = {}
# The store a query is reading and its key, taken once at the query's start (see `one_version`)
_PINNED: ContextVar[tuple[object, Hashable] | None] = ContextVar("market_memo_pin", default=None)


def store_key(store: object) -> Hashable:
    """The store's file, inode and modification time; the object's id when it has no file."""
    pinned = _PINNED.get()
    if pinned is not None and pinned[0] is store:
        return pinned[1]
    path = getattr(store, "path", None)
    if path is None:
        return id(store)
    stat = path.stat()
    return (str(path), stat.st_ino, stat.st_mtime_ns)


@contextmanager
def one_version(store: object) -> Iterator[None]:
    """While inside, the store's file is looked at once: every `per_store` of one query reads
    the version it started on (a rebuild is seen by the next query), not a dozen stats."""
    with _pinned(store, store_key(store)):
        yield


@contextmanager
def _pinned(store: object, key: Hashable) -> Iterator[None]:
    if (pinned := _PINNED.get()) is not None and pinned[0] is store:
        yield
        return
    token = _PINNED.set((store, key))
    try:
        yield
    finally:
        _PINNED.reset(token)


def per_store(store: object, name: Hashable, compute: Callable[[], T]) -> T:
    """compute() once per store file version and `name`; later calls return the same value."""
    key = store_key(store)
    return _kept(_MEMO, (name, key), lambda: _on(store, key, compute))


def per_question(store: object, question: Hashable, compute: Callable[[], T]) -> T:
    """As `per_store`, for answers to a user's question (a place read, a source's cell): kept
    apart, so a server asked many different questions never pushes out the reference data."""
    key = store_key(store)
    return _kept(_ANSWERS, (question, key), lambda: _on(store, key, compute))


def _on(store: object, key: Hashable, compute: Callable[[], T]) -> T:
    """compute() on the version just looked at: what it reads per store (a place's index, a
    title's O*NET look-ups) does not look at the file again."""
    with _pinned(store, key):
        return compute()


def _kept(
    memo: dict[tuple[Hashable, ...], Any], key: tuple[Hashable, ...], make: Callable[[], T]
) -> T:
    if key not in memo:
        if len(memo) >= MAX_ENTRIES:  # a long-running server sees many titles: start afresh
            memo.clear()
        memo[key] = make()
    return memo[key]  # type: ignore[no-any-return]
