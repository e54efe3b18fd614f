"""A package's public names imported from their modules on first use (PEP 562).

Importing one module of a package, or the package for one name, then loads only that module,
not the whole package: the start-up of a command pays for what it runs (issue 15).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def names_on_first_use(
    package: str, where: Mapping[str, str], namespace: dict[str, Any]
) -> Callable[[str], object]:
    """The package's `__getattr__`: `where` maps each public name to its module; a name found
    once is kept in the package's `namespace`, so it is looked up only the first time."""

    def attribute(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return attribute
