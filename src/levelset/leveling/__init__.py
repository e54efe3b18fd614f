"""Leveling: place the user's evidence on the band scale and show what the target needs.

Public API (stable): `estimate_level(materials, target) -> LevelEstimate`, `RUBRIC`,
`rubric_table()`, `Dimension`.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from levelset.leveling.estimate import LevelEstimate, estimate_level
    from levelset.leveling.evidence import DimensionEvidence
    from levelset.leveling.rubric import RUBRIC, Dimension, Expectation, expectation, rubric_table

_WHERE = {
    "LevelEstimate": "estimate",
    "estimate_level": "estimate",
    "DimensionEvidence": "evidence",
    "RUBRIC": "rubric",
    "Dimension": "rubric",
    "Expectation": "rubric",
    "expectation": "rubric",
    "rubric_table": "rubric",
}

__all__ = [
    "RUBRIC",
    "Dimension",
    "DimensionEvidence",
    "Expectation",
    "LevelEstimate",
    "estimate_level",
    "expectation",
    "rubric_table",
]


def __getattr__(name: str) -> object:
    """Import each public name from its module on first use: importing one module of the
    package (or the package for one name) does not load all of them (start-up, issue 15)."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
