"""The practice page: a turn-based mock call in the browser, and its JSON twin."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from tests.suite_day import TODAY
from tests.web.conftest import Browser, data_of
from tests.web.test_negotiation_page import started

pytestmark = pytest.mark.usefixtures("market", "on_the_suites_day")
HOLD = "My number is $215,000 base. If base can't move, a sign-on bonus closes the gap."


def _page(answers: list[str], suffix: str = ".json") -> str:
    query = [("company", "Northwind Cloud"), ("seed", "1")] + [("answer", a) for a in answers]
    return f"/practice{suffix}?{urlencode(query)}"


def test_the_call_goes_turn_by_turn_and_ends_with_the_result(client: Browser) -> None:
    started(client)
    first = data_of(client.get(_page([])))
    assert first["companies"] == ["Northwind Cloud"] and first["moves"] == []
    assert first["next"]["kind"] == "number"
    one = data_of(client.get(_page([HOLD])))
    assert one["moves"][0]["recruiter"] == first["next"]["recruiter"]
    assert isinstance(one["moves"][0]["score"], int) and one["next"]["recruiter"]
    done = data_of(client.get(_page([HOLD] * 9)))
    assert done["next"] is None and done["session"]["score"] == round(
        sum(m["score"] for m in done["moves"]) / len(done["moves"])
    )
    html = client.get(_page([HOLD] * 9, ""))
    assert html.status_code == 200 and "Session score" in html.text


def test_the_page_without_a_negotiation_says_what_to_do(client: Browser) -> None:
    html = client.get("/practice")
    assert html.status_code == 200 and "Log an offer first" in html.text


def test_a_call_finished_on_the_page_is_kept_and_the_cli_lists_it(client: Browser) -> None:
    from tests.cli.runner import run_cli

    started(client)
    html = client.get(_page([HOLD] * 9, "")).text
    assert 'action="/practice/sessions"' in html and "Keep this session" in html
    done = data_of(client.get(_page([HOLD] * 9)))
    form = {"company": "Northwind Cloud", "seed": "1", "answer": [HOLD] * 9}
    kept = client.submit("/practice/sessions", form)
    assert kept.status_code == 303 and kept.headers["location"].startswith("/practice?company=")
    assert "The practice session is kept" in client.get(kept.headers["location"]).text
    listed = run_cli("practice", "history", "--json")
    assert listed.exit_code == 0, listed.stderr
    assert [(k["kind"], k["company"], k["score"]) for k in listed.json()] == [
        ("negotiation", "Northwind Cloud", done["session"]["score"])
    ]
    practice = data_of(client.get("/tracking.json"))["metrics"]["practice"]
    assert practice["sessions"] == 1
    assert practice["dimensions"][0]["latest"]["score"] == done["session"]["score"]


def test_keeping_a_session_without_answers_is_refused(client: Browser) -> None:
    from tests.cli.runner import run_cli

    started(client)
    refused = client.submit(
        "/practice/sessions",
        {"company": "Northwind Cloud", "answer": ["  "]},
        headers={"accept": "application/json"},
    )
    assert refused.status_code == 400 and "answer" in refused.text
    assert run_cli("practice", "history", "--json").json() == []


def test_pressing_keep_twice_stores_the_session_once(client: Browser) -> None:
    from tests.cli.runner import run_cli

    started(client)
    form = {"company": "Northwind Cloud", "seed": "1", "answer": [HOLD] * 9}
    json_only = {"accept": "application/json"}
    first = client.submit("/practice/sessions", form, headers=json_only)
    again = client.submit("/practice/sessions", form, headers=json_only)
    assert first.status_code == 201 and again.status_code == 200, again.text
    assert first.json()["kept"]["already_kept"] is False
    assert again.json()["kept"] == first.json()["kept"] | {"already_kept": True}
    page = client.submit("/practice/sessions", form)
    assert page.status_code == 303
    assert "already kept" in client.get(page.headers["location"]).text
    assert len(run_cli("practice", "history", "--json").json()) == 1


def test_the_metrics_page_shows_practice_scores_over_time(client: Browser) -> None:
    from tests.cli.runner import run_cli

    assert "No rehearsal kept yet" in client.get("/tracking").text
    started(client)
    conceding = ["Ok, that's fine, I accept.", *[HOLD] * 9]
    for answers in ([HOLD] * 9, conceding):
        form = {"company": "Northwind Cloud", "seed": "1", "answer": answers}
        assert client.submit("/practice/sessions", form).status_code == 303
    page = client.get("/tracking")
    assert page.status_code == 200
    text = page.text
    assert "2 sessions kept" in text and "Mock calls: score per session (/100)" in text
    practice = data_of(client.get("/tracking.json"))["metrics"]["practice"]
    overall = next(d for d in practice["dimensions"] if d["dimension"] == "negotiation")
    assert [s["score"] for s in overall["scores"]] == [
        overall["best"]["score"],
        overall["latest"]["score"],
    ]
    assert f"{overall['trend']['change']:+d}" in text
    help_text = run_cli("metrics", "--help").stdout
    assert "practice" in help_text.lower()


def test_the_plan_page_review_shows_what_the_peer_heard(client: Browser) -> None:

    from tests.cli.runner import run_cli

    started(client)
    assert client.submit("/plan", {"start": TODAY.isoformat()}).status_code == 303
    recorded = run_cli("practice", "peer", "record", "--heard", "an ML engineer",
                       "--number", "190k", "--pushback", "the band tops out at 200")  # fmt: skip
    assert recorded.exit_code == 0, recorded.stderr
    (peer,) = data_of(client.get("/plan.json"))["review"]["peer"]
    assert peer["remembered"] == "$190,000" and peer["number_landed"] is False
    page = client.get("/plan").text
    assert "What your peer heard" in page and "Change next time:" in page
    assert "the band tops out at 200" in page


def test_a_kept_session_is_listed_deleted_undone_and_downloaded(client: Browser) -> None:
    from tests.web.test_lists import delete_then_undo

    started(client)
    for seed in ("1", "2"):
        form = {"company": "Northwind Cloud", "seed": seed, "answer": [HOLD] * 9}
        assert client.submit("/practice/sessions", form).status_code == 303
    before = data_of(client.get("/tracking.json"))["practice_sessions"]
    assert [s["id"] for s in before] == [2, 1]  # newest first
    page = delete_then_undo(client, "/practice/sessions/1/delete")
    assert "Deleted practice session #1 (negotiation · Northwind Cloud · " in page
    after = data_of(client.get("/tracking.json"))["practice_sessions"]
    keys = ("kind", "company", "score", "on", "session_id")
    shown = sorted(tuple(str(s[k]) for k in keys) for s in after)
    assert shown == sorted(tuple(str(s[k]) for k in keys) for s in before)
    gone = client.submit("/practice/sessions/2/delete", {}, headers={"accept": "application/json"})
    assert gone.status_code == 200 and gone.json()["token"].startswith("deleted-practice-")
    missing = client.submit(
        "/practice/sessions/99/delete", {}, headers={"accept": "application/json"}
    )
    assert missing.status_code == 404
    csv_text = client.get("/export/practice", params={"format": "csv"}).text
    assert csv_text.splitlines()[0] == "id,kind,company,score,on,session_id"
    assert len(csv_text.splitlines()) == 2  # one session left
    rows = client.get("/export/practice", params={"format": "json"}).json()["practice"]
    assert rows[0]["company"] == "Northwind Cloud" and rows[0]["data"]["moves"]


def test_the_practice_buttons_look_like_every_other_button(client: Browser) -> None:
    import re

    started(client)
    pages = [client.get(_page([], "")).text, client.get(_page([HOLD] * 9, "")).text]
    buttons = [b for page in pages for b in re.findall(r"<button[^>]*>", page)]
    assert len(buttons) >= 3  # start, answer or keep
    assert all('class="button' in b for b in buttons), buttons
    assert 'id="seed-hint"' in pages[0]  # the seed says what it does
