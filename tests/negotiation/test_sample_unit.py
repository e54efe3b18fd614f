"""Where an anchor, its drafted email and an offer's market line give a range's sample size,
they say what it counts ('n=113,470 employment of the blended occupations'), as the range's
own key does: a bare 'n=113,470' beside 'blend at senior' read as 113,470 senior engineers.
An anchor saved before the unit was kept still reads back, with its bare n."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from levelset.negotiation.anchor_data import anchor_from_dict
from tests.cli.runner import run_cli

COMPANY = "Northwind Cloud"
BIGCO = Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml"
SIZE = re.compile(r"n=[\d,]+(?P<unit>[^,;)]*)")


def _anchor() -> dict[str, Any]:
    assert run_cli("negotiate", "start", COMPANY, "--offer", str(BIGCO)).exit_code == 0
    said = run_cli("negotiate", "anchor", COMPANY, "--json")
    assert said.exit_code == 0, said.stderr
    data: dict[str, Any] = said.json()
    return data


def _units(text: str) -> list[str]:
    return [m["unit"].strip() for m in SIZE.finditer(text)]


def test_anchor_and_email_say_what_n_counts() -> None:
    data = _anchor()
    assert data["market"]["n_counts"]
    assert all(_units(data["anchor"]["source"])), data["anchor"]["source"]
    email = run_cli("negotiate", "draft", COMPANY, "counter")
    assert email.exit_code == 0, email.stderr
    flat = " ".join(email.stdout.split())
    assert _units(flat) and all(_units(flat)), flat


def test_offer_market_line_says_what_n_counts() -> None:
    said = run_cli("offer", "compare", str(BIGCO), str(BIGCO.with_name("startup-options.yaml")))
    assert said.exit_code == 0, said.stderr
    flat = " ".join(said.stdout.split())
    assert _units(flat) and all(_units(flat)), flat


def test_anchor_saved_without_the_unit_reads_back() -> None:
    data = _anchor()
    market = {k: v for k, v in data["market"].items() if k != "n_counts"}
    bare = re.sub(r"(n=[\d,]+) [^,;)]*", r"\1", data["anchor"]["source"])
    old = {**data, "market": market, "anchor": {**data["anchor"], "source": bare}}
    read = anchor_from_dict(old)
    assert read.anchor.source == read.market.provenance if read.market else False
    assert _units(read.anchor.source) == [""]
