"""The proof report serves each bullet's reading kept in the store by an earlier command (issue
15): the same report as every bullet read afresh, and the report itself keeps nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select

from levelset.app.workspace import Workspace
from levelset.proof.features import forget
from levelset.store.proof_tables import proof_analysis
from tests.cli.runner import run_cli
from tests.cli.test_startup_imports import loaded

RESUME = Path(__file__).resolve().parents[2] / "examples" / "resume" / "resume.md"
READING = ("levelset.proof.signals",)  # the rules a bullet read afresh runs


def _kept_rows(ws: Workspace) -> int:
    with ws.store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(proof_analysis)).scalar_one())


def _reports() -> tuple[str, str]:
    forget()  # what the last command remembered of each text
    as_json, shown = run_cli("proof", "report", "--json"), run_cli("proof", "report")
    assert as_json.exit_code == 0 and shown.exit_code == 0, as_json.stderr + shown.stderr
    return as_json.stdout, shown.stdout


def _forget_kept(ws: Workspace) -> None:
    with ws.store.begin() as conn:
        conn.execute(delete(proof_analysis))


def test_a_report_over_kept_readings_is_the_report_read_afresh(levelset_home: Path) -> None:
    assert run_cli("demo", "--home", str(levelset_home)).exit_code == 0
    ws = Workspace.at(levelset_home)
    assert _kept_rows(ws) == 1  # the demo's plan kept its analysis with every reading
    served = _reports()
    assert _kept_rows(ws) == 1
    _forget_kept(ws)
    assert _reports() == served  # every bullet read afresh: the same report, byte for byte
    assert _kept_rows(ws) == 0  # the report keeps nothing


def test_a_cold_report_over_kept_readings_loads_no_reading_rule(levelset_home: Path) -> None:
    assert run_cli("demo", "--home", str(levelset_home)).exit_code == 0
    assert loaded(levelset_home, "proof", "report", "--json", among=READING) == set()


def test_a_changed_resume_is_reported_as_when_read_afresh(
    levelset_home: Path, tmp_path: Path
) -> None:
    assert run_cli("demo", "--home", str(levelset_home)).exit_code == 0
    ws = Workspace.at(levelset_home)
    changed = tmp_path / "resume.md"
    text = RESUME.read_text(encoding="utf-8")
    owned = "- Owned the feature store used by 6 teams."
    assert owned in text
    stronger = "- Cut the feature store's p99 latency from 900 ms to 40 ms, saving $2.4M a year."
    changed.write_text(text.replace(owned, stronger), encoding="utf-8")
    assert run_cli("proof", "import", str(changed)).exit_code == 0
    served = _reports()  # the new bullet read, the others served
    assert "saving $2.4M a year" in served[0]
    _forget_kept(ws)
    assert _reports() == served


def test_a_report_without_any_kept_reading_reads_every_bullet(levelset_home: Path) -> None:
    assert run_cli("proof", "import", str(RESUME)).exit_code == 0
    ws = Workspace.at(levelset_home)
    assert _kept_rows(ws) == 0
    as_json, _ = _reports()
    assert '"has_metric": true' in as_json
    assert _kept_rows(ws) == 0
    assert loaded(levelset_home, "proof", "report", "--json", among=READING) == set(READING)
