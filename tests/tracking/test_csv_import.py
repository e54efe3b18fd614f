"""Importing spreadsheets: the shipped example, a messy sheet with bad rows, a round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.tracking import EventKind, Outcome, plan_import, to_csv
from tests.tracking.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "tracking" / "applications.csv"
MESSY = Path(__file__).parent / "data" / "messy_applications.csv"


def test_the_example_spreadsheet_imports_cleanly() -> None:
    plan = plan_import(EXAMPLE.read_text(), "applications.csv", [], TODAY)
    assert plan.layout == "applications"
    assert plan.rows == 66
    assert plan.skipped == ()
    assert plan.unknown_columns == ("Salary Range",)
    attempts = [e for e in plan.events if e.kind.is_attempt]
    assert len(attempts) == 66
    assert {e.kind for e in attempts} == {EventKind.APPLICATION, EventKind.OUTREACH}


def test_a_bad_sheet_is_rejected_whole_with_every_bad_line_named() -> None:
    with pytest.raises(InputError) as error:
        plan_import(MESSY.read_text(), "messy.csv", [], TODAY)
    lines = sorted({p.line for p in error.value.problems})
    # pigeon channel, reply before applying, no company, "next tuesday", 2099, "maybe"
    assert lines == [4, 5, 6, 7, 9, 10]
    by_line = {p.line: p for p in error.value.problems}
    assert by_line[4].field == "channel" and "pigeon" in by_line[4].message.lower()
    assert by_line[5].field == "date" and "before its application" in by_line[5].message
    assert by_line[6].field == "company"
    assert by_line[9].field == "date" and "future" in by_line[9].message
    assert all(p.file == "messy.csv" for p in error.value.problems)


def test_with_consent_bad_rows_are_skipped_and_listed() -> None:
    plan = plan_import(MESSY.read_text(), "messy.csv", [], TODAY, skip_bad_rows=True)
    assert plan.skipped_lines == (4, 5, 6, 7, 9, 10)
    companies = {e.company for e in plan.events if e.kind.is_attempt}
    assert companies == {
        "Northwind AI",
        "Contoso Labs",
        "Adatum",
        "Fourth Coffee",
        "Lucerne Publishing",
    }
    assert plan.unknown_columns == ("Salary Range",)
    adatum = [e for e in plan.events if e.ref.startswith("Adatum")]
    assert [e.kind for e in adatum] == [
        EventKind.APPLICATION,
        EventKind.RESPONSE,
        EventKind.INTERVIEW,
        EventKind.OFFER,
    ]
    assert adatum[1].outcome is Outcome.POSITIVE and adatum[2].stage == "onsite"


def test_importing_the_same_sheet_again_adds_nothing() -> None:
    first = plan_import(EXAMPLE.read_text(), "a.csv", [], TODAY)
    again = plan_import(EXAMPLE.read_text(), "a.csv", list(first.events), TODAY)
    assert again.events == () and again.already_stored == len(first.events)


def test_export_reads_back_as_the_same_events() -> None:
    plan = plan_import(EXAMPLE.read_text(), "a.csv", [], TODAY)
    text = to_csv(plan.events)
    back = plan_import(text, "export.csv", [], TODAY)
    assert back.layout == "events"
    assert [(e.kind, e.date, e.ref, e.outcome) for e in back.events] == [
        (e.kind, e.date, e.ref, e.outcome) for e in plan.events
    ]


def test_event_rows_link_follow_ups_by_company() -> None:
    text = (
        "kind,date,company,role,channel,outcome\n"
        "application,2026-10-01,Acme,ML Engineer,referral,\n"
        "response,2026-10-04,Acme,,,positive\n"
        "response,2026-10-05,Globex,,,negative\n"
    )
    with pytest.raises(InputError) as error:
        plan_import(text, "events.csv", [], TODAY)
    assert [p.line for p in error.value.problems] == [4]
    assert "does not exist" in error.value.problems[0].message


def test_a_sheet_without_the_needed_columns_says_which() -> None:
    with pytest.raises(InputError) as error:
        plan_import("Employer,Notes\nAcme,hi\n", "x.csv", [], TODAY)
    assert "date" in error.value.message
    with pytest.raises(InputError):
        plan_import("", "empty.csv", [], TODAY)


def test_semicolon_separated_sheets_are_read() -> None:
    text = "Company;Date Applied;Source\nAcme;2026-10-01;Referral\n"
    plan = plan_import(text, "eu.csv", [], dt.date(2026, 11, 1))
    assert plan.events[0].company == "Acme"


def test_excel_serial_dates_in_a_bom_semicolon_sheet_with_crlf() -> None:
    """A sheet saved from Excel: BOM, semicolons, CRLF and a date cell left as its serial."""
    text = "\ufeffCompany;Role;Date Applied;Source\r\nAcme;ML Eng;2026-10-01;LinkedIn\r\n"
    text += "Beta;DS;46296;referral\r\n"
    plan = plan_import(text, "excel.csv", [], TODAY)
    dates = {e.company: e.date for e in plan.events}
    assert dates == {"Acme": dt.date(2026, 10, 1), "Beta": dt.date(2026, 10, 1)}


def test_a_small_number_in_a_date_column_is_not_a_serial_date() -> None:
    with pytest.raises(InputError) as error:
        plan_import("Company,Date Applied\nAcme,12\n", "sheet.csv", [], TODAY)
    assert error.value.problems[0].line == 2 and error.value.problems[0].field == "date"


def test_blanks_written_out_short_rows_and_empty_rows_read_as_blanks() -> None:
    sheet = (
        "Company,Role,Date Applied,Source,Response Date,Response\n"
        "Contoso,  N/A ,2026-03-02, - ,none,\n"
        " , ,  ,\n"
        "Fabrikam,ML Engineer,2026-03-04\n"
        "Lumen,—,2026-03-05,LinkedIn,2026-03-09,positive\n"
    )
    plan = plan_import(sheet, "blanks.csv", [], TODAY)
    assert plan.rows == 3  # the row of spaces is no record
    refs = [e.ref for e in plan.events if e.kind.is_attempt]
    assert refs == [
        "Contoso / 2026-03-02",
        "Fabrikam / ML Engineer / 2026-03-04",
        "Lumen / 2026-03-05",
    ]
    contoso = plan.events[0]
    assert contoso.role == "" and contoso.channel is None
    assert [e.kind for e in plan.events].count(EventKind.RESPONSE) == 1
