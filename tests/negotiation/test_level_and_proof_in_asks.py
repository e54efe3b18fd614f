"""Asks and drafts read the user's other records: company ladders and imported proof."""

from pathlib import Path

from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).parents[2] / "examples"
BIGCO = str(EXAMPLES / "offers" / "bigco-rsu.yaml")  # Northwind Cloud, level L5


def _json(*args: str) -> dict:
    result = run_cli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()


def _level_ask(target: str) -> str:
    run_cli("profile", "set", "--title", "ML Engineer", "--level", target)
    run_cli("negotiate", "start", "Northwind Cloud", "--offer", BIGCO)
    asks = _json("negotiate", "anchor", "Northwind Cloud", "--no-market")["asks"]
    return next(a["ask"] for a in asks if a["lever"] == "title_level")


def test_an_offered_l5_already_meets_a_senior_target() -> None:
    assert _level_ask("senior") == "the L5 level confirmed in writing"


def test_an_offered_l5_is_below_a_staff_target() -> None:
    assert _level_ask("staff") == "the staff level instead of L5"


def test_the_counter_cites_the_strongest_imported_outcomes_once_each() -> None:
    resume, linkedin = EXAMPLES / "resume" / "resume.md", EXAMPLES / "resume" / "linkedin"
    assert run_cli("proof", "import", str(resume), str(linkedin)).exit_code == 0
    bullets = _json("proof", "report")["bullets"]
    best = max((b for b in bullets if b["has_metric"]), key=lambda b: b["score"])
    run_cli("negotiate", "start", "Northwind Cloud", "--offer", BIGCO)
    _json("negotiate", "anchor", "Northwind Cloud", "--no-market")
    counter = _json("negotiate", "draft", "Northwind Cloud", "counter")
    body = counter["draft"]["body"] if "draft" in counter else counter["body"]
    assert best["text"] in body
    assert "[YOUR TOP OUTCOME WITH A METRIC]" not in body
    cited = [line for line in body.splitlines() if line.startswith("- ")]
    assert len(cited) == 2
    assert "p99 latency" not in cited[1]  # the LinkedIn copy of the first claim is not cited again
