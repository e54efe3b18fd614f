"""`python -m benchmarks NAME` runs what docs/performance.md says it runs."""

from __future__ import annotations

from benchmarks.__main__ import modules


def test_a_module_named_by_its_own_name_runs_alone() -> None:
    assert modules(["import"]) == ["bench_import"]  # not bench_track_import as well
    assert modules(["bench_import"]) == ["bench_import"]


def test_another_word_picks_every_module_containing_it() -> None:
    assert modules(["track"]) == ["bench_track_import"]
    assert modules(["startup", "track"]) == ["bench_startup", "bench_track_import"]
    assert set(modules(["cold"])) == {"bench_cold_report"}


def test_no_name_runs_everything() -> None:
    assert "bench_import" in modules([]) and "bench_track_import" in modules([])
