"""The whole path a user walks, through the real CLI: the issue's "Done when"."""

from pathlib import Path

import pytest
import yaml

from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).parents[2] / "examples" / "offers"
BIGCO = str(EXAMPLES / "bigco-rsu.yaml")
STARTUP = str(EXAMPLES / "startup-options.yaml")


def _revised(tmp_path: Path) -> str:
    data = yaml.safe_load(Path(BIGCO).read_text(encoding="utf-8"))
    data["base"] = 210000
    data["sign_on"] = [80000, 40000]
    path = tmp_path / "revised.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return str(path)


def _ok(*args: str) -> dict:
    result = run_cli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()


def test_from_first_offer_to_signature(tmp_path: Path) -> None:
    company = "Northwind Cloud"
    started = _ok("negotiate", "start", company, "--offer", BIGCO, "--date", "2026-01-05")
    assert started["step"] == "prepare"
    anchor = _ok(
        "negotiate", "anchor", company, "--competing", STARTUP, "--current-base", "180000",
        "--no-market", "--date", "2026-01-06",
    )  # fmt: skip
    assert anchor["anchor"]["amount"] == 215000  # the competing base beats 10% over current pay
    assert "Lumen Labs" in anchor["anchor"]["source"]
    assert {a["lever"] for a in anchor["asks"]} >= {"base", "sign_on", "equity", "scope"}
    counter = _ok("negotiate", "draft", company, "counter")
    assert "$215,000" in counter["body"] and counter["version"] == 1
    assert "[YOUR TOP OUTCOME WITH A METRIC]" in counter["placeholders"]
    _ok("negotiate", "log", company, "counter_sent", "--date", "2026-01-07")
    _ok("negotiate", "log", company, "revised_offer", "--offer", _revised(tmp_path),
        "--date", "2026-01-12")  # fmt: skip
    status = _ok("negotiate", "step", company, "confirm")
    assert status["step"] == "confirm"
    confirm = _ok("negotiate", "draft", company, "confirm")
    assert "$210,000" in confirm["body"]
    _ok("negotiate", "log", company, "signed", "--date", "2026-01-16")
    outcome = _ok("negotiate", "outcome", company)
    assert outcome["delta"]["base"] == {
        "initial": 192000, "final": 210000, "absolute": 18000, "percent": 9.4,
    }  # fmt: skip
    assert (
        outcome["delta"]["year1_total"]["absolute"] == 18000 + 2700 + 20000
    )  # base, bonus, sign-on
    assert outcome["levers_improved"] == ["base", "sign_on"]
    assert outcome["days_to_signature"] == 11
    table = run_cli("negotiate", "outcome", company)
    assert "levers improved: 2" in table.stdout and "11" in table.stdout
    metrics = " ".join(run_cli("metrics").stdout.replace("│", " ").split())
    assert "sign-on" in metrics and "sign_on" not in metrics  # named as the outcome names it


def test_bad_input_exits_2_and_leaves_the_record_as_it_was(tmp_path: Path) -> None:
    assert run_cli("offer", "add", BIGCO).exit_code == 0
    started = _ok("negotiate", "start", "Acme", "--offer", "1", "--date", "2026-01-05")
    assert started["events"][0]["offer"]["company"] == "Northwind Cloud"  # stored offer #1
    bad = tmp_path / "bad.yaml"
    bad.write_text("company: Acme\ncurrency: USD\nbase: -1\n", encoding="utf-8")
    before = _ok("negotiate", "status", "Acme")["events"]
    result = run_cli("negotiate", "log", "Acme", "revised_offer", "--offer", str(bad))
    assert result.exit_code == 2 and "base" in result.stderr and str(bad) in result.stderr
    assert run_cli("negotiate", "log", "Acme", "signed", "--date", "2025-12-01").exit_code == 2
    assert run_cli("negotiate", "step", "Acme", "wizard").exit_code == 2
    assert run_cli("negotiate", "status", "Nobody").exit_code == 3
    assert run_cli("negotiate", "start", "acme", "--offer", BIGCO).exit_code == 4
    assert _ok("negotiate", "status", "Acme")["events"] == before


def test_edited_drafts_are_new_versions_and_export_holds_everything(tmp_path: Path) -> None:
    _ok("negotiate", "start", "Acme", "--offer", BIGCO, "--date", "2026-01-05")
    _ok("negotiate", "draft", "Acme", "counter")
    mine = tmp_path / "mine.txt"
    mine.write_text("Subject: My counter\nHi Sam,\nI am asking for $230,000.\n", encoding="utf-8")
    edited = _ok("negotiate", "draft", "Acme", "counter", "--edit-from", str(mine))
    assert edited["version"] == 2 and edited["subject"] == "My counter"
    assert edited["origin"] == "edited"
    exported = run_cli("negotiate", "export", "--format", "json")
    data = __import__("json").loads(exported.stdout)["negotiations"][0]
    assert [d["version"] for d in data["drafts"]] == [1, 2]
    assert data["events"][0]["offer"]["base"] == 192000
    csv_text = run_cli("negotiate", "export", "--format", "csv").stdout
    assert csv_text.splitlines()[1].startswith("Acme,1,initial_offer,2026-01-05")


def test_records_move_to_another_home_through_export_and_import(
    tmp_path: Path, monkeypatch
) -> None:
    _ok("negotiate", "start", "Acme", "--offer", BIGCO, "--date", "2026-01-05")
    _ok("negotiate", "log", "Acme", "revised_offer", "--offer", _revised(tmp_path),
        "--date", "2026-01-09", "--verbal")  # fmt: skip
    _ok("negotiate", "log", "Acme", "in_writing", "--date", "2026-01-10")
    _ok("negotiate", "log", "Acme", "signed", "--date", "2026-01-12")
    _ok("negotiate", "log", "Acme", "correction", "--corrects", "4", "--new-date", "2026-01-11")
    _ok("negotiate", "draft", "Acme", "confirm")
    before = _ok("negotiate", "status", "Acme")
    for fmt in ("json", "yaml"):
        out = tmp_path / f"records.{fmt}"
        assert run_cli("negotiate", "export", "--format", fmt, "--output", str(out)).exit_code == 0
    monkeypatch.setenv("LEVELSET_HOME", str(tmp_path / "elsewhere"))
    imported = _ok("negotiate", "import", str(tmp_path / "records.yaml"))
    after = _ok("negotiate", "status", "Acme")
    assert after["events"] == before["events"] and after["outcome"] == before["outcome"]
    assert after["outcome"]["days_to_signature"] == 6
    assert imported["negotiations"][0]["step"] == "signed"
    assert run_cli("negotiate", "import", str(tmp_path / "records.json")).exit_code == 4
    tampered = (tmp_path / "records.json").read_text(encoding="utf-8")
    tampered = tampered.replace('"Acme"', '"Other"').replace("2026-01-12", "2025-01-12")
    bad = tmp_path / "bad.json"
    bad.write_text(tampered, encoding="utf-8")
    refused = run_cli("negotiate", "import", str(bad))
    assert refused.exit_code == 2 and "before the first offer" in refused.stderr
    assert [r["company"] for r in _ok("negotiate", "status")["negotiations"]] == ["Acme"]


def test_every_next_command_is_written_whole(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    company = "Northwind Cloud"
    assert run_cli("negotiate", "start", company, "--offer", BIGCO).exit_code == 0
    logged = run_cli("negotiate", "log", company, "revised_offer", "--offer", _revised(tmp_path))
    hint = next(line for line in logged.stdout.splitlines() if line.startswith("next:"))
    assert hint.startswith("next: levelset negotiate draft 'Northwind Cloud' no")
    assert "or levelset negotiate step 'Northwind Cloud' confirm" in hint


def test_an_anchor_computed_again_without_the_competing_offer_says_it_leaves_it_out() -> None:
    """Anchored at a competing base, then asked again (the CLI without --competing, the
    assistant's preview): the anchor fell to the market's 75th percentile without a word."""
    company = "Northwind Cloud"
    _ok("negotiate", "start", company, "--offer", BIGCO, "--date", "2026-01-05")
    _ok("negotiate", "anchor", company, "--competing", STARTUP, "--current-base", "180000",
        "--no-market", "--date", "2026-01-06")  # fmt: skip
    again = _ok("negotiate", "anchor", company, "--no-market", "--preview")
    assert "Lumen Labs" not in again["anchor"]["source"]
    (note,) = [n for n in again["notes"] if "leaves it out" in n]
    assert "Lumen Labs" in note and "--competing" in note
    kept = _ok("negotiate", "anchor", company, "--competing", STARTUP, "--no-market", "--preview")
    assert not [n for n in kept["notes"] if "leaves it out" in n]


def test_a_misspelt_event_is_offered_the_event_meant() -> None:
    _ok("negotiate", "start", "Northwind Cloud", "--offer", BIGCO, "--date", "2026-01-05")
    result = run_cli("negotiate", "log", "Northwind Cloud", "sgined")
    assert result.exit_code == 2
    assert "closest matches: signed" in result.stderr  # was all eleven events, signed ninth


def test_the_same_anchor_asked_twice_is_logged_once() -> None:
    """`negotiate anchor` run twice (once more with --json to read it) logged two identical
    'anchor set' events in the timeline."""
    company = "Northwind Cloud"
    _ok("negotiate", "start", company, "--offer", BIGCO, "--date", "2026-01-05")
    for _ in range(2):
        _ok("negotiate", "anchor", company, "--competing", STARTUP, "--no-market")
    kinds = [e["kind"] for e in _ok("negotiate", "status", company)["events"]]
    assert kinds.count("anchor_set") == 1
    _ok("negotiate", "anchor", company, "--no-market", "--percentile", "60")  # a new anchor
    kinds = [e["kind"] for e in _ok("negotiate", "status", company)["events"]]
    assert kinds.count("anchor_set") == 2


def test_the_events_table_names_each_event_in_words() -> None:
    """`negotiate start` printed `initial_offer`, the command's id, in its table."""
    shown = run_cli("negotiate", "start", "Northwind Cloud", "--offer", BIGCO)
    assert shown.exit_code == 0
    assert "initial offer" in shown.stdout and "initial_offer" not in shown.stdout
