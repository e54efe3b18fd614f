"""Every list of the web app: delete a row, take it back with Undo, download it as CSV/JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.suite_day import TODAY
from tests.web.conftest import Browser, data_of
from tests.web.test_offers_page import CONTOSO, NORTHWIND
from tests.web.test_tracking_plan_playbook import imported, sheet

pytestmark = pytest.mark.usefixtures("market", "on_the_suites_day")
JSON = {"accept": "application/json"}
RESUME = Path(__file__).resolve().parents[2] / "examples" / "resume" / "resume.md"


def undo_form(page: str) -> dict[str, str]:
    """The Undo button's form on a page: where it posts and its token."""
    action = re.search(r'<form method="post" action="([^"]+)" class="form-inline">', page)
    token = re.search(r'name="token" value="([^"]+)"', page)
    assert action, "the page offers Undo"
    return {"action": action.group(1), "token": token.group(1) if token else ""}


def delete_then_undo(client: Browser, path: str, data: dict[str, str] | None = None) -> str:
    """Delete through the page's form; follow the redirect; press Undo; return the page shown
    after the deletion."""
    response = client.submit(path, data or {})
    assert response.status_code == 303, response.text[:300]
    shown = client.get(response.headers["location"])
    assert "Deleted " in shown.text
    undo = undo_form(shown.text)
    again = client.get(response.headers["location"]).text
    assert "Undo</button>" not in again, "the Undo is offered once"
    fields = {"token": undo["token"]} if undo["token"] else {}
    back = client.submit(undo["action"], fields)
    assert back.status_code == 303
    assert "Restored." in client.get(back.headers["location"]).text
    return shown.text


def test_an_offer_deleted_comes_back_with_undo(client: Browser) -> None:
    client.submit("/offers", NORTHWIND)
    client.submit("/offers", CONTOSO)
    page = delete_then_undo(client, "/offers/1/delete")
    assert "Deleted offer #1 (Northwind Cloud)." in page
    assert '<th scope="row">Northwind Cloud</th>' not in page
    companies = [o["offer"]["company"] for o in data_of(client.get("/offers.json"))["offers"]]
    assert sorted(companies) == ["Contoso AI", "Northwind Cloud"]


def test_an_application_deleted_takes_its_reply_and_comes_back_with_it(client: Browser) -> None:
    imported(client, sheet(6))
    before = data_of(client.get("/tracking.json"))
    first = next(
        e for e in before["events"] if e["kind"] == "application" and e["company"] == "Co0"
    )
    page = delete_then_undo(client, f"/tracking/events/{first['id']}/delete")
    assert "Deleted application Co0" in page and "1 event(s) that followed it" in page
    after = data_of(client.get("/tracking.json"))
    assert after["event_count"] == before["event_count"]
    assert after["metrics"]["funnel"] == before["metrics"]["funnel"]


def test_an_experiment_deleted_comes_back_as_it_was(client: Browser) -> None:
    imported(client, sheet(6))
    form = {"name": "opener", "change": "Lead with the result", "baseline": "A", "candidate": "B"}
    client.submit("/tracking/experiments", form)
    client.submit("/tracking/experiments/opener/close", {})
    closed = data_of(client.get("/tracking.json"))["experiments"]
    page = delete_then_undo(client, "/tracking/experiments/opener/delete")
    assert "Deleted the experiment opener." in page
    assert data_of(client.get("/tracking.json"))["experiments"] == closed


def test_a_negotiation_deleted_comes_back_with_its_events(client: Browser) -> None:
    client.submit("/offers", NORTHWIND)
    client.submit("/negotiation", {"offer_id": "1"})
    before = data_of(client.get("/negotiation/Northwind Cloud.json"))
    page = delete_then_undo(client, "/negotiation/Northwind Cloud/delete")
    assert "Deleted the negotiation with Northwind Cloud." in page
    after = data_of(client.get("/negotiation/Northwind Cloud.json"))
    assert after["events"] == before["events"] and after["step"] == before["step"]


def test_an_imported_file_deleted_comes_back_with_its_corrections(client: Browser) -> None:
    files = [("files", (RESUME.name, RESUME.read_bytes(), "text/markdown"))]
    client.post("/proof/upload", files=files, data={"csrf_token": client.token()})
    client.submit("/proof/positions/edit", {"number": "1", "title": "Staff ML Engineer"})
    before = data_of(client.get("/proof/positions.json"))
    page = delete_then_undo(client, "/proof/sources/delete", {"source": RESUME.name})
    assert f"Deleted the source {RESUME.name}." in page
    assert data_of(client.get("/proof/positions.json")) == before


def test_a_position_forgotten_comes_back_with_undo(client: Browser) -> None:
    files = [("files", (RESUME.name, RESUME.read_bytes(), "text/markdown"))]
    client.post("/proof/upload", files=files, data={"csrf_token": client.token()})
    before = data_of(client.get("/proof/positions.json"))
    first = before["positions"][0]
    page = delete_then_undo(
        client, "/proof/positions/drop", {"number": "1", "name": first["title"]}
    )
    assert f"Deleted position 1 ({first['title']})." in page
    assert data_of(client.get("/proof/positions.json")) == before


def test_undo_twice_or_with_a_made_up_token_is_not_found(client: Browser) -> None:
    client.submit("/offers", NORTHWIND)
    gone = client.submit("/offers/1/delete", {}, headers=JSON).json()
    assert gone["deleted"] == "offer #1 (Northwind Cloud)"
    assert client.submit("/undo", {"token": gone["token"]}, headers=JSON).status_code == 200
    assert client.submit("/undo", {"token": gone["token"]}, headers=JSON).status_code == 404
    for made_up in ("../levelset.sqlite", "deleted-offer-1-20260101T000000.yaml/../x"):
        assert client.submit("/undo", {"token": made_up}, headers=JSON).status_code == 404


@pytest.mark.parametrize(
    ("what", "key"),
    [("offers", "offers"), ("events", "events"), ("experiments", "experiments"),
     ("negotiations", "negotiations"), ("positions", "positions"), ("bullets", "bullets"),
     ("postings", "postings"), ("comps", "comps")],
)  # fmt: skip
def test_every_list_downloads_as_csv_and_json(client: Browser, what: str, key: str) -> None:
    client.submit("/offers", NORTHWIND)
    client.submit("/negotiation", {"offer_id": "1"})
    imported(client, sheet(6))
    client.submit(
        "/tracking/experiments",
        {"name": "opener", "change": "x", "baseline": "A", "candidate": "B"},
    )
    files = [("files", (RESUME.name, RESUME.read_bytes(), "text/markdown"))]
    client.post("/proof/upload", files=files, data={"csrf_token": client.token()})
    client.submit("/market/postings", {"text": POSTING})
    client.submit("/market/comps", COMP)
    as_json = client.get(f"/export/{what}", params={"format": "json"})
    assert as_json.status_code == 200 and "attachment" in as_json.headers["content-disposition"]
    rows: Any = json.loads(as_json.text)[key]
    assert len(rows) >= 1
    as_csv = client.get(f"/export/{what}", params={"format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert len(list(csv.DictReader(io.StringIO(as_csv.text)))) >= 1
    assert f'href="/export/{what}?format=csv"' in "".join(
        client.get(p).text
        for p in (
            "/offers",
            "/tracking",
            "/negotiation",
            "/proof",
            "/proof/positions",
            "/market/evidence",
        )
    )
    assert client.get(f"/export/{what}", params={"format": "xml"}).status_code == 400


def test_tracking_pages_through_every_event_twenty_at_a_time(client: Browser) -> None:
    start = TODAY - dt.timedelta(days=90)
    rows = [f"Co{i},ML Engineer,{start + dt.timedelta(days=2 * i)},cold" for i in range(40)]
    rows += [f"Co{i},ML Engineer,{start + dt.timedelta(days=2 * i)},cold,negative,"
             f"{start + dt.timedelta(days=2 * i + 3)}" for i in range(40, 43)]  # fmt: skip
    rows = [r if r.count(",") == 5 else r + ",," for r in rows]
    header = "company,role,date,channel,response,response_date"
    imported(client, ("\n".join([header, *rows]) + "\n").encode())  # 43 applications, 3 replies
    first = data_of(client.get("/tracking.json"))
    assert first["event_count"] == 46 and first["pages"] == 3 and len(first["events"]) == 20
    seen = [
        e["id"]
        for p in (1, 2, 3)
        for e in data_of(client.get(f"/tracking.json?page={p}"))["events"]
    ]
    assert len(seen) == len(set(seen)) == 46
    dates = [
        e["date"]
        for p in (1, 2, 3)
        for e in data_of(client.get(f"/tracking.json?page={p}"))["events"]
    ]
    assert dates == sorted(dates, reverse=True)
    page = client.get("/tracking?page=2").text
    assert (
        "21–40 of 46" in page
        and 'rel="prev" href="/tracking?page=1' in page
        and 'rel="next"' in page
    )


def test_a_bullet_deleted_leaves_the_evidence_and_comes_back_with_undo(client: Browser) -> None:
    files = [("files", (RESUME.name, RESUME.read_bytes(), "text/markdown"))]
    client.post("/proof/upload", files=files, data={"csrf_token": client.token()})
    before = data_of(client.get("/proof/positions.json"))
    gone = before["positions"][0]["bullets"][1]
    page = delete_then_undo(client, "/proof/positions/forget", {"number": "1", "bullet": "2"})
    assert "Deleted bullet 2 of position 1." in page and gone not in page
    assert data_of(client.get("/proof/positions.json")) == before
    client.submit("/proof/positions/forget", {"number": "1", "bullet": "2"})
    texts = [b["text"] for b in data_of(client.get("/proof.json"))["report"]["bullets"]]
    assert gone not in texts


def test_two_deletions_in_one_second_each_come_back(client: Browser) -> None:
    imported(client, sheet(6))
    for name in ("first", "second"):
        form = {"name": name, "change": "x", "baseline": "A", "candidate": "B"}
        client.submit("/tracking/experiments", form)
    tokens = [
        client.submit(f"/tracking/experiments/{name}/delete", {}, headers=JSON).json()["token"]
        for name in ("first", "second")
    ]
    assert len(set(tokens)) == 2
    for token in tokens:
        assert client.submit("/undo", {"token": token}, headers=JSON).status_code == 200
    names = {x["experiment"]["name"] for x in data_of(client.get("/tracking.json"))["experiments"]}
    assert names == {"first", "second"}


POSTING = """Senior Machine Learning Engineer
Company: Acme Robotics
Location: San Francisco, CA

The base salary range for this role is $180,000 - $240,000 per year, plus equity.
"""
COMP = {"title": "Senior ML Engineer", "base": "210k", "bonus": "20k", "equity": "100k",
        "source": "a friend's offer", "date": "2026-10-01", "location": "San Francisco",
        "note": "verbal"}  # fmt: skip


def _without_ids(data: dict[str, Any]) -> dict[str, Any]:
    return {key: [{k: v for k, v in row.items() if k != "id"} for row in rows]
            for key, rows in data.items()}  # fmt: skip


def test_a_saved_posting_and_a_comp_deleted_come_back_with_undo(client: Browser) -> None:
    assert client.submit("/market/postings", {"text": POSTING}).status_code == 303
    assert client.submit("/market/comps", COMP).status_code == 303
    before = data_of(client.get("/market/evidence.json"))
    assert [(p["title"], p["min"], p["max"]) for p in before["postings"]] == [
        ("Senior Machine Learning Engineer", 180000, 240000)]  # fmt: skip
    assert [(c["base"], c["total"], c["date"]) for c in before["comps"]] == [
        (210000, 330000, "2026-10-01")]  # fmt: skip
    page = delete_then_undo(client, "/market/postings/1/delete")
    assert "Deleted posting #1 (Senior Machine Learning Engineer)." in page
    assert "Acme Robotics" not in page.split("Saved postings")[1].split("</section>")[0]
    page = delete_then_undo(client, "/market/comps/1/delete")
    assert "Deleted comp #1 (Senior ML Engineer)." in page
    after = data_of(client.get("/market/evidence.json"))
    assert _without_ids(after) == _without_ids(before)  # the same day, source and figures


def test_a_comp_form_with_bad_amounts_comes_back_with_each_error_beside_its_field(
    client: Browser,
) -> None:
    refused = client.submit("/market/comps", {**COMP, "base": "lots", "form_key": "comp",
                                              "form_back": "/market/evidence"})  # fmt: skip
    assert refused.status_code == 400
    assert 'id="c-base-error"' in refused.text and "&#39;lots&#39; is not a number" in refused.text
    assert 'value="Senior ML Engineer"' in refused.text  # kept as typed
    assert data_of(client.get("/market/evidence.json"))["comps"] == []
    no_pay = client.submit("/market/postings", {"text": "ML Engineer\nGreat pay!"}, headers=JSON)
    assert no_pay.status_code == 400 and "no pay range" in no_pay.json()["message"]


def test_forgetting_a_file_on_the_proof_page_offers_undo(client: Browser) -> None:
    files = [("files", (RESUME.name, RESUME.read_bytes(), "text/markdown"))]
    client.post("/proof/upload", files=files, data={"csrf_token": client.token()})
    before = data_of(client.get("/proof/positions.json"))
    page = delete_then_undo(client, "/proof/remove", {"source": RESUME.name})
    assert f"Deleted the source {RESUME.name}." in page
    assert data_of(client.get("/proof/positions.json")) == before


def test_an_undo_made_on_a_clients_pages_shows_on_theirs_only(client: Browser) -> None:
    from tests.cli.runner import run_cli
    from tests.web.conftest import BASE

    for name in ("Ada Park", "Bo"):
        assert run_cli("client", "add", name).exit_code == 0
    ada, bo = "/c/Ada%20Park", "/c/Bo"
    found = re.search(r'name="csrf-token" content="([0-9a-f]+)"', client.get(f"{ada}/").text)
    assert found is not None

    def post(path: str, data: dict[str, str]) -> Any:
        headers = {"origin": BASE, "sec-fetch-site": "same-origin"}
        return client.post(path, data={**data, "csrf_token": found.group(1)}, headers=headers)

    post(f"{ada}/offers", NORTHWIND)
    post(f"{bo}/offers", CONTOSO)
    gone = post(f"{ada}/offers/1/delete", {})
    assert gone.status_code == 303 and gone.headers["location"] == f"{ada}/offers"
    for elsewhere in (f"{bo}/offers", "/you", f"{bo}/"):
        shown = client.get(elsewhere).text
        assert "Deleted offer" not in shown and "Undo</button>" not in shown, elsewhere
    page = client.get(f"{ada}/offers").text  # still offered on Ada's pages, once
    assert "Deleted offer #1 (Northwind Cloud)." in page
    undo = undo_form(page)
    assert undo["action"] == f"{ada}/undo"
    assert post(undo["action"], {"token": undo["token"]}).status_code == 303
    assert "Undo</button>" not in client.get(f"{ada}/offers").text
    companies = [o["offer"]["company"] for o in client.get(f"{ada}/offers.json").json()["offers"]]
    assert companies == ["Northwind Cloud"]
    assert [o["offer"]["company"] for o in client.get(f"{bo}/offers.json").json()["offers"]] == [
        "Contoso AI"]  # fmt: skip


def test_a_save_made_on_a_clients_pages_is_confirmed_on_theirs_only(client: Browser) -> None:
    from tests.cli.runner import run_cli
    from tests.web.conftest import BASE

    for name in ("Ada Park", "Bo"):
        assert run_cli("client", "add", name).exit_code == 0
    ada, bo = "/c/Ada%20Park", "/c/Bo"
    found = re.search(r'name="csrf-token" content="([0-9a-f]+)"', client.get(f"{ada}/").text)
    assert found is not None
    headers = {"origin": BASE, "sec-fetch-site": "same-origin"}
    saved = client.post(
        f"{ada}/offers", data={**NORTHWIND, "csrf_token": found.group(1)}, headers=headers
    )
    assert saved.status_code == 303
    for elsewhere in (f"{bo}/offers", "/you", f"{bo}/"):
        assert "The offer is saved." not in client.get(elsewhere).text, elsewhere
    assert "The offer is saved." in client.get(f"{ada}/offers").text  # on Ada's pages, once
    assert "The offer is saved." not in client.get(f"{ada}/offers").text
