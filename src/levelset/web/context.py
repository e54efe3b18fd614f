"""What every view needs: the user's paths, the records store, and the capabilities installed.

The store is opened once per server (opening runs migrations); the capability packages are
imported when first asked for, and a package that is not there yet is simply absent, so the
app shows every capability that exists and no page for the others.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar, cast

from levelset.app.workspace import Workspace
from levelset.paths import Paths

log = logging.getLogger("levelset.web")
T = TypeVar("T")
MEMO_SIZE = 64

# Each page and the package whose public API it calls.
CAPABILITIES = {
    "market": "levelset.market",
    "offers": "levelset.offers",
    "negotiation": "levelset.negotiation",
    "narrative": "levelset.narrative",
    "proof": "levelset.proof",
    "leveling": "levelset.leveling",
    "tracking": "levelset.tracking",
    "plan": "levelset.plan",
    "playbook": "levelset.playbook",
}
# A capability counts as landed once each of these (module, attribute) pairs exists.
LANDED_WHEN: dict[str, tuple[tuple[str, str], ...]] = {
    "market": (("levelset.market", "market_range"),),
    "offers": (("levelset.offers", "value_offer"), ("levelset.store.offers", "")),
    "negotiation": (
        ("levelset.negotiation", "compute_anchor"),
        ("levelset.store.negotiations", "load_record"),
    ),
    "narrative": (("levelset.narrative", "score_message"),),
    "proof": (("levelset.proof", "analyse"), ("levelset.store.proof", "load_materials")),
    "leveling": (("levelset.leveling", "estimate_level"),),
    "tracking": (
        ("levelset.tracking", "compute_metrics"),
        ("levelset.app.tracking", "metrics"),
    ),
    "plan": (("levelset.plan", "build_plan"), ("levelset.store.plan", "load_plan")),
    "playbook": (("levelset.playbook", "build_playbook"),),
}


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
    _modules: dict[str, ModuleType | None] = field(default_factory=dict)
    _landed: dict[str, bool] = field(default_factory=dict)
    _memo: OrderedDict[tuple[Any, ...], Any] = field(default_factory=OrderedDict)
    _build: MarketBuild = field(default_factory=MarketBuild)

    @property
    def paths(self) -> Paths:
        return self.workspace.paths

    @property
    def store(self) -> Any:
        """The records store, opened (and migrated) on first use."""
        return self.workspace.store

    def module(self, capability: str) -> ModuleType | None:
        """The capability's package, or None while it has not landed."""
        if capability not in self._modules:
            self._modules[capability] = _import(CAPABILITIES[capability])
        return self._modules[capability]

    def has(self, capability: str, attribute: str | None = None) -> bool:
        """True once the capability has landed (and has `attribute`, when one is named)."""
        if attribute is not None:
            module = self.module(capability)
            return module is not None and hasattr(module, attribute)
        if capability not in self._landed:
            needs = LANDED_WHEN.get(capability, ((CAPABILITIES[capability], ""),))
            self._landed[capability] = all(_provides(m, a) for m, a in needs)
        return self._landed[capability]

    def api(self, capability: str, attribute: str) -> Any:
        """One public function of a capability, or None when it is not there."""
        module = self.module(capability)
        return getattr(module, attribute, None) if module is not None else None

    def store_module(self, capability: str) -> ModuleType | None:
        """levelset.store.<capability> (its stored records), or None."""
        return _import(f"levelset.store.{capability}")

    def market_building(self) -> tuple[str, float] | None:
        """None when the market store is ready; else (step, fraction) of its build, which
        this starts in the background on first call. A failed build counts as ready, so the
        query that follows reports the real error."""
        build = self._build
        if build.failed or self.workspace.market_is_built():
            return None
        with self._lock:
            if build.thread is None or not build.thread.is_alive():
                build.thread = threading.Thread(target=self._build_market, daemon=True)
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

    def close(self) -> None:
        self.workspace.close()


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (0, 0)
    return (info.st_mtime_ns, info.st_size)


def _provides(module_name: str, attribute: str) -> bool:
    module = _import(module_name)
    return module is not None and (not attribute or hasattr(module, attribute))


def _import(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None
    except Exception:  # a capability half-written in a working tree must not stop the app
        log.exception("cannot import %s; its page stays hidden", name)
        return None
