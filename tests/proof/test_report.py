"""The checklist and the 10-second scan judged on real materials."""

from __future__ import annotations

from pathlib import Path

from levelset.bands import Band
from levelset.profile.model import Profile
from levelset.proof import Materials, analyse, import_file
from tests.proof.files import EXAMPLES

TARGET = Profile(target_title="Staff ML Engineer", target_band=Band.STAFF)


def _all() -> Materials:
    paths = [EXAMPLES / "resume.md", EXAMPLES / "linkedin", EXAMPLES / "stories.yaml"]
    return Materials(tuple(import_file(p) for p in paths))


def _item(report: object, id_: str) -> object:
    return next(c for c in report.checklist if c.id == id_)  # type: ignore[attr-defined]


def test_checklist_on_the_example_materials() -> None:
    report = analyse(_all(), TARGET)
    assert _item(report, "target").passed
    outcomes = _item(report, "outcomes")
    assert outcomes.passed and len(outcomes.evidence) == 3
    assert len(set(outcomes.evidence)) == 3
    assert _item(report, "leadership").passed
    consistency = _item(report, "consistency")
    assert not consistency.passed and any("Databright" in e for e in consistency.evidence)
    summary = _item(report, "summary")
    assert not summary.passed  # the resume headline says "Senior Machine Learning Engineer"
    assert summary.fix and "Staff ML Engineer" in summary.fix


def test_checklist_fails_with_reasons_on_a_weak_resume(tmp_path: Path) -> None:
    path = tmp_path / "weak.md"
    path.write_text(
        "# Kim Doe\nSoftware Engineer\n\n## Experience\n### Engineer, Acme (2020 - Present)\n"
        "- Responsible for the backend.\n- Worked on the data pipeline.\n"
    )
    report = analyse(Materials((import_file(path),)), Profile())
    assert [c.passed for c in report.checklist] == [False, False, False, True, False]
    assert _item(report, "target").fix
    assert not report.scan.passed and "a measured outcome" in report.scan.advice
    assert report.target_title == "Engineer"  # guessed from the latest position


def test_scan_reads_the_headline_and_summary_first_sentence() -> None:
    report = analyse(
        Materials((import_file(EXAMPLES / "resume.md"),)), Profile(target_title="ML Engineer")
    )
    assert report.scan.passed
    assert "38%" in (report.scan.line or "")
    staff = analyse(
        Materials((import_file(EXAMPLES / "resume.md"),)), Profile(target_title="Data Scientist")
    )
    assert not staff.scan.names_role
    assert staff.scan.suggestion and staff.scan.suggestion.startswith("Data Scientist who ")


def test_report_json_has_the_documented_keys() -> None:
    data = analyse(_all(), TARGET).to_dict()
    bullet = data["bullets"][0]
    assert {"text", "source", "score", "has_metric", "scope", "reasons"} <= set(bullet)
    assert {"item", "passed", "evidence"} <= set(data["checklist"][0])
    assert {"scan", "consistency"} <= set(data)
    assert bullet["source"].startswith("resume.md:line ")


def _outcomes_line(tmp_path: Path, bullets: list[str]) -> str:
    path = tmp_path / "resume.md"
    path.write_text(
        "# Kim Doe\nML Engineer\n\n## Experience\n### ML Engineer, Acme (2020 - Present)\n"
        + "".join(f"- {b}\n" for b in bullets)
    )
    report = analyse(Materials((import_file(path),)), Profile())
    outcomes = _item(report, "outcomes")
    assert not outcomes.passed  # type: ignore[attr-defined]
    return outcomes.evidence[0]  # type: ignore[attr-defined,no-any-return]


def test_a_failed_outcomes_line_says_what_is_missing(tmp_path: Path) -> None:
    plain = _outcomes_line(tmp_path, ["Worked on the data pipeline.", "Wrote the docs."])
    assert plain == "no bullet carries a number"
    numbers = _outcomes_line(
        tmp_path,
        ["Managed 4 VPCs and 100+ subnets on AWS.", "Maintained 12 Airflow pipelines."],
    )
    assert numbers == "2 bullets carry a number but none says what it changed"
    # digits that name or date something are no number to add a result to
    named = _outcomes_line(
        tmp_path,
        [
            "Featured on 11 Alive News for the flood-alert app.",
            "Moved the services to Python 3.11 in Q4 2023.",
            "Promoted to L5 after the payments migration.",
        ],
    )
    assert named == "no bullet carries a number"
    measured = _outcomes_line(tmp_path, ["Cut the nightly job from 6 hours to 40 minutes."])
    assert measured.startswith("1 bullet carries a number and a result, but none names")


def test_a_scan_line_built_on_a_result_that_opens_with_a_name_reads_as_a_sentence(
    tmp_path: Path,
) -> None:
    """The scan offered "Machine Learning Engineer who iCML 2022 main conference paper, ..."."""
    path = tmp_path / "resume.md"
    path.write_text(
        "# Jo Doe\nWelcome\n\n## Experience\n### Research Intern, Lab (2021 - 2022)\n"
        "- ICML 2022 main conference paper, cited 340+ times within two years\n"
    )
    report = analyse(
        Materials((import_file(path),)), Profile(target_title="Machine Learning Engineer")
    )
    assert report.scan.suggestion == (
        "Machine Learning Engineer: ICML 2022 main conference paper, cited 340+ times within "
        "two years."
    )


def test_the_scan_headline_is_short_and_keeps_the_number(tmp_path: Path) -> None:
    """The scan suggested a whole 60-word bullet as the headline."""
    bullet = (
        "Cut p99 latency of the ranking service by 40% by rebuilding the feature store on Redis, "
        "migrating 14 pipelines from batch to streaming, coaching two junior engineers through "
        "the design reviews, and writing the runbook that the on-call rotation across three "
        "teams now uses every week for incidents and launches alike."
    )
    path = tmp_path / "resume.md"
    path.write_text(
        f"# Jo Doe\nWelcome\n\n## Experience\n### ML Engineer, Acme (2021 - 2024)\n- {bullet}\n"
    )
    report = analyse(
        Materials((import_file(path),)), Profile(target_title="Machine Learning Engineer")
    )
    said = report.scan.suggestion or ""
    assert said.startswith("Machine Learning Engineer who cut p99 latency"), said
    assert "40%" in said and len(said.split()) <= 25, said
