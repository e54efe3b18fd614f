"""Every form, refused, comes back as its own page: values as typed, each problem by its field,
the focus on the first field to fix; amounts and places are read as people type them."""

from __future__ import annotations

import html
import re

from tests.web.conftest import Browser, data_of

HTML = {"accept": "text/html"}


def _tag(page: str, field_id: str) -> str:
    tag = re.search(rf'<(?:input|select)[^>]*id="{field_id}"[^>]*>', page)
    assert tag, field_id
    return tag.group(0)


def _value(page: str, field_id: str) -> str | None:
    found = re.search(r'value="([^"]*)"', _tag(page, field_id))
    return html.unescape(found.group(1)) if found else None


def _form(page: str, action: str) -> str:
    start = page.index(f'action="{action}"')
    return page[start : page.index("</form>", start)]


def test_a_refused_experiment_comes_back_in_its_form_with_the_focus_on_the_field(
    client: Browser,
) -> None:
    typed = {"name": "opener", "change": "Lead with the result", "window": "500"}
    sent = {**typed, "form_key": "experiment", "form_back": "/tracking"}
    response = client.submit("/tracking/experiments", sent, headers=HTML)
    assert response.status_code == 400
    page = response.text
    form = _form(page, "/tracking/experiments")
    assert 'role="alert"' in form
    window = _tag(page, "x-window")
    assert 'aria-invalid="true"' in window and "autofocus" in window
    assert 'id="x-window-error"' in form  # the problem sits beside its field
    assert _value(page, "x-name") == "opener"
    assert _value(page, "x-change") == "Lead with the result"
    assert _value(page, "x-window") == "500"
    assert page.count("autofocus") == 1
    assert '<details class="disclosure" open>\n    <summary>Start an experiment' in page
    assert data_of(client.get("/tracking.json"))["experiments"] == []


def test_a_refused_form_keeps_other_forms_on_the_page_untouched(client: Browser) -> None:
    sent = {"name": "x", "change": "y", "window": "0", "form_key": "experiment"}
    page = client.submit("/tracking/experiments", {**sent, "form_back": "/tracking"}, headers=HTML)
    event_form = _form(page.text, "/tracking/events")
    assert 'role="alert"' not in event_form
    assert _value(page.text, "t-company") is None


def test_a_form_sent_by_a_script_still_gets_json(client: Browser) -> None:
    sent = {"name": "x", "change": "y", "window": "0", "form_key": "experiment"}
    response = client.submit(
        "/tracking/experiments",
        {**sent, "form_back": "/tracking"},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 400 and response.json()["error"] == "invalid_input"


def test_a_foreign_return_address_is_never_followed(client: Browser) -> None:
    sent = {"name": "x", "change": "y", "window": "0", "form_key": "experiment"}
    response = client.submit(
        "/tracking/experiments", {**sent, "form_back": "//evil.example/"}, headers=HTML
    )
    assert response.status_code == 400
    assert "Something in the form needs fixing" in response.text  # the plain error page


def test_the_offer_form_takes_192k_and_confirms_the_save(client: Browser) -> None:
    sent = {"company": "Acme", "base": "192k", "grant_value": "$400K", "form_key": "offer"}
    saved = client.submit("/offers", {**sent, "form_back": "/offers"})
    assert saved.status_code == 303
    offer = data_of(client.get("/offers.json"))["offers"][0]["offer"]
    assert float(offer["base"]) == 192_000
    assert float(offer["equity"]["grant_value"]) == 400_000
    page = client.get(saved.headers["location"].split("#")[0])
    assert "The offer is saved." in page.text and 'role="status"' in page.text
    again = client.get("/offers")
    assert "The offer is saved." not in again.text  # shown once


def test_a_misspelt_offer_location_is_refused_with_clickable_places(
    client: Browser, market: object
) -> None:
    typed = {"company": "Acme", "base": "190000", "location": "Seatle, WA", "form_key": "offer"}
    response = client.submit("/offers", {**typed, "form_back": "/offers"}, headers=HTML)
    assert response.status_code == 400
    page = response.text
    location = _tag(page, "o-location")
    assert "autofocus" in location and 'aria-invalid="true"' in location
    assert re.search(r'<button type="button" class="suggestion" data-fill="o-location"', page)
    assert "Seattle" in _form(page, "/offers")
    assert _value(page, "o-base") == "190000"
    assert data_of(client.get("/offers.json"))["offers"] == []


def test_boise_id_is_a_place_for_the_target(client: Browser, market: object) -> None:
    response = client.submit("/profile", {"title": "ML Engineer", "places": "Boise, ID"})
    assert response.status_code == 303
    profile = data_of(client.get("/index.json"))["target"]["profile"]
    assert profile["locations"] == ["Boise, ID"]


def test_a_bad_review_week_comes_back_on_the_plan_page(client: Browser) -> None:
    sent = {"week": "9", "changed": "more replies", "form_key": "review", "form_back": "/plan"}
    response = client.submit("/plan/review", sent, headers=HTML)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "Plan" in response.text and "Go back" not in response.text
