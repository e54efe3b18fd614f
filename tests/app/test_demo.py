"""`levelset demo`: a separate home with every capability populated, made through the use
cases; kept on a second run, rebuilt with --force, and never over somebody else's files."""

from __future__ import annotations

import filecmp
import time
from pathlib import Path

import pytest

from levelset.app.demo import MARKER, sample_folder
from levelset.app.workspace import Workspace
from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SAME_AS = {
    "resume.pdf": "resume/resume.pdf",
    "stories.yaml": "resume/stories.yaml",
    "linkedin/Positions.csv": "resume/linkedin/Positions.csv",
    "linkedin/Profile.csv": "resume/linkedin/Profile.csv",
    "linkedin/Skills.csv": "resume/linkedin/Skills.csv",
    "bigco-rsu.yaml": "offers/bigco-rsu.yaml",
    "startup-options.yaml": "offers/startup-options.yaml",
    "northwind-revised.yaml": "negotiation/northwind-revised.yaml",
    "applications.csv": "tracking/applications.csv",
    "strong_counter.txt": "emails/strong_counter.txt",
}


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float, dict]:
    home = tmp_path_factory.mktemp("demo") / "home"
    started = time.process_time()  # CPU time: a busy machine does not make the demo slower
    made = run_cli("demo", "--home", str(home), "--json")
    assert made.exit_code == 0, made.stderr
    return home, time.process_time() - started, made.json()


def test_the_shipped_sample_is_the_examples_folder() -> None:
    for shipped, example in SAME_AS.items():
        assert filecmp.cmp(sample_folder() / shipped, EXAMPLES / example, shallow=False), shipped


def test_the_demo_home_has_every_capability_populated(demo_home: tuple[Path, float, dict]) -> None:
    from levelset.app import negotiation
    from levelset.app.offers import list_offers
    from levelset.app.plan import show_plan
    from levelset.app.profile import show_profile
    from levelset.app.proof import load_materials
    from levelset.app.tracking import list_events

    home, seconds, shown = demo_home
    assert shown["made"] is True and shown["home"] == str(home)
    assert shown["open"]["cli"].startswith(f"LEVELSET_HOME={home} levelset ")
    assert shown["open"]["browser"] == f"LEVELSET_HOME={home} levelset serve"
    assert seconds < 60
    ws = Workspace.at(home)
    try:
        profile = show_profile(ws)
        assert profile.target_title == "Machine Learning Engineer"
        assert len(load_materials(ws).documents) == 3
        assert len(list_offers(ws)) == 2
        result = negotiation.outcome(ws, "Northwind Cloud")
        assert result.status == "signed" and result.days_to_signature == 10
        assert result.year1_total is not None and result.year1_total.absolute > 0
        assert len(list_events(ws)) >= 30
        assert len(show_plan(ws).plan.weeks) == 4
    finally:
        ws.close()


def test_the_demo_experiment_is_named_in_words(demo_home: tuple[Path, float, dict]) -> None:
    """Its name heads the Experiments section: it was the id-like "opener"."""
    from levelset.app.experiments import experiment_status

    ws = Workspace.at(demo_home[0])
    try:
        (found,) = experiment_status(ws)
        name = found.experiment.name
        assert " " in name and name[0].isupper(), name
    finally:
        ws.close()


def test_a_second_run_keeps_the_demo_and_force_rebuilds_it(
    demo_home: tuple[Path, float, dict],
) -> None:
    home, _, _ = demo_home
    marker = (home / MARKER).read_text()
    kept = run_cli("demo", "--home", str(home))
    assert kept.exit_code == 0
    first = kept.stdout.splitlines()[0]  # it read "Kept (use --force to rebuild) the demo home"
    assert first == f"Opened the demo home: {home} (kept as it was; --force rebuilds it)"
    assert (home / MARKER).read_text() == marker
    assert f"LEVELSET_HOME={home} levelset serve" in kept.stdout


def test_a_folder_that_is_not_a_demo_is_never_overwritten(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    for extra in ((), ("--force",)):
        refused = run_cli("demo", "--home", str(mine), *extra)
        assert refused.exit_code == 4
        assert "not a levelset demo home" in refused.stderr
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_the_default_demo_home_sits_beside_the_users_home(levelset_home: Path) -> None:
    made = run_cli("demo", "--json")
    assert made.exit_code == 0, made.stderr
    assert made.json()["home"] == str(levelset_home.parent.resolve() / f"{levelset_home.name}-demo")
    assert not (levelset_home / "levelset.sqlite").exists()  # the user's own home is untouched


def test_the_demo_plan_names_the_materials_that_disagree(
    demo_home: tuple[Path, float, dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disagreement between stories.yaml and LinkedIn was titled "Make your resume and
    LinkedIn agree"; each item now names the files as the disagreement does."""
    home, _, _ = demo_home
    monkeypatch.setenv("LEVELSET_HOME", str(home))
    shown = run_cli("plan", "show", "--json")
    assert shown.exit_code == 0, shown.stderr
    items = [i["text"] for w in shown.json()["weeks"] for i in w["items"]]
    agree = [t for t in items if "agree:" in t]
    assert any("stories.yaml" in t for t in agree), agree
    for text in agree:
        said = text.split(":", 1)[0]
        assert said == "Make your materials agree", text
