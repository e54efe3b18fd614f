"""Numbers the metric reader got wrong in the tuning half's leave-one-batch-out misses (issue
12): a fit measured ("R2 = 0.89", "an R² of 0.93") is a model's quality, as "F1 of 0.87" is; a
figure glued to letters ("6D pose", "3D scans") names a thing and counts nothing; "from a number
of sellers to a number of buyers" is no before-and-after pair."""

from __future__ import annotations

import pytest

from levelset.proof.quantities import quantities


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fitted demand models with R2 = 0.91 on the last quarter.", "R2 = 0.91"),
        ("A gradient-boosted model reaching an R² of 0.87.", "R² of 0.87"),
        ("Regression reached an r-squared of 0.74 on held-out weeks.", "r-squared of 0.74"),
    ],
)
def test_a_fit_measured_is_a_quality_result(text: str, words: str) -> None:
    found = [q for q in quantities(text) if q.result]
    assert [q.words for q in found] == [words]
    assert found[0].kind == "quality"


def test_a_release_named_r2_stays_a_name() -> None:
    found = quantities("Migrated the SQL Server 2008 R2 databases to Postgres.")
    assert not any(q.result for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "Automated 6D object pose estimation for the picking robot.",
        "Automated 3D scanning of turbine blades.",
        "Distributed parcels from a number of depots to a number of stores at the least cost.",
    ],
)
def test_names_and_vague_amounts_are_no_result(text: str) -> None:
    assert not any(q.result for q in quantities(text)), text


def test_a_count_of_things_automated_stays_a_result() -> None:
    found = [q for q in quantities("Automated 12 monthly reports for finance.") if q.result]
    assert found and found[0].kind == "count"
