"""03/02/2026 is read in the order the whole file proves, or the user names; never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from levelset.errors import InputError
from levelset.tracking import plan_import
from tests.cli.runner import run_cli
from tests.tracking.conftest import TODAY

HEADER = "company,role,date,response,response_date\n"


def _dates(sheet: str, order: str | None = None) -> dict[str, dt.date]:
    plan = plan_import(sheet, "sheet.csv", [], TODAY, order=order)
    return {e.company: e.date for e in plan.events if e.kind.is_attempt}


def test_one_date_with_a_day_over_12_makes_the_whole_file_day_first() -> None:
    sheet = HEADER + "Acme,MLE,03/02/2026,,\nGlobex,MLE,13/02/2026,,\n"
    assert _dates(sheet) == {"Acme": dt.date(2026, 2, 3), "Globex": dt.date(2026, 2, 13)}


def test_a_later_column_can_decide_month_first() -> None:
    sheet = HEADER + "Acme,MLE,03/02/2026,positive,03/16/2026\n"
    assert _dates(sheet) == {"Acme": dt.date(2026, 3, 2)}


def test_dotted_and_dashed_day_first_dates() -> None:
    sheet = HEADER + "Acme,MLE,03.02.2026,,\nGlobex,MLE,25-02-26,,\n"
    assert _dates(sheet) == {"Acme": dt.date(2026, 2, 3), "Globex": dt.date(2026, 2, 25)}


def test_a_file_that_does_not_decide_is_refused_naming_file_line_and_field() -> None:
    sheet = HEADER + "Acme,MLE,2026-01-05,,\nGlobex,MLE,03/02/2026,,\n"
    with pytest.raises(InputError) as caught:
        _dates(sheet)
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.field) == ("sheet.csv", 3, "date")
    assert "'03/02/2026' could be day first or month first" in problem.message
    assert "--date-order" in str(problem)
    assert _dates(sheet, "dmy")["Globex"] == dt.date(2026, 2, 3)
    assert _dates(sheet, "mdy")["Globex"] == dt.date(2026, 3, 2)


def test_the_same_day_and_month_needs_no_order() -> None:
    sheet = HEADER + "Acme,MLE,03/03/2026,,\nGlobex,MLE,2026-01-05,,\n"
    assert _dates(sheet)["Acme"] == dt.date(2026, 3, 3)


def test_a_file_that_proves_both_orders_is_refused_naming_both_lines() -> None:
    sheet = HEADER + "Acme,MLE,13/02/2026,,\nGlobex,MLE,02/14/2026,,\n"
    with pytest.raises(InputError) as caught:
        _dates(sheet)
    lines = sorted(p.line for p in caught.value.problems if p.line is not None)
    assert lines == [2, 3]


def test_a_date_against_the_chosen_order_is_a_bad_row() -> None:
    sheet = HEADER + "Acme,MLE,03/02/2026,,\nGlobex,MLE,13/02/2026,,\n"
    with pytest.raises(InputError) as caught:
        _dates(sheet, "mdy")
    (problem,) = caught.value.problems
    assert (problem.line, problem.field) == (3, "date")
    assert "not a date with the month first" in problem.message
    plan = plan_import(sheet, "sheet.csv", [], TODAY, skip_bad_rows=True, order="mdy")
    assert [e.date for e in plan.events] == [dt.date(2026, 3, 2)] and plan.skipped_lines == (3,)


def test_the_command_line_names_the_flag_and_takes_it(tmp_path) -> None:
    sheet = tmp_path / "tracker.csv"
    sheet.write_text(HEADER + "Acme,MLE,2026-01-05,,\nGlobex,MLE,03/02/2026,,\n")
    refused = run_cli("track", "import", str(sheet))
    assert refused.exit_code == 2
    assert f"{sheet}, line 3, date:" in refused.stderr and "--date-order" in refused.stderr
    bad = run_cli("track", "import", str(sheet), "--date-order", "ymd")
    assert bad.exit_code == 2 and "dmy or mdy, not 'ymd'" in bad.stderr
    done = run_cli("track", "import", str(sheet), "--date-order", "dmy", "--json")
    assert done.exit_code == 0, done.stderr
    listed = run_cli("track", "list", "--json").json()
    assert "2026-02-03" in str(listed)


def test_a_typed_date_that_reads_as_two_days_is_refused_and_nothing_is_stored(
    levelset_home: object,
) -> None:
    refused = run_cli("track", "add", "applied", "--company", "Acme", "--date", "3/2/2026")
    assert refused.exit_code == 2
    assert "'3/2/2026' could be 2 March 2026 or 3 February 2026" in refused.stderr
    assert "2026-03-02 or 2026-02-03" in refused.stderr
    assert run_cli("track", "list", "--json").json()["events"] == []
    since = run_cli("metrics", "--since", "04/05/2026")
    assert since.exit_code == 2 and "--since: '04/05/2026' could be" in since.stderr


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("13/2/2026", dt.date(2026, 2, 13)),  # only day first is a date
        ("2/13/2026", dt.date(2026, 2, 13)),  # only month first is
        ("2/2/26", dt.date(2026, 2, 2)),  # both orders give the same day
        ("2026-03-02", dt.date(2026, 3, 2)),
        ("Mar 2, 2026", dt.date(2026, 3, 2)),
    ],
)
def test_a_typed_date_that_can_be_one_day_only_is_read(
    levelset_home: object, typed: str, day: dt.date
) -> None:
    added = run_cli("track", "add", "applied", "--company", "Acme", "--date", typed, "--json")
    assert added.exit_code == 0, added.stderr
    assert added.json()["events"][0]["date"] == day.isoformat()
