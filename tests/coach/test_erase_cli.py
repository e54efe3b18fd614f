"""Erasing a client asks first; with no terminal to ask on it refuses and erases nothing."""

from __future__ import annotations

from tests.cli.runner import run_cli


def test_erase_without_yes_and_without_a_terminal_refuses_and_keeps_the_client() -> None:
    assert run_cli("client", "add", "Ada Lovelace").exit_code == 0
    refused = run_cli("client", "erase", "Ada Lovelace")  # stdin is no terminal here
    assert refused.exit_code == 2
    assert "no terminal to ask on" in refused.stderr
    assert "levelset client erase 'Ada Lovelace' --yes" in refused.stderr
    listed = run_cli("client", "list", "--json").json()
    assert [c["name"] for c in listed] == ["Ada Lovelace"]
    assert run_cli("client", "erase", "Ada Lovelace", "--yes").exit_code == 0
    assert run_cli("client", "list", "--json").json() == []
