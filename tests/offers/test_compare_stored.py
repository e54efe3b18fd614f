"""`offer compare` takes stored offers as the other commands do: by their number from `offer
list` ("2", "#2") or their company, any case, beside or instead of files; a company with two
stored offers is refused with their numbers; a name that is neither says how offers are named."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).parents[2] / "examples" / "offers"
BIGCO, STARTUP = str(EXAMPLES / "bigco-rsu.yaml"), str(EXAMPLES / "startup-options.yaml")


def _labels(*offers: str) -> list[str]:
    found = run_cli("offer", "compare", *offers, "--no-market", "--json")
    assert found.exit_code == 0, found.stderr
    return [o["label"] for o in found.json()["offers"]]


def test_stored_offers_compare_by_number_company_or_beside_a_file() -> None:
    stored = run_cli("offer", "add", BIGCO, STARTUP, "--json").json()["offers"]
    first, second = (str(o["id"]) for o in stored)
    from_files = run_cli("offer", "compare", BIGCO, STARTUP, "--no-market", "--json").json()
    by_number = run_cli("offer", "compare", first, f"#{second}", "--no-market", "--json")
    assert by_number.exit_code == 0, by_number.stderr
    assert by_number.json()["offers"] == from_files["offers"]
    assert _labels("lumen labs", "Northwind  Cloud") == ["Lumen Labs Staff", "Northwind Cloud L5"]
    assert _labels("Northwind Cloud L5", STARTUP) == ["Northwind Cloud L5", "Lumen Labs Staff"]
    shown = run_cli("offer", "compare", "Lumen Labs", first, "--no-market")
    assert shown.exit_code == 0 and "wins on year 1" in shown.stdout


def test_an_ambiguous_or_unknown_name_is_refused_clearly() -> None:
    assert run_cli("offer", "add", BIGCO, BIGCO, STARTUP).exit_code == 0
    twice = run_cli("offer", "compare", "Northwind Cloud", "Lumen Labs")
    assert twice.exit_code == 2 and "2 stored offers match (#1, #2)" in twice.stderr
    assert "Traceback" not in twice.stderr
    unknown = run_cli("offer", "compare", "Nowhere Inc", "3")
    assert unknown.exit_code == 2 and "Nowhere Inc: no such file" in unknown.stderr
    assert "stored offer is named by its number or company" in unknown.stderr
    missing = run_cli("offer", "compare", "9", "3")
    assert missing.exit_code != 0 and "Traceback" not in missing.stderr
