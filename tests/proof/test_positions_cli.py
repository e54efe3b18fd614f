"""`levelset proof positions`: see what was read, correct it, and keep the corrections."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import run_cli
from tests.proof.files import example_resume_lines, make_pdf


def _import(path: Path) -> None:
    result = run_cli("proof", "import", str(path), "--json")
    assert result.exit_code == 0, result.stderr


def _positions() -> list[dict[str, object]]:
    result = run_cli("proof", "positions", "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()["positions"]  # type: ignore[no-any-return]


def _brief(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(p["title"], p["company"], p["start"], p["end"]) for p in rows]


def test_list_correct_and_keep_corrections_across_a_reimport(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "resume.pdf", example_resume_lines())
    _import(pdf)
    assert _brief(_positions()) == [
        ("Senior Machine Learning Engineer", "Shopwise", "2021-03", None),
        ("Machine Learning Engineer", "Databright", "2018-06", "2021-02"),
        ("Data Analyst", "Northwind Retail", "2016-07", "2018-05"),
    ]
    report = run_cli("proof", "report", "--json").json()
    first = report["positions"][0]
    assert set(first) >= {"company", "title", "start", "end", "location", "bullets"}
    assert first["bullets"][0].startswith("Led the redesign")

    edit = ["proof", "positions", "edit", "1", "--company", "Shopwise GmbH", "--end", "2024-05"]
    assert run_cli(*edit).exit_code == 0
    assert run_cli("proof", "positions", "move", "1", "3", "2").exit_code == 0
    assert run_cli("proof", "positions", "drop", "3").exit_code == 0
    expected = [
        ("Senior Machine Learning Engineer", "Shopwise GmbH", "2021-03", "2024-05"),
        ("Machine Learning Engineer", "Databright", "2018-06", "2021-02"),
    ]
    rows = _positions()
    assert _brief(rows) == expected
    assert rows[1]["bullets"][-1].startswith("Owned the feature store")

    _import(pdf)  # the same file again: the corrections still apply
    assert _brief(_positions()) == expected
    report = run_cli("proof", "report", "--json").json()
    assert report["positions"][0]["company"] == "Shopwise GmbH"

    assert run_cli("proof", "positions", "undo").exit_code == 0  # the drop comes back
    assert len(_positions()) == 3
    assert run_cli("proof", "positions", "merge", "2", "3").exit_code == 0
    merged = _positions()[1]
    assert (merged["start"], merged["end"]) == ("2016-07", "2021-02")

    assert run_cli("proof", "clear", "resume.pdf").exit_code == 0  # forgets its corrections
    _import(pdf)
    assert _positions()[0]["company"] == "Shopwise"


def test_bad_corrections_say_why_and_change_nothing(tmp_path: Path) -> None:
    _import(make_pdf(tmp_path / "resume.pdf", example_resume_lines()))
    bad_date = run_cli("proof", "positions", "edit", "1", "--start", "June")
    assert bad_date.exit_code == 2 and "not a date" in bad_date.stderr
    missing = run_cli("proof", "positions", "drop", "9")
    assert missing.exit_code == 3 and "no position 9" in missing.stderr
    nothing = run_cli("proof", "positions", "edit", "1")
    assert nothing.exit_code == 2
    titles = [p["title"] for p in _positions()]
    blank = run_cli("proof", "positions", "edit", "1", "--title", "  ")  # was stored blank
    assert blank.exit_code == 2 and "title cannot be blank" in blank.stderr
    assert [p["title"] for p in _positions()] == titles
    assert len(_positions()) == 3
    assert run_cli("proof", "positions", "undo").exit_code == 3


def test_an_end_before_the_start_is_refused(tmp_path: Path) -> None:
    _import(make_pdf(tmp_path / "resume.pdf", example_resume_lines()))
    before = run_cli("proof", "positions", "edit", "2", "--end", "2017-01")  # starts 2018-06
    assert before.exit_code == 2
    assert "end 2017-01 comes before start 2018-06" in before.stderr
    earlier_start = run_cli("proof", "positions", "edit", "2", "--start", "2022-01")
    assert earlier_start.exit_code == 2 and "comes before start 2022-01" in earlier_start.stderr
    assert _brief(_positions())[1][2:] == ("2018-06", "2021-02")
    same_year = run_cli("proof", "positions", "edit", "2", "--start", "2019", "--end", "2019")
    assert same_year.exit_code == 0
    current = run_cli("proof", "positions", "edit", "1", "--start", "2030-01")
    assert current.exit_code == 0  # a current job has no end to come before


def test_dates_are_corrected_as_a_resume_writes_them(tmp_path: Path) -> None:
    """'Jun 2023' was refused ('write the start as 2021-03 or 2021') though the résumé
    reader reads it; a season stays refused, as it names no month."""
    _import(make_pdf(tmp_path / "resume.pdf", example_resume_lines()))
    for typed, read in (("Mar 2019", "2019-03"), ("September 2019", "2019-09"),
                        ("07/2019", "2019-07"), ("2019", "2019")):  # fmt: skip
        edited = run_cli("proof", "positions", "edit", "2", "--start", typed)
        assert edited.exit_code == 0, edited.stderr
        assert _brief(_positions())[1][2] == read
    season = run_cli("proof", "positions", "edit", "2", "--start", "Summer 2019")
    assert season.exit_code == 2 and "Mar 2021" in season.stderr
    assert _brief(_positions())[1][2] == "2019"
