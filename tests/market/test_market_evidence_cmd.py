"""`levelset market posting|comp` and the user's evidence beside `levelset range`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.market.market_home import market_paths

POSTING = """Senior Machine Learning Engineer
Company: Acme Robotics
Location: San Francisco, CA

The base salary range for this role is $180,000 - $240,000 per year, plus equity.
"""


@pytest.fixture(autouse=True)
def built_market(levelset_home: Path) -> None:
    market_paths(levelset_home)


def _range() -> dict:
    result = run_cli("range", "ML Engineer", "-l", "senior", "-p", "San Francisco", "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()


def test_a_posting_is_read_shown_and_stored_only_when_asked(tmp_path: Path) -> None:
    file = tmp_path / "posting.txt"
    file.write_text(POSTING)
    shown = run_cli("market", "posting", "add", str(file), "--json")
    assert shown.json()["stored"] is False
    for key in ("company", "title", "location", "min", "max", "currency", "period"):
        assert key in shown.json()
    stored = run_cli("market", "posting", "add", "-", "--yes", "--json", stdin=POSTING)
    assert stored.exit_code == 0, stored.stderr
    assert stored.json()["stored"] is True and stored.json()["max"] == 240000
    listed = run_cli("market", "posting", "list", "--json").json()["postings"]
    assert [p["title"] for p in listed] == ["Senior Machine Learning Engineer"]


def test_removing_a_posting_leaves_a_file_that_adds_it_back() -> None:
    run_cli("market", "posting", "add", "-", "--yes", stdin=POSTING)
    gone = run_cli("market", "posting", "remove", "1", "--json").json()
    assert run_cli("market", "posting", "list", "--json").json()["postings"] == []
    again = run_cli("market", "posting", "add", gone["undo_file"], "--yes", "--json").json()
    assert (again["min"], again["max"], again["title"]) == (
        180000, 240000, "Senior Machine Learning Engineer")  # fmt: skip
    assert run_cli("market", "posting", "remove", "9").exit_code != 0


def test_a_posting_without_pay_is_not_kept() -> None:
    result = run_cli("market", "posting", "add", "-", "--yes", stdin="ML Engineer\nGreat pay!")
    assert result.exit_code != 0
    assert "no pay range" in result.stderr


def test_without_total_pay_evidence_the_headline_asks_for_comps() -> None:
    data = _range()
    assert data["headline"]["measures"] == "base pay"
    assert "market comp add" in data["headline"]["leaves_out"]
    assert data["your_evidence"] is None


def test_postings_and_comps_join_the_range_under_their_own_labels() -> None:
    run_cli("market", "posting", "add", "-", "--yes", stdin=POSTING)
    for base, equity in ((190, 100), (200, 120), (210, 90), (220, 150), (230, 160)):
        result = run_cli("market", "comp", "add", "Senior ML Engineer", "--base", f"{base}k",
                         "--bonus", "20k", "--equity", f"{equity}k", "--location", "SF",
                         "--source", "friend's offer", "--date", "2026-10-01")  # fmt: skip
        assert result.exit_code == 0, result.stderr
    run_cli("market", "comp", "add", "Data Analyst", "--base", "90k", "--source", "recruiter")
    data = _range()
    own = data["your_evidence"]
    postings, comps = own["base"]
    assert (postings["label"], postings["n"], postings["p50"]) == ("your postings", 1, None)
    assert "hidden" in postings["hidden"]
    assert (comps["label"], comps["measures"], comps["n"], comps["p50"]) == (
        "your comps", "base pay", 5, 210000)  # fmt: skip
    total = own["total"]
    assert total["measures"].startswith("total pay") and total["n"] == 5
    assert total["p50"] == 340000  # totals 310k, 320k, 340k, 390k, 410k
    assert total["first_date"] == "2026-10-01"
    assert "market comp add" not in data["headline"]["leaves_out"]
    assert all(r["source"] != "your comps" for r in data["ranges"])  # never blended
    text = run_cli("range", "ML Engineer", "-l", "senior", "-p", "San Francisco").stdout
    assert "Your own evidence" in text and "total pay" in text


def test_a_comp_is_removed_with_the_command_that_brings_it_back() -> None:
    run_cli("market", "comp", "add", "ML Engineer", "--base", "150k", "--source", "recruiter band")
    gone = run_cli("market", "comp", "remove", "1", "--json").json()
    assert gone["undo"].startswith("levelset market comp add")
    assert run_cli("market", "comp", "list", "--json").json()["comps"] == []
    assert run_cli("market", "comp", "add", "ML", "--base", "-5", "--source", "x").exit_code != 0
    odd = run_cli(
        "market", "comp", "add", "ML", "--base", "5k", "--currency", "XYZ", "--source", "x"
    )
    assert odd.exit_code != 0 and "unknown currency" in odd.stderr


def test_figures_in_another_currency_are_converted_before_they_are_summed() -> None:
    for base in (150, 160, 170, 180, 190):
        run_cli("market", "comp", "add", "Senior ML Engineer", "--base", f"{base}k",
                "--currency", "EUR", "--location", "SF", "--source", "a friend")  # fmt: skip
    comps = _range()["your_evidence"]["base"][0]
    assert comps["currency"] == "USD" and comps["p50"] != 170000


def test_a_pdf_posting_is_read_from_its_text(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in POSTING.splitlines():
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    file = tmp_path / "posting.pdf"
    pdf.output(str(file))
    data = run_cli("market", "posting", "add", str(file), "--json").json()
    assert (data["format"], data["min"], data["max"], data["location"]) == (
        "pdf", 180000, 240000, "San Francisco, CA")  # fmt: skip


def test_the_anchor_sizes_the_equity_ask_from_total_pay_evidence() -> None:
    from decimal import Decimal

    bigco = str(Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml")
    assert run_cli("negotiate", "start", "Northwind Cloud", "--offer", bigco).exit_code == 0
    before = run_cli("negotiate", "anchor", "Northwind Cloud", "--preview", "--json").json()
    assert not any(b["figure"] == "equity" for b in before["basis"])
    for day in ("2026-09-01", "2026-10-15", "2026-11-20"):
        run_cli("market", "comp", "add", "Senior ML Engineer", "--base", "200k", "--bonus", "30k",
                "--equity", "250k", "--level", "senior", "--location", "Seattle",
                "--source", "friend's offer", "--date", day)  # fmt: skip
    elsewhere = ("--location", "Boise", "--source", "elsewhere")  # another place: not counted
    run_cli(
        "market",
        "comp",
        "add",
        "Senior ML Engineer",
        "--base",
        "900k",
        "--equity",
        "1m",
        *elsewhere,
    )
    data = run_cli("negotiate", "anchor", "Northwind Cloud", "--preview", "--json").json()
    equity = next(a for a in data["asks"] if a["lever"] == "equity")
    assert equity["source"].startswith("your total pay evidence (n=3: your comps 3")
    target = Decimal(str(data["target"]["amount"]))
    at_target = target * Decimal("1.15") + 100000  # bonus 15%, a $400k grant over 4 years
    assert Decimal(str(equity["amount"])) == ((480000 - at_target) * 4).quantize(Decimal(1))
    basis = next(b for b in data["basis"] if b["figure"] == "equity")
    assert (basis["area"], basis["n"], basis["date"]) == (
        "Seattle-Tacoma-Bellevue, WA", 3, "2026-09-01 to 2026-11-20")  # fmt: skip


def test_several_places_each_show_the_evidence_that_matches_them() -> None:
    for base in (190, 200, 210, 220, 230):
        result = run_cli("market", "comp", "add", "Senior ML Engineer", "--base", f"{base}k",
                         "--bonus", "20k", "--equity", "100k", "--location", "SF",
                         "--source", "friend's offer", "--date", "2026-10-01")  # fmt: skip
        assert result.exit_code == 0, result.stderr
    args = ("range", "ML Engineer", "-l", "senior", "-p", "San Francisco", "-p", "Seattle")
    data = run_cli(*args, "--json").json()
    sf, seattle = data["reports"]
    assert sf["your_evidence"]["base"][0]["n"] == 5 and sf["your_evidence"]["total"]["n"] == 5
    text = run_cli(*args).stdout
    assert "Your own evidence for San Francisco" in text and "total pay" in text
    assert "Your own evidence for Seattle" not in text or seattle["your_evidence"] is not None


def test_the_comp_hint_runs_as_written_and_its_comp_shows_beside_the_range() -> None:
    import re
    import shlex

    hint = _range()["headline"]["leaves_out"]
    command = re.search(r"`levelset (market comp add [^`]+)`", hint)
    assert command is not None, hint
    filled = command.group(1).replace("TITLE", "'Senior ML Engineer'")
    filled = filled.replace("PLACE", "'San Francisco'")
    values = iter(["210k", "20k", "90k", "friend's offer"])
    args = [next(values) if word == "..." else word for word in shlex.split(filled)]
    added = run_cli(*args)
    assert added.exit_code == 0, added.stderr
    evidence = _range()["your_evidence"]
    assert evidence is not None and evidence["total"] is not None


def test_your_evidence_older_than_a_year_is_flagged_with_its_age() -> None:
    """Issue 13: a source older than 12 months is flagged; the user's own figures too."""
    for on in ("2025-03-01", "2026-10-01"):
        result = run_cli("market", "comp", "add", "Senior ML Engineer", "--base", "200k",
                         "--bonus", "20k", "--location", "SF", "--source", "friend",
                         "--date", on)  # fmt: skip
        assert result.exit_code == 0, result.stderr
    asked = ("range", "ML Engineer", "-l", "senior", "-p", "San Francisco")
    late = run_cli("--today", "2026-12-06", *asked, "--json").json()["your_evidence"]
    assert [(r["age_months"], r["dated"]) for r in late["base"]] == [(21, True)]
    assert late["total"]["dated"]
    text = " ".join(run_cli("--today", "2026-12-06", *asked).stdout.split())
    assert "(oldest 21" in text and "months old)" in text  # the dates cell, wrapped
    early = run_cli("--today", "2026-11-01", *asked, "--json").json()["your_evidence"]
    assert [(r["age_months"], r["dated"]) for r in early["base"]] == [(20, True)]
    recent = run_cli("--today", "2026-01-31", *asked, "--json").json()["your_evidence"]
    assert not recent["base"][0]["dated"]
