"""Files a user may hand us by mistake: each gives a clear message and exit code 2, no traceback."""

from pathlib import Path

import pytest

from tests.cli.runner import run_cli

BINARY = bytes(range(256)) * 4  # not UTF-8 text


def _fails_cleanly(*args: str) -> str:
    result = run_cli(*args)
    assert result.exit_code == 2, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


@pytest.mark.parametrize("command", [("offer", "value"), ("offer", "add"), ("offer", "import")])
def test_a_binary_file_is_named_and_refused(tmp_path: Path, command: tuple[str, str]) -> None:
    path = tmp_path / "photo.yaml"
    path.write_bytes(BINARY)
    message = _fails_cleanly(*command, str(path))
    assert str(path) in message and "not a UTF-8 text file" in message


def test_an_impossible_yaml_date_points_at_its_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text("company: A\ncurrency: USD\nbase: 1\nstart_date: 2026-13-40\n", "utf-8")
    message = _fails_cleanly("offer", "value", str(path))
    assert "line 4, start_date: '2026-13-40' is not a date" in message


def test_a_directory_is_named_once(tmp_path: Path) -> None:
    folder = tmp_path / "offer.yaml"
    folder.mkdir()
    message = _fails_cleanly("offer", "value", str(folder))
    assert message.count(str(folder)) == 1 and "a folder, not a file" in message


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("empty.yaml", "", "the file is empty"),
        ("list.json", '[{"company": "A", "currency": "USD", "base": 1}]', "holds a list"),
        ("word.yaml", "hello\n", "holds a single value ('hello')"),
    ],
)
def test_a_file_that_is_not_one_offer_says_what_it_holds(
    tmp_path: Path, name: str, text: str, said: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    message = _fails_cleanly("offer", "value", str(path))
    assert said in message and "company, currency and base" in message


def test_a_missing_file_says_so_plainly(tmp_path: Path) -> None:
    message = _fails_cleanly("offer", "value", str(tmp_path / "nope.yaml"))
    assert "nope.yaml: no such file" in message


def test_problems_are_listed_in_file_order(tmp_path: Path) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text(
        "company: A\ncurrency: USD\nbase: abc\nequity:\n  frequency: weekly\nfoo: 1\n", "utf-8"
    )
    lines = [line for line in _fails_cleanly("offer", "value", str(path)).splitlines() if line]
    assert "line 3, base" in lines[0]
    assert "line 5, equity.frequency" in lines[1] and "line 6, foo" in lines[2]


def test_an_export_given_as_one_offer_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "offers.json"
    path.write_text('{"offers": [{"company": "A", "currency": "USD", "base": 1}]}', "utf-8")
    message = _fails_cleanly("offer", "value", str(path))
    assert "a collection of offers" in message and "offer import" in message
    assert "refreshers" not in message
