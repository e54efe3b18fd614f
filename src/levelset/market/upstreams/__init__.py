"""The registry of upstream kinds of market file: every module here declares one `UPSTREAM`.

Adding a kind of file is one module in this package (see CONTRIBUTING.md); nothing lists the
modules by hand. `register` adds one at run time (a plug-in, or a test).
"""

from __future__ import annotations

import importlib
import pkgutil

from levelset.errors import UnknownValue
from levelset.market.upstream import Upstream

_found: list[tuple[Upstream, ...]] = []


def upstreams() -> tuple[Upstream, ...]:
    """Every upstream kind, in listing order (found once per process)."""
    if not _found:
        modules = (
            importlib.import_module(f"{__name__}.{m.name}") for m in pkgutil.iter_modules(__path__)
        )
        found = [module.UPSTREAM for module in modules if hasattr(module, "UPSTREAM")]
        _found.append(tuple(sorted(found, key=lambda u: (u.order, u.key))))
    return _found[0]


def importable() -> tuple[str, ...]:
    """The names `levelset data import` takes."""
    return tuple(u.key for u in upstreams() if u.load is not None)


def upstream_of(key: str) -> Upstream:
    found = next((u for u in upstreams() if u.key == key), None)
    if found is None:
        raise UnknownValue("data source", key, importable())
    return found


def register(upstream: Upstream) -> None:
    """Add an upstream kind at run time; it then takes part in every import and build."""
    if any(u.key == upstream.key for u in upstreams()):
        raise ValueError(f"an upstream named {upstream.key!r} exists already")
    _found[0] = tuple(sorted((*_found[0], upstream), key=lambda u: (u.order, u.key)))


def unregister(key: str) -> None:
    upstreams()
    _found[0] = tuple(u for u in _found[0] if u.key != key)
