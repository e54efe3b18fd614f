"""An anchor logged by an earlier version is read in today's wording: its competing offer's
source names the offer's place ('your competing offer from Contoso, Austin, TX', not '... from
Contoso') and its market figures the range's area and sample size as they are now written, in
the drafts, the playbook and the web page's anchor alike."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from levelset.negotiation.anchor_data import anchor_from_dict
from tests.cli.runner import run_cli
from tests.web.conftest import Browser

COMPANY = "Northwind Cloud"
RIVAL = "your competing offer from Contoso, Austin, TX"
BEFORE_PLACE = "your competing offer from Contoso"  # as logged before a rival named its place


def _logged_now(tmp_path: Path) -> dict[str, Any]:
    """The anchor `negotiate anchor --competing` logs today (on the competing offer's base)."""
    bigco = Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml"
    rival = tmp_path / "rival.yaml"
    rival.write_text(
        "company: Contoso\ntitle: Senior ML Engineer\nlevel: senior\nlocation: Austin, TX\n"
        "currency: USD\nbase: 300000\n",
        encoding="utf-8",
    )
    assert run_cli("negotiate", "start", COMPANY, "--offer", str(bigco)).exit_code == 0
    said = run_cli("negotiate", "anchor", COMPANY, "--competing", str(rival), "--json")
    assert said.exit_code == 0, said.stderr
    data: dict[str, Any] = said.json()
    assert data["anchor"]["source"] == RIVAL and data["market"]["place"]
    return data


def _as_saved_before(data: dict[str, Any]) -> dict[str, Any]:
    """The same anchor as an earlier version logged it: a competing offer without its place, a
    market figure without its area and with its sample size unseparated (n=113470)."""
    area = f", {data['market']['place']}"

    def old(source: str) -> str:
        source = source.replace(RIVAL, BEFORE_PLACE).replace(area, "", 1)
        return re.sub(r"n=([\d,]+)", lambda m: "n=" + m.group(1).replace(",", ""), source)

    def figure(raw: dict[str, Any]) -> dict[str, Any]:
        return {**raw, "source": old(raw["source"])}

    return {
        **data,
        **{k: figure(data[k]) for k in ("anchor", "target", "walk_away")},
        "asks": [figure(a) for a in data["asks"]],
        "basis": [figure(b) for b in data["basis"]],
    }


def _sources(anchor: dict[str, Any]) -> list[str]:
    figures = [anchor[k] for k in ("anchor", "target", "walk_away")]
    return [f["source"] for f in (*figures, *anchor["asks"], *anchor["basis"])]


@pytest.mark.usefixtures("market")
def test_an_anchor_logged_before_is_read_in_todays_wording(tmp_path: Path) -> None:
    now = _logged_now(tmp_path)
    before = _as_saved_before(now)
    assert BEFORE_PLACE in _sources(before) and RIVAL not in _sources(before)
    assert _sources(before) != _sources(now)
    read = anchor_from_dict(before).to_dict()
    assert _sources(read) == _sources(now)
    assert [b["area"] for b in read["basis"]] == [b["area"] for b in now["basis"]]


@pytest.mark.usefixtures("market")
def test_the_web_page_shows_an_anchor_logged_before_in_todays_wording(
    client: Browser, tmp_path: Path
) -> None:
    from levelset.app import Workspace
    from levelset.app.negotiation import EventInput, log_event
    from levelset.negotiation import EventKind

    now = _logged_now(tmp_path)
    ws = Workspace.from_env(os.environ)
    log_event(ws, COMPANY, EventInput(EventKind.ANCHOR_SET, data=_as_saved_before(now)))
    ws.close()
    shown = client.get("/negotiation/Northwind%20Cloud.json").json()["anchor"]
    assert _sources(shown) == _sources(now)
    page = client.get("/negotiation/Northwind%20Cloud").text
    assert "Contoso, Austin, TX" in page
