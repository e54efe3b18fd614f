"""A draft's proven outcomes read the bullets' readings kept in the store (issue 15): the same
outcomes as bullets read afresh, whatever changed since the readings were kept."""

from __future__ import annotations

from pathlib import Path

from levelset.app.drafting import proven_outcomes
from levelset.app.plan_inputs import read_proof
from levelset.app.profile import show_profile
from levelset.app.proof import load_materials
from levelset.app.proof_analysis import kept_readings
from levelset.app.workspace import Workspace
from levelset.proof.features import forget
from levelset.proof.report import judge
from tests.cli.runner import run_cli

RESUME = Path(__file__).resolve().parents[2] / "examples" / "resume" / "resume.md"


def _demo(home: Path) -> Workspace:
    assert run_cli("demo", "--home", str(home)).exit_code == 0
    ws = Workspace.at(home)
    read_proof(ws, show_profile(ws))  # the analysis kept, with every bullet's reading
    return ws


def _read_afresh(ws: Workspace, count: int) -> tuple[str, ...]:
    """`proven_outcomes` as it was before readings were served: every bullet read again."""
    from rapidfuzz import fuzz

    forget()
    judged = judge(load_materials(ws))
    ranked = sorted((r for r in judged if r.features.has_metric), key=lambda r: -r.score.points)
    chosen: list[str] = []
    for report in ranked:
        if all(fuzz.token_set_ratio(report.bullet.text, kept) < 85 for kept in chosen):
            chosen.append(report.bullet.text)
    return tuple(chosen[:count])


def test_after_a_position_edit_every_bullet_is_served_and_the_outcomes_are_the_same(
    levelset_home: Path,
) -> None:
    ws = _demo(levelset_home)
    assert run_cli("proof", "positions", "edit", "1", "--location", "Seattle").exit_code == 0
    texts = [b.text for b in load_materials(ws).bullets()]
    readings = kept_readings(ws.store)
    readings.of(texts)
    assert readings.read == 0 and len(texts) > 5  # nothing read again
    forget()
    served = proven_outcomes(ws.store, 8)
    assert len(served) >= 2
    assert served == _read_afresh(ws, 8)


def test_a_changed_bullet_is_read_again_and_the_outcomes_are_the_same(
    levelset_home: Path, tmp_path: Path
) -> None:
    ws = _demo(levelset_home)
    changed = tmp_path / "resume.md"
    owned = "- Owned the feature store used by 6 teams."
    text = RESUME.read_text(encoding="utf-8")
    assert owned in text
    stronger = "- Cut the feature store's p99 latency from 900 ms to 40 ms, saving $2.4M a year."
    changed.write_text(text.replace(owned, stronger), encoding="utf-8")
    assert run_cli("proof", "import", str(changed)).exit_code == 0
    readings = kept_readings(ws.store)
    readings.of(b.text for b in load_materials(ws).bullets())
    assert readings.read == 1  # the new bullet alone
    forget()
    assert proven_outcomes(ws.store, 30) == _read_afresh(ws, 30)


def test_without_a_kept_analysis_the_outcomes_are_read(levelset_home: Path) -> None:
    assert run_cli("proof", "import", str(RESUME)).exit_code == 0
    ws = Workspace.at(levelset_home)
    readings = kept_readings(ws.store)
    assert readings.kept == {}
    assert proven_outcomes(ws.store) == _read_afresh(ws, 2)
