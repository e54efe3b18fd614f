"""The proof analysis kept in the store (app.proof_analysis, issue 15): read back while the
documents, their corrections, the profile and the code are the same; made again, and equal to
a fresh analysis, after any of them changes. A real demo home and real commands throughout."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete

import levelset
from levelset.app.plan_inputs import analysed, read_proof
from levelset.app.profile import show_profile
from levelset.app.proof_analysis import PACKAGE, Readings, code_stamp, decoded, encoded
from levelset.app.workspace import Workspace
from levelset.proof.agreement import understand
from levelset.proof.features import extract, forget
from levelset.store.proof_analysis import kept_analysis, last_analysis
from levelset.store.proof_tables import proof_analysis
from tests.cli.runner import run_cli
from tests.cli.test_startup_imports import loaded

RESUME = Path(__file__).resolve().parents[2] / "examples" / "resume" / "resume.md"
ANALYSIS = ("levelset.proof.report", "levelset.leveling.estimate")


def _demo(home: Path) -> Workspace:
    assert run_cli("demo", "--home", str(home)).exit_code == 0
    return Workspace.at(home)


def _fresh(ws: Workspace) -> object:
    return analysed(ws, show_profile(ws))


def _read(ws: Workspace) -> object:
    return read_proof(ws, show_profile(ws))


def _kept_rows(ws: Workspace) -> int:
    from sqlalchemy import func, select

    from levelset.store.proof_tables import proof_analysis

    with ws.store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(proof_analysis)).scalar_one())


def test_the_kept_analysis_is_the_fresh_one_and_is_read_back(levelset_home: Path) -> None:
    ws = _demo(levelset_home)
    fresh = _fresh(ws)
    proof, level = fresh  # type: ignore[misc]
    assert proof is not None and level is not None and proof.bullets
    assert decoded(encoded(fresh)) == fresh  # type: ignore[arg-type]  # every field survives
    assert _read(ws) == fresh
    assert _kept_rows(ws) == 1
    assert _read(ws) == fresh and _kept_rows(ws) == 1  # read back, not kept again
    # a cold command over the same inputs reads it back: no bullet is read again
    assert loaded(levelset_home, "playbook", "--output", str(levelset_home / "p.md"),
                  among=ANALYSIS) == set()  # fmt: skip


def test_a_correction_and_its_undo_make_it_again(levelset_home: Path) -> None:
    ws = _demo(levelset_home)
    before = _read(ws)
    assert run_cli("proof", "positions", "drop", "1").exit_code == 0
    after_drop = _read(ws)
    assert after_drop == _fresh(ws) and after_drop != before
    assert run_cli("proof", "positions", "undo").exit_code == 0
    assert _read(ws) == before == _fresh(ws)
    assert _kept_rows(ws) == 1  # one analysis per owner, the last one


def test_a_new_resume_and_a_new_target_make_it_again(levelset_home: Path, tmp_path: Path) -> None:
    ws = _demo(levelset_home)
    before = _read(ws)
    changed = tmp_path / "resume.md"
    text = RESUME.read_text(encoding="utf-8")
    changed.write_text(text + "\n- Cut serving cost by 40% across 12 regions\n", encoding="utf-8")
    assert run_cli("proof", "import", str(changed)).exit_code == 0
    imported = _read(ws)
    assert imported == _fresh(ws) and imported != before
    assert run_cli("profile", "set", "--level", "principal").exit_code == 0
    _, level = _read(ws)  # type: ignore[misc]
    assert level is not None and level.target is not None and level.target.value == "principal"
    assert _read(ws) == _fresh(ws)


def test_clearing_the_sources_forgets_the_analysis_kept_of_them(levelset_home: Path) -> None:
    ws = _demo(levelset_home)
    _read(ws)
    assert _kept_rows(ws) == 1
    assert run_cli("proof", "clear", "--all").exit_code == 0
    assert _kept_rows(ws) == 0  # it quotes the bullets of what the user removed
    assert _read(ws) == (None, None) and _kept_rows(ws) == 0


def test_no_documents_read_nothing_and_keep_nothing(levelset_home: Path) -> None:
    ws = Workspace.at(levelset_home)
    assert _read(ws) == (None, None)
    assert _kept_rows(ws) == 0


def test_an_analysis_kept_under_other_inputs_is_not_served(levelset_home: Path) -> None:
    ws = _demo(levelset_home)
    _read(ws)
    assert kept_analysis(ws.store, "0" * 64) is None


# Each bullet's reading, kept beside the analysis (app.proof_analysis.Readings)


def _texts(ws: Workspace) -> list[str]:
    from levelset.app.proof import load_materials

    return list(dict.fromkeys(b.text for b in load_materials(ws).bullets()))


def _readings_kept(ws: Workspace) -> Readings:
    last = last_analysis(ws.store)
    assert last is not None
    return Readings(code_stamp(), last[1]["readings"])


def _playbook(home: Path) -> str:
    out = home / "playbook.md"
    assert run_cli("playbook", "--output", str(out)).exit_code == 0
    return out.read_text(encoding="utf-8")


def test_a_position_edited_reads_no_bullet_again_and_changes_nothing_else(
    levelset_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _demo(levelset_home)
    _read(ws)  # the demo's analysis, with every bullet's reading
    edit = ("proof", "positions", "edit", "1", "--title", "Staff ML Engineer", "--start", "2020")
    assert run_cli(*edit).exit_code == 0
    readings = _readings_kept(ws)
    texts = _texts(ws)
    forget()
    served = readings.of(texts)
    assert readings.read == 0 and len(served) == len(texts) > 5  # every bullet served
    assert all(extract(t) is extract(t) for t in texts)  # the rules' features served as well
    remembered = {t: extract(t) for t in texts}
    forget()  # what follows reads every text afresh
    assert served == {t: understand(t) for t in texts}  # each exactly as a fresh reading
    assert remembered == {t: extract(t) for t in texts}
    forget()
    again = _readings_kept(ws)
    assert analysed(ws, show_profile(ws), again) == _fresh(ws) and again.read == 0
    kept_playbook = _playbook(levelset_home)  # the command itself, over the kept readings
    # a fresh home, the same edit, nothing kept: the same playbook
    fresh_home = tmp_path / "fresh"
    monkeypatch.setenv("LEVELSET_HOME", str(fresh_home))
    fresh_ws = _demo(fresh_home)
    assert run_cli(*edit).exit_code == 0
    with fresh_ws.store.begin() as conn:  # what the demo kept: read every bullet afresh
        conn.execute(delete(proof_analysis))
    assert last_analysis(fresh_ws.store) is None
    forget()
    assert _playbook(fresh_home) == kept_playbook


def test_a_bullet_changed_is_read_again_and_only_it(levelset_home: Path, tmp_path: Path) -> None:
    ws = _demo(levelset_home)
    _read(ws)
    before = set(_texts(ws))
    changed = tmp_path / "resume.md"
    text = RESUME.read_text(encoding="utf-8")
    owned = "- Owned the feature store used by 6 teams."
    assert owned in text
    changed.write_text(text.replace(owned, owned[:-1] + " and 40 models."), encoding="utf-8")
    assert run_cli("proof", "import", str(changed)).exit_code == 0
    readings = _readings_kept(ws)
    texts = _texts(ws)
    new = [t for t in texts if t not in before]
    assert new == ["Owned the feature store used by 6 teams and 40 models."]
    assert readings.of(texts) == {t: understand(t) for t in texts}
    assert readings.read == 1  # the changed bullet alone is read again
    assert _read(ws) == _fresh(ws)
    assert set(_readings_kept(ws).kept) == {readings.key(t) for t in texts}  # no stale ones


def test_a_reading_is_kept_under_its_text_and_the_code(levelset_home: Path) -> None:
    ws = _demo(levelset_home)
    _read(ws)
    stamp = code_stamp()
    assert levelset.__version__ in stamp and str(PACKAGE / "proof" / "bullet_model.json") in stamp
    text = _texts(ws)[0]
    same = Readings(stamp)
    assert same.key(text) == Readings(stamp).key(text) != same.key(text + " ")
    other = Readings(stamp + " another model", _readings_kept(ws).kept)
    assert other.key(text) != same.key(text)
    other.of(_texts(ws))
    assert other.read == len(_texts(ws))  # nothing kept is served to other code


# The metric spans and the scan's first lines, kept with the readings


def _sentences(ws: Workspace) -> list[str]:
    from levelset.app.proof import load_materials
    from levelset.proof.scan import first_sentences

    return [s for _, s in first_sentences(load_materials(ws))]


def _quantity_rules_run(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the quantity rules read from now on (counted, still run)."""
    from levelset.proof import features

    ran: list[str] = []
    rules = features.results

    def counted(text: str) -> object:
        ran.append(text)
        return rules(text)

    monkeypatch.setattr(features, "results", counted)
    return ran


def test_after_a_position_edit_no_quantity_rule_runs_and_all_is_as_fresh(
    levelset_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from levelset.proof.features import metric_spans

    ws = _demo(levelset_home)
    _read(ws)
    assert run_cli("proof", "positions", "edit", "1", "--location", "Seattle").exit_code == 0
    forget()
    ran = _quantity_rules_run(monkeypatch)
    made = _read(ws)  # made again: the inputs changed
    assert ran == []  # every bullet's spans and the scan's lines were served
    texts, sentences = _texts(ws), _sentences(ws)
    assert len(sentences) >= 2
    served_spans = {t: metric_spans(t) for t in texts}
    served_features = {s: extract(s) for s in sentences}
    forget()
    assert served_spans == {t: metric_spans(t) for t in texts}  # each as the rules read it
    assert served_features == {s: extract(s) for s in sentences}
    assert any(served_spans.values())
    assert made == _fresh(ws)


def test_a_changed_headline_is_read_again(
    levelset_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _demo(levelset_home)
    _read(ws)
    headline = "Senior Machine Learning Engineer | Fraud detection and ranking at scale"
    changed = tmp_path / "resume.md"
    text = RESUME.read_text(encoding="utf-8")
    assert headline in text
    new = "Senior ML Engineer who cut fraud losses by 38% at scale"
    changed.write_text(text.replace(headline, new), encoding="utf-8")
    assert run_cli("proof", "import", str(changed)).exit_code == 0
    forget()
    ran = _quantity_rules_run(monkeypatch)
    made = _read(ws)
    assert new in ran  # the new line was read by the rules
    assert made == _fresh(ws)
    last = last_analysis(ws.store)
    assert last is not None
    kept = Readings(code_stamp())
    assert set(last[1]["sentences"]) == {kept.key(s) for s in _sentences(ws)}  # no stale ones
