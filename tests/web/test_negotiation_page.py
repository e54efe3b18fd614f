"""The negotiation pages: start from a stored offer, anchor, log events, drafts with scores."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.suite_day import TODAY
from tests.web.conftest import Browser, data_of

JSON = {"accept": "application/json"}

OFFER = {"company": "Northwind Cloud", "base": "185000", "bonus_target_pct": "15", "level": "L5"}
REVISED = {**OFFER, "base": "200000"}
PAGE = "/negotiation/Northwind%20Cloud"
pytestmark = pytest.mark.usefixtures("market", "on_the_suites_day")


def started(client: Browser) -> None:
    client.submit("/offers", OFFER)
    response = client.submit("/negotiation", {"offer_id": "1", "date": "2026-11-02"})
    assert response.status_code == 303 and response.headers["location"] == PAGE


def test_starting_from_a_stored_offer_shows_the_five_steps(client: Browser) -> None:
    started(client)
    data = data_of(client.get(PAGE + ".json"))
    assert data["step"] == "prepare"
    assert [s["state"] for s in data["steps"]] == ["current", "todo", "todo", "todo", "todo"]
    assert [e["kind"] for e in data["timeline"]] == ["initial_offer"]
    index = data_of(client.get("/negotiation.json"))
    assert [n["company"] for n in index["negotiations"]] == ["Northwind Cloud"]
    page = client.get(PAGE).text
    assert 'aria-current="step"' in page and "Prepare the case" in page


def test_the_five_steps_are_named_once_for_every_door(client: Browser) -> None:
    """The web kept its own copy of the five step headings beside the negotiation core's; it
    now asks the app for them, so a heading is written in one place."""
    from pathlib import Path

    from levelset.negotiation import Step

    started(client)
    data = data_of(client.get(PAGE + ".json"))
    five = [(s.value, s.heading) for s in list(Step)[:5]]
    assert [(s["step"], s["title"]) for s in data["steps"]] == five
    assert data["step_label"] == Step.PREPARE.heading
    import levelset.web

    web = Path(levelset.web.__file__).parent
    copies = [
        str(f.relative_to(web))
        for f in web.rglob("*.py")
        if sum(heading in f.read_text(encoding="utf-8") for _name, heading in five) > 1
    ]  # one heading may be a route's summary ("Set the anchor"); a list of them is a copy
    assert copies == []


def test_the_full_flow_to_signature_and_the_delta(client: Browser) -> None:
    started(client)
    assert client.submit(PAGE + "/anchor", {"percentile": "75"}).status_code == 303
    client.submit(PAGE + "/events", {"kind": "counter_sent", "date": "2026-11-04"})
    client.submit("/offers", REVISED)
    client.submit(
        PAGE + "/events", {"kind": "revised_offer", "date": "2026-11-06", "offer_id": "2"}
    )
    client.submit(PAGE + "/events", {"kind": "signed", "date": "2026-11-09"})
    data = data_of(client.get(PAGE + ".json"))
    assert data["step"] == "signed"
    assert data["anchor"]["anchor"]["amount"] >= 185000
    outcome = data["outcome"]
    assert outcome["delta"]["base"]["absolute"] == 15000
    assert outcome["days_to_signature"] == 7
    page = client.get(PAGE).text
    assert "$15,000" in page and "This negotiation is signed." in page


def test_an_event_out_of_order_is_a_conflict_and_changes_nothing(client: Browser) -> None:
    started(client)
    client.submit(PAGE + "/events", {"kind": "declined"})
    response = client.submit(PAGE + "/events", {"kind": "counter_sent"})
    assert response.status_code == 409
    assert len(data_of(client.get(PAGE + ".json"))["timeline"]) == 2


def test_an_unknown_company_is_a_404(client: Browser) -> None:
    assert client.get("/negotiation/Nobody.json").status_code == 404


def test_each_draft_carries_its_narrative_score(client: Browser) -> None:
    started(client)
    drafts = data_of(client.get(PAGE + ".json"))["drafts"]
    assert [d["kind"] for d in drafts] == ["counter", "call", "no", "confirm"]
    assert all(0 <= d["score"]["score"] <= 100 for d in drafts)
    page = client.get(PAGE).text
    assert f"data-score-value>{drafts[0]['score']['score']}<" in page


def test_an_edited_draft_is_saved_as_a_new_version_with_a_new_score(client: Browser) -> None:
    started(client)
    before = data_of(client.get(PAGE + ".json"))["drafts"][0]
    text = "Sorry to ask, but I was hoping maybe you could do a bit more?"
    response = client.submit(PAGE + "/drafts/counter", {"body": text, "subject": "Offer"})
    assert response.status_code == 303
    after = data_of(client.get(PAGE + ".json"))["drafts"][0]
    assert after["body"] == text and after["version"] == 1 and after["origin"] == "edited"
    assert after["score"]["score"] < before["score"]["score"]


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Sorry to ask, I know this is a lot, maybe a bit more?", "ask"),
        ("Thank you! I am excited to join. Based on the P75 of $255,000 for this level in "
         "Seattle, I am asking for a base of $255,000. If we agree, I can sign by Friday.", "ask"),
    ],
)  # fmt: skip
def test_the_score_endpoint_answers_like_the_narrative_score(
    client: Browser, text: str, stage: str
) -> None:
    from levelset.jsonable import to_jsonable
    from levelset.narrative import score_message

    response = client.post_json("/narrative/score.json", {"text": text, "stage": stage})
    assert response.status_code == 200
    assert response.json() == to_jsonable(score_message(text, stage))


def test_the_score_endpoint_needs_the_token(client: Browser) -> None:
    headers: dict[str, Any] = {"sec-fetch-site": "same-origin"}
    response = client.post("/narrative/score.json", json={"text": "hi"}, headers=headers)
    assert response.status_code == 403


def test_an_unknown_stage_is_bad_input(client: Browser) -> None:
    response = client.post_json("/narrative/score.json", {"text": "hi", "stage": "dance"})
    assert response.status_code == 400
    assert response.json()["error"] == "unknown_value"


def test_the_apps_own_counter_never_asks_for_base_alone_and_scores_well_once_anchored(
    client: Browser,
) -> None:
    started(client)
    before = data_of(client.get(PAGE + ".json"))["drafts"][0]
    findings = [f["message"] for f in before["score"]["findings"]]
    assert not any("base pay" in f or "one lever" in f for f in findings)
    assert "Set your anchor</a> first" in client.get(PAGE).text
    client.submit(PAGE + "/anchor", {"percentile": "75"})
    anchored = data_of(client.get(PAGE + ".json"))["drafts"][0]
    assert anchored["score"]["score"] >= 85 > before["score"]["score"]
    left = {f["message"] for f in anchored["score"]["findings"]}
    assert left <= {"There is no next step or date."}  # the one blank: the date to sign by
    assert "[THE DATE YOU CAN SIGN BY]" in anchored["placeholders"]


def test_a_draft_is_sent_from_the_mail_program_never_from_levelset(client: Browser) -> None:
    started(client)
    text = "Thank you for the offer. I am asking for a base of $215,000.\nBest, Ada"
    client.submit(PAGE + "/drafts/counter", {"body": text, "subject": "Offer & next steps"})
    asked = {"company": "Northwind Cloud", "format": "eml"}
    eml = client.get("/drafts/counter", params=asked)
    assert eml.status_code == 200 and eml.headers["content-type"].startswith("message/rfc822")
    assert 'filename="northwind-cloud-counter-v1.eml"' in eml.headers["content-disposition"]
    import email

    message = email.message_from_string(eml.text)
    assert message["Subject"] == "Offer & next steps" and message["X-Unsent"] == "1"
    assert message["To"] is None  # the user addresses it in their mail program
    assert message.get_payload(decode=True).decode().strip() == text
    plain = client.get("/drafts/counter", params={**asked, "format": "txt"})
    assert plain.text == f"Subject: Offer & next steps\n\n{text}\n"
    assert client.get("/drafts/nope", params=asked).status_code == 404
    assert client.get("/drafts/counter", params={**asked, "company": "Nobody"}).status_code == 404
    assert client.get("/drafts/counter", params={**asked, "format": "pdf"}).status_code == 400
    page = client.get(PAGE).text
    assert 'href="mailto:?subject=Offer%20%26%20next%20steps&amp;body=Thank%20you' in page
    assert 'href="/drafts/counter?company=Northwind%20Cloud&amp;format=eml" download' in page


def test_a_downloaded_draft_says_its_version_and_earlier_versions_stay_downloadable(
    client: Browser,
) -> None:
    import email
    from email.policy import default as policy  # as a mail program reads it: unfolded

    started(client)
    asked = {"company": "Northwind Cloud", "format": "eml"}
    fresh = client.get("/drafts/counter", params=asked)  # nothing saved yet
    assert 'filename="northwind-cloud-counter-unsaved.eml"' in fresh.headers["content-disposition"]
    said = email.message_from_string(fresh.text, policy=policy)["X-Levelset-Draft"]
    assert said == "counter for Northwind Cloud, not saved yet (a fresh draft)"
    first, second = "I am asking for a base of $210,000.", "I am asking for a base of $215,000."
    client.submit(PAGE + "/drafts/counter", {"body": first, "subject": "Offer"})
    client.submit(PAGE + "/drafts/counter", {"body": second, "subject": "Offer, revised"})

    latest = client.get("/drafts/counter", params=asked)
    message = email.message_from_string(latest.text, policy=policy)
    assert message["X-Levelset-Draft"].startswith(
        "counter for Northwind Cloud, version 2 of 2 (edited, saved 20"
    )
    assert message.get_content().strip() == second
    assert 'filename="northwind-cloud-counter-v2.eml"' in latest.headers["content-disposition"]

    older = client.get("/drafts/counter", params={**asked, "version": "1"})
    message = email.message_from_string(older.text, policy=policy)
    assert message["X-Levelset-Draft"].startswith("counter for Northwind Cloud, version 1 of 2")
    assert message["Subject"] == "Offer" and message.get_content().strip() == first
    text = client.get("/drafts/counter", params={**asked, "format": "txt", "version": "1"})
    assert text.text == f"Subject: Offer\n\n{first}\n"
    assert 'filename="northwind-cloud-counter-v1.txt"' in text.headers["content-disposition"]
    missing = client.get("/drafts/counter", params={**asked, "version": "9"}, headers=JSON)
    assert missing.status_code == 404 and "version 9" in missing.text and "1 to 2" in missing.text

    page = client.get(PAGE).text
    assert "Earlier versions (1)" in page
    assert (
        'href="/drafts/counter?company=Northwind%20Cloud&amp;format=eml&amp;version=1" download'
        in page
    )
    counter = data_of(client.get(PAGE + ".json"))["drafts"][0]
    assert [v["version"] for v in counter["versions"]] == [2, 1]
    assert [v["origin"] for v in counter["versions"]] == ["edited", "edited"]


def test_the_target_and_a_suggested_walk_away_show_their_reason_source_and_area(
    client: Browser,
) -> None:
    """The page showed the walk-away ($ from the market median) bare, never saying it was a
    suggestion or where it came from; the CLI and JSON said both."""
    client.submit("/offers", {**OFFER, "title": "Senior ML Engineer", "location": "Seattle, WA"})
    client.submit("/negotiation", {"offer_id": "1", "date": "2026-11-02"})
    assert client.submit(PAGE + "/anchor", {"percentile": "75"}).status_code == 303
    anchor = data_of(client.get(PAGE + ".json"))["anchor"]
    walk = next(b for b in anchor["basis"] if b["figure"] == "walk_away")
    assert walk["suggestion"] and walk["area"]
    page = " ".join(client.get(PAGE).text.split())
    assert "Walk away below (suggested)" in page
    assert "A suggestion, not a number you set" in page
    assert walk["area"] in anchor["walk_away"]["source"]  # named once, in the source itself
    assert f"(source: {anchor['walk_away']['source']})" in page
    assert f"(source: {anchor['target']['source']})" in page


def test_the_sign_on_lever_is_written_as_a_word(client: Browser) -> None:
    client.submit("/offers", {**OFFER, "sign_on_1": "20000"})
    client.submit("/negotiation", {"offer_id": "1", "date": "2026-11-02"})
    client.submit(PAGE + "/anchor", {"percentile": "75"})
    client.submit("/offers", {**OFFER, "base": "190000", "sign_on_1": "30000"})
    client.submit(
        PAGE + "/events", {"kind": "revised_offer", "date": "2026-11-06", "offer_id": "2"}
    )
    data = data_of(client.get(PAGE + ".json"))
    assert "sign_on" in data["outcome"]["levers_improved"]
    page = client.get(PAGE).text
    assert "sign-on" in page and "sign on" not in page.lower()


def test_a_refused_event_form_names_no_command_or_flag(client: Browser) -> None:
    """A note logged without its text said 'give the text with --note' on the web page."""
    started(client)
    refused = client.submit(PAGE + "/events", {"kind": "note"})
    assert refused.status_code == 400
    body = refused.text[refused.text.index("<main") : refused.text.index("</main>")]
    assert "give the note" in body
    assert not re.search(r"\s--[a-z]|levelset \w|_offer|counter_sent", body), body


@pytest.mark.parametrize(
    ("form", "field", "said"),
    [
        ({"kind": "note"}, "e-note", "give the note"),
        ({"kind": "revised_offer"}, "e-offer", "give the offer itself"),
    ],
)
def test_a_refused_event_is_shown_beside_the_field_to_change(
    client: Browser, form: dict[str, str], field: str, said: str
) -> None:
    """The refusal names its field (in the domain's words); the form shows it beside its own
    field, which takes the focus, as a bad value is shown."""
    started(client)
    empty = {"date": "", "offer_id": "", "note": ""}  # a browser sends the empty fields too
    sent = {**empty, **form, "form_key": "negotiation-event", "form_back": PAGE}
    refused = client.submit(PAGE + "/events", sent)
    assert refused.status_code == 400
    tag = re.search(rf'<(?:input|select) id="{field}"[^>]*>', refused.text)
    assert tag and 'aria-invalid="true"' in tag[0] and "autofocus" in tag[0], tag
    error = re.search(rf'<p class="field-error" id="{field}-error">([^<]*)</p>', refused.text)
    assert error and said in error[1].lower()
    assert not re.search(r"\s--[a-z]|levelset \w|_offer|counter_sent", error[1])
    assert "Offer id" not in refused.text and "Note: note:" not in refused.text  # no machine name


def test_a_competing_offer_older_than_a_year_is_flagged_on_the_anchor(
    client: Browser, tmp_path: Any
) -> None:
    import datetime as dt

    from tests.cli.runner import run_cli

    today = TODAY
    year, month = divmod(today.year * 12 + today.month - 1 - 14, 12)
    made = dt.date(year, month + 1, min(today.day, 28)).isoformat()
    rival = tmp_path / "lumen.yaml"
    rival.write_text(
        f"company: Lumen Labs\ncurrency: USD\nbase: 260000\noffered_on: {made}\n", "utf-8"
    )
    started(client)
    assert run_cli("offer", "add", str(rival)).exit_code == 0
    assert client.submit(PAGE + "/anchor", {"competing": "2"}).status_code == 303
    page = " ".join(client.get(PAGE).text.split())
    assert f"(offer of {made}, 14 months old)" in page
    assert "Lumen Labs&#39;s offer is 14 months old" in page
