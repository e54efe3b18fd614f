"""Advice over the whole bullet corpus: grammatical rewrites, and no number asked for twice."""

from __future__ import annotations

import re

from levelset.proof.agreement import understand
from levelset.proof.features import extract
from levelset.proof.scoring import scaffold
from tests.corpus.bullets_corpus import rows

_ACTION = re.compile(r"\] by (?P<word>\S+)")


def test_every_rewrite_puts_a_gerund_or_a_placeholder_after_by() -> None:
    bad = []
    for row in rows(pending=True):  # the texts alone: rows waiting for a second label too
        frame = scaffold(row.text, extract(row.text))
        match = _ACTION.search(frame or "")
        if match and not (match["word"].endswith("ing") or match["word"].startswith("[")):
            bad.append(frame)
    assert not bad, bad[:5]


def test_a_bullet_with_a_number_is_not_asked_for_one() -> None:
    # read as the proof report reads it (the learned metric verdict decides), not by rules alone
    labelled = [r for r in rows() if r.labels["has_metric"]]
    frames = [scaffold(r.text, understand(r.text).features) or "" for r in labelled]
    asked = [r.text for r, frame in zip(labelled, frames, strict=True) if "[metric" in frame]
    assert len(asked) <= 0.05 * len(labelled), asked
