"""What every view needs: the workspace (paths, records store, market store, clock, owner),
the market store's background build, a memo of answers until the stored data change, and
pages kept per owner until that owner's records, the market data or the day change (`kept`:
shared by every request of one app, a coaching server's included).

The records store is opened once per server (opening runs migrations), on first use.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from levelset.app.workspace import Workspace
from levelset.paths import Paths

log = logging.getLogger("levelset.web")
T = TypeVar("T")
MEMO_SIZE = 64
KEPT_SIZE = 2048  # pages kept per app: a few per signed-in client of a busy server


class Kept:
    """A bounded, thread-safe store of built pages, least recently used out first, and of
    what is made from each kept page (its rendering's data), dropped with it."""

    def __init__(self, size: int = KEPT_SIZE) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._held: dict[int, Any] = {}  # id of each kept page: the page
        self._made: dict[int, dict[str, Any]] = {}  # id of a kept page: what was made from it

    def get(self, key: tuple[Any, ...], build: Callable[[], T]) -> T:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return cast(T, self._items[key])
        value = build()  # outside the lock: two first requests may both build, both right
        with self._lock:
            self._forget(self._items.pop(key, None))
            self._items[key], self._held[id(value)] = value, value
            while len(self._items) > self.size:
                self._forget(self._items.popitem(last=False)[1])
        return value

    def _forget(self, page: Any) -> None:
        if page is None or self._held.get(id(page)) is not page:
            return
        del self._held[id(page)]
        self._made.pop(id(page), None)

    def made_from(self, page: Any, what: str, make: Callable[[], T]) -> T:
        """make(), kept beside `page` while `page` is kept (else made every time)."""
        with self._lock:  # a held page lives on: no other object can have its id meanwhile
            if self._held.get(id(page)) is page and what in self._made.get(id(page), {}):
                return cast(T, self._made[id(page)][what])
        made = make()
        with self._lock:
            if self._held.get(id(page)) is page:
                self._made.setdefault(id(page), {})[what] = made
        return made


@dataclass
class MarketBuild:
    """The market store's build, run in the background so pages can say so meanwhile."""

    step: str = ""
    fraction: float = 0.0
    thread: threading.Thread | None = None
    failed: bool = False

    def report(self, step: str, fraction: float) -> None:
        self.step, self.fraction = step, fraction


@dataclass
class AppContext:
    """Shared, lazily opened resources of one running app (thread-safe)."""

    workspace: Workspace
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _memo: OrderedDict[tuple[Any, ...], Any] = field(default_factory=OrderedDict)
    _build: MarketBuild = field(default_factory=MarketBuild)
    _kept: Kept = field(default_factory=Kept)

    @property
    def paths(self) -> Paths:
        return self.workspace.paths

    @property
    def store(self) -> Any:
        """The records store, opened (and migrated) on first use."""
        return self.workspace.store

    def market_building(self) -> tuple[str, float] | None:
        """None when the market reads without a build (the shipped copy answers a home without
        imports, as on the command line; or the DuckDB store is current); else (step, fraction)
        of the store's build, which this starts in the background on first call. A failed
        build counts as ready, so the query that follows reports the real error."""
        build = self._build
        if build.failed or self.workspace.market_ready():
            return None
        with self._lock:
            if build.thread is None or not build.thread.is_alive():
                # Not a daemon: Python waits for it at exit. A daemon thread stopped inside
                # DuckDB at interpreter exit aborts the process ("exception not rethrown").
                build.thread = threading.Thread(
                    target=self._build_market, name="levelset-market-build", daemon=False
                )
                build.thread.start()
        return build.step, build.fraction

    def _build_market(self) -> None:
        try:
            self.workspace.build_market(self._build.report)
        except Exception:  # the next query opens the store again and reports why it cannot
            log.exception("building the market store failed")
            self._build.failed = True

    def data_version(self) -> tuple[Any, ...] | None:
        """Changes whenever the records or the market data change; None when unknowable.

        SQLite in WAL mode touches the -wal file on every commit and the main file on every
        checkpoint, so their sizes and modification times identify the stored state.
        """
        if not self.workspace.database_url.startswith("sqlite:"):
            return None
        files = (self.paths.records_db, Path(f"{self.paths.records_db}-wal"), self.paths.market_db)
        return tuple(_stamp(f) for f in files) + (self.workspace.today(),)

    def memo(self, name: str, args: tuple[Any, ...], build: Callable[[], T]) -> T:
        """build(), reused until the stored data (or the day) changes."""
        version = self.data_version()
        if version is None:
            return build()
        key = (name, args, version)
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return cast(T, self._memo[key])
        value = build()
        with self._lock:
            self._memo[key] = value
            while len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return value

    def kept(self, name: str, args: tuple[Any, ...], build: Callable[[], T]) -> T:
        """build(), kept for this workspace's owner until a transaction writes their records,
        the market data change or the day turns. Only for answers read from the owner's own
        records and the market store (a view across owners is built every time)."""
        records = self.workspace.records_version()
        if records is None:
            return build()
        key = (name, args, records, self.workspace.market_version(), self.workspace.today())
        return self._kept.get(key, build)

    def made_from_kept(self, page: Any, what: str, make: Callable[[], T]) -> T:
        """make(), reused while `page` (a kept page) stays kept: what its rendering needs."""
        return self._kept.made_from(page, what, make)

    def seen_as(self, workspace: Workspace) -> AppContext:
        """The same app's resources (market build, kept pages) for another workspace of the
        same database: one request of a coaching server."""
        return AppContext(workspace, _build=self._build, _kept=self._kept)

    def for_client(self, name: str) -> AppContext:
        """The same app's resources seen as one of the coach's clients (shared store, market
        build and kept pages; their own memo)."""
        return self.seen_as(self.workspace.as_client(name))

    def close(self) -> None:
        self.workspace.close()


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (0, 0)
    return (info.st_mtime_ns, info.st_size)
