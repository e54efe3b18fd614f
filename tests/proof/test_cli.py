"""`levelset proof ...` end to end, in-process, on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.proof.files import EXAMPLES, example_resume_lines, make_linkedin_zip, make_pdf


def _import_pdf_and_linkedin(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "resume.pdf", example_resume_lines())
    export = make_linkedin_zip(tmp_path / "linkedin.zip")
    result = run_cli(
        "proof", "import", str(pdf), str(export), str(EXAMPLES / "stories.yaml"), "--json"
    )
    assert result.exit_code == 0, result.stderr
    names = [row["name"] for row in result.json()["imported"]]
    assert names == ["resume.pdf", "linkedin.zip", "stories.yaml"]


def test_import_then_report_in_a_later_run(tmp_path: Path) -> None:
    assert (
        run_cli("profile", "set", "--title", "Staff ML Engineer", "--level", "staff").exit_code == 0
    )
    _import_pdf_and_linkedin(tmp_path)
    report = run_cli("proof", "report", "--json")
    assert report.exit_code == 0, report.stderr
    data = report.json()
    by_text = {b["text"]: b for b in data["bullets"]}
    strong = next(
        b for t, b in by_text.items() if t.startswith("Led the redesign of the fraud model")
    )
    assert strong["has_metric"] and strong["scope"] == "several_teams" and strong["score"] >= 65
    assert strong["source"].startswith("resume.pdf:line ")
    weak = by_text["Worked on the recommendation pipeline."]
    assert not weak["has_metric"] and weak["rewrite"].startswith("[outcome")
    assert data["checklist"][0]["item"] == "A clear target role and level"
    assert data["checklist"][0]["passed"] is True
    assert data["consistency"]["contradictions"]


def test_report_as_tables(tmp_path: Path) -> None:
    _import_pdf_and_linkedin(tmp_path)
    result = run_cli("proof", "report")
    assert result.exit_code == 0, result.stderr
    for words in (
        "What each bullet proves",
        "Proof checklist",
        "10-second scan",
        "Consistency across channels",
    ):
        assert words in result.stdout


def test_where_each_bullet_was_read_fits_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = make_pdf(tmp_path / "resume.pdf", example_resume_lines())
    assert run_cli("proof", "import", str(pdf)).exit_code == 0
    monkeypatch.setenv("COLUMNS", "80")
    narrow = run_cli("proof", "report")
    assert narrow.exit_code == 0, narrow.stderr
    assert "What each bullet proves (all from resume.pdf)" in narrow.stdout
    assert "┃ source" not in narrow.stdout and "┃ where" not in narrow.stdout
    assert "resume.pdf:line" not in narrow.stdout
    assert "│       │ at line " in narrow.stdout  # under each bullet, its line alone
    monkeypatch.setenv("COLUMNS", "140")
    wide = run_cli("proof", "report")
    assert "┃ where" in wide.stdout and "resume.pdf:line" not in wide.stdout
    _import_pdf_and_linkedin(tmp_path)  # three sources: each bullet names its file
    two = run_cli("proof", "report")
    assert "┃ source" in two.stdout and "resume.pdf:line" in two.stdout


def test_list_and_clear(tmp_path: Path) -> None:
    _import_pdf_and_linkedin(tmp_path)
    listed = run_cli("proof", "list", "--json").json()["sources"]
    assert [s["name"] for s in listed] == ["resume.pdf", "linkedin.zip", "stories.yaml"]
    assert run_cli("proof", "clear", "nope").exit_code == 3
    assert run_cli("proof", "clear", "linkedin.zip", "--json").json() == {
        "removed": ["linkedin.zip"]
    }
    assert len(run_cli("proof", "list", "--json").json()["sources"]) == 2
    assert run_cli("proof", "clear").exit_code == 2  # nothing named, no --all: nothing lost
    assert len(run_cli("proof", "list", "--json").json()["sources"]) == 2
    assert run_cli("proof", "clear", "--all", "--json").json()["removed"] == [
        "resume.pdf",
        "stories.yaml",
    ]


def test_a_bad_file_stores_nothing_and_exits_2(tmp_path: Path) -> None:
    _import_pdf_and_linkedin(tmp_path)
    broken = tmp_path / "new.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    result = run_cli("proof", "import", str(EXAMPLES / "resume.md"), str(broken))
    assert result.exit_code == 2
    assert "new.pdf" in result.stderr
    names = [s["name"] for s in run_cli("proof", "list", "--json").json()["sources"]]
    assert names == ["resume.pdf", "linkedin.zip", "stories.yaml"]


def test_a_file_with_nothing_a_resume_holds_is_refused_and_nothing_stored(tmp_path: Path) -> None:
    """A password file was stored as an empty résumé, exit 0, beside the real one."""
    _import_pdf_and_linkedin(tmp_path)
    passwd = tmp_path / "passwd"
    passwd.write_text("root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534::/:/bin/false\n")
    result = run_cli("proof", "import", str(passwd), "--json")
    assert result.exit_code == 2
    error = json.loads(result.stdout)
    assert [p["file"] for p in error["problems"]] == ["passwd"]
    assert "nothing was imported" in error["message"]
    names = [s["name"] for s in run_cli("proof", "list", "--json").json()["sources"]]
    assert names == ["resume.pdf", "linkedin.zip", "stories.yaml"]


def test_report_with_nothing_imported() -> None:
    result = run_cli("proof", "report", "--json")
    assert result.exit_code == 0
    data = result.json()
    assert data["bullets"] == [] and not any(c["passed"] for c in data["checklist"])


def test_an_export_without_positions_is_imported_with_a_note(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Profile.csv").write_text((EXAMPLES / "linkedin" / "Profile.csv").read_text())
    result = run_cli("proof", "import", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "export: no positions, bullets or stories found" in " ".join(result.stdout.split())


def test_report_with_nothing_imported_says_what_to_do() -> None:
    result = run_cli("proof", "report")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "Nothing imported yet" in text and "levelset proof import" in text
    assert "What each bullet proves" not in text


def test_a_task_bullet_is_not_said_to_prove_a_task(tmp_path: Path) -> None:
    resume = tmp_path / "r.md"
    resume.write_text(
        "# Pat\nML Engineer\n\n## Experience\n### ML Engineer, Acme (2020 - Present)\n"
        "- Worked on the recommendation pipeline.\n- Built weekly sales dashboards.\n"
    )
    assert run_cli("proof", "import", str(resume)).exit_code == 0
    text = " ".join(run_cli("proof", "report").stdout.split())
    assert "proves: task wording, nothing proven" in text
    assert "proves: an activity, no result" in text


def test_a_file_that_does_not_exist_is_not_found_and_nothing_is_stored(tmp_path: Path) -> None:
    result = run_cli("proof", "import", str(EXAMPLES / "resume.md"), str(tmp_path / "gone.pdf"))
    assert result.exit_code == 3 and "gone.pdf" in result.stderr
    assert run_cli("proof", "list", "--json").json()["sources"] == []


def test_semantic_note_shows_the_extra_to_install(tmp_path: Path) -> None:
    import importlib.util

    if importlib.util.find_spec("sentence_transformers") is not None:
        return  # the extra is installed here: there is no skip note to show
    _import_pdf_and_linkedin(tmp_path)
    text = " ".join(run_cli("proof", "report", "--semantic").stdout.split())
    assert "levelset[semantic]" in text


def test_two_files_with_the_same_name_in_one_import_are_a_conflict(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "resume.md").write_text((EXAMPLES / "resume.md").read_text())
    (second / "resume.md").write_text((EXAMPLES / "resume.md").read_text())
    result = run_cli("proof", "import", str(first / "resume.md"), str(second / "resume.md"))
    assert result.exit_code == 4 and "resume.md" in result.stderr
    assert run_cli("proof", "list", "--json").json()["sources"] == []


def test_a_linkedin_csv_alone_or_an_odd_type_says_what_is_read(tmp_path: Path) -> None:
    positions = tmp_path / "Positions.csv"
    positions.write_text("Company Name,Title,Started On\nAcme,ML Engineer,Mar 2021\n")
    alone = run_cli("proof", "import", str(positions))
    text = " ".join(alone.stderr.split())
    assert alone.exit_code == 2
    assert "Positions.csv: a CSV file alone is not read here" in text
    assert "folder or .zip" in text and "levelset track import" in text
    odd = tmp_path / "resume.rtf"
    odd.write_text("{\\rtf1 Rae}")
    typed = " ".join(run_cli("proof", "import", str(odd)).stderr.split())
    assert "unsupported file type '.rtf' (expected JSON Resume (.json)" in typed
    assert run_cli("proof", "list", "--json").json() == {"sources": []}


def test_a_missing_resume_is_named_with_the_path_as_typed(tmp_path: Path) -> None:
    typed = str(tmp_path / "no-such-folder" / "resume.pdf")
    result = run_cli("proof", "import", typed)
    assert result.exit_code == 3
    assert f"no such file: {typed}" in result.stderr


def test_what_a_bullet_proves_is_said_in_words_not_field_names(tmp_path: Path) -> None:
    """A measured model result was shown as 'ML measured_result'."""
    resume = tmp_path / "r.md"
    resume.write_text(
        "# Pat\nML Engineer\n\n## Experience\n### ML Engineer, Acme (2020 - Present)\n"
        "- Reduced model size by 90% with less than 1% accuracy degradation on ImageNet\n"
    )
    assert run_cli("proof", "import", str(resume)).exit_code == 0
    text = " ".join(run_cli("proof", "report").stdout.split())
    assert "ML measured result" in text and "measured_result" not in text


@pytest.mark.parametrize("name", ["cv.docx", "cv.pdf", "cv.json", "linkedin.zip", "cv.md"])
def test_an_empty_file_is_called_empty_whatever_its_type(tmp_path: Path, name: str) -> None:
    """An empty .docx said 'not a readable zip file', an empty .json 'Expecting value'."""
    empty = tmp_path / name
    empty.write_bytes(b"")
    result = run_cli("proof", "import", str(empty))
    assert result.exit_code == 2
    assert f"{name}: the file is empty" in result.stderr
    assert run_cli("proof", "list", "--json").json()["sources"] == []
