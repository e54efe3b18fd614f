"""A hand-edited export that cannot be imported: each problem names the file once, the record,
the event and the field in plain words; nothing is stored."""

import json
from pathlib import Path

import pytest

from tests.cli.runner import run_cli

BIGCO = str(Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml")


@pytest.fixture
def export(tmp_path: Path) -> dict:
    run_cli("negotiate", "start", "Northwind", "--offer", BIGCO, "--date", "2026-01-05")
    run_cli("negotiate", "log", "Northwind", "counter_sent", "--date", "2026-01-07")
    data = run_cli("negotiate", "export", "--format", "json").json()
    data["negotiations"][0]["company"] = "Elsewhere"
    return data


def _refused(tmp_path: Path, data: object) -> str:
    path = tmp_path / "records.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = run_cli("negotiate", "status", "--json").stdout
    result = run_cli("negotiate", "import", str(path))
    assert result.exit_code == 2, result.stderr
    assert result.stderr.count(str(path)) == 1, result.stderr
    assert run_cli("negotiate", "status", "--json").stdout == before
    return result.stderr


def test_an_impossible_date(tmp_path: Path, export: dict) -> None:
    export["negotiations"][0]["events"][1]["date"] = "2026-02-31"
    message = _refused(tmp_path, export)
    assert "negotiations[0].events[1].date: '2026-02-31' is not a date" in message


def test_an_unknown_event_kind(tmp_path: Path, export: dict) -> None:
    export["negotiations"][0]["events"][1]["kind"] = "bogus"
    message = _refused(tmp_path, export)
    assert "events[1].kind: unknown event 'bogus'" in message and "counter_sent" in message


def test_an_offer_without_its_base(tmp_path: Path, export: dict) -> None:
    del export["negotiations"][0]["events"][0]["offer"]["base"]
    message = _refused(tmp_path, export)
    assert "negotiations[0].events[0].offer.base: missing" in message


def test_events_that_are_not_a_list(tmp_path: Path, export: dict) -> None:
    export["negotiations"][0]["events"] = "x"
    message = _refused(tmp_path, export)
    assert "negotiations[0].events: not a list of events" in message
    assert "string indices" not in message


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({"kind": "correction", "corrects": 1, "data": [1]}, "events[1].data: not a mapping"),
        ({"kind": "correction", "corrects": 1, "data": {"date": "bad"}}, "'bad' is not a date"),
        ({"kind": "anchor_set", "data": {"x": 1}}, "events[1].data: not an anchor"),
        ({"kind": "note", "note": ["x"]}, "events[1].note: not text"),
    ],
)
def test_event_fields_of_the_wrong_shape(
    tmp_path: Path, export: dict, changes: dict, said: str
) -> None:
    export["negotiations"][0]["events"][1].update(changes)
    assert said in _refused(tmp_path, export)
