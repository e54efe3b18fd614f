"""Each offers, negotiation and narrative use case through both doors: the same outcome.

The CLI runs over one home and the web app over another (both empty at the start, both with
the same market store), so each door is judged on what it alone stored.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from levelset.paths import Paths
from tests.cli.runner import run_cli
from tests.web.conftest import Browser, data_of

EXAMPLES = Path(__file__).parents[2] / "examples" / "offers"
BIGCO = EXAMPLES / "bigco-rsu.yaml"
STARTUP = EXAMPLES / "startup-options.yaml"
JSON = {"accept": "application/json"}
COMPANY = "Northwind Cloud"  # the company of bigco-rsu.yaml
PAGE = "/negotiation/Northwind%20Cloud"
pytestmark = pytest.mark.usefixtures("market")


@pytest.fixture
def cli_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built_market: Path) -> Paths:
    """The CLI's own LEVELSET_HOME, apart from the web app's, with the same market store."""
    home = Paths(tmp_path / "cli-home").ensure()
    shutil.copy2(built_market, home.market_db)
    monkeypatch.setenv("LEVELSET_HOME", str(home.home))
    return home


def cli(*args: str) -> Any:
    result = run_cli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()


def upload(client: Browser, *files: Path) -> Any:
    return client.post(
        "/offers/upload",
        files=[("files", (f.name, f.read_bytes(), "application/yaml")) for f in files],
        data={"csrf_token": client.token()},
        headers=JSON,
    )


def submit(client: Browser, path: str, form: dict[str, str]) -> Any:
    return client.submit(path, form, headers=JSON)


def offers_of(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The stored offers without what differs by nature (their ids, when they were stored)."""
    return [s["offer"] for s in data["offers"]]


def events_of(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(e["kind"], e["date"], e["offer"], e["data"]) for e in record["events"]]


def started(client: Browser) -> None:
    """The same record in both homes: bigco stored as #1, startup as #2, bigco opens it."""
    cli("offer", "add", str(BIGCO), str(STARTUP))
    assert upload(client, BIGCO, STARTUP).status_code == 201
    cli("negotiate", "start", COMPANY, "--offer", "1", "--date", "2026-11-02")
    assert submit(client, "/negotiation", {"offer_id": "1", "date": "2026-11-02"}).is_success


def test_adding_and_listing_offers_stores_the_same(cli_home: Paths, client: Browser) -> None:
    added = cli("offer", "add", str(BIGCO), str(STARTUP))
    response = upload(client, BIGCO, STARTUP)
    assert response.status_code == 201
    stored = cli("offer", "list")
    page = data_of(client.get("/offers.json"))
    assert offers_of(stored) == offers_of(page) == offers_of(added)
    assert [o["company"] for o in offers_of(stored)] == [COMPANY, "Lumen Labs"]


def test_a_bad_offer_file_is_refused_by_both_and_nothing_is_stored(
    cli_home: Paths, client: Browser, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("company: Acme\ncurrency: USD\nbase: -1\n", encoding="utf-8")
    result = run_cli("offer", "add", str(BIGCO), str(bad), "--json")
    response = upload(client, BIGCO, bad)
    assert result.exit_code == 2 and response.status_code == 400
    assert "base" in result.stderr and "base" in response.text
    assert cli("offer", "list")["offers"] == data_of(client.get("/offers.json"))["offers"] == []


def test_comparing_stored_offers_gives_the_same_winners(cli_home: Paths, client: Browser) -> None:
    started(client)
    compared = cli("offer", "compare", str(BIGCO), str(STARTUP))
    page = data_of(client.get("/offers.json"))["comparison"]
    assert compared["winners"] == page["winners"]
    for mine, theirs in zip(compared["offers"], page["offers"], strict=True):
        assert mine["valuation"] == theirs["valuation"]
        assert mine.get("placement") == theirs.get("placement")


def test_starting_and_logging_keep_the_same_record(cli_home: Paths, client: Browser) -> None:
    started(client)
    cli("negotiate", "log", COMPANY, "counter_sent", "--date", "2026-11-04")
    assert submit(
        client, PAGE + "/events", {"kind": "counter_sent", "date": "2026-11-04"}
    ).is_success
    record = cli("negotiate", "status", COMPANY)
    page = data_of(client.get(PAGE + ".json"))
    assert record["step"] == page["step"] == "ask"
    assert [(e["kind"], e["date"]) for e in record["events"]] == [
        (e["kind"], e["date"]) for e in reversed(page["timeline"])
    ]
    assert record["outcome"] == page["outcome"]


@pytest.mark.parametrize(
    ("kind", "date", "exit_code", "status"),
    [
        ("counter_sent", "2026-10-01", 2, 400),  # before the first offer
        ("signed", "2099-01-01", 2, 400),  # in the future
        ("in_writing", "2026-11-03", 4, 409),  # no verbal offer waits to be put in writing
    ],
)
def test_an_event_refused_by_one_door_is_refused_by_the_other(
    cli_home: Paths, client: Browser, kind: str, date: str, exit_code: int, status: int
) -> None:
    started(client)
    before = cli("negotiate", "status", COMPANY)["events"]
    result = run_cli("negotiate", "log", COMPANY, kind, "--date", date, "--json")
    response = submit(client, PAGE + "/events", {"kind": kind, "date": date})
    assert (result.exit_code, response.status_code) == (exit_code, status)
    said, page = result.json(), response.json()
    hint = said.pop("hint", None)  # each door names the field its own way: the CLI, its flag
    assert said == page  # the same error, in the same shape
    assert (hint is None) == (not said.get("fields")) and "hint" not in page
    assert hint is None or hint.startswith(("--", "EVENT"))  # a flag or the argument
    assert cli("negotiate", "status", COMPANY)["events"] == before
    assert len(data_of(client.get(PAGE + ".json"))["timeline"]) == len(before)


def test_an_unknown_company_is_not_found_through_both(cli_home: Paths, client: Browser) -> None:
    assert run_cli("negotiate", "status", "Nobody").exit_code == 3
    assert client.get("/negotiation/Nobody.json").status_code == 404
    response = submit(client, "/negotiation/Nobody/events", {"kind": "note", "note": "x"})
    assert run_cli("negotiate", "log", "Nobody", "note", "--note", "x").exit_code == 3
    assert response.status_code == 404


def rival(folder: Path) -> Path:
    """A competing offer whose base beats the market's 75th percentile."""
    data = yaml.safe_load(BIGCO.read_text(encoding="utf-8"))
    path = folder / "rival.yaml"
    path.write_text(yaml.safe_dump(data | {"company": "Rival Co", "base": 400000}), "utf-8")
    return path


def test_the_anchor_is_the_same_through_both_doors(
    cli_home: Paths, client: Browser, tmp_path: Path
) -> None:
    started(client)
    cli("offer", "add", str(rival(tmp_path)))
    assert upload(client, rival(tmp_path)).status_code == 201
    cli(
        "negotiate", "anchor", COMPANY, "--competing", "3", "--current-base", "180000",
        "--walk-away", "185000", "--target-level", "staff", "--date", "2026-11-03",
    )  # fmt: skip
    form = {"competing": "3", "current_base": "180000", "walk_away": "185000",
            "level": "staff", "date": "2026-11-03"}  # fmt: skip
    assert submit(client, PAGE + "/anchor", form).status_code == 200
    record = cli("negotiate", "status", COMPANY)
    page = data_of(client.get(PAGE + ".json"))
    assert events_of(record)[-1][3] == page["anchor"]
    anchor = page["anchor"]
    assert anchor["anchor"]["amount"] == 400000 and "Rival Co" in anchor["anchor"]["source"]
    assert anchor["walk_away"]["amount"] == 185000 and anchor["market"] is not None
    asks = {a["lever"]: a["ask"] for a in anchor["asks"]}
    assert asks["title_level"] == "the staff level instead of L5"


def test_competing_offers_move_the_cli_anchor(cli_home: Paths, tmp_path: Path) -> None:
    cli("negotiate", "start", COMPANY, "--offer", str(BIGCO), "--date", "2026-11-02")
    path = rival(tmp_path)
    alone = cli("negotiate", "anchor", COMPANY, "--no-market", "--preview")
    weighed = cli(
        "negotiate", "anchor", COMPANY, "--no-market", "--preview", "--competing", str(path)
    )
    assert weighed["anchor"]["amount"] == 400000 > alone["anchor"]["amount"]
    assert "Rival Co" in weighed["anchor"]["source"]


def test_drafts_generated_and_edited_are_the_same_versions(
    cli_home: Paths, client: Browser, tmp_path: Path
) -> None:
    started(client)
    generated = cli("negotiate", "draft", COMPANY, "counter")
    response = submit(client, PAGE + "/drafts/counter", {"regenerate": "true"})
    assert response.status_code == 200
    web = response.json()
    assert (generated["body"], generated["version"], generated["origin"]) == (
        web["body"], web["version"], web["origin"],
    )  # fmt: skip
    text = "Subject: My counter\nCould you bring the base to $215,000?\n"
    edited = tmp_path / "counter.txt"
    edited.write_text(text, encoding="utf-8")
    mine = cli("negotiate", "draft", COMPANY, "counter", "--edit-from", str(edited))
    body = {"subject": "My counter", "body": "Could you bring the base to $215,000?\n"}
    theirs = submit(client, PAGE + "/drafts/counter", body).json()
    keys = ("subject", "body", "version", "origin")
    assert [mine[k] for k in keys] == [theirs[k] for k in keys]
    assert mine["version"] == 2 and mine["origin"] == "edited"
    again = cli("negotiate", "draft", COMPANY, "counter", "--edit-from", str(edited))
    same = submit(client, PAGE + "/drafts/counter", body).json()
    assert again["version"] == same["version"] == 2  # the same text is not saved twice


def test_the_outcome_is_the_same_after_signing(cli_home: Paths, client: Browser) -> None:
    started(client)
    revised = yaml.safe_load(BIGCO.read_text(encoding="utf-8")) | {"base": 210000}
    path = cli_home.home / "revised.yaml"
    path.write_text(yaml.safe_dump(revised), encoding="utf-8")
    cli("negotiate", "log", COMPANY, "revised_offer", "--offer", str(path), "--date", "2026-11-06")
    assert upload(client, path).status_code == 201
    form = {"kind": "revised_offer", "date": "2026-11-06", "offer_id": "3"}
    assert submit(client, PAGE + "/events", form).is_success
    cli("negotiate", "log", COMPANY, "signed", "--date", "2026-11-09")
    assert submit(client, PAGE + "/events", {"kind": "signed", "date": "2026-11-09"}).is_success
    outcome = cli("negotiate", "outcome", COMPANY)
    assert outcome == data_of(client.get(PAGE + ".json"))["outcome"]
    assert outcome["levers_improved"] == ["base"] and outcome["days_to_signature"] == 7


@pytest.mark.parametrize("stage", ["ask", None])
def test_a_message_scores_the_same_through_both_doors(
    cli_home: Paths, client: Browser, tmp_path: Path, stage: str | None
) -> None:
    text = "Thank you! Based on the P75 of $255,000 I am asking for a base of $255,000."
    email = tmp_path / "email.txt"
    email.write_text(text, encoding="utf-8")
    args = ("--stage", stage) if stage else ()
    scored = cli("score", str(email), *args)
    response = client.post_json("/narrative/score.json", {"text": text, "stage": stage})
    assert response.status_code == 200
    assert {k: v for k, v in scored.items() if k not in ("source", "text")} == response.json()
    assert not cli_home.records_db.exists()  # scoring without --save keeps nothing


def test_an_unknown_stage_is_refused_by_both(cli_home: Paths, client: Browser, tmp_path: Path):
    email = tmp_path / "email.txt"
    email.write_text("Hi, could we talk?", encoding="utf-8")
    result = run_cli("score", str(email), "--stage", "dance", "--json")
    response = client.post_json("/narrative/score.json", {"text": "hi", "stage": "dance"})
    assert (result.exit_code, response.status_code) == (2, 400)
    assert result.json()["error"] == response.json()["error"] == "unknown_value"


def test_valuing_a_file_leaves_no_records_store_behind(cli_home: Paths, tmp_path: Path) -> None:
    assert cli("offer", "value", str(BIGCO))["year1_total"] > 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("company: Acme\ncurrency: XYZ\nbase: 100000\n", encoding="utf-8")
    result = run_cli("offer", "value", str(bad))
    assert result.exit_code == 2 and "XYZ" in result.stderr
    assert not cli_home.records_db.exists()
    cli("offer", "rates", "set", "XYZ", "0.5", "--date", "2026-01-02")
    assert cli("offer", "value", str(bad))["currency"] == "XYZ"  # the user's rate, once stored
