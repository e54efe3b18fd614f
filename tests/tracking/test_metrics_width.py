"""`levelset metrics` on terminals of different widths: at 80 columns no word is cut short
("interview…", "impact-fir…" before), a wide terminal gets one line per row, a narrow one
folds instead of cutting, and --json does not depend on the width."""

from __future__ import annotations

import pytest

from tests.cli.runner import run_cli
from tests.tracking.test_csv_import import EXAMPLE


def _metrics(monkeypatch: pytest.MonkeyPatch, width: int, *args: str) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    shown = run_cli("metrics", *args)
    assert shown.exit_code == 0, shown.stderr
    return shown.stdout


def test_metrics_use_the_width_and_never_cut_a_word(monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_cli("track", "import", str(EXAMPLE)).exit_code == 0
    usual = _metrics(monkeypatch, 80)
    assert "…" not in usual
    assert max(len(line) for line in usual.splitlines()) <= 80
    rows = [line for line in usual.splitlines() if line.startswith("│")]
    cells = {c.strip() for line in rows for c in line.split("│")}
    assert {"interviewed", "impact-first", "application"} <= cells, cells

    wide = _metrics(monkeypatch, 160)
    assert "│ resume version │ r1" in wide and "thin sample" in wide
    # the column that flags thin samples has a name, in every table that has one
    headers = [line for line in wide.splitlines() if "95% interval" in line or "slowest" in line]
    assert headers and all(line.rstrip(" ┃").endswith("note") for line in headers), headers
    assert max(len(line) for line in wide.splitlines()) <= 160

    narrow = _metrics(monkeypatch, 50)
    assert "…" not in narrow and max(len(line) for line in narrow.splitlines()) <= 50

    assert _metrics(monkeypatch, 50, "--json") == _metrics(monkeypatch, 160, "--json")


def test_tracked_events_and_the_level_estimate_keep_words_whole_at_80_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`track list` showed "variant=gener…" and `level estimate` "stories.yaml:stori…"."""
    from pathlib import Path

    stories = Path(__file__).parents[2] / "examples" / "resume" / "stories.yaml"
    assert run_cli("track", "import", str(EXAMPLE)).exit_code == 0
    assert run_cli("proof", "import", str(stories)).exit_code == 0
    monkeypatch.setenv("COLUMNS", "80")
    events = run_cli("track", "list")
    assert events.exit_code == 0 and "…" not in events.stdout
    assert "variant=generic" in events.stdout
    level = run_cli("level", "estimate")
    assert level.exit_code == 0, level.stderr
    assert "…" not in level.stdout and "stories.yaml:stories[0]" in level.stdout
