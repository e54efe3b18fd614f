"""Spreadsheets as real trackers keep them: free-text status, ticks, epoch seconds, LinkedIn."""

from __future__ import annotations

import datetime as dt

import pytest

from levelset.errors import InputError
from levelset.tracking import EventKind, compute_metrics, plan_import
from tests.tracking.conftest import TODAY


def test_a_status_column_becomes_dated_events() -> None:
    sheet = (
        "Company,Job Title,Date Applied,Status,Last Updated\n"
        "Acme,ML Engineer,2026-01-05,Received offer,2026-02-10\n"
        "Globex,Data Scientist,2026-01-06,Phone screen,2026-01-20\n"
        "Initech,ML Engineer,2026-01-07,Rejected,2026-01-15\n"
        "Umbrella,ML Engineer,2026-01-08,Applied,\n"
    )
    plan = plan_import(sheet, "sheet.csv", [], TODAY)
    follow = sorted((e.kind, e.date) for e in plan.events if not e.kind.is_attempt)
    assert follow == [
        (EventKind.INTERVIEW, dt.date(2026, 1, 20)),
        (EventKind.OFFER, dt.date(2026, 2, 10)),
        (EventKind.REJECTION, dt.date(2026, 1, 15)),
    ]
    assert len([e for e in plan.events if e.kind.is_attempt]) == 4


def test_an_unknown_status_is_named_not_dropped() -> None:
    sheet = "Company,Role,Date,Status\nAcme,ML Engineer,2026-01-05,Pondering\n"
    with pytest.raises(InputError) as caught:
        plan_import(sheet, "sheet.csv", [], TODAY)
    assert "Pondering" in caught.value.problems[0].message


def test_ticks_are_not_dates_and_epoch_seconds_are() -> None:
    sheet = (
        "company,role,applied,interview,offer\n"
        "Acme,ML Engineer,1767571200,True,False\n"  # 2026-01-05 as epoch seconds
    )
    plan = plan_import(sheet, "sheet.csv", [], TODAY)
    assert [(e.kind, e.date) for e in plan.events] == [
        (EventKind.APPLICATION, dt.date(2026, 1, 5)),
        (EventKind.INTERVIEW, dt.date(2026, 1, 5)),
    ]


def test_linkedin_job_applications_export() -> None:
    sheet = (
        "Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,"
        "Resume Name,Question And Answers\n"
        '"1/5/26, 2:14 PM",,,Acme,ML Engineer,https://example.com/1,cv-2026.pdf,\n'
    )
    plan = plan_import(sheet, "Job Applications.csv", [], TODAY)
    (event,) = plan.events
    assert (event.company, event.role, event.date) == ("Acme", "ML Engineer", dt.date(2026, 1, 5))
    assert event.resume_version == "cv-2026.pdf"


def test_a_missing_column_lists_the_columns_found() -> None:
    with pytest.raises(InputError) as caught:
        plan_import("Employer Name,When\nAcme,2026-01-05\n", "sheet.csv", [], TODAY)
    assert "found: Employer Name, When" in caught.value.problems[0].message


def test_skip_bad_rows_that_keeps_nothing_fails(tmp_path) -> None:
    from tests.cli.runner import run_cli

    sheet = tmp_path / "sheet.csv"
    sheet.write_text("company,role,date\nAcme,ML Engineer,someday\n")
    result = run_cli("track", "import", str(sheet), "--skip-bad-rows")
    assert result.exit_code == 2 and "nothing stored" in result.stderr


def test_columns_named_by_flag_and_by_a_saved_mapping(tmp_path) -> None:
    from tests.cli.runner import run_cli

    sheet = tmp_path / "teal.csv"
    sheet.write_text(
        "Org,Job Position,When I Applied,Pipeline\nAcme,ML Engineer,2026-01-05,Onsite\n"
    )
    refused = run_cli("track", "import", str(sheet), "--dry-run")
    assert refused.exit_code == 2 and "found: Org, Job Position" in refused.stderr
    mapping = tmp_path / "teal.yaml"
    mapping.write_text("company: Org\ndate: When I Applied\n")
    result = run_cli("track", "import", str(sheet), "--mapping", str(mapping), "--map",
                     "status=Pipeline", "--json")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.json()["events_stored"] == 2
    events = run_cli("track", "list", "--json").json()["events"]
    assert [(e["kind"], e["stage"]) for e in events] == [
        ("application", ""),
        ("interview", "Onsite"),
    ]
    unknown = run_cli("track", "import", str(sheet), "--map", "colour=Org")
    assert unknown.exit_code == 2 and "not a column levelset reads" in unknown.stderr


def test_linkedin_saved_jobs_are_not_applications() -> None:
    sheet = (
        "Saved Date,Job Url,Job Title,Company Name\n1/5/26,https://example.com/1,ML Engineer,Acme\n"
    )
    with pytest.raises(InputError, match="Saved Jobs"):
        plan_import(sheet, "Saved Jobs.csv", [], TODAY)


def test_a_status_without_a_date_counts_as_a_reply_but_not_in_the_days_to_it() -> None:
    """A Teal-like sheet (Status, no status date): every reply was dated by its application,
    so 'Days to first reply' read median 0 over four replies."""
    sheet = (
        "\ufeffCompany,Job Position,Date Applied,Status,Excitement\r\n"
        "Acme,Senior ML Engineer,11/03/2026,Offer,5\r\n"
        "Globex,ML Engineer E5,11/05/2026,Interviewing,4\r\n"
        "Initech,ML Engineer,11/10/2026,Rejected,3\r\n"
        "Umbrella,Staff ML Engineer,11/20/2026,Phone Screen,4\r\n"
        "Hooli,Senior MLE,11/12/2026,Applied,3\r\n"
    )
    plan = plan_import(sheet, "teal.csv", [], dt.date(2026, 12, 6))
    follow = [e for e in plan.events if not e.kind.is_attempt]
    assert len(follow) == 4 and all(e.date_stands_in for e in follow)
    metrics = compute_metrics(plan.events, dt.date(2026, 12, 6))
    assert metrics.funnel[1] == ("Responded", 4)  # each still a reply
    assert metrics.response_time.n == 0 and metrics.response_time.median_days is None
    dated = "Company,Role,Date Applied,Status,Last Updated\nAcme,MLE,11/03/2026,Offer,11/13/2026\n"
    known = plan_import(dated, "teal.csv", [], dt.date(2026, 12, 6))
    offer = next(e for e in known.events if e.kind is EventKind.OFFER)
    assert offer.date == dt.date(2026, 11, 13) and not offer.date_stands_in


def test_a_tick_dated_by_the_application_says_so() -> None:
    sheet = "company,role,applied,interview\nAcme,ML Engineer,2026-01-05,True\n"
    interview = plan_import(sheet, "sheet.csv", [], TODAY).events[1]
    assert interview.kind is EventKind.INTERVIEW and interview.date_stands_in
