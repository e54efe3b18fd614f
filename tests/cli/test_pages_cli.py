"""The command-line twins of the web pages: `level ladder`, `offer whatif`, `track board`,
`track move`, `track card` and `track calendar`."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import run_cli


def test_the_ladder_names_every_level_of_the_company() -> None:
    found = run_cli("level", "ladder", "--company", "Meta", "--place", "Austin, TX", "--json")
    assert found.exit_code == 0, found.stderr
    ladder = found.json()
    assert [r["level"].split(" ")[0] for r in ladder["rungs"]] == [
        "E8",
        "E7",
        "E6",
        "E5",
        "E4",
        "E3",
    ]
    assert all(r["market"]["area"].startswith("Austin") for r in ladder["rungs"])
    shown = run_cli("level", "ladder", "--company", "Meta")
    assert "E5 (IC5)" in shown.stdout and "community-reported" in shown.stdout


def test_the_equity_what_if_year_by_year() -> None:
    found = run_cli("offer", "whatif", "--kind", "options", "--shares", "40000", "--strike",
                    "2.5", "--company-value", "2B", "--fully-diluted", "100M", "--dilution",
                    "15", "--rounds", "2", "--json")  # fmt: skip
    assert found.exit_code == 0, found.stderr
    assert [y["net"] for y in found.json()["result"]["years"]] == [119500, 239000, 358500, 478000]
    refused = run_cli("offer", "whatif", "--shares", "many", "--price", "3")
    assert refused.exit_code == 2 and "shares" in refused.stderr


def test_a_card_moves_keeps_its_dates_and_lands_in_the_calendar(tmp_path: Path) -> None:
    assert run_cli("track", "add", "application", "--company", "Acme").exit_code == 0
    board = run_cli("track", "board", "--json").json()
    (card,) = board["columns"][0]["cards"]
    moved = run_cli("track", "move", str(card["id"]), "interviewing", "--json")
    assert moved.exit_code == 0 and moved.json()["column"] == "interviewing"
    saved = run_cli("track", "card", str(card["id"]), "--contacts", "Dana Lee",
                    "--follow-up", "2030-01-05")  # fmt: skip
    assert saved.exit_code == 0, saved.stderr
    out = tmp_path / "follow-ups.ics"
    assert run_cli("track", "calendar", "--output", str(out)).exit_code == 0
    text = out.read_bytes().decode()
    assert "DTSTART;VALUE=DATE:20300105\r\n" in text and "SUMMARY:Follow up: Acme\r\n" in text
    assert run_cli("track", "move", str(card["id"]), "nowhere").exit_code == 2
