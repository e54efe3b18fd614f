"""`levelset score` end to end: a file, standard input, JSON and the highlighted view."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import run_cli

EMAILS = Path(__file__).resolve().parents[2] / "examples" / "emails"


def test_the_strong_example_outscores_the_weak_one() -> None:
    weak = run_cli("score", str(EMAILS / "weak_counter.txt"), "--stage", "ask", "--json")
    strong = run_cli("score", str(EMAILS / "strong_counter.txt"), "--stage", "ask", "--json")
    assert weak.exit_code == 0 and strong.exit_code == 0
    assert strong.json()["score"] >= 85 > 40 >= weak.json()["score"]


def test_json_has_score_components_and_findings_with_spans() -> None:
    text = "Hi,\nSorry to ask, but could the base be $190,000? Thanks\n"
    result = run_cli("score", "-", "--json", stdin=text)
    data = result.json()
    assert {"score", "components", "findings"} <= set(data)
    sorry = [f for f in data["findings"] if f["span"]["text"] == "Sorry to ask"]
    assert sorry[0]["span"]["start"] == text.index("Sorry to ask")
    assert all({"span", "message", "fix"} <= set(f) for f in data["findings"])


def test_the_terminal_view_quotes_the_costly_phrase_and_its_fix() -> None:
    result = run_cli("score", str(EMAILS / "weak_counter.txt"))
    assert result.exit_code == 0
    assert "Narrative score" in result.stdout
    assert '"sorry to ask"' in result.stdout.lower() and "fix:" in result.stdout


def test_earlier_numbers_and_saving_feed_metrics(tmp_path: Path) -> None:
    draft = tmp_path / "hold.txt"
    draft.write_text("I'm excited to join. Could we settle at $185,000 base? Talk Friday.\n")
    held = run_cli(
        "score",
        str(draft),
        "--stage",
        "hold",
        "--prior",
        "$205k",
        "--save",
        "--company",
        "Northwind",
        "--json",
    )
    assert any(f["component"] == "consistent" for f in held.json()["findings"])
    narrative = run_cli("metrics", "--json").json()["narrative"]
    assert narrative[0]["company"] == "Northwind" and narrative[0]["label"] == "hold.txt"


def test_bad_input_is_reported() -> None:
    assert run_cli("score", "missing.txt").exit_code == 3
    bad_stage = run_cli("score", "-", "--stage", "closing", stdin="Hello")
    assert bad_stage.exit_code == 2 and "stage" in bad_stage.stderr


def test_an_empty_message_is_refused() -> None:
    for text in ("", "  \n\n"):
        result = run_cli("score", "-", "--json", stdin=text)
        assert result.exit_code == 2
        assert "empty" in result.stderr


def test_a_huge_message_is_refused_quickly() -> None:
    import time

    text = "Hi Dana, I am excited. Could you bring the base to $205k? " * 90_000  # 5 MB
    start = time.perf_counter()
    result = run_cli("score", "-", stdin=text)
    assert time.perf_counter() - start < 2
    assert result.exit_code == 2
    assert "characters" in result.stderr


def test_a_long_email_without_line_breaks_scores_in_linear_time() -> None:
    import time

    from levelset.narrative import score_message

    sentence = "Hi Dana, I am excited. Could you bring the base to $205k? "

    def cpu_seconds(copies: int) -> float:  # CPU time, the best of five: steady under load
        runs = []
        for _ in range(5):
            start = time.process_time()
            score_message(sentence * copies)
            runs.append(time.process_time() - start)
        return min(runs)

    score_message(sentence)  # patterns compiled
    short, long = cpu_seconds(70), cpu_seconds(280)  # 4,060 and 16,240 characters
    assert long < 0.5
    assert long / max(short, 1e-3) < 6  # four times the text: 4x when linear (it was 7.5x)


def test_the_view_warns_about_a_message_not_in_english(tmp_path: Path) -> None:
    from tests.narrative.test_scoring import FRENCH

    email = tmp_path / "fr.txt"
    email.write_text(FRENCH, encoding="utf-8")
    result = run_cli("score", str(email), "--stage", "ask")
    assert result.exit_code == 0
    assert "does not read as English" in " ".join(result.stdout.split())


def test_fixes_point_at_a_line_not_a_character_offset() -> None:
    import re

    result = run_cli("score", str(EMAILS / "weak_counter.txt"))
    assert re.search(r"\bline \d+: ", result.stdout)
    assert not re.search(r"\bat \d+: ", result.stdout)


def test_an_earlier_figure_that_is_not_a_figure_is_refused() -> None:
    result = run_cli("score", str(EMAILS / "strong_counter.txt"), "--prior", "abc")
    assert result.exit_code == 2 and "'abc'" in result.stderr
