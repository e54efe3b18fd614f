"""The real-posting corpus read end to end, with floors at the measured accuracy.

The files are kept in files/ (public domain, from the repository SOURCES.csv names with commit,
licence and checksum), so the accuracy test runs from a fresh clone.
"""

from __future__ import annotations

import pytest

from tests.corpus.postings import measure

# Measured floors (share right): raise them when the reader gets better, never lower them.
FLOORS = {
    "tuning": {"pay": 1.0, "title": 1.0, "company": 0.94, "location": 0.98, "level": 1.0},
    "held-out": {"pay": 1.0, "title": 1.0, "company": 0.91, "location": 1.0, "level": 1.0},
}


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, measure.Tally]]:
    return measure.measure(measure.corpus_folder())


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_corpus_accuracy_holds_its_floor(table: dict[str, dict[str, measure.Tally]], split: str):
    found = table[split]["all"]
    for name, share in FLOORS[split].items():
        assert found.share(name) >= share, measure.render(table)


def test_every_source_is_kept_with_its_checksum():
    assert len(measure.available(measure.FILES)) == len(measure.sources())


def test_every_source_has_its_ground_truth():
    sources = measure.sources()
    for source in sources:
        assert source.truth.is_file(), source.file
    splits = [s.split for s in sources]
    assert splits.count("held-out") * 4 >= len(splits)
    assert len(sources) >= 100
