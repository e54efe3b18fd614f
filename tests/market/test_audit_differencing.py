"""The outside audit of issue 13 (scripts/audit_differencing.py, scripts/audit_bls_markers.py)
run on thin families: what the CLI prints gives no set of 1 to 4 crowd people away, every offer
placement follows from the shown percentiles, every row names its area and the headline is base
pay; the same attack finds people when the hidden cells are counted as shown (the control)."""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml
from scripts.audit_bls_markers import published as oews_rows
from scripts.audit_bls_markers import verdict
from scripts.audit_differencing import CURATED, ask, audit_role, published

ROLES = yaml.safe_load((CURATED / "roles.yaml").read_text())["roles"]
COUNTRIES = yaml.safe_load((CURATED / "places.yaml").read_text())["countries"]


def _audit(key: str, **options: object) -> dict[str, object]:
    args = {"countries": 2, "offers": 1, "salaries": 3, "labels": False, "control": False}
    return audit_role(key, ROLES[key], published(), COUNTRIES, argparse.Namespace(**args | options))


def test_thin_families_give_nobody_away_through_the_cli(levelset_home: Path) -> None:
    manager = _audit("engineering_manager", labels=True)  # US and Canada: 2025's thin managers
    places = 5 + 3  # each country, its remote workers and its cities (3 in the US, 1 in Canada)
    assert manager["asked"] == 7 * 7 * places and manager["shown"] > 10
    assert manager["problems"] == []


def test_the_attack_finds_people_when_hidden_cells_are_counted(levelset_home: Path) -> None:
    found = _audit("engineering_manager", offers=0, control=True)["problems"]
    assert any("rests on" in p for p in found)  # e.g. all levels minus mid in the US, 2025
    assert any("United States" in p and "leaves 2" in p for p in found)


def test_bls_markers_on_the_shipped_rows(levelset_home: Path) -> None:
    rows = {(r["soc"], r["area_name"]): r for r in oews_rows()}
    cases = {
        ("152041", "Vermont"): "honoured",  # employment '-', wages published
        ("151221", "Dallas-Fort Worth-Arlington, TX"): "honoured",  # wages "-"
        ("152051", "Seattle-Tacoma-Bellevue, WA"): "exact",
    }
    for (soc, area), want in cases.items():
        row = rows[(soc, area)]
        got = ask("range", row["occupation"], "--location", area, "--source", "oews")
        assert verdict(row, got) == want, (soc, area)
