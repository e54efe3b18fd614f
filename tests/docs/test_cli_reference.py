"""docs/cli.md documents every command; regenerate it with `make docs`."""

from pathlib import Path

from levelset.cli.docgen import command_paths

REFERENCE = Path(__file__).parents[2] / "docs" / "cli.md"


def test_every_command_has_a_section_in_the_cli_reference() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    missing = [" ".join(p) for p in command_paths() if f"## levelset {' '.join(p)}\n" not in text]
    assert not missing, f"undocumented commands (run `make docs`): {missing}"


def test_every_registered_command_imports_and_has_help() -> None:
    from levelset.cli.lazy import load
    from levelset.cli.registry import COMMANDS

    for name, entry in COMMANDS.items():
        command = load(name, entry)
        assert command.help, f"{name} has no help text"
