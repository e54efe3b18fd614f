"""Every verdict in `proof report --json`, with the words that earned it; the issue's examples."""

from __future__ import annotations

from pathlib import Path

from levelset.proof.learned import read
from levelset.proof.signals import signals
from tests.cli.runner import run_cli

RESUME = """# Pat Doe
Staff Machine Learning Engineer

## Experience
### Staff ML Engineer, Acme (2019 - Present)
- Set the technical direction for model serving across the three ranking teams.
- Cut nightly batch runtime tenfold by replacing row-by-row inserts with COPY.
- Ran weekly 1:1s with four engineers on the team.
- Saved the finance team two days at every month-end close by automating the reconciliation.
"""


def test_each_bullet_carries_booleans_a_band_and_the_words_behind_them(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text(RESUME)
    assert run_cli("proof", "import", str(path)).exit_code == 0
    result = run_cli("proof", "report", "--json")
    assert result.exit_code == 0, result.stderr
    bullets = {b["text"]: b for b in result.json()["bullets"]}
    for bullet in bullets.values():
        for name in ("has_metric", "outcome", "leadership", "cross_team"):
            assert isinstance(bullet[name], bool)
            assert isinstance(bullet["words"][name], list)
        assert bullet["band"] in {"entry", "mid", "senior", "staff", "senior_staff", "principal"}
    tenfold = next(b for t, b in bullets.items() if "tenfold" in t)
    assert tenfold["has_metric"] and "tenfold" in tenfold["words"]["has_metric"]
    one_on_ones = next(b for t, b in bullets.items() if "1:1s" in t)
    assert not one_on_ones["has_metric"] and one_on_ones["leadership"]
    direction = next(b for t, b in bullets.items() if "direction" in t)
    assert direction["leadership"] and direction["words"]["leadership"]
    finance = next(b for t, b in bullets.items() if "finance" in t)
    assert finance["cross_team"] and finance["has_metric"]


def test_implicit_leadership_and_reach_are_read() -> None:
    for text in (
        "Took over the stalled search-indexing migration and finished it two months later.",
        "Coached two junior engineers through their first production launches.",
        "Drove adoption of the shared feature store by five product teams.",
    ):
        assert read(text)["leadership"].value, text
    assert read("Gave the finance team a daily cash forecast they use for treasury.")[
        "cross_team"
    ].value


def test_leading_written_without_a_leading_verb_is_a_signal_with_its_words() -> None:
    for text, words in (
        (
            "Set up a monthly design review with the platform engineers.",
            "Set up a monthly design review",
        ),
        ("Built consensus among four directors on one retention policy.", "Built consensus"),
        (
            "Wrote the evaluation guidelines the applied-science groups follow.",
            "Wrote the evaluation guidelines",
        ),
        (
            "Ran the cross-functional launch review for the pricing model.",
            "Ran the cross-functional launch review",
        ),
    ):
        assert signals(text)["rule:lead_practice"] == words, text
    assert "rule:lead_practice" not in signals("Attended the weekly design review.")
