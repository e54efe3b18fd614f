"""A student's conference talk and published plugin are not industry scope or ML papers (issue 12).

Found on an undergraduate research assistant's résumé: "Presented virtually to the World
Conference on ..." read as industry scope (senior staff) and "Published plugin ..." as an ML
paper. Per tests/corpus/bullets/RULES.md a venue is reach, not the field's scope; a cited paper
at a top venue is research adopted outside and still reads staff or above.
"""

from __future__ import annotations

from pathlib import Path

from levelset.bands import Band
from levelset.leveling import estimate_level
from levelset.proof.features import Scope, extract
from tests.leveling.test_estimate import _resume

STUDENT = [
    "Developed a REST API using FastAPI and PostgreSQL to store data from course platforms.",
    "Implemented GitHub OAuth to read data from students' repositories.",
    "Presented virtually to the World Conference on Computational Intelligence.",
    "Published a browser plugin to websites gaining 2K+ downloads and 500+ active users.",
    "Explored ways to visualize GitHub collaboration in a classroom setting.",
]
CITED = "Published a retrieval paper at NeurIPS 2022 that has been cited over 400 times."


def _dimensions(tmp_path: Path, bullets: list[str]) -> dict[str, Band]:
    result = estimate_level(_resume(tmp_path, bullets, "Undergraduate Research Assistant"))
    return {d.dimension.value: d.band for d in result.dimensions}


def test_a_students_talk_and_plugin_stay_below_staff(tmp_path: Path) -> None:
    dims = _dimensions(tmp_path, STUDENT)
    assert dims["scope"] <= Band.SENIOR, dims
    assert dims["ml"] <= Band.MID, dims


def test_a_venue_named_is_not_industry_scope() -> None:
    for text in (
        "Presented our poster at the KDD 2023 conference.",
        "Gave a talk at a regional conference on testing.",
    ):
        assert extract(text).scope is not Scope.INDUSTRY, text


def test_published_alone_is_not_a_paper() -> None:
    assert "paper" not in extract("Published the SDK to npm, reaching 3K weekly downloads.").ml
    assert "paper" in extract("Published in the Journal of Machine Learning Research.").ml
    assert "paper" in extract("Published two papers on ranking models for search.").ml


def test_a_cited_neurips_paper_still_reads_staff(tmp_path: Path) -> None:
    dims = _dimensions(tmp_path, [CITED])
    assert dims["scope"] >= Band.STAFF, dims
    assert dims["ml"] >= Band.STAFF, dims
    assert extract(CITED).scope is Scope.INDUSTRY
