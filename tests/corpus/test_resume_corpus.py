"""The real-résumé corpus read end to end, with floors at the measured accuracy.

The files belong to other projects (SOURCES.csv names each with its commit, licence and
checksum) and are not in the repository; the test runs where they are present.
"""

from __future__ import annotations

import pytest

from tests.corpus.resumes import measure

# Measured floors: raise them when the reader gets better, never lower them.
FLOORS = {"tuning": (1.0, 0), "held-out": (0.51, 8)}  # share right, most invented


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, measure.Tally]]:
    folder = measure.corpus_folder()
    if not measure.available(folder):
        pytest.skip(f"no résumé corpus in {folder} (set {measure.ENV}; see SOURCES.csv)")
    return measure.tally(measure.measure(folder))


@pytest.mark.slow
@pytest.mark.parametrize("split", sorted(FLOORS))
def test_corpus_accuracy_holds_its_floor(table: dict[str, dict[str, measure.Tally]], split: str):
    share, invented = FLOORS[split]
    found = table[split]["all"]
    assert found.share >= share, measure.render(table)
    assert found.invented <= invented, measure.render(table)


def test_every_source_has_its_ground_truth():
    for source in measure.sources():
        truth = measure.TRUTH / f"{source.key}.json"
        assert truth.is_file(), source.file
    splits = [s.split for s in measure.sources()]
    assert splits.count("held-out") * 3 >= len(splits)
    assert len({s.generator for s in measure.sources()}) >= 10
