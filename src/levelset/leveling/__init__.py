"""Leveling: place the user's evidence on the band scale and show what the target needs.

Public API (stable): `estimate_level(materials, target) -> LevelEstimate`, `RUBRIC`,
`rubric_table()`, `Dimension`.
"""

from levelset.leveling.estimate import LevelEstimate, estimate_level
from levelset.leveling.evidence import DimensionEvidence
from levelset.leveling.rubric import RUBRIC, Dimension, Expectation, expectation, rubric_table

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
