"""The corpus is large, labelled by its rules, and split by the seeded hash it documents."""

from __future__ import annotations

import hashlib
from collections import Counter

from tests.corpus.bullets_corpus import BANDS, FEATURES, HERE, rows, split_of


def test_the_corpus_has_enough_rows_of_every_kind() -> None:
    found = rows()
    assert len(found) >= 600
    every = rows(pending=True)
    assert len({r.text for r in every}) == len(every)
    for name in FEATURES:
        counts = Counter(bool(r.labels[name]) for r in found)
        assert counts[True] >= 100 and counts[False] >= 100, (name, counts)
    bands = Counter(r.labels["band"] for r in found)
    assert set(bands) == set(BANDS) and min(bands.values()) >= 20, bands
    origins = Counter(r.raw["origin"] for r in found)
    assert origins["real"] >= 50 and origins["written"] >= 400


def test_ids_and_splits_follow_the_documented_hashes() -> None:
    found = rows(pending=True)
    for row in found:
        assert row.id == hashlib.sha1(row.text.encode()).hexdigest()[:10]
        assert row.split == split_of(row.text)
    held = sum(r.split == "holdout" for r in found) / len(found)
    assert 0.4 <= held <= 0.6


def test_every_row_has_complete_labels_and_a_known_source() -> None:
    sources = (HERE / "SOURCES.md").read_text(encoding="utf-8")
    for row in rows(pending=True):
        for key in ("labels_a", *(k for k in ("labels_b", "labels") if k in row.raw)):
            labels = row.raw[key]
            assert all(isinstance(labels[f], bool) for f in FEATURES), (row.id, key)
            assert labels["band"] in BANDS, (row.id, key)
        if "labels" in row.raw:
            assert row.raw["labels"].get("reason"), row.id
        if row.raw["origin"] == "real":
            assert row.id in sources
        else:
            assert row.raw["source"] == "levelset"


def test_rows_waiting_for_their_second_label_are_read_by_nothing_but_these_checks() -> None:
    waiting = [r for r in rows(pending=True) if "labels_b" not in r.raw]
    labelled = {r.id for r in rows()}
    assert all(r.id not in labelled for r in waiting)
    assert all(r.raw.get("batch") for r in waiting)  # a named batch (RULES.md), never a loose row
    assert all("labels" not in r.raw for r in waiting)  # nothing to adjudicate before labels_b
