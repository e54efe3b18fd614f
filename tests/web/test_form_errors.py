"""A form sent with bad input comes back with the error next to it and the typed values kept."""

from __future__ import annotations

import html
import re

from tests.web.conftest import BASE, Browser, data_of


def _value_of(page: str, field_id: str) -> str | None:
    tag = re.search(rf'<input[^>]*id="{field_id}"[^>]*>', page)
    assert tag, field_id
    value = re.search(r'value="([^"]*)"', tag.group(0))
    return html.unescape(value.group(1)) if value else None


def test_a_negative_base_is_shown_on_the_offers_form_with_the_values_kept(
    client: Browser,
) -> None:
    typed = {"company": "Acme <b>AI</b>", "base": "-5", "level": "L5", "location": "Seattle, WA"}
    response = client.submit("/offers", typed, headers={"accept": "text/html"})
    assert response.status_code == 400
    page = response.text
    form = page[page.index('id="offer-form"') :]
    assert 'role="alert"' in form[: form.index("</form>")]
    assert "negative" in form[: form.index("</form>")]
    assert _value_of(page, "o-company") == "Acme <b>AI</b>"
    assert _value_of(page, "o-base") == "-5"
    assert _value_of(page, "o-location") == "Seattle, WA"
    assert "<b>AI</b>" not in page
    assert "offer form, base" not in page  # the list names each field once, no echoed prefix
    assert "1 thing to fix" in form[: form.index("</form>")]
    assert data_of(client.get("/offers.json"))["offers"] == []


def test_an_empty_offer_form_names_the_missing_fields_in_one_error_shape(
    client: Browser,
) -> None:
    page = client.submit("/offers", {}, headers={"accept": "text/html"})
    assert page.status_code == 400
    form = page.text[page.text.index('id="offer-form"') :]
    assert "company" in form[: form.index("</form>")]
    as_json = client.submit("/offers", {}, headers={"accept": "application/json"})
    assert as_json.status_code == 400
    body = as_json.json()
    assert body["error"] == "invalid_input"
    assert {"company", "base"} <= {p["field"] for p in body["problems"]}


def test_a_page_over_the_upload_limit_gets_a_page_not_raw_json(paths: object) -> None:
    from levelset.app.workspace import Workspace
    from levelset.web.app import create_app
    from tests.web.conftest import TestClient

    small = create_app(Workspace.at(paths.home), port=8765, max_upload_bytes=1024)  # type: ignore[arg-type]
    with TestClient(small, base_url=BASE) as raw:
        response = Browser(raw).submit(
            "/proof/upload",
            {},
            files={"files": ("big.pdf", b"%PDF-1.4\n" + b"0" * 4096, "application/pdf")},
            headers={"accept": "text/html,application/xhtml+xml"},
        )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    assert "1 MB" in response.text or "limit" in response.text
    assert response.headers["x-content-type-options"] == "nosniff"


def test_a_body_that_is_not_json_says_so(client: Browser) -> None:
    response = client.client.post(
        "/narrative/score.json",
        content=b"{{",
        headers={
            "content-type": "application/json",
            "origin": BASE,
            "x-csrf-token": client.token(),
        },
    )
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "invalid_input"
    assert "not valid JSON" in body["message"]
    assert body["problems"][0]["field"] is None


def test_a_cross_site_form_shows_the_refusal_as_a_page_and_changes_nothing(
    client: Browser,
) -> None:
    response = client.client.post(
        "/profile",
        data={"csrf_token": client.token(), "title": "Hacked"},
        headers={
            "sec-fetch-site": "cross-site",
            "origin": "https://evil.example",
            "accept": "text/html",
        },
    )
    assert response.status_code == 403
    assert response.headers["content-type"].startswith("text/html")
    assert "another origin" in response.text or "cross-site" in response.text
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert client.get("/index.json").json()["target"]["profile"]["target_title"] is None


def test_a_foreign_host_gets_json_and_never_a_page(client: Browser) -> None:
    response = client.client.get("/", headers={"host": "evil.example", "accept": "text/html"})
    assert response.status_code == 400
    assert response.json()["error"] == "bad_host"
    assert "csrf" not in response.text


def test_an_unknown_place_on_the_target_form_is_refused_with_the_closest_places(
    client: Browser, market: object
) -> None:
    client.submit("/profile", {"title": "ML Engineer", "places": "Seattle, WA"})
    typed = {"title": "Staff ML Engineer", "places": "Atlantys; Austin, TX", "positioning": "x"}
    response = client.submit("/profile", typed, headers={"accept": "text/html"})
    assert response.status_code == 400
    page = response.text
    form = page[page.index('action="/profile"') :]
    form = form[: form.index("</form>")]
    assert 'role="alert"' in form and "Atlantys" in form and "Atlanta" in form
    assert _value_of(page, "f-places") == "Atlantys; Austin, TX"
    assert _value_of(page, "f-title") == "Staff ML Engineer"
    profile = client.get("/index.json").json()["target"]["profile"]
    assert profile["target_title"] == "ML Engineer"
    assert profile["locations"] == ["Seattle, WA"]
    as_json = client.submit("/profile", typed, headers={"accept": "application/json"})
    assert as_json.status_code == 400
    assert as_json.json()["problems"][0]["field"] == "places"


def test_a_negative_current_base_keeps_the_typed_target(client: Browser) -> None:
    typed = {"title": "ML Engineer", "current_base": "-5"}
    response = client.submit("/profile", typed, headers={"accept": "text/html"})
    assert response.status_code == 400
    assert _value_of(response.text, "f-current_base") == "-5"
    assert _value_of(response.text, "f-title") == "ML Engineer"
    assert client.get("/index.json").json()["target"]["profile"]["target_title"] is None


def test_a_market_error_keeps_the_target_that_filled_the_blanks(
    client: Browser, market: object
) -> None:
    client.submit("/profile", {"title": "ML Engineer", "level": "senior"})
    response = client.get("/market?place=Atlantys&offer=201000", headers={"accept": "text/html"})
    assert response.status_code == 400
    page = response.text
    assert "Atlanta" in page
    assert _value_of(page, "q-role") == "ML Engineer"
    assert _value_of(page, "q-level") == "senior"
    assert _value_of(page, "q-place1") == "Atlantys"
    assert _value_of(page, "q-offer") == "201000"


def test_a_bad_offer_file_is_named_as_uploaded_never_by_a_server_path(client: Browser) -> None:
    response = client.submit(
        "/offers/upload",
        {},
        files={"files": ("evil.yaml", b"MZ\x90\x00\x00\xff\xfe", "text/yaml")},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 400
    body = response.json()
    assert [p["file"] for p in body["problems"]] == ["evil.yaml"]
    assert "levelset-offer-" not in response.text and "/tmp" not in response.text
