"""Regression tests for the defects of issue 14 that are about one input (2, 3, 5, 8)."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from levelset.paths import Paths
from tests.cli.runner import run_cli

OFFER = """company: Acme
currency: USD
base: {base}
title: ML Engineer
"""
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)


def _file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# Defect 2: a 412-byte YAML file expanded to gigabytes.


@pytest.mark.parametrize(
    "command", [("offer", "add"), ("offer", "import"), ("negotiate", "import")]
)
def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path: Path, command: tuple[str, str]) -> None:
    bomb = _file(tmp_path, "bomb.yaml", OFFER.format(base="185000") + BOMB)
    assert len(bomb.read_bytes()) < 600
    started = time.process_time()  # CPU time: an expanding bomb burns it, a loaded machine does not
    result = run_cli(*command, str(bomb))
    assert time.process_time() - started < 5  # the first command also creates the store
    assert result.exit_code == 2
    assert "aliases" in result.stderr and "bomb.yaml" in result.stderr


# Defect 3: an absurd amount was stored, then broke every listing; nothing removed it.


def test_an_absurd_amount_is_refused_naming_the_field(tmp_path: Path) -> None:
    absurd = _file(tmp_path, "absurd.yaml", OFFER.format(base="1e30"))
    result = run_cli("offer", "add", str(absurd))
    assert result.exit_code == 2
    assert "base" in result.stderr and "too large" in result.stderr
    assert run_cli("offer", "list", "--json").json()["offers"] == []


def test_an_absurd_offer_stored_by_an_older_version_can_be_deleted_and_undone(
    tmp_path: Path, paths: Paths
) -> None:
    good = _file(tmp_path, "good.yaml", OFFER.format(base="185000"))
    assert run_cli("offer", "add", str(good)).exit_code == 0
    with sqlite3.connect(paths.records_db) as raw:  # what the old version let through
        (document,) = raw.execute("SELECT document FROM offers WHERE id = 1").fetchone()
        data = json.loads(document) | {"base": "1E+30"}
        raw.execute("UPDATE offers SET document = ?, base = '1E+30'", (json.dumps(data),))
    listed = run_cli("offer", "list")
    assert listed.exit_code == 5 and "offer delete 1" in listed.stderr
    assert "Traceback" not in listed.stderr
    deleted = run_cli("offer", "delete", "1", "--json").json()
    assert run_cli("offer", "list", "--json").json()["offers"] == []
    undo = Path(deleted["undo_file"])
    assert undo.stat().st_mode & 0o777 == 0o600
    assert run_cli("offer", "delete", "1").exit_code == 3


def test_a_deleted_offer_comes_back_with_the_undo_command(tmp_path: Path) -> None:
    good = _file(tmp_path, "good.yaml", OFFER.format(base="185000"))
    run_cli("offer", "add", str(good))
    deleted = run_cli("offer", "delete", "1", "--json").json()
    assert deleted["undo"].startswith("levelset offer import ")
    assert run_cli("offer", "import", deleted["undo_file"]).exit_code == 0
    (back,) = run_cli("offer", "list", "--json").json()["offers"]
    assert back["offer"]["company"] == "Acme" and str(back["offer"]["base"]) == "185000"


# Defect 5 (input half): undecodable bytes far into a file, unbounded input, deep nesting.


def test_bad_bytes_past_4kb_are_named_with_their_offset(tmp_path: Path) -> None:
    text = OFFER.format(base="185000") + "# " + "x" * 5000 + "\n"
    path = tmp_path / "late.yaml"
    path.write_bytes(text.encode() + b"note: \xff\n")
    result = run_cli("offer", "add", str(path))
    assert result.exit_code == 2
    assert "not a UTF-8 text file" in result.stderr and "offset 5," in result.stderr


def test_unbounded_input_is_refused_not_read_forever() -> None:
    started = time.process_time()  # CPU time: reading forever burns it, a loaded machine does not
    result = run_cli("offer", "add", "/dev/zero")
    assert result.exit_code == 2 and "larger than" in result.stderr
    assert time.process_time() - started < 5


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_deep_nesting_and_huge_integers_are_input_errors(tmp_path: Path, suffix: str) -> None:
    deep = _file(tmp_path, f"deep{suffix}", "[" * 50_000 + "]" * 50_000)
    huge = _file(tmp_path, f"huge{suffix}", '{"company": "Acme", "base": ' + "9" * 4300 + "}")
    for path in (deep, huge):
        result = run_cli("offer", "add", str(path))
        assert result.exit_code == 2, result.stderr
        assert "Traceback" not in result.stderr and "unexpected" not in result.stderr


def test_a_story_with_a_4300_digit_number_is_reported_in_bounded_time(tmp_path: Path) -> None:
    # found by the fuzz soak: the proof report took 10 s of CPU on this story (a number pattern
    # backtracked over every digit from every digit); the import itself was quick
    stories = Path(__file__).resolve().parents[2] / "examples" / "resume" / "stories.yaml"
    text = stories.read_text(encoding="utf-8").replace("fell by 38%", "fell by " + "9" * 4300 + "%")
    imported = run_cli("proof", "import", str(_file(tmp_path, "stories.yaml", text)))
    assert imported.exit_code == 0, imported.stderr
    started = time.process_time()
    report = run_cli("proof", "report", "--json")
    assert report.exit_code == 0, report.stderr
    assert time.process_time() - started < 3


# Defect 8: names without a length limit, look-alikes and bidi overrides.


def test_a_million_character_company_name_is_refused(tmp_path: Path) -> None:
    offer = _file(tmp_path, "long.yaml", OFFER.format(base="185000").replace("Acme", "x" * 10**6))
    result = run_cli("offer", "add", str(offer))
    assert result.exit_code == 2 and "1,000,000 characters" in result.stderr
    tracked = run_cli("track", "add", "application", "--company", "y" * 10**6)
    assert tracked.exit_code == 2 and "company" in tracked.stderr


def test_look_alike_and_reversed_names_are_one_company(tmp_path: Path) -> None:
    for name in ("Ａｃｍｅ", "\u202eAcme\u202c", "Ac\u200bme"):
        offer = _file(tmp_path, "o.yaml", OFFER.format(base="185000").replace("Acme", name))
        assert run_cli("offer", "add", str(offer)).exit_code == 0
    companies = {o["offer"]["company"] for o in run_cli("offer", "list", "--json").json()["offers"]}
    assert companies == {"Acme"}
    first = run_cli("track", "add", "application", "--company", "Acme", "--date", "2026-10-01")
    again = run_cli(
        "track", "add", "application", "--company", "Ａｃ\u200bｍｅ", "--date", "2026-10-01"
    )
    assert first.exit_code == 0 and again.exit_code == 4


# Delete with an undo, for every kind of stored record (issue 14, "what to build").


def test_a_tracked_application_is_deleted_with_its_follow_ups_and_comes_back() -> None:
    run_cli("track", "add", "application", "--company", "Acme", "--date", "2026-10-01")
    run_cli(
        "track",
        "add",
        "response",
        "--company",
        "Acme",
        "--date",
        "2026-10-05",
        "--outcome",
        "positive",
    )
    run_cli("track", "add", "application", "--company", "Other", "--date", "2026-10-02")
    deleted = run_cli("track", "delete", "1", "--json")
    assert deleted.exit_code == 0, deleted.stderr
    assert "1 event(s) that followed it" in deleted.json()["deleted"]
    left = run_cli("track", "list", "--json").json()
    assert [e["company"] for e in left["events"]] == ["Other"]
    assert run_cli("track", "import", deleted.json()["undo_file"]).exit_code == 0
    back = run_cli("track", "list", "--json").json()["events"]
    assert sorted((e["application"], e["kind"]) for e in back) == [
        ("Acme / 2026-10-01", "application"),
        ("Acme / 2026-10-01", "response"),
        ("Other / 2026-10-02", "application"),
    ]
    assert run_cli("track", "delete", "99").exit_code == 3


def test_a_negotiation_is_deleted_and_comes_back(levelset_home: Path) -> None:
    offer = Path(__file__).resolve().parents[2] / "examples" / "offers" / "bigco-rsu.yaml"
    company = "Northwind Cloud"
    run_cli("negotiate", "start", company, "--offer", str(offer), "--date", "2026-11-02")
    run_cli("negotiate", "log", company, "counter_sent", "--date", "2026-11-04")
    deleted = run_cli("negotiate", "delete", company, "--json")
    assert deleted.exit_code == 0, deleted.stderr
    assert run_cli("negotiate", "status", company).exit_code == 3
    undo = Path(deleted.json()["undo_file"])
    assert undo.stat().st_mode & 0o777 == 0o600
    assert run_cli("negotiate", "import", str(undo)).exit_code == 0
    status = run_cli("negotiate", "status", company, "--json").json()
    assert [e["kind"] for e in status["events"]] == ["initial_offer", "counter_sent"]
