"""Leveling: place the user's evidence on the band scale and show what the target needs.

Public API (stable): `estimate_level(materials, target) -> LevelEstimate`, `RUBRIC`,
`rubric_table()`, `Dimension`.
"""

from typing import TYPE_CHECKING

from levelset.lazy import names_on_first_use

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


__getattr__ = names_on_first_use(__name__, _WHERE, globals())
