"""A refused negotiation event: the message speaks in words (it reaches the web's forms too),
and the CLI's hint says which of its flags the fix lies in. Before, the message named no flag
at all and the CLI user lost the hint of which option to use; earlier still it named flags on
the web page too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.runner import run_cli

BIGCO = str(Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml")
RAW = re.compile(r"\s--[a-z]|`|levelset \w|\b[a-z]+_[a-z]+\b")  # a flag, a command, an id


def _started() -> None:
    assert run_cli("negotiate", "start", "Acme", "--offer", BIGCO).exit_code == 0


@pytest.mark.parametrize(
    ("args", "flag"),
    [
        (["note"], "--note TEXT"),
        (["revised_offer"], "--offer FILE"),
        (["deadline", "--verbal"], "--verbal"),
        (["note", "--note", "x", "--corrects", "1"], "--corrects N"),
        (["correction", "--corrects", "1"], "--new-date YYYY-MM-DD"),
        (["correction", "--corrects", "1", "--void"], "--offer FILE"),
        (["counter_sent", "--date", "2001-01-01"], "--date YYYY-MM-DD"),
        (["anchor_set"], "levelset negotiate anchor Acme"),
        (["counter_sent", "--offer", BIGCO], "EVENT is one of"),
    ],
)
def test_the_cli_hint_names_the_flag_and_the_message_names_none(args: list[str], flag: str) -> None:
    _started()
    refused = run_cli("negotiate", "log", "Acme", *args)
    assert refused.exit_code in (2, 4), refused.stderr
    message, hint = refused.stderr.split("hint:")
    assert not RAW.search(message.removeprefix("error:")), message
    assert flag in hint, refused.stderr


def test_the_json_refusal_carries_its_fields_for_scripts() -> None:
    _started()
    refused = run_cli("negotiate", "log", "Acme", "note", "--json")
    assert refused.exit_code == 2
    assert refused.json()["fields"] == ["note"] and "--note" in refused.json()["hint"]


def test_a_step_to_the_end_points_to_logging_it() -> None:
    _started()
    refused = run_cli("negotiate", "step", "Acme", "signed")
    assert refused.exit_code == 4
    message, hint = refused.stderr.split("hint:")
    assert not RAW.search(message.removeprefix("error:")), message
    assert "levelset negotiate log Acme signed" in hint
