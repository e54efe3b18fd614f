"""The tracking commands end to end: import, list, export, metrics, experiments."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.suite_day import TODAY
from tests.tracking.test_csv_import import EXAMPLE, MESSY

pytestmark = pytest.mark.usefixtures("on_the_suites_day")


def _count() -> int:
    return int(run_cli("track", "list", "--json").json()["count"])


def test_import_then_import_again_adds_nothing() -> None:
    first = run_cli("track", "import", str(EXAMPLE), "--json")
    assert first.exit_code == 0, first.stderr
    assert first.json()["events_stored"] == 118
    assert first.json()["unknown_columns"] == ["Salary Range"]
    again = run_cli("track", "import", str(EXAMPLE), "--json")
    assert again.json()["events_stored"] == 0 and again.json()["already_stored"] == 118
    assert _count() == 118


def test_a_bad_sheet_is_refused_and_nothing_stored_is_lost() -> None:
    run_cli("track", "import", str(EXAMPLE))
    refused = run_cli("track", "import", str(MESSY))
    assert refused.exit_code == 2
    assert "line 4" in refused.stderr and "line 9" in refused.stderr
    assert "in the future" in refused.stderr
    assert _count() == 118


def test_skip_bad_rows_stores_the_rest_and_lists_the_skipped_lines() -> None:
    result = run_cli("track", "import", str(MESSY), "--skip-bad-rows", "--json")
    assert result.exit_code == 0
    assert result.json()["skipped_lines"] == [4, 5, 6, 7, 9, 10]
    assert result.json()["events_stored"] == _count() > 0


def test_add_refuses_future_dates_and_orphan_responses() -> None:
    ok = run_cli(
        "track",
        "add",
        "application",
        "--company",
        "Acme",
        "--role",
        "MLE",
        "--date",
        "2026-10-01",
        "--channel",
        "referral",
        "--json",
    )
    assert ok.exit_code == 0, ok.stderr
    future = run_cli("track", "add", "application", "--company", "Globex", "--date", "2999-01-01")
    assert future.exit_code == 2 and "in the future" in future.stderr
    orphan = run_cli("track", "add", "response", "--company", "Initech", "--outcome", "positive")
    assert orphan.exit_code == 3 and "Initech" in orphan.stderr
    early = run_cli(
        "track",
        "add",
        "response",
        "--company",
        "Acme",
        "--outcome",
        "positive",
        "--date",
        "2026-09-20",
    )
    assert early.exit_code == 2 and "before its application" in early.stderr
    reply = run_cli(
        "track",
        "add",
        "reply",
        "--company",
        "acme",
        "--outcome",
        "yes",
        "--date",
        "2026-10-03",
        "--json",
    )
    assert reply.exit_code == 0, reply.stderr
    assert reply.json()["events"][0]["application"] == "Acme / MLE / 2026-10-01"
    unknown = run_cli("track", "add", "interveiw", "--company", "Acme")
    assert unknown.exit_code == 2 and "interview" in unknown.stderr


def test_export_csv_reimports_into_a_fresh_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_cli("track", "import", str(EXAMPLE))
    target = tmp_path / "events.csv"
    assert run_cli("track", "export", "--output", str(target)).exit_code == 0
    as_json = run_cli("track", "export", "--format", "json")
    assert len(as_json.json()["events"]) == 118
    monkeypatch.setenv("LEVELSET_HOME", str(tmp_path / "other-home"))
    back = run_cli("track", "import", str(target), "--json")
    assert back.json()["layout"] == "events" and back.json()["events_stored"] == 118


def test_metrics_show_the_funnel_rates_and_write_charts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_cli("track", "import", str(EXAMPLE))
    result = run_cli("metrics", "--json", "--charts", str(tmp_path / "charts"))
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert [s["stage"] for s in data["funnel"]] == [
        "Applied",
        "Responded",
        "Interviewed",
        "Offered",
    ]
    overall = data["rates"][0]
    assert overall["group"] == "overall" and overall["low"] < overall["rate"] < overall["high"]
    assert data["source"]["attempts"] == 66
    names = sorted(Path(p).name for p in data["charts"])
    assert names == ["funnel.svg", "weekly-response-rate.svg"]
    funnel = (tmp_path / "charts" / "funnel.svg").read_text()
    assert funnel.startswith("<svg") and "Applied" in funnel
    monkeypatch.setenv("COLUMNS", "140")  # each group's name on one line
    table = run_cli("metrics", "--since", "2026-10-19")
    assert table.exit_code == 0 and "Wilson" in table.stdout
    flat = " ".join(table.stdout.split())
    assert "resume_version" not in flat and "resume version" in flat


def test_the_negotiation_summary_counts_in_words() -> None:
    """It read '1 negotiation(s), 0 signed'."""
    bigco = str(Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml")
    assert run_cli("negotiate", "start", "Northwind", "--offer", bigco).exit_code == 0
    run_cli("track", "import", str(EXAMPLE))
    shown = " ".join(run_cli("metrics").stdout.split())
    assert "(s)" not in shown and "1 negotiation, 0 signed" in shown


def test_an_experiment_runs_to_a_verdict_and_closes_once() -> None:
    run_cli("track", "import", str(EXAMPLE))
    started = run_cli(
        "experiment",
        "start",
        "opener",
        "--change",
        "Lead with an outcome",
        "--baseline",
        "generic",
        "--candidate",
        "impact-first",
        "--start",
        "2026-10-19",
        "--json",
    )
    assert started.exit_code == 0, started.stderr
    status = run_cli("experiment", "status", "opener", "--json").json()["experiments"][0]
    assert status["verdict"] == "keep"
    assert status["candidate"]["n"] >= 10 and status["baseline"]["n"] >= 10
    closed = run_cli("experiment", "close", "opener")
    assert closed.exit_code == 0 and "KEEP" in closed.stdout
    assert run_cli("experiment", "close", "opener").exit_code == 4
    assert run_cli("experiment", "status", "nope").exit_code == 3
    dup = run_cli(
        "experiment", "start", "opener", "--change", "x", "--baseline", "a", "--candidate", "b"
    )
    assert dup.exit_code == 4


def test_an_offer_links_to_an_existing_negotiation_record_only() -> None:
    run_cli("track", "add", "application", "--company", "Acme", "--date", "2026-10-01")
    missing = run_cli(
        "track",
        "add",
        "offer",
        "--company",
        "Acme",
        "--date",
        "2026-10-20",
        "--negotiation",
        "Acme",
    )
    assert missing.exit_code == 3 and "negotiation" in missing.stderr
    assert _count() == 1
    import datetime as dt

    from levelset.app.workspace import Workspace
    from levelset.negotiation import Event, EventKind
    from levelset.offers import parse_offer
    from levelset.store.negotiations import start_negotiation

    offer = parse_offer({"company": "Acme", "currency": "USD", "base": 180000})
    start_negotiation(
        Workspace.from_env(os.environ).store,
        Event(0, EventKind.INITIAL_OFFER, dt.date(2026, 10, 20), offer=offer),
        "Acme",
        today=TODAY,
    )
    linked = run_cli(
        "track",
        "add",
        "offer",
        "--company",
        "Acme",
        "--date",
        "2026-10-20",
        "--negotiation",
        "Acme",
        "--json",
    )
    assert linked.exit_code == 0, linked.stderr
    assert linked.json()["events"][0]["negotiation_id"] == "Acme"


def test_a_sheet_with_only_its_header_says_there_is_nothing_to_import(tmp_path: Path) -> None:
    sheet = tmp_path / "empty-sheet.csv"
    sheet.write_text("Company,Role,Date Applied\n")
    result = run_cli("track", "import", str(sheet))
    assert result.exit_code == 2, result.stderr  # refused, no longer a success (issue 14)
    assert "no rows under the header" in " ".join((result.stdout + result.stderr).split())
    one = tmp_path / "one.csv"
    one.write_text("Company,Role,Date Applied\nAcme,ML Engineer,2026-10-01\n")
    said = " ".join(run_cli("track", "import", str(one)).stdout.split())
    assert "1 row (" in said and "stored 1 new event;" in said


def test_adding_the_same_application_twice_is_a_conflict() -> None:
    args = ("track", "add", "application", "--company", "Zoë Ltd", "--role", "Ingénieure ML")
    assert run_cli(*args, "--date", "2026-10-01").exit_code == 0
    again = run_cli(*args, "--date", "2026-10-01")
    assert again.exit_code == 4
    assert "Zoë Ltd / Ingénieure ML / 2026-10-01" in again.stderr
    assert _count() == 1


def test_metrics_since_a_future_date_is_refused() -> None:
    import datetime as dt

    run_cli("track", "import", str(EXAMPLE))
    future = (TODAY + dt.timedelta(days=30)).isoformat()
    result = run_cli("metrics", "--since", future)
    assert result.exit_code == 2
    assert "--since" in result.stderr and "future" in result.stderr


def test_metrics_with_nothing_tracked_say_so_instead_of_empty_tables() -> None:
    result = run_cli("metrics")
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "No applications or outreach tracked yet" in text
    assert "Wilson" not in text and "0%-100%" not in text


def test_writing_to_a_place_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    run_cli("track", "import", str(EXAMPLE))
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    export = run_cli("track", "export", "-o", str(blocked / "events.csv"))
    assert export.exit_code == 2 and "events.csv" in export.stderr
    charts = run_cli("metrics", "--charts", str(blocked))
    assert charts.exit_code == 2 and "a-file" in charts.stderr


def test_a_workbook_instead_of_a_csv_is_named_as_such(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Company", "Date Applied"])
    path = tmp_path / "applications.xlsx"
    book.save(path)
    result = run_cli("track", "import", str(path))
    assert result.exit_code == 2
    assert "save it as CSV" in " ".join(result.stderr.split())
    assert _count() == 0


def test_a_resume_or_an_offer_given_to_track_import_says_where_it_goes(tmp_path: Path) -> None:
    resume = tmp_path / "resume.json"
    resume.write_text('{"basics": {"name": "Rae"}, "work": []}\n')
    offer = tmp_path / "offer.yaml"
    offer.write_text("company: Acme\nbase: 200000\n")
    for path, kind in ((resume, "a JSON file"), (offer, "a YAML file")):
        result = run_cli("track", "import", str(path))
        text = " ".join(result.stderr.split())
        assert result.exit_code == 2
        assert f"{path} is {kind}, not a sheet of applications" in text
        assert "levelset proof import" in text
    assert _count() == 0


def test_a_missing_column_names_the_file_once(tmp_path: Path) -> None:
    sheet = tmp_path / "no-dates.csv"
    sheet.write_text("Employer,Role\nAcme,MLE\n")
    result = run_cli("track", "import", str(sheet))
    text = " ".join(result.stderr.split())
    assert result.exit_code == 2
    assert text.count(str(sheet)) == 1
    assert f"{sheet}, line 1, date: missing column(s): date" in text
    assert "expected see" not in text


def test_a_sheet_saved_by_excel_on_windows_keeps_its_accents(tmp_path: Path) -> None:
    path = tmp_path / "windows.csv"
    path.write_bytes(
        "Company;Role;Date Applied\r\nZoë Ltd;Ingénieure ML;2026-10-01\r\n".encode("cp1252")
    )
    result = run_cli("track", "import", str(path))
    assert result.exit_code == 0, result.stderr
    events = run_cli("track", "list", "--json").json()["events"]
    assert [e["company"] for e in events] == ["Zoë Ltd"]


def test_track_list_since_a_future_date_is_refused() -> None:
    import datetime as dt

    future = (TODAY + dt.timedelta(days=3)).isoformat()
    result = run_cli("track", "list", "--since", future)
    assert result.exit_code == 2 and "future" in result.stderr


def test_names_with_square_brackets_are_shown_as_written() -> None:
    add = ("track", "add", "application", "--company", "Acme [/]", "--variant", "[b]v2")
    assert run_cli(*add, "--date", "2026-10-01").exit_code == 0
    listed = run_cli("track", "list")
    assert listed.exit_code == 0 and "Acme [/]" in listed.stdout
    assert run_cli("metrics").exit_code == 0
    started = run_cli(
        "experiment", "start", "x[/]", "--change", "[red]new", "--baseline", "[b]v2",
        "--candidate", "v3", "--start", "2026-10-01",
    )  # fmt: skip
    assert started.exit_code == 0, started.stderr
    assert "[red]new" in started.stdout
    assert run_cli("experiment", "status").exit_code == 0


def test_closing_before_the_window_ends_says_so() -> None:
    import datetime as dt

    start = (TODAY - dt.timedelta(days=3)).isoformat()
    args = ("--change", "x", "--baseline", "a", "--candidate", "b", "--start", start)
    assert run_cli("experiment", "start", "early", *args).exit_code == 0
    closed = run_cli("experiment", "close", "early")
    assert closed.exit_code == 0
    assert "before its window ended" in " ".join(closed.stdout.split())


def test_days_to_first_reply_from_few_replies_is_flagged() -> None:
    run_cli("track", "add", "application", "--company", "A", "--role", "ML", "--date", "2026-10-01")
    run_cli("track", "add", "response", "--company", "A", "--outcome", "positive", "--date",
            "2026-10-04")  # fmt: skip
    text = run_cli("metrics").stdout
    section = text[text.index("Days to first reply") :]
    assert "thin sample" in section.split("Weekly trend")[0]


def test_weeks_without_attempts_are_one_row_of_the_weekly_trend(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    sheet = tmp_path / "gap.csv"
    sheet.write_text(
        "Company,Role,Date Applied\nAcme,ML Engineer,2026-01-05\nGlobex,ML Engineer,2026-03-16\n"
    )
    assert run_cli("track", "import", str(sheet)).exit_code == 0
    result = run_cli("metrics")
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "no attempts in 9 weeks" in text
    assert "2026-W03 to 2026-W11" in text
    assert "0%-100%" not in text
    weekly = run_cli("metrics", "--json").json()["weekly"]
    assert len(weekly) == 11  # the JSON keeps every week
