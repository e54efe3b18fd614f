"""Help a new user reads: every summary on one line, every option explained."""

from __future__ import annotations

import re
from typing import Any

import pytest

from levelset.cli.lazy import load
from levelset.cli.registry import COMMANDS
from tests.cli.runner import run_cli


def _walk(command: Any, path: list[str]) -> list[tuple[list[str], Any]]:
    found = [(path, command)]
    for name, sub in getattr(command, "commands", {}).items():
        found += _walk(sub, [*path, name])
    return found


def _every_command() -> list[tuple[list[str], Any]]:
    found: list[tuple[list[str], Any]] = []
    for name, entry in COMMANDS.items():
        found += _walk(load(name, entry), [name])
    return found


def test_a_group_lists_a_long_summary_as_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    monkeypatch.setenv("TERMINAL_WIDTH", "250")
    result = run_cli("track", "--help")
    assert result.exit_code == 0
    assert "the events that follow it); they are kept in a CSV file" in result.stdout


def test_every_sub_command_has_a_one_line_summary() -> None:
    broken = [
        " ".join(path)
        for path, command in _every_command()
        if len(path) > 1 and "\n" in (command.short_help or command.help or "").strip()
    ]
    assert broken == []


def test_every_option_says_what_it_is_for() -> None:
    silent = [
        f"{' '.join(path)} {param.opts[0]}"
        for path, command in _every_command()
        for param in command.params
        if param.param_type_name == "option" and not param.help and not param.hidden
    ]
    assert silent == []


def test_help_names_arguments_and_types_in_plain_words() -> None:
    """No Typer placeholders ({TITLE}, <str>, <bool>) and no completion options on a sub-command."""
    from levelset.cli.docgen import help_text

    leftovers = {}
    for path in [(), *[tuple(path) for path, _ in _every_command()]]:
        text = help_text(path)
        found = re.findall(r"\{[A-Za-z_|-]+\}|<(?:bool|str|int|path|Decimal|list\[\w+\])>", text)
        if path and "--install-completion" in text:
            found.append("--install-completion")
        if found:
            leftovers[" ".join(path)] = sorted(set(found))
    assert leftovers == {}


def test_usage_and_panels_read_as_a_new_user_expects() -> None:
    from levelset.cli.docgen import help_text

    text = help_text(("negotiate", "log"))
    assert "Usage: levelset negotiate log [OPTIONS] COMPANY EVENT" in text
    assert re.search(r"--corrects\s+INTEGER\s+Event number to correct", text)
    assert re.search(r"--verbal\s+The offer was only said", text)
    assert "Usage: levelset proof import [OPTIONS] FILES..." in help_text(("proof", "import"))
    assert "Usage: levelset levels [OPTIONS] [TEXT]" in help_text(("levels",))


def test_a_help_page_flows_its_paragraphs_without_the_docstrings_line_breaks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`levelset mcp --help` broke "stdout carries protocol messages" / "only, ..." where its
    docstring's line ended: each paragraph now flows, and paragraphs stay apart."""
    monkeypatch.setenv("COLUMNS", "250")
    shown = run_cli("mcp", "--help")
    assert shown.exit_code == 0
    assert "stdout carries protocol messages only, notes go to stderr" in shown.stdout
    for path, command in _every_command():
        paragraphs = (command.help or "").split("\n\n")
        assert all("\n" not in p for p in paragraphs), path


def test_demo_help_says_where_the_demo_home_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    """It said "levelset-demo in your data folder"; the demo is made beside it, never in it."""
    import os

    from levelset.cli.demo_cmd import _default_home
    from levelset.paths import user_dir

    monkeypatch.setenv("COLUMNS", "250")
    shown = " ".join(run_cli("demo", "--help").stdout.replace("│", " ").split())
    assert "levelset-demo beside your data folder, never in it" in shown
    assert _default_home().parent == user_dir(os.environ).parent
