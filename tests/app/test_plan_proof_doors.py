"""Profile, proof, leveling, plan and playbook through both doors: the CLI and the web app.

Both doors work on the same LEVELSET_HOME in each test, so what one door stores the other
reads, and each use case is run through both to check they agree.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from tests.cli.runner import run_cli
from tests.suite_day import TODAY
from tests.web.conftest import Browser, data_of

pytestmark = pytest.mark.usefixtures("market", "on_the_suites_day")

RESUME = Path(__file__).resolve().parents[2] / "examples" / "resume" / "resume.md"
JSON = {"accept": "application/json"}


def cli(*args: str) -> Any:
    result = run_cli(*args, "--json")
    assert result.exit_code == 0, (args, result.stderr)
    return result.json()


def web(client: Browser, path: str, data: dict[str, Any], status: int = 200) -> Any:
    response = client.submit(path, data, headers=JSON)
    assert response.status_code == status, response.text[:500]
    return response.json()


def upload(client: Browser, path: Path) -> Any:
    response = client.post(
        "/proof/upload",
        files=[("files", (path.name, path.read_bytes(), "text/markdown"))],
        data={"csrf_token": client.token()},
        headers=JSON,
    )
    assert response.status_code == 201, response.text[:500]
    return response.json()


def test_a_profile_set_through_one_door_reads_the_same_through_the_other(
    client: Browser,
) -> None:
    fields = {"title": "ML Engineer", "level": "staff", "places": "Seattle, WA"}
    by_web = web(client, "/profile", {**fields, "current_base": "185,000"})
    assert cli("profile", "show") == by_web
    by_cli = cli("profile", "set", "--positioning", "I cut serving cost", "--currency", "eur")
    assert by_cli["profile"]["currency"] == "EUR" and by_cli["profile"]["current_base"] == 185000
    assert data_of(client.get("/index.json"))["target"] == by_cli


def test_a_bad_profile_field_is_refused_by_both_doors_alike(client: Browser) -> None:
    result = run_cli("profile", "set", "--track", "manager")
    response = client.submit("/profile", {"track": "manager"}, headers=JSON)
    assert result.exit_code == 2 and response.status_code == 400
    assert "manager" in result.stderr and "manager" in response.text
    assert cli("profile", "show")["profile"]["track"] == "ic"


def test_importing_proof_stores_the_same_rows_and_report_through_both_doors(
    client: Browser,
) -> None:
    by_cli = cli("proof", "import", str(RESUME))["imported"]
    by_web = upload(client, RESUME)["imported"]
    assert [r["name"] for r in by_cli] == [r["name"] for r in by_web] == ["resume.md"]
    counts = ("positions", "bullets", "stories")
    assert [by_cli[0][k] for k in counts] == [by_web[0][k] for k in counts]
    assert by_web[0]["replaced"] and not by_cli[0]["replaced"]
    page = data_of(client.get("/proof.json"))
    assert cli("proof", "list")["sources"] == page["sources"]
    assert cli("proof", "report") == page["report"]


def test_the_level_estimate_is_the_same_on_the_proof_page_and_the_cli(client: Browser) -> None:
    cli("profile", "set", "--title", "ML Engineer", "--level", "staff")
    cli("proof", "import", str(RESUME))
    assert cli("level", "estimate") == data_of(client.get("/proof.json"))["level"]
    given = data_of(client.get("/proof.json", params={"target": "senior"}))["level"]
    assert cli("level", "estimate", "--target", "senior") == given


def test_forgetting_a_source_and_an_unknown_one_agree(client: Browser) -> None:
    cli("proof", "import", str(RESUME))
    missing = client.submit("/proof/remove", {"source": "nope.md"}, headers=JSON)
    result = run_cli("proof", "clear", "nope.md")
    assert missing.status_code == 404 and result.exit_code == 3
    assert "nope.md" in missing.text and "nope.md" in result.stderr
    gone = web(client, "/proof/remove", {"source": "resume.md"})
    assert gone["removed"] == ["resume.md"] and gone["token"]
    assert cli("proof", "list")["sources"] == []
    assert client.submit("/undo", {"token": gone["token"]}, headers=JSON).status_code == 200
    assert [s["name"] for s in cli("proof", "list")["sources"]] == ["resume.md"]


def test_a_plan_made_on_the_web_is_the_plan_the_cli_shows_ticks_and_reviews(
    client: Browser,
) -> None:
    start = (TODAY - dt.timedelta(days=2)).isoformat()
    made = web(client, "/plan", {"start": start, "focus": "leveling"}, status=201)
    shown = cli("plan", "show")
    assert shown["id"] == made["plan_id"] and shown["weeks"] == made["plan"]["weeks"]
    by_cli = cli("plan", "--start", start, "--focus", "leveling")
    assert by_cli["weeks"] == made["plan"]["weeks"] and by_cli["id"] == made["plan_id"] + 1

    first = by_cli["weeks"][0]["items"][0]["id"]
    assert cli("plan", "tick", first)["item"]["done"] is True
    page = data_of(client.get("/plan.json"))
    assert page["plan"]["weeks"][0]["items"][0]["done"] is True
    assert web(client, f"/plan/items/{first}", {"done": "false"}) == {"item": first, "done": False}
    assert cli("plan", "show")["weeks"][0]["items"][0]["done"] is False

    saved = web(client, "/plan/review", {"week": "1", "changed": " referrals ", "next_test": "x"})
    review = cli("plan", "review", "--week", "1", "--no-ask")
    assert review["answers"]["changed"] == saved["changed"] == "referrals"
    assert review == data_of(client.get("/plan.json"))["review"]


def test_a_plan_made_by_the_cli_is_the_plan_the_web_shows(client: Browser) -> None:
    made = cli("plan", "--focus", "salary")
    page = data_of(client.get("/plan.json"))
    assert page["plan_id"] == made["id"] and page["plan"]["weeks"] == made["weeks"]
    dashboard = data_of(client.get("/index.json"))["plan"]["data"]
    assert dashboard["progress"] == made["progress"] and dashboard["week"] == 1


def test_a_bad_start_date_is_an_input_error_at_both_doors(client: Browser) -> None:
    response = client.submit("/plan", {"start": "2026-13-45"}, headers=JSON)
    result = run_cli("plan", "--start", "2026-13-45")
    assert response.status_code == 400 and result.exit_code == 2
    assert "2026-13-45" in response.text and "2026-13-45" in result.stderr


def test_no_plan_yet_is_not_found_at_both_doors(client: Browser) -> None:
    assert client.get("/plan.ics", headers=JSON).status_code == 404
    assert run_cli("plan", "show").exit_code == 3
    assert run_cli("plan", "tick", "1.1").exit_code == 3


def test_the_calendar_is_the_same_file_from_both_doors(client: Browser, tmp_path: Path) -> None:
    cli("plan", "--start", TODAY.isoformat())
    target = tmp_path / "plan.ics"
    written = cli("plan", "ics", "-o", str(target))
    by_web = client.get("/plan.ics")
    assert by_web.status_code == 200 and by_web.headers["content-type"].startswith("text/calendar")

    def events(data: bytes) -> str:  # the stamp is the time of the export: left out
        return re.sub(rb"DTSTAMP:[0-9TZ]+\r\n", b"", data).decode()

    assert events(target.read_bytes()) == events(by_web.content)
    assert events(by_web.content).count("BEGIN:VEVENT") == written["events"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_playbook_is_the_same_file_from_both_doors(client: Browser, fmt: str) -> None:
    cli("profile", "set", "--name", "Maya Chen", "--title", "ML Engineer", "--level", "staff")
    cli("proof", "import", str(RESUME))
    by_cli = run_cli("playbook", "--topic", "leveling", "--format", fmt, "-o", "-")
    assert by_cli.exit_code == 0, by_cli.stderr
    by_web = client.get("/playbook/download", params={"topic": "leveling", "format": fmt})
    assert by_web.status_code == 200
    assert by_cli.stdout == by_web.text
    page = data_of(client.get("/playbook.json", params={"topic": "leveling"}))
    assert page["topic"] == "leveling" and "Maya Chen" in by_cli.stdout


def test_an_unknown_playbook_topic_is_refused_by_both_doors(client: Browser) -> None:
    response = client.get("/playbook/download", params={"topic": "golf"}, headers=JSON)
    result = run_cli("playbook", "--topic", "golf")
    assert response.status_code == 400 and result.exit_code == 2
    assert "golf" in response.text and "golf" in result.stderr


OFFER = """company: Northwind Cloud
title: Senior Machine Learning Engineer
level: L5
location: Seattle, WA
currency: USD
base: 192000
"""


def test_the_plan_asks_for_the_anchor_the_negotiation_computes(
    client: Browser, tmp_path: Path
) -> None:
    """One anchor calculation: the plan made on the web previews the anchor `negotiate
    anchor` gives on the CLI for the same offer."""
    offer = tmp_path / "northwind.yaml"
    offer.write_text(OFFER, encoding="utf-8")
    cli("negotiate", "start", "Northwind Cloud", "--offer", str(offer))
    made = web(client, "/plan", {"focus": "negotiation"}, status=201)["plan"]
    texts = " ".join(i["text"] for w in made["weeks"] for i in w["items"])
    asked = re.search(r"anchored at \$(\d[\d,]*\d)", texts)
    assert asked is not None, texts
    anchor = cli("negotiate", "anchor", "Northwind Cloud")["anchor"]["amount"]
    assert int(asked.group(1).replace(",", "")) == anchor


def test_making_the_plan_again_keeps_the_ticks_of_items_still_in_it(client: Browser) -> None:
    made = web(client, "/plan", {"focus": "salary"}, status=201)
    first = made["plan"]["weeks"][0]["items"][0]
    web(client, f"/plan/items/{first['id']}", {"done": "true"})
    again = web(client, "/plan", {"focus": "salary"}, status=201)
    assert again["plan_id"] == made["plan_id"] + 1
    same = [i for w in again["plan"]["weeks"] for i in w["items"] if i["text"] == first["text"]]
    assert same and same[0]["done"] is True and same[0]["done_by"] == "you"
    assert cli("plan", "show")["progress"] == again["plan"]["progress"]


def test_the_plan_never_steers_by_a_channel_the_tracking_page_calls_thin(
    client: Browser,
) -> None:
    from tests.web.test_tracking_plan_playbook import imported, sheet

    imported(client, sheet(12))  # four attempts per channel: every channel is thin
    rates = data_of(client.get("/tracking.json"))["metrics"]["rates"]
    thin = {r["value"] for r in rates if r["group"] == "channel" and r["thin"]}
    assert thin == {"referral", "cold", "recruiter"}
    plan = web(client, "/plan", {"focus": "salary"}, status=201)["plan"]
    text = " ".join(i["text"] for w in plan["weeks"] for i in w["items"])
    assert "your best channel" not in text
    assert "each through a named channel" in text
