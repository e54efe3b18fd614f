"""The real-posting corpus read end to end, with floors at the measured accuracy.

The files are not kept in this repository (SOURCES.csv names each one's repository, commit,
licence and checksum; measure.corpus_folder() says where they are read from): without them the
accuracy tests skip, and the truth and split checks still run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.postings import measure

# Measured floors (share right): raise them when the reader gets better, never lower them.
# Per split and family of files (tts: 18F/TTS; cds: Canadian Digital Service, no location scored).
FLOORS = {
    ("tuning", "tts"): {"pay": 1.0, "title": 1.0, "company": 0.98, "location": 1.0, "level": 1.0},
    ("held-out", "tts"): {"pay": 1.0, "title": 1.0, "company": 0.97, "location": 1.0, "level": 1.0},
    ("tuning", "cds"): {"pay": 1.0, "title": 1.0, "company": 1.0, "level": 0.97},
    ("held-out", "cds"): {"pay": 1.0, "title": 1.0, "company": 0.97, "level": 1.0},
}


@pytest.fixture(scope="module")
def folder() -> Path:
    found = measure.corpus_folder()
    if not measure.available(found):
        pytest.skip(f"no posting corpus in {found} (set {measure.ENV}; see SOURCES.csv)")
    return found


@pytest.fixture(scope="module")
def table(folder: Path) -> dict[str, dict[str, measure.Tally]]:
    return measure.measure(folder)


@pytest.mark.parametrize(("split", "family"), sorted(FLOORS))
def test_corpus_accuracy_holds_its_floor(
    table: dict[str, dict[str, measure.Tally]], split: str, family: str
):
    found = table[split][family]
    for name, share in FLOORS[split, family].items():
        assert found.share(name) >= share, measure.render(table)


def test_every_source_is_there_with_its_checksum(folder: Path):
    assert len(measure.available(folder)) == len(measure.sources())


def test_every_source_has_its_ground_truth():
    sources = measure.sources()
    for source in sources:
        assert source.truth.is_file(), source.file
    splits = [s.split for s in sources]
    assert splits.count("held-out") * 4 >= len(splits)
    assert len(sources) >= 100
