"""The level estimate reuses the proof report's reading of each bullet (`understood`), so the
plan and the playbook read no bullet twice; the estimate is the same either way."""

from __future__ import annotations

from pathlib import Path

from levelset.app.proof import load_materials
from levelset.app.workspace import Workspace
from levelset.leveling import estimate_level
from levelset.proof import analyse
from levelset.proof.agreement import Understood, understand
from tests.cli.runner import run_cli


def test_the_estimate_from_the_reports_readings_is_the_estimate(tmp_path: Path) -> None:
    home = tmp_path / "demo"
    assert run_cli("demo", "--home", str(home)).exit_code == 0
    materials = load_materials(Workspace.at(home))
    report = analyse(materials)
    read = {b.bullet.text: Understood(b.features, b.band) for b in report.bullets}
    assert len(read) >= 10
    assert all(read[text] == understand(text) for text in read)
    fresh = estimate_level(materials, target_title="Machine Learning Engineer")
    reused = estimate_level(materials, target_title="Machine Learning Engineer", understood=read)
    assert reused == fresh
    assert reused.to_dict() == fresh.to_dict()
