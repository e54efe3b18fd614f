"""The score, checklist and rewrite follow the learned verdicts shown beside them.

The bullets are real: verbatim from the MIT-licensed JSON Resume sample résumés
(tests/corpus/bullets/SOURCES.md), chosen where the lexical rules and the learned reader
disagree and the corpus labels side with the learned reader.
"""

from __future__ import annotations

from pathlib import Path

from levelset.profile.model import Profile
from levelset.proof import Materials, analyse, import_file
from levelset.proof.features import Wording, extract
from levelset.proof.learned import read
from levelset.proof.report import BulletReport, ProofReport
from levelset.proof.scoring import score
from tests.corpus.bullets_corpus import rows

# in the tuning half (a test never pins a held-out row); labelled metric, outcome and
# leadership; the rules find no outcome, no leadership
DESIGNED = "Trained six baristas who were later promoted"
# labelled without a metric; "three years of distribution spreadsheets" is a span of records
CLEANED = (
    "Cleaned and consolidated three years of distribution spreadsheets into a single "
    "queryable dataset"
)


def _report(tmp_path: Path) -> ProofReport:
    path = tmp_path / "resume.md"
    path.write_text(
        "# Sam Roe\nSenior Software Engineer\n\n## Experience\n"
        "### Senior Engineer, Streamco (2021 - Present)\n"
        f"- {DESIGNED}.\n- {CLEANED}.\n"
    )
    return analyse(Materials((import_file(path),)), Profile())


def _bullet(report: ProofReport, text: str) -> BulletReport:
    return next(b for b in report.bullets if b.bullet.text.startswith(text))


def test_the_chosen_bullets_are_real_and_labelled_as_the_learned_reader_says() -> None:
    labels = {r.text: r for r in rows()}
    for text, verdicts in ((DESIGNED, ("outcome", "leadership")),):
        row = labels[text]
        assert row.raw["origin"] == "real" and row.raw["split"] == "tune"
        rules = extract(text)
        said = {
            "has_metric": rules.has_metric,
            "outcome": rules.wording is Wording.OUTCOME,
            "leadership": rules.has_leadership,
        }
        for name in verdicts:
            assert read(text)[name].value == row.labels[name] != said[name], (text, name)


def test_a_span_of_records_is_no_result_for_either_reader() -> None:
    row = next(r for r in rows() if r.text == CLEANED)
    assert row.raw["origin"] == "real" and not row.labels["has_metric"]
    assert extract(CLEANED).metrics == ()
    assert not read(CLEANED)["has_metric"].value


def test_a_learned_leadership_and_outcome_earn_their_points_and_pass_the_checklist(
    tmp_path: Path,
) -> None:
    report = _report(tmp_path)
    item = _bullet(report, DESIGNED)
    assert item.reading["leadership"].value and item.reading["outcome"].value
    assert item.features.has_leadership and item.features.wording is Wording.OUTCOME
    reasons = " | ".join(item.score.reasons)
    # the grown people first; the learned words after them follow the weights of each training
    assert "ownership or leadership (Trained six baristas, " in reasons
    assert "says what changed" in reasons
    assert item.score.points > score(extract(item.bullet.text)).points
    leadership = next(c for c in report.checklist if c.id == "leadership")
    assert leadership.passed and leadership.evidence[0].startswith(DESIGNED)
    data = item.to_dict()
    assert data["leadership"] is True and data["outcome"] is True
    assert data["wording"] == "outcome"


def test_a_number_that_is_no_result_is_neither_scored_nor_kept_in_the_rewrite(
    tmp_path: Path,
) -> None:
    report = _report(tmp_path)
    item = _bullet(report, CLEANED)
    assert extract(item.bullet.text).metrics == ()
    assert not item.reading["has_metric"].value and not item.features.has_metric
    assert not any(r.startswith("+30 quantified result") for r in item.score.reasons)
    assert "+0 no number shows the result" in item.score.reasons
    assert item.rewrite is not None and "[metric" in item.rewrite
    assert item.to_dict()["has_metric"] is False and item.to_dict()["metrics"] == []


def test_every_verdict_in_the_json_agrees_with_the_features_scored(tmp_path: Path) -> None:
    report = _report(tmp_path)
    for item in report.bullets:
        data, f = item.to_dict(), item.features
        assert data["has_metric"] == f.has_metric
        assert data["outcome"] == (f.wording is Wording.OUTCOME)
        assert data["leadership"] == f.has_leadership
        assert data["cross_team"] == f.has_cross_team
