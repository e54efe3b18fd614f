"""The job board page: cards in columns, moves by form (no script) and their JSON twin,
contacts and dates on a card, the calendar file."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.suite_day import TODAY
from tests.web.conftest import Browser, data_of

pytestmark = pytest.mark.usefixtures("on_the_suites_day")


def _columns(client: Browser) -> dict[str, list[str]]:
    data = data_of(client.get("/board.json"))
    return {c["column"]: [card["company"] for card in c["cards"]] for c in data["columns"]}


def _card_id(client: Browser, company: str) -> int:
    data = data_of(client.get("/board.json"))
    return next(c["id"] for col in data["columns"] for c in col["cards"] if c["company"] == company)


def test_moving_a_card_forward_logs_the_event_and_back_takes_it_away(client: Browser) -> None:
    client.submit("/tracking/events", {"kind": "application", "company": "Acme", "role": "MLE"})
    client.submit("/tracking/events", {"kind": "application", "company": "Globex"})
    assert sorted(_columns(client)["applied"]) == ["Acme", "Globex"]
    acme = _card_id(client, "Acme")
    moved = client.submit(f"/board/cards/{acme}/move", {"to": "interviewing"})
    assert moved.status_code == 303 and moved.headers["location"] == f"/board#card-{acme}"
    assert _columns(client)["interviewing"] == ["Acme"]
    events = data_of(client.get("/tracking.json"))["events"]
    assert [e["kind"] for e in events][:2] == ["interview", "application"]  # a real event
    back = client.submit(
        f"/board/cards/{acme}/move", {"to": "applied"}, headers={"accept": "application/json"}
    )
    assert back.status_code == 200 and back.json()["column"] == "applied"
    assert sorted(_columns(client)["applied"]) == ["Acme", "Globex"]
    assert [e["kind"] for e in data_of(client.get("/tracking.json"))["events"]].count(
        "interview"
    ) == 0


def test_moving_a_card_to_its_own_column_logs_nothing(client: Browser) -> None:
    client.submit("/tracking/events", {"kind": "application", "company": "Acme"})
    acme = _card_id(client, "Acme")
    for _ in range(2):  # pressing Move on a closed card's own column again
        client.submit(f"/board/cards/{acme}/move", {"to": "rejected"})
    kinds = [e["kind"] for e in data_of(client.get("/tracking.json"))["events"]]
    assert kinds == ["rejection", "application"]
    client.submit(f"/board/cards/{acme}/move", {"to": "withdrawn"})  # the other way to close
    kinds = [e["kind"] for e in data_of(client.get("/tracking.json"))["events"]]
    assert kinds[0] == "withdrawal" and kinds.count("rejection") == 1


def test_a_card_moved_back_past_events_you_logged_is_refused(client: Browser) -> None:
    client.submit("/tracking/events", {"kind": "application", "company": "Acme"})
    client.submit("/tracking/events", {"kind": "interview", "company": "Acme"})
    acme = _card_id(client, "Acme")
    refused = client.submit(f"/board/cards/{acme}/move", {"to": "applied"})
    assert refused.status_code == 409
    assert "because of events you tracked" in refused.text and 'role="alert"' in refused.text
    assert _columns(client)["interviewing"] == ["Acme"]


def test_contacts_and_dates_are_kept_and_exported_to_the_calendar(client: Browser) -> None:
    client.submit("/tracking/events", {"kind": "application", "company": "Acme", "note": "via Kim"})
    acme = _card_id(client, "Acme")
    today = TODAY
    soon = (today + dt.timedelta(days=3)).isoformat()
    saved = client.submit(f"/board/cards/{acme}", {"contacts": "Dana Lee, recruiter",
                                                   "follow_up": soon,
                                                   "interviews": f"{soon} onsite"})  # fmt: skip
    assert saved.status_code == 303
    card = data_of(client.get("/board.json"))["columns"][0]["cards"][0]
    assert card["contacts"] == ["Dana Lee, recruiter"] and card["follow_up"] == soon
    assert card["interviews"] == [{"date": soon, "what": "onsite"}] and card["note"] == "via Kim"
    page = client.get("/board").text
    assert "Dana Lee, recruiter" in page and 'href="/board/follow-ups.ics"' in page
    ics = client.get("/board/follow-ups.ics")
    assert ics.status_code == 200 and ics.headers["content-type"].startswith("text/calendar")
    assert "attachment" in ics.headers["content-disposition"]
    assert ics.text.count("BEGIN:VEVENT") == 2 and "SUMMARY:Follow up: Acme" in ics.text


def test_a_bad_date_comes_back_beside_its_field(client: Browser) -> None:
    client.submit("/tracking/events", {"kind": "application", "company": "Acme"})
    acme = _card_id(client, "Acme")
    refused = client.submit(f"/board/cards/{acme}", {"follow_up": "next week", "contacts": "Dana"})
    assert refused.status_code == 400
    assert 'aria-invalid="true"' in refused.text and 'value="Dana"' in refused.text


def test_an_empty_board_says_how_to_start(client: Browser) -> None:
    assert "No applications yet" in client.get("/board").text
    assert data_of(client.get("/board.json"))["follow_ups_due"] == 0


def test_the_board_and_the_funnel_say_what_each_counts_and_agree_on_applications(
    client: Browser,
) -> None:
    """The board's Applied column (cards with no news yet, outreach included) and the funnel's
    Applied bar (every application, at every stage it passed) counted different things under
    one word, with nothing saying so (41 against 38 in the demo)."""
    for company, kind in (("Acme", "application"), ("Globex", "application"),
                          ("Initech", "outreach")):  # fmt: skip
        client.submit("/tracking/events", {"kind": kind, "company": company, "role": "MLE"})
    moved = client.submit(f"/board/cards/{_card_id(client, 'Acme')}/move", {"to": "interviewing"})
    assert moved.status_code == 303
    funnel = {
        s["stage"]: s["count"] for s in data_of(client.get("/tracking.json"))["metrics"]["funnel"]
    }
    columns = data_of(client.get("/board.json"))["columns"]
    cards = [card for col in columns for card in col["cards"]]
    assert funnel["Applied"] == sum(c["kind"] == "application" for c in cards) == 2
    assert len(next(c["cards"] for c in columns if c["column"] == "applied")) == 2
    board = " ".join(client.get("/board").text.split())
    assert "3 cards: 2 applications and 1 outreach message" in board
    assert "in the column of the furthest stage it reached" in board
    assert "The funnel on Tracking counts the applications alone" in board
    tracking = " ".join(client.get("/tracking").text.split())
    assert "Of 2 applications, each is counted at every stage it passed" in tracking
    assert "The job board shows each application and outreach message once" in tracking
