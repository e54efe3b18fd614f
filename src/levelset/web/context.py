"""What every view needs: the user's paths, the records store, and the capabilities installed.

The store is opened once per server (opening runs migrations); the capability packages are
imported when first asked for, and a package that is not there yet is simply absent, so the
app shows every capability that exists and no page for the others.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from levelset.paths import Paths

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
# A package counts as landed once its public API has this function.
LANDED_WHEN = {
    "market": "market_range",
    "offers": "value_offer",
    "negotiation": "anchor",
    "narrative": "score_message",
    "proof": "analyse",
    "leveling": "estimate_level",
    "tracking": "funnel",
    "plan": "make_plan",
    "playbook": "build_playbook",
}


@dataclass
class AppContext:
    """Shared, lazily opened resources of one running app (thread-safe)."""

    paths: Paths
    _store: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _modules: dict[str, ModuleType | None] = field(default_factory=dict)

    @property
    def store(self) -> Any:
        """The records store, opened (and migrated) on first use."""
        if self._store is None:
            with self._lock:
                if self._store is None:
                    from levelset.store import open_store

                    self._store = open_store(self.paths)
        return self._store

    def module(self, capability: str) -> ModuleType | None:
        """The capability's package, or None while it has not landed."""
        if capability not in self._modules:
            self._modules[capability] = _import(CAPABILITIES[capability])
        return self._modules[capability]

    def has(self, capability: str, attribute: str | None = None) -> bool:
        module = self.module(capability)
        wanted = attribute or LANDED_WHEN.get(capability, "")
        return module is not None and (not wanted or hasattr(module, wanted))

    def api(self, capability: str, attribute: str) -> Any:
        """One public function of a capability, or None when it is not there."""
        module = self.module(capability)
        return getattr(module, attribute, None) if module is not None else None

    def store_module(self, capability: str) -> ModuleType | None:
        """levelset.store.<capability> (its stored records), or None."""
        return _import(f"levelset.store.{capability}")

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def _import(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None
