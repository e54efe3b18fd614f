"""A channel is shown by its words ("job board"), as the web's tables show it, never by the
key it is stored under: `coach outcomes` read "response rate: job_board" and `track list`
and `metrics` a channel column of "job_board"."""

from __future__ import annotations

import json

from tests.cli.runner import run_cli


def test_outcomes_and_track_list_name_the_job_board_in_words(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")  # a row on one line
    sheet = tmp_path / "applications.csv"
    sheet.write_text(
        "Company,Role,Date Applied,Channel\nAcme,ML Engineer,2026-11-03,LinkedIn\n",
        encoding="utf-8",
    )
    for name in ("Ana", "Ben", "Chloe", "Dev", "Eve"):
        assert run_cli("client", "add", name).exit_code == 0
        assert run_cli("--client", name, "track", "import", str(sheet)).exit_code == 0
    outcomes = run_cli("coach", "outcomes", "--json")
    assert outcomes.exit_code == 0, outcomes.stderr
    (group,) = outcomes.json()["groups"]
    assert "response rate: job board" in {f["name"] for f in group["figures"]}
    assert "job_board" not in run_cli("coach", "outcomes").stdout
    listed = run_cli("--client", "Ana", "track", "list")
    assert listed.exit_code == 0, listed.stderr
    assert "job board" in listed.stdout and "job_board" not in listed.stdout
    metrics = run_cli("--client", "Ana", "metrics")
    assert metrics.exit_code == 0, metrics.stderr
    assert "job board" in metrics.stdout and "job_board" not in metrics.stdout
    # the JSON keeps the stored key, which a script reads back
    (event,) = json.loads(run_cli("--client", "Ana", "track", "list", "--json").stdout)["events"]
    assert event["channel"] == "job_board"
