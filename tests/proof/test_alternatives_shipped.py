"""The quantity rules' alternatives taken from the file shipped beside the regex programs: the
same parts as splitting each pattern afresh, and a rule not in the file (changed since, or a
damaged file) still split as before (issue 15: splitting them cost 12 ms of CPU at load 10)."""

from __future__ import annotations

import re
from pathlib import Path

import levelset.proof.signals  # noqa: F401  (makes every rule the report reads)
from levelset.proof import alternatives
from levelset.proof.alternatives import Alternatives


def test_the_shipped_splits_are_current_for_every_rule() -> None:
    shipped = alternatives.read_splits(alternatives.SPLITS)
    rules = alternatives.made()
    assert len(rules) > 40
    stale = [
        r.pattern[:60]
        for r in rules
        if r.pattern not in shipped
        or alternatives._cut(r.pattern, shipped[r.pattern])
        != alternatives.split_alternatives(r.pattern)
    ]
    assert not stale, "run scripts/compile_patterns.py: stale or missing splits"


def test_a_rule_without_a_shipped_split_is_split_as_before() -> None:
    rule = Alternatives(r"\b(?:cut|halved) (?:a|b)\b|\b\d+ ?%|[|]x")
    assert [p.pattern for p in rule.parts] == [r"\b(?:cut|halved) (?:a|b)\b", r"\b\d+ ?%", "[|]x"]
    assert [m.group(0) for m in rule.finditer("we halved a queue by 40% |x")] == [
        "halved a",
        "40%",
        "|x",
    ]


def test_a_missing_or_damaged_file_gives_no_splits(tmp_path: Path) -> None:
    damaged = tmp_path / "alternatives.marshal"
    damaged.write_bytes(b"\x00not marshal")
    assert alternatives.read_splits(damaged) == {}
    assert alternatives.read_splits(tmp_path / "absent.marshal") == {}


def test_splits_written_and_read_back_cut_each_rule_as_its_split(tmp_path: Path) -> None:
    rules = alternatives.made()[:5]
    target = tmp_path / "splits.marshal"
    alternatives.write_splits(rules, target)
    back = alternatives.read_splits(target)
    for rule in rules:
        parts = alternatives._cut(rule.pattern, back[rule.pattern])
        assert parts == alternatives.split_alternatives(rule.pattern)
        assert all(re.compile(p) for p in parts)
