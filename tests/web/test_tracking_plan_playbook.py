"""Tracking, plan and playbook pages over real stored records."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.suite_day import TODAY
from tests.web.conftest import Browser, data_of

pytestmark = pytest.mark.usefixtures("market", "on_the_suites_day")


def sheet(rows: int = 12) -> bytes:
    """A job seeker's spreadsheet: applications with channel, reply and variant."""
    start = TODAY - dt.timedelta(days=60)
    lines = ["company,role,date,channel,response,response_date,variant"]
    for i in range(rows):
        day = start + dt.timedelta(days=3 * i)
        channel = ("referral", "cold", "recruiter")[i % 3]
        reply = ("positive", "negative", "")[i % 3]
        when = (day + dt.timedelta(days=4)).isoformat() if reply else ""
        lines.append(f"Co{i},ML Engineer,{day},{channel},{reply},{when},{'AB'[i % 2]}")
    return ("\n".join(lines) + "\n").encode()


def imported(client: Browser, body: bytes, **extra: str) -> object:
    return client.post(
        "/tracking/import",
        files={"file": ("applications.csv", body, "text/csv")},
        data={"csrf_token": client.token(), **extra},
    )


def test_an_imported_spreadsheet_shows_the_funnel_and_rates(client: Browser) -> None:
    assert imported(client, sheet()).status_code == 303
    data = data_of(client.get("/tracking.json"))
    funnel = {s["stage"]: s["count"] for s in data["metrics"]["funnel"]}
    assert funnel["Applied"] == 12 and funnel["Responded"] == 8
    page = client.get("/tracking").text
    assert "From application to offer" in page and "Response rate by channel" in page
    overall = next(r for r in data["metrics"]["rates"] if r["group"] == "overall")
    assert f"{overall['n']}" in page
    dashboard = data_of(client.get("/index.json"))
    assert dashboard["pipeline"]["data"]["funnel"] == data["metrics"]["funnel"]


def test_the_dashboard_rate_says_what_it_counts(client: Browser) -> None:
    """The funnel counts applications; the rate beside it counts outreach too: it says so."""
    day = (TODAY - dt.timedelta(days=20)).isoformat()
    reply = (TODAY - dt.timedelta(days=15)).isoformat()
    body = (
        "company,role,date,type,channel,response,response_date\n"
        f"Alpha,ML Engineer,{day},application,cold,positive,{reply}\n"
        f"Beta,ML Engineer,{day},application,cold,,\n"
        f"Gamma,ML Engineer,{day},outreach,cold,positive,{reply}\n"
    )
    assert imported(client, body.encode()).status_code == 303
    overall = data_of(client.get("/index.json"))["pipeline"]["data"]["overall"]
    assert (overall["successes"], overall["n"]) == (2, 3)  # two applications, one outreach
    page = client.get("/").text
    applied = re.search(r'funnel-count">(\d+)</span> Applied', page)
    assert applied and applied.group(1) == "2"
    assert "2 of 3 applications and outreach answered" in page, "the rate names what it counts"


def test_a_bad_row_rejects_the_sheet_unless_asked_to_skip(client: Browser) -> None:
    bad = sheet(3) + b"Co9,ML Engineer,not-a-date,cold,,,A\n"
    refused = imported(client, bad)
    assert refused.status_code == 400 and "line 5" in refused.text
    assert data_of(client.get("/tracking.json"))["event_count"] == 0
    assert imported(client, bad, skip_bad_rows="true").status_code == 303
    assert data_of(client.get("/tracking.json"))["metrics"]["source"]["attempts"] == 3


def test_logging_an_application_and_its_reply(client: Browser) -> None:
    day = (TODAY - dt.timedelta(days=10)).isoformat()
    application = {"kind": "application", "company": "Acme", "role": "MLE", "date": day}
    first = client.submit("/tracking/events", {**application, "channel": "referral"})
    assert first.status_code == 303
    reply = {"kind": "response", "company": "Acme", "outcome": "positive"}
    reply = client.submit("/tracking/events", reply)
    assert reply.status_code == 303
    kinds = [e["kind"] for e in data_of(client.get("/tracking.json"))["events"]]
    assert kinds == ["response", "application"]
    orphan = client.submit("/tracking/events", {"kind": "response", "company": "Nobody"})
    assert orphan.status_code in (400, 404)


def test_a_plan_is_made_ticked_reviewed_and_exported(client: Browser) -> None:
    client.submit("/profile", {"title": "ML Engineer", "level": "senior", "places": "Seattle, WA"})
    assert data_of(client.get("/plan.json"))["plan"] is None
    assert client.submit("/plan", {"start": TODAY.isoformat()}).status_code == 303
    plan = data_of(client.get("/plan.json"))
    known = re.search(r"How you will know it improved: (.*?)</p>", client.get("/plan").text, re.S)
    assert known and ".." not in known.group(1) and known.group(1).count(". Read from ") == 1
    assert "Read from your" in known.group(1) or "Read from the market" in known.group(1)
    first = plan["plan"]["weeks"][0]["items"][0]
    assert client.submit(f"/plan/items/{first['id']}", {"done": "true"}).status_code == 303
    ticked = data_of(client.get("/plan.json"))["plan"]
    assert ticked["progress"]["done"] == plan["plan"]["progress"]["done"] + (not first["done"])
    review = {"week": "1", "changed": "rewrote three bullets", "next_test": "a shorter opener"}
    assert client.submit("/plan/review", review).status_code == 303
    assert data_of(client.get("/plan.json"))["review"]["answers"]["changed"] == review["changed"]
    calendar = client.get("/plan.ics")
    assert calendar.headers["content-type"].startswith("text/calendar")
    from icalendar import Calendar

    events = Calendar.from_ical(calendar.content).walk("VEVENT")
    assert len(events) == len(ticked["blocks"])


def test_the_playbook_is_written_for_this_user(client: Browser) -> None:
    client.submit("/profile", {"title": "Data Scientist", "level": "staff", "places": "Austin, TX"})
    data = data_of(client.get("/playbook.json"))
    assert "Data Scientist" in data["playbook"]["subtitle"]
    page = client.get("/playbook").text
    for section in data["playbook"]["sections"]:
        assert f'id="{section["key"]}"' in page
    pdf = client.get("/playbook/download", params={"format": "pdf"})
    assert pdf.content.startswith(b"%PDF") and "attachment" in pdf.headers["content-disposition"]
    leveling = data_of(client.get("/playbook.json", params={"topic": "leveling"}))
    assert leveling["topic"] == "leveling"


def test_an_experiment_is_started_and_judged(client: Browser) -> None:
    imported(client, sheet(12))
    form = {"name": "opener", "change": "Lead with the result", "baseline": "A",
            "candidate": "B", "start": (TODAY - dt.timedelta(days=60)).isoformat(),
            "window": "60"}  # fmt: skip
    assert client.submit("/tracking/experiments", form).status_code == 303
    (result,) = data_of(client.get("/tracking.json"))["experiments"]
    assert result["experiment"]["name"] == "opener"
    assert result["baseline"]["trials"] + result["candidate"]["trials"] > 0
    assert result["verdict"] in ("keep", "revert", "not_enough_data")
    same = client.submit("/tracking/experiments", form, headers={"accept": "application/json"})
    assert same.status_code == 409


def test_an_empty_tracking_page_starts_with_what_to_do(client: Browser) -> None:
    page = client.get("/tracking").text
    first = page.index("Nothing tracked yet")
    assert first < page.index('id="exp-h"')
    assert 'href="#add-h"' in page and 'href="#import-h"' in page
    assert "most recent of 0" not in page


def test_a_reply_to_an_unknown_application_comes_back_on_the_form(client: Browser) -> None:
    import html
    import re

    typed = {"kind": "response", "company": "Nobody <i>Inc</i>", "note": "called back"}
    response = client.submit("/tracking/events", typed, headers={"accept": "text/html"})
    assert response.status_code == 404
    page = response.text
    form = page[page.index('action="/tracking/events"') :]
    form = form[: form.index("</form>")]
    assert 'role="alert"' in form and "application" in form and "levelset track" not in form
    for field_id, value in (("t-company", "Nobody <i>Inc</i>"), ("t-note", "called back")):
        tag = re.search(rf'<input[^>]*id="{field_id}"[^>]*>', page)
        assert tag and f'value="{html.escape(value)}"' in tag.group(0).replace("&#34;", "&quot;")
    assert re.search(r'<option value="response" selected', form)
    assert data_of(client.get("/tracking.json"))["event_count"] == 0


def test_the_import_form_takes_the_order_of_ambiguous_dates(client: Browser) -> None:
    day = TODAY - dt.timedelta(days=40)
    year = day.year - 1  # 3 February and 2 March of last year are both in the past
    body = f"company,role,date\nAcme,MLE,{day}\nGlobex,MLE,03/02/{year}\n".encode()
    refused = imported(client, body)
    assert refused.status_code == 400 and "could be day first or month first" in refused.text
    assert imported(client, body, date_order="dmy").status_code == 303
    dates = {e["date"] for e in data_of(client.get("/tracking.json"))["events"]}
    assert f"{year}-02-03" in dates
