"""A company is whatever the offer letter says: slashes, ampersands and markup all work."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.web.conftest import Browser, data_of


@pytest.mark.parametrize("company", ["A/B Labs", "<script>alert(1)</script>", "R&D / Co."])
def test_a_negotiation_with_any_company_name_opens_and_logs_events(
    client: Browser, company: str
) -> None:
    client.submit("/offers", {"company": company, "base": "180000"})
    started = client.submit("/negotiation", {"offer_id": "1", "date": "2026-11-02"})
    assert started.status_code == 303
    page_path = "/negotiation/" + quote(company, safe="")
    assert started.headers["location"] == page_path
    page = client.get(page_path)
    assert page.status_code == 200, page.text[:300]
    assert "<script>alert(1)" not in page.text
    logged = client.submit(page_path + "/events", {"kind": "counter_sent", "date": "2026-11-04"})
    assert logged.status_code == 303
    data = data_of(client.get(page_path + ".json"))
    assert sorted(e["kind"] for e in data["timeline"]) == ["counter_sent", "initial_offer"]


def test_the_footer_links_to_this_page_s_own_twin(client: Browser) -> None:
    client.submit("/offers", {"company": "A/B Labs", "base": "180000"})
    client.submit("/negotiation", {"offer_id": "1", "date": "2026-11-02"})
    for path, twin in (
        ("/", "/index.json"),
        ("/negotiation/A%2FB%20Labs", "/negotiation/A%2FB%20Labs.json"),
        ("/offers?compare=1", "/offers.json?compare=1"),
    ):
        page = client.get(path).text
        assert f'href="{twin}">this page as JSON' in page, path
        assert client.get(twin).status_code == 200, twin


def test_a_missing_record_points_to_the_page_that_makes_it(client: Browser) -> None:
    negotiation = client.get("/negotiation/Nobody.json")
    assert negotiation.status_code == 404
    assert "/negotiation" in negotiation.json()["hint"]
    assert "levelset " not in negotiation.json()["hint"]
    calendar = client.get("/plan.ics", headers={"accept": "application/json"})
    assert calendar.status_code == 404
    assert "/plan" in calendar.json()["hint"] and "levelset " not in calendar.json()["hint"]


def test_each_draft_text_box_has_its_own_name(client: Browser) -> None:
    import re

    client.submit("/offers", {"company": "Acme", "base": "180000"})
    client.submit("/negotiation", {"offer_id": "1", "date": "2026-11-02"})
    page = client.get("/negotiation/Acme").text
    labels = re.findall(r'<label for="d-body-[a-z_]+">(.*?)</label>', page, re.S)
    assert len(labels) >= 4
    assert len(set(labels)) == len(labels), labels


@pytest.mark.parametrize("company", ["Northwind Cloud", "A/B Labs"])
def test_every_negotiation_link_on_the_dashboard_and_the_list_opens(
    client: Browser, company: str
) -> None:
    import re

    client.submit("/offers", {"company": company, "base": "180000"})
    client.submit("/negotiation", {"offer_id": "1", "date": "2026-11-02"})
    for listing in ("/", "/negotiation"):
        links = re.findall(r'href="(/negotiation/[^"#]+)"', client.get(listing).text)
        assert links, listing
        for link in links:
            assert client.get(link).status_code == 200, (listing, link)


def test_the_dashboard_leads_from_the_target_to_the_offer_to_the_negotiation(
    client: Browser,
) -> None:
    step = lambda: data_of(client.get("/index.json"))["next_step"]  # noqa: E731
    assert step()["href"] == "#target"
    client.submit("/profile", {"title": "ML Engineer", "level": "senior"})
    assert step()["href"] == "/offers#add"
    client.submit("/offers", {"company": "A/B Labs", "base": "180000", "level": "L5"})
    assert step()["href"] == "/negotiation"
    page = client.get("/").text
    assert "A/B Labs L5</a> — base $180,000" in page
    client.submit("/negotiation", {"offer_id": "1", "date": "2026-11-02"})
    assert step()["href"] == "/negotiation/A%2FB%20Labs"
    assert client.get(step()["href"]).status_code == 200
    assert step()["action"] == "Open the negotiation"
    client.submit("/negotiation/A%2FB%20Labs/events", {"kind": "signed", "date": "2026-11-09"})
    assert step()["href"] == "/negotiation/A%2FB%20Labs#outcome"  # what it gained, no step
    assert step()["action"] == "See the result"
    assert "signed" in step()["text"].lower()
