"""The root `--today` option (and LEVELSET_TODAY) fixes the workspace's clock for one command."""

from __future__ import annotations

import pytest

from tests.cli.runner import run_cli


def test_an_event_logged_without_a_date_is_dated_the_given_day() -> None:
    added = run_cli("--today", "2027-03-01", "track", "add", "application", "--company", "Acme")
    assert added.exit_code == 0, added.stderr
    shown = run_cli("track", "list", "--json").json()
    assert [event["date"] for event in shown["events"]] == ["2027-03-01"]


def test_metrics_answer_as_of_the_given_day(monkeypatch: pytest.MonkeyPatch) -> None:
    run_cli("track", "add", "application", "--company", "Acme", "--date", "2027-03-01")
    assert run_cli("--today", "2027-03-20", "metrics", "--json").json()["as_of"] == "2027-03-20"
    early = run_cli("--today", "2027-03-02", "metrics", "--since", "2027-03-04")
    assert early.exit_code == 2
    assert "today is 2027-03-02" in early.stderr
    monkeypatch.setenv("LEVELSET_TODAY", "2027-04-01")
    assert run_cli("metrics", "--json").json()["as_of"] == "2027-04-01"
    later = run_cli("--today", "2027-05-01", "metrics", "--json").json()
    assert later["as_of"] == "2027-05-01"  # the option wins over the environment


def test_a_bad_date_is_refused_naming_where_it_came_from(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = run_cli("--today", "2027-02-30", "paths")
    assert bad.exit_code == 2
    assert "--today" in bad.stderr and "YYYY-MM-DD" in bad.stderr
    monkeypatch.setenv("LEVELSET_TODAY", "next tuesday")
    from_env = run_cli("track", "list", "--json")
    assert from_env.exit_code == 2
    error = from_env.json()
    assert error["error"] == "invalid_input" and error["message"].startswith("LEVELSET_TODAY:")
    assert error["problems"][0]["field"] == "LEVELSET_TODAY"
