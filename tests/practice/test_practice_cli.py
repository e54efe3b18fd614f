"""The practice commands through the real CLI, on a stored negotiation record."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).parents[2] / "examples" / "offers"
COMPANY = "Northwind Cloud"
HOLD = (
    "My number is $215,000 base, based on a competing offer. If base can't move, a $30,000 "
    "sign-on bonus closes the gap and I can sign by Friday."
)


def _record() -> None:
    started = run_cli("negotiate", "start", COMPANY, "--offer", str(EXAMPLES / "bigco-rsu.yaml"))
    assert started.exit_code == 0, started.stderr
    anchored = run_cli(
        "negotiate", "anchor", COMPANY, "--competing", str(EXAMPLES / "startup-options.yaml"),
        "--current-base", "180000", "--no-market",
    )  # fmt: skip
    assert anchored.exit_code == 0, anchored.stderr


def _answers(tmp_path: Path, *lines: str) -> str:
    path = tmp_path / "answers.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_negotiation_json_has_moves_with_line_answer_and_score(tmp_path: Path) -> None:
    _record()
    result = run_cli("practice", "negotiation", COMPANY, "--answers",
                     _answers(tmp_path, *[HOLD] * 8), "--seed", "3", "--json")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert isinstance(data["score"], int) and data["moves"]
    for move in data["moves"]:
        assert {"recruiter", "answer", "score"} <= set(move) and isinstance(move["score"], int)
    assert data["case"]["anchor"] == 215000 and data["kept"]["company"] == COMPANY
    assert data["fix_next"]


def test_a_conceding_script_scores_lower_through_the_cli(tmp_path: Path) -> None:
    _record()
    hold = run_cli("practice", "negotiation", COMPANY, "--answers",
                   _answers(tmp_path, *[HOLD] * 8), "--json").json()  # fmt: skip
    conceding = _answers(tmp_path, "Ok, that's fine.", *[HOLD] * 8)
    give = run_cli("practice", "negotiation", COMPANY, "--answers", conceding, "--json").json()
    assert give["score"] < hold["score"]
    assert give["transcript"] != hold["transcript"]


def test_practice_without_a_record_is_not_found(tmp_path: Path) -> None:
    result = run_cli("practice", "negotiation", "Nobody Inc", "--answers",
                     _answers(tmp_path, HOLD))  # fmt: skip
    assert result.exit_code != 0 and "Traceback" not in result.stderr


def test_story_drill_scores_parts_and_times_by_words(tmp_path: Path) -> None:
    story = (
        "When our recommendation service was failing its latency target for 3 million users, "
        "I decided to replace the feature joins with a precomputed store. As a result p99 "
        "latency dropped 45% and we shipped two weeks early. " * 4
    )
    result = run_cli("practice", "stories", "--target", "staff", "--answers",
                     _answers(tmp_path, story, "I did some stuff."), "--json")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    data = result.json()
    first, second = data["stories"]
    assert all(first["parts"].values()) and first["score"] == 100
    assert second["score"] < 50 and second["words"] == 4 and "say more" in second["advice"]


def test_peer_sheet_is_written_and_answers_recorded(tmp_path: Path) -> None:
    _record()
    out = tmp_path / "sheet.pdf"
    result = run_cli("practice", "peer", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    md = tmp_path / "sheet.md"
    assert md.is_file() and out.read_bytes().startswith(b"%PDF")
    text = md.read_text(encoding="utf-8")
    assert "What number do you remember" in text and "$215,000" in text
    kept = run_cli("practice", "peer", "record", "--heard", "ML infra lead", "--number",
                   "215k", "--pushback", "the level", "--json").json()  # fmt: skip
    assert kept["number_landed"] is True


def test_a_kept_rehearsal_ticks_the_plans_mock_call_and_shows_in_history(tmp_path: Path) -> None:
    _record()
    result = run_cli("practice", "negotiation", COMPANY, "--answers", _answers(tmp_path, HOLD))
    assert result.exit_code == 0, result.stderr
    plan = run_cli("plan", "--start", "2026-11-02", "--json")
    assert plan.exit_code == 0, plan.stderr
    items = [i for w in plan.json()["weeks"] for i in w["items"] if "mock negotiation" in i["text"]]
    assert items and items[0]["done"] and "rehearsed 1 time" in items[0]["text"]
    assert items[0]["command"] == f'levelset practice negotiation "{COMPANY}"'
    history = run_cli("practice", "history", "--json").json()
    assert [h["kind"] for h in history] == ["negotiation"]


def test_deleting_a_practised_record_keeps_the_rehearsals(tmp_path: Path) -> None:
    _record()
    kept = run_cli("practice", "negotiation", COMPANY, "--answers", _answers(tmp_path, HOLD))
    assert kept.exit_code == 0, kept.stderr
    deleted = run_cli("negotiate", "delete", COMPANY)
    assert deleted.exit_code == 0, deleted.stderr
    assert [h["company"] for h in run_cli("practice", "history", "--json").json()] == [COMPANY]


def test_metrics_report_practice_sessions_and_scores_by_dimension(tmp_path: Path) -> None:
    _record()
    hold = run_cli("practice", "negotiation", COMPANY, "--answers",
                   _answers(tmp_path, *[HOLD] * 8), "--json").json()  # fmt: skip
    conceding = _answers(tmp_path, "Ok, that's fine.", *[HOLD] * 8)
    give = run_cli("practice", "negotiation", COMPANY, "--answers", conceding, "--json").json()
    found = run_cli("metrics", "--json")
    assert found.exit_code == 0, found.stderr
    practice = found.json()["practice"]
    assert practice["sessions"] == 2 and practice["by_kind"][0]["n"] == 2
    overall = next(d for d in practice["dimensions"] if d["dimension"] == "negotiation")
    assert overall["n"] == 2 and overall["latest"]["score"] == give["score"]
    assert overall["best"]["score"] == hold["score"] > give["score"]
    assert overall["trend"]["change"] == give["score"] - hold["score"]
    assert overall["trend"]["direction"] == "down" and overall["trend"]["n"] == 2
    first_kind = f"negotiation: {give['moves'][0]['kind']}"
    opening = next(d for d in practice["dimensions"] if d["dimension"] == first_kind)
    assert opening["latest"]["score"] == give["moves"][0]["score"]
    text = run_cli("metrics")
    assert (
        "Practice: 2 sessions kept" in text.stdout and "Practice scores by dimension" in text.stdout
    )


def test_the_same_call_kept_twice_is_stored_once(tmp_path: Path) -> None:
    _record()
    script = _answers(tmp_path, *[HOLD] * 8)
    first = run_cli("practice", "negotiation", COMPANY, "--answers", script, "--json")
    again = run_cli("practice", "negotiation", COMPANY, "--answers", script)
    assert first.exit_code == 0 and again.exit_code == 0, again.stderr
    assert first.json()["kept"]["already_kept"] is False
    assert f"Already kept as session #{first.json()['kept']['id']}" in again.stdout
    other = run_cli("practice", "negotiation", COMPANY, "--answers", script, "--seed", "2")
    assert other.exit_code == 0, other.stderr  # another seed is another call: kept too
    history = run_cli("practice", "history", "--json").json()
    assert len(history) == 2 and len({h["session_id"] for h in history}) == 2


def test_a_live_call_kept_again_says_so_and_stores_once() -> None:
    _record()
    first = run_cli("practice", "negotiation", COMPANY, "--seed", "9", stdin=HOLD + "\n")
    again = run_cli("practice", "negotiation", COMPANY, "--seed", "9", stdin=HOLD + "\n")
    assert first.exit_code == 0 and again.exit_code == 0, again.stderr
    assert "Already kept" not in first.stdout and "Already kept" in again.stdout
    assert len(run_cli("practice", "history", "--json").json()) == 1


def test_a_practice_session_is_deleted_and_restored_from_the_printed_file(
    tmp_path: Path,
) -> None:
    _record()
    kept = run_cli("practice", "negotiation", COMPANY, "--answers", _answers(tmp_path, HOLD),
                   "--json").json()  # fmt: skip
    (session,) = run_cli("practice", "history", "--json").json()
    listed = run_cli("practice", "history")
    assert f"#{session['id']}" in listed.stdout  # the number delete takes
    gone = run_cli("practice", "delete", str(session["id"]), "--json")
    assert gone.exit_code == 0, gone.stderr
    deleted = gone.json()
    assert deleted["deleted"].startswith(f"practice session #{session['id']} (negotiation")
    assert deleted["undo"] == f"levelset practice restore {deleted['undo_file']}"
    assert Path(deleted["undo_file"]).is_file()
    assert run_cli("practice", "history", "--json").json() == []
    back = run_cli("practice", "restore", deleted["undo_file"])
    assert back.exit_code == 0, back.stderr
    assert back.stdout.startswith("Restored practice session #")
    (again,) = run_cli("practice", "history", "--json").json()
    same = ("kind", "company", "score", "on", "session_id")
    assert {k: again[k] for k in same} == {k: session[k] for k in same}
    assert again["score"] == kept["score"]
    twice = run_cli("practice", "restore", deleted["undo_file"])
    assert twice.exit_code == 3 and "nothing to undo" in twice.stderr  # undone once


def test_deleting_or_restoring_what_is_not_there_says_so(tmp_path: Path) -> None:
    missing = run_cli("practice", "delete", "99")
    assert missing.exit_code == 3 and "no practice session #99" in missing.stderr
    offer_file = tmp_path / "deleted-offer-1-20261201T101010.yaml"
    offer_file.write_text("offers: []\n", encoding="utf-8")
    other = run_cli("practice", "restore", str(offer_file))
    assert other.exit_code == 2 and "not a deleted practice session's file" in other.stderr
    odd = run_cli("practice", "restore", str(tmp_path / "notes.txt"), "--json")
    assert odd.exit_code == 3 and "Traceback" not in odd.stderr
    text = run_cli("practice", "delete", "99", "--json")
    assert text.exit_code == 3 and text.json()["error"] == "not_found"
