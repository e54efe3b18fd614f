"""The equity what-if page: a form GET (no script needed), its JSON twin, the slider, and bad
fields shown beside themselves."""

from __future__ import annotations

from tests.web.conftest import Browser, data_of

OPTIONS = {"kind": "options", "shares": "40000", "strike": "2.5", "company_value": "2B",
           "fully_diluted": "100M", "dilution": "15", "rounds": "2"}  # fmt: skip


def test_the_form_works_out_options_year_by_year(client: Browser) -> None:
    data = data_of(client.get("/equity.json", params=OPTIONS))
    result = data["result"]
    assert result["price_per_share"] == 14.45
    assert [y["net"] for y in result["years"]] == [119500, 239000, 358500, 478000]
    assert data["slider"] == {"field": "company_value", "value": 2000000000, "min": 0,
                              "max": 10000000000, "step": 50000000}  # fmt: skip
    page = client.get("/equity", params=OPTIONS).text
    assert 'type="range"' in page and 'name="company_value"' in page and "$2.0B" in page
    assert "$478,000" in page and "not tax advice" in page
    # moving the slider without a script is the same form GET with a new value
    moved = data_of(client.get("/equity.json", params={**OPTIONS, "company_value": "4B"}))
    assert moved["result"]["years"][-1]["net"] == 40000 * (28.9 - 2.5)


def test_a_stored_offer_fills_the_blanks(client: Browser) -> None:
    offer = {"company": "Acme", "base": "185000", "grant_value": "400000"}
    assert client.submit("/offers", offer).status_code == 303
    data = data_of(client.get("/equity.json"))
    assert data["offer"] == "Acme (offer 1)" and data["fields"]["kind"] == "rsu"
    assert data["result"]["years"][0]["net"] == 100000  # a quarter of the grant
    assert "one share per dollar" in data["notes"][0]
    bigger = data_of(client.get("/equity.json", params={"offer": 1, "price": "2"}))
    assert bigger["result"]["years"][-1]["net"] == 800000  # the same shares at twice the price


def test_bad_fields_come_back_beside_themselves(client: Browser) -> None:
    answer = client.get("/equity.json", params={"shares": "abc", "price": "10"})
    assert answer.status_code == 400
    assert answer.json()["problems"][0]["field"] == "shares"
    page = client.get("/equity", params={"shares": "abc", "price": "10"})
    assert page.status_code == 400
    assert 'aria-invalid="true" autofocus' in page.text and 'value="abc"' in page.text
    assert "&#39;abc&#39; is not a number" in page.text


def test_an_empty_what_if_points_to_the_offers(client: Browser) -> None:
    data = data_of(client.get("/equity.json"))
    assert data["result"] is None and data["offers"] == []
    assert 'href="/offers"' in client.get("/equity").text
