"""Level estimates from real materials: ordering, gaps for the target, the four warnings."""

from __future__ import annotations

from pathlib import Path

from levelset.bands import Band
from levelset.leveling import estimate_level
from levelset.proof import Materials, import_file
from tests.proof.files import EXAMPLES


def _resume(tmp_path: Path, bullets: list[str], headline: str = "ML Engineer") -> Materials:
    text = f"# Pat\n{headline}\n\n## Experience\n### ML Engineer, Acme (2019 - Present)\n"
    text += "".join(f"- {b}\n" for b in bullets)
    path = tmp_path / "resume.md"
    path.write_text(text)
    return Materials((import_file(path),))


JUNIOR = [
    "Worked on the data pipeline.",
    "Helped with model evaluation.",
    "Wrote unit tests for the feature library.",
]
SENIOR = [
    "Led the migration of our team's training jobs to Airflow, cutting failed runs by 70%.",
    "Owned the churn model end to end; an A/B test showed a 3.1% lift in retention.",
    "Built the on-call runbook for the team, cutting recovery time from 2 hours to 25 minutes.",
    "Mentored three junior engineers on the team.",
    "Reduced p95 inference latency from 180 ms to 60 ms by quantizing the production model.",
]
STAFF = SENIOR + [
    "Drove the design of a shared feature store adopted by four product teams, "
    "cutting feature development time from 3 weeks to 4 days.",
    "Led the 0 to 1 build of a recommendation service with the mobile and backend teams; "
    "it now drives 30% of app orders.",
    "Set the technical direction for model serving with the platform and infrastructure teams, "
    "saving $400K a year.",
]


def test_more_evidence_reads_higher(tmp_path: Path) -> None:
    bands = []
    for i, bullets in enumerate((JUNIOR, SENIOR, STAFF)):
        folder = tmp_path / str(i)
        folder.mkdir()
        bands.append(estimate_level(_resume(folder, bullets)).band)
    assert bands == [Band.ENTRY, Band.SENIOR, Band.STAFF]


def test_missing_evidence_for_a_staff_target(tmp_path: Path) -> None:
    result = estimate_level(_resume(tmp_path, SENIOR), Band.STAFF)
    assert result.band is Band.SENIOR
    assert any("technical direction across several teams" in m for m in result.missing)
    assert all("to read as staff" in m for m in result.missing)
    dims = {d.dimension.value: d for d in result.dimensions}
    assert dims["impact"].band is Band.SENIOR and dims["impact"].evidence


def test_no_target_compares_with_the_next_band(tmp_path: Path) -> None:
    result = estimate_level(_resume(tmp_path, SENIOR))
    assert result.target is Band.STAFF and result.target_source == "next band"
    assert result.missing


def test_confidence_grows_with_evidence(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    thin = estimate_level(_resume(tmp_path / "a", SENIOR[:1]))
    thick = estimate_level(_resume(tmp_path / "b", STAFF))
    assert thin.confidence < thick.confidence
    assert thin.confidence_label == "low"


def test_warning_several_levels_and_scope(tmp_path: Path) -> None:
    materials = Materials((import_file(EXAMPLES / "resume.md"), import_file(EXAMPLES / "linkedin")))
    result = estimate_level(materials, Band.PRINCIPAL)
    text = " ".join(result.warnings)
    assert "several levels" in text and "senior" in text and "staff" in text
    assert "reaches as far as" in text and "company" in text


def test_warning_undersold_leadership_and_unproven_impact(tmp_path: Path) -> None:
    result = estimate_level(
        _resume(
            tmp_path,
            ["Was responsible for leading the ranking team.", "Greatly improved model quality."],
        ),
        Band.SENIOR,
    )
    text = " ".join(result.warnings)
    assert "undersold" in text and "leading the ranking team" in text
    assert "without proof" in text and "Greatly improved" in text


def test_equivalences_sit_beside_the_estimate(tmp_path: Path) -> None:
    from levelset.app.market import level_table
    from levelset.app.workspace import Workspace

    rows = level_table(Workspace.at(tmp_path / "home"))
    result = estimate_level(_resume(tmp_path, SENIOR), Band.STAFF, level_rows=rows)
    data = result.to_dict()
    assert {"band", "confidence", "dimensions", "missing", "warnings", "equivalences"} <= set(data)
    # the market table is shipped: rows for the estimate and the target
    assert {row["band"] for row in result.equivalences} == {"senior", "staff"}
    assert all(row["companies"] for row in result.equivalences)


def test_empty_materials(tmp_path: Path) -> None:
    result = estimate_level(Materials(), Band.SENIOR)
    assert result.band is Band.ENTRY and result.confidence == 0
    assert any("proof import" in n for n in result.notes)


def test_leadership_track_warns_when_leadership_reads_below_target(tmp_path: Path) -> None:
    materials = _resume(tmp_path, SENIOR)
    on_track = estimate_level(materials, Band.STAFF, leadership_track=True)
    assert any("leadership track" in w for w in on_track.warnings)
    off_track = estimate_level(materials, Band.STAFF)
    assert not any("leadership track" in w for w in off_track.warnings)


def test_a_dimension_takes_its_highest_band_held_by_two_items(tmp_path: Path) -> None:
    """Two organisation-wide initiatives and one across teams read senior staff, not lower.

    Band names sort differently as text ("staff" > "senior_staff"): the order must be the
    band scale's.
    """
    bullets = [
        "Set the technical direction for ranking across the search, ads and feeds teams; "
        "the shared ranker lifted revenue by 4% ($40M a year).",
        "Led the design of the company's ML platform, now used by 14 teams, cutting model "
        "launch time from 6 weeks to 5 days.",
        "Defined the experimentation standards adopted by 9 teams, reducing false-positive "
        "launches by 30%.",
    ]
    result = estimate_level(_resume(tmp_path, bullets))
    dims = {d.dimension.value: d.band for d in result.dimensions}
    assert dims["leadership"] is Band.SENIOR_STAFF
    assert dims["scope"] is Band.SENIOR_STAFF


def test_leadership_track_gap_follows_the_band_scale_not_the_alphabet() -> None:
    from levelset.leveling.warnings import leadership_track_gap

    assert leadership_track_gap(Band.STAFF, Band.SENIOR_STAFF) is not None
    assert leadership_track_gap(Band.SENIOR_STAFF, Band.STAFF) is None
    assert leadership_track_gap(Band.MID, Band.PRINCIPAL) is not None


def test_each_dimension_shows_a_different_bullet_where_the_evidence_allows(
    tmp_path: Path,
) -> None:
    result = estimate_level(_resume(tmp_path, STAFF), Band.STAFF)
    dims = [d for d in result.dimensions if d.best is not None]
    shown = [d.best.text for d in dims if d.best is not None]
    candidates = {b.text for d in dims for b in d.evidence}
    assert len(set(shown)) == min(len(dims), len(candidates)), shown
    for d in dims:
        assert d.best in d.evidence  # always one of the dimension's own evidence
        assert d.to_dict()["best"]["text"] == d.best.text
    first = [d.evidence[0].text for d in dims]
    assert len(set(shown)) >= len(set(first))


MID = [
    "Reduced API error rate from 1.2% to 0.05% by fixing retry storms.",
    "Built the order-tracking feature end to end with WebSockets.",
    "Implemented pagination and filtering for the orders endpoint.",
]


def test_one_bullet_at_the_border_of_senior_does_not_make_a_mid_engineer_senior(
    tmp_path: Path,
) -> None:
    """Owning a recurring duty reads just over the line to senior on its own; alone it does
    not carry the person there. A bullet that reads senior clearly still does."""
    border = MID + ["Owned the weekly release of the mobile backend."]
    assert estimate_level(_resume(tmp_path, border, "Software Engineer")).band is Band.MID
    clear = MID + ["Coached two new grads on debugging and code review habits."]
    (tmp_path / "clear").mkdir()
    result = estimate_level(_resume(tmp_path / "clear", clear, "Software Engineer"))
    assert result.band is Band.SENIOR
    assert result.carried_by[0].bullet.text.startswith("Coached")


def test_the_scope_warning_names_the_widest_bullets(tmp_path: Path) -> None:
    result = estimate_level(
        _resume(
            tmp_path,
            [
                "Cut the nightly job from 6 hours to 40 minutes.",
                "Designed the on-boarding process for new engineers on the platform team.",
            ],
        ),
        Band.SENIOR,
    )
    text = next(w for w in result.warnings if "reaches as far as" in w)
    assert "the widest scope with a result is your own work ('Cut the nightly job" in text
    assert "'Designed the on-boarding process for new engineers on the platform team.' " in text
    assert "reaches team but shows no result" in text
