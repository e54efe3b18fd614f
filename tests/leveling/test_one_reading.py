"""The level estimate reads every bullet as the proof report does: one scorer, one vocabulary.

A bullet the report shows as leadership is leadership in the estimate too, the bands that carry
the whole-person band are the bands the report gives those bullets, and a bullet whose reach is
clear is not held a band down for want of a number.
"""

from __future__ import annotations

from pathlib import Path

from levelset.bands import Band
from levelset.leveling import estimate_level
from levelset.profile.model import Profile
from levelset.proof import Materials, analyse, import_file
from levelset.proof.features import extract

# the learned reader finds leadership here ("Took over"); the lexical rules find none
TOOK_OVER = "Took over the on-call rotation and rewrote its runbooks."
# reach beyond the team, named; no number and no stated change
DIRECTION = (
    "Set the technical direction for model serving with the platform and infrastructure teams.",
    "Set the technical direction for feature pipelines across the search, ads and feeds teams.",
)


def _materials(tmp_path: Path, bullets: list[str]) -> Materials:
    path = tmp_path / "resume.md"
    path.write_text(
        "# Pat Lee\nML Engineer\n\n## Experience\n### ML Engineer, Acme (2020 - Present)\n"
        + "".join(f"- {b}\n" for b in bullets)
    )
    return Materials((import_file(path),))


def test_leadership_the_report_shows_is_leadership_in_the_estimate(tmp_path: Path) -> None:
    assert not extract(TOOK_OVER).has_leadership  # the rules alone would miss it
    materials = _materials(tmp_path, [TOOK_OVER, "Wrote unit tests for the feature library."])
    report = {b.bullet.text: b for b in analyse(materials, Profile()).bullets}
    assert report[TOOK_OVER].reading["leadership"].value
    result = estimate_level(materials, Band.STAFF)
    dims = {d.dimension.value: d for d in result.dimensions}
    assert dims["leadership"].band is Band.SENIOR
    assert dims["leadership"].evidence[0].text == TOOK_OVER
    said = " ".join(m for m in result.missing if m.startswith("Leadership"))
    assert TOOK_OVER in said and "your part in leading it" not in said


def test_the_bullets_that_carry_the_band_read_as_the_report_reads_them(tmp_path: Path) -> None:
    bullets = [TOOK_OVER, *DIRECTION, "Helped with model evaluation."]
    materials = _materials(tmp_path, bullets)
    report = {b.bullet.text: b for b in analyse(materials, Profile()).bullets}
    result = estimate_level(materials)
    assert result.carried_by
    for carried in result.carried_by:
        shown = report[carried.bullet.text]
        assert carried.band is shown.band.band
        assert carried.words == shown.band.words
    for dim in result.dimensions:
        if dim.dimension.value == "leadership" and dim.band > Band.ENTRY:
            assert all(report[b.text].reading["leadership"].value for b in dim.evidence)


def test_a_clear_scope_is_not_capped_by_a_missing_number(tmp_path: Path) -> None:
    materials = _materials(tmp_path, list(DIRECTION))
    report = analyse(materials, Profile())
    for item in report.bullets:
        assert item.reading["cross_team"].value and not item.features.has_metric
        assert item.features.wording.value != "outcome"
    dims = {d.dimension.value: d for d in estimate_level(materials).dimensions}
    assert dims["scope"].band is Band.STAFF
    assert {b.text for b in dims["scope"].evidence} == set(DIRECTION)
