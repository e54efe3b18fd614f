"""A note (stderr) and a line `say` writes (stdout) without Rich are the text Rich writes:
where Rich would write no styles and shows the text as it is; anything else goes to Rich."""

from __future__ import annotations

import io
import sys

import pytest
from rich.console import Console
from rich.markup import escape

from levelset.cli import output

TEXTS = [
    "15 sections for Alex Rivera (demo); open the file to read it.",
    "wrote /tmp/levelset-home/exports/offers-2026-12-05.json",
    "opening your browser…",
    "Wrote /home/someone/.levelset/exports/clients/ada-park-2026-12-05.zip (40 files).",
    "Ünïcode Café — “Quoted” Labs  with  runs of   spaces and a trailing space ",
    "left out 3 saved job(s) never applied to (wishlist); " * 6,
    # words wider than the console, which Rich folds: a path, a path after a word, two paths
    "/tmp/levelset-bench-startup-a1b2c3d4/scratch/home/imports/lca/lca_fy2025_q4/LCA_FY2025.csv",
    "Imported 54 rows; a copy is kept at /tmp/levelset-bench-startup-a1b2c3d4/scratch/home/"
    "imports/lca/lca_fy2025_q4/LCA_Disclosure_Data_FY2025_Q4_SYNTHETIC.csv for rebuilds.",
    "Wrote /a/very/long/path/" + "segment/" * 30 + "client.zip  /" + "x" * 170 + "  (40 files). ",
]
RICH_ONLY = [
    "Acme [bold]Labs[/] wrote it",  # brackets: shown as written, escaped for Rich
    "a path C:\\\\Users\\\\[x]",  # an escape
    "done :smile:",  # an emoji code
    "東京 offers",  # wide characters
    "a\ttab",
]


def _rich_note(text: str) -> str:
    out = io.StringIO()
    console = Console(file=out, highlight=False, soft_wrap=True, color_system=None)
    console.print(f"[dim]{escape(text)}[/]")
    return out.getvalue()


def _rich_line(text: str, width: int) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, highlight=False, soft_wrap=False, color_system=None)
    console.print(text, markup=False)
    return out.getvalue()


@pytest.mark.parametrize("text", TEXTS)
def test_a_plain_note_is_what_rich_writes(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setattr(output, "err_console", lambda: pytest.fail("Rich was loaded"))
    output.note(text)
    assert sys.stderr.getvalue() == _rich_note(text)


@pytest.mark.parametrize("text", RICH_ONLY)
def test_a_note_rich_would_change_goes_to_rich(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.StringIO()
    rich = Console(file=buffer, highlight=False, soft_wrap=True, color_system=None)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setattr(output, "err_console", lambda: rich)
    output.note(text)
    assert sys.stderr.getvalue() == ""
    assert buffer.getvalue() == _rich_note(text)


def test_a_word_wider_than_the_console_is_folded_as_rich_folds_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Wrote /a/very/long/path/" + "segment/" * 30 + "client.zip (40 files)."
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setattr(output, "console", lambda: pytest.fail("Rich was loaded"))
    output.say(text)
    assert sys.stdout.getvalue() == _rich_line(text, 100)
    assert len(sys.stdout.getvalue().splitlines()) == 4  # the path folded over three lines


@pytest.mark.parametrize("text", TEXTS)
def test_a_plain_line_is_what_rich_writes_at_every_width(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = 0
    for width in range(20, 161):
        monkeypatch.setenv("COLUMNS", str(width))
        monkeypatch.setattr(sys, "stdout", io.StringIO())
        fallback = io.StringIO()
        rich = Console(file=fallback, width=width, highlight=False, color_system=None)
        monkeypatch.setattr(output, "console", lambda rich=rich: rich)
        output.say(text)
        assert sys.stdout.getvalue() + fallback.getvalue() == _rich_line(text, width), width
        written += fallback.getvalue() == ""
    assert written == 141  # every width, words wider than it folded as Rich folds them


def test_a_note_to_a_terminal_goes_to_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    buffer = io.StringIO()
    rich = Console(file=buffer, highlight=False, soft_wrap=True, color_system=None)
    monkeypatch.setattr(sys, "stderr", Terminal())
    monkeypatch.setattr(output, "err_console", lambda: rich)
    output.note(TEXTS[0])
    assert sys.stderr.getvalue() == ""
    assert buffer.getvalue() == _rich_note(TEXTS[0])
