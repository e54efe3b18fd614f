"""The offers page: add offers through the form, value them, compare them side by side."""

from __future__ import annotations

import re

from tests.web.conftest import Browser, data_of

NORTHWIND = {
    "company": "Northwind Cloud", "base": "185,000", "bonus_target_pct": "15",
    "sign_on_1": "50000", "sign_on_2": "25000", "grant_value": "400000",
    "vesting": "5/15/40/40", "level": "L5",
}  # fmt: skip
CONTOSO = {"company": "Contoso AI", "base": "200000", "bonus_target_pct": "10", "level": "Senior"}


def test_an_offer_from_the_form_is_valued_year_by_year(client: Browser) -> None:
    response = client.submit("/offers", NORTHWIND)
    assert response.status_code == 303 and response.headers["location"] == "/offers#offer-1"
    data = data_of(client.get("/offers.json"))
    (entry,) = data["comparison"]["offers"]
    years = entry["valuation"]["years"]
    # Worked by hand: 5/15/40/40 of 400k, bonus 15% of 185k, sign-on 50k then 25k.
    assert [y["equity"] for y in years] == [20000, 60000, 160000, 160000]
    assert years[0]["total"] == 185000 + 27750 + 50000 + 20000
    assert entry["four_year_total"] == 4 * 185000 + 4 * 27750 + 75000 + 400000
    page = client.get("/offers").text
    assert "$282,750" in page and "$1,326,000" in page


def test_two_offers_side_by_side_with_a_year_by_year_chart(client: Browser) -> None:
    client.submit("/offers", NORTHWIND)
    client.submit("/offers", CONTOSO)
    data = data_of(client.get("/offers.json"))
    winners = data["comparison"]["winners"]
    assert winners["year1_total"] == "Northwind Cloud L5"
    assert winners["base"] == "Contoso AI Senior"
    page = client.get("/offers").text
    assert "Total value per year (USD)" in page
    assert page.count('<h2 id="offer-h-') == 2
    only_one = data_of(client.get("/offers.json", params={"compare": [2]}))
    assert [o["company"] for o in only_one["comparison"]["offers"]] == ["Contoso AI"]


def test_refreshers_are_counted_only_when_asked(client: Browser) -> None:
    client.submit("/offers", NORTHWIND)
    plain = data_of(client.get("/offers.json"))["comparison"]["offers"][0]
    typical = data_of(client.get("/offers.json", params={"refreshers": "typical"}))
    assert plain["valuation"]["refreshers"] == "not counted"
    assert typical["comparison"]["offers"][0]["four_year_total"] > plain["four_year_total"]


def test_a_bad_offer_names_every_field_and_stores_nothing(client: Browser) -> None:
    bad = {
        "company": "Bad",
        "base": "-5",
        "currency": "XYZ",
        "vesting": "50/60",
        "grant_value": "1",
    }
    response = client.submit("/offers", bad, headers={"accept": "application/json"})
    assert response.status_code == 400
    fields = {p["field"] for p in response.json()["problems"]}
    assert {"base", "currency"} <= fields
    assert any("vesting" in (f or "") for f in fields)
    assert data_of(client.get("/offers.json"))["offers"] == []


def test_a_json_client_gets_the_stored_offer(client: Browser) -> None:
    response = client.submit("/offers", CONTOSO, headers={"accept": "application/json"})
    assert response.status_code == 201
    assert response.json()["offer"]["company"] == "Contoso AI"


def test_the_empty_page_opens_the_form(client: Browser) -> None:
    page = client.get("/offers").text
    assert '<details class="disclosure" open>' in page
    assert 'name="company"' in page and 'name="base"' in page


def test_what_the_valuation_warns_of_is_on_the_page_as_in_the_terminal(client: Browser) -> None:
    # A base typed as a total and options with no price: `offer value` says both in words.
    client.submit("/offers", {"company": "Big Base", "base": "1.2m"})
    seed = "company: Seed\ncurrency: USD\nbase: 150000\nequity: {shares: 1000, strike: 1}\n"
    _upload(client, ("seed.yaml", seed.encode()))
    page = " ".join(client.get("/offers").text.split())
    assert "Base $1,200,000 a year is above nearly every base salary" in page
    assert "No 409A value or preferred price given" in page


def test_correcting_an_offer_prefills_the_form_and_keeps_the_original(client: Browser) -> None:
    client.submit("/offers", NORTHWIND)
    data = data_of(client.get("/offers.json", params={"edit": 1}))
    assert data["editing"]["company"] == "Northwind Cloud"
    assert data["editing"]["vesting"] == "5/15/40/40" and data["editing"]["sign_on_1"] == 50000
    page = client.get("/offers", params={"edit": 1}).text
    assert 'value="Northwind Cloud"' in page and 'value="185000"' in page
    assert '<option value="5/15/40/40" selected>' in page
    client.submit("/offers", {**NORTHWIND, "base": "195000"})
    bases = [o["offer"]["base"] for o in data_of(client.get("/offers.json"))["offers"]]
    assert bases == [185000, 195000]
    assert client.get("/offers.json", params={"edit": 9}).status_code == 404


def test_each_offer_is_placed_in_its_market_range(client: Browser, market: object) -> None:
    client.submit("/offers", {**NORTHWIND, "title": "ML Engineer", "location": "Seattle, WA"})
    entry = data_of(client.get("/offers.json"))["comparison"]["offers"][0]
    placement = entry["market_placement"]
    assert placement is not None and placement["market"]["n"] > 0
    page = client.get("/offers").text
    assert placement["market"]["source"] in page


OPTIONS_OFFER = b"""company: Startup AI
currency: USD
base: 170000
equity:
  type: options
  shares: 40000
  strike: 2.5
  fmv_409a: 2.5
  preferred_price: 10
  vesting: [25, 25, 25, 25]
benefits:
  401k_match: 6000
"""


def _upload(client: Browser, *files: tuple[str, bytes]) -> object:
    return client.post(
        "/offers/upload",
        files=[("files", (name, body, "application/yaml")) for name, body in files],
        data={"csrf_token": client.token()},
    )


def test_offer_files_with_options_are_valued_under_scenarios(client: Browser) -> None:
    response = _upload(client, ("startup.yaml", OPTIONS_OFFER))
    assert response.status_code == 303
    entry = data_of(client.get("/offers.json"))["comparison"]["offers"][0]
    assert entry["company"] == "Startup AI"
    assert len(entry["valuation"]["scenarios"]) > 1  # never one certain number
    assert "none of them is certain" in client.get("/offers").text


def test_a_bad_offer_file_names_its_line_and_stores_nothing(client: Browser) -> None:
    bad = OPTIONS_OFFER.replace(b"base: 170000", b"base: -1")
    response = _upload(client, ("good.yaml", OPTIONS_OFFER), ("bad.yaml", bad))
    assert response.status_code == 400
    assert "bad.yaml" in response.text and "line 3" in response.text
    assert data_of(client.get("/offers.json"))["offers"] == []


def test_an_assumed_share_price_change_moves_only_equity_from_year_two(client: Browser) -> None:
    client.submit("/offers", NORTHWIND)
    flat = data_of(client.get("/offers.json"))["comparison"]["offers"][0]["valuation"]
    grown = data_of(client.get("/offers.json", params={"growth": "10"}))
    assert grown["growth"] == 10 and "growth" not in data_of(client.get("/offers.json"))
    valued = grown["comparison"]["offers"][0]["valuation"]
    for before, after in zip(flat["years"], valued["years"], strict=True):
        factor = 1.1 ** (before["year"] - 1)
        assert abs(after["equity"] - before["equity"] * factor) <= 1, (before, after)
        assert (after["base"], after["bonus"]) == (before["base"], before["bonus"])
    assert valued["four_year_total"] > flat["four_year_total"]
    assert "your assumption: the share price grows 10% a year from year 2" in valued["assumptions"]
    page = client.get("/offers", params={"growth": "10"}).text
    assert '<option value="10" selected>grows 10% a year</option>' in page
    assert client.get("/offers.json", params={"growth": "500"}).status_code == 400


def test_the_year_by_year_chart_takes_its_axis_from_the_totals(client: Browser) -> None:
    client.submit("/offers", NORTHWIND)
    client.submit("/offers", CONTOSO)
    page = client.get("/offers").text
    start = page.index("Total value per year (USD)")
    chart = page[start : page.index("</svg>", start)]
    ticks = re.findall(r'text-anchor="end"[^>]*>([^<]+)</text>', chart)
    assert ticks, chart[:400]
    # the lowest total is Contoso's 220,000 a year: an axis from $0 would flatten the lines
    assert not any(t.strip() in {"$0", "0"} for t in ticks), ticks


def test_cost_of_living_between_places_is_your_ratio_shown_apart_never_applied_unasked(
    client: Browser,
) -> None:
    client.submit("/offers", {**NORTHWIND, "location": "Seattle, WA"})
    client.submit("/offers", {**CONTOSO, "location": "San Francisco, CA"})
    plain = data_of(client.get("/offers.json"))
    assert "living" not in plain  # nothing adjusted unless asked
    page = client.get("/offers").text
    assert "levelset ships no cost-of-living index" in page
    assert "Living in San Francisco, CA costs, per $1 in Seattle, WA" in page
    assert "terms <span" not in page  # no adjusted rows without a ratio

    asked = {"living_place": "San Francisco, CA", "living": "125%"}
    data = data_of(client.get("/offers.json", params=asked))
    living = data["living"]
    assert living["reference"] == "Seattle, WA"
    (ratio,) = living["ratios"]
    assert ratio["place"] == "San Francisco, CA" and float(ratio["ratio"]) == 1.25
    assert ratio["source"].startswith("your figure")
    by_id = {o["id"]: o for o in data["comparison"]["offers"]}
    contoso = living["offers"]["2"]
    assert contoso["year1_total"] == round(by_id[2]["year1_total"] / 1.25)
    assert contoso["four_year_total"] == round(by_id[2]["four_year_total"] / 1.25)
    assert "1" not in living["offers"]  # the reference place's offer is as it is
    assert by_id == {o["id"]: o for o in plain["comparison"]["offers"]}  # unadjusted untouched
    shown = client.get("/offers", params=asked).text
    assert "Year 1 total in Seattle, WA terms" in shown and "÷ 1.25" in shown
    assert "living in San Francisco, CA costs 1.25 times Seattle, WA (your figure" in shown

    empty = data_of(client.get("/offers.json", params={**asked, "living": ""}))
    assert empty.get("living") is None
    for bad, words in (("lots", "for San Francisco, CA"), ("0", "not a cost-of-living")):
        refused = client.get("/offers.json", params={**asked, "living": bad})
        assert refused.status_code == 400 and words in refused.text, refused.text
    elsewhere = client.get("/offers.json", params={"living_place": "Boise, ID", "living": "0.8"})
    assert elsewhere.status_code == 400 and "Boise, ID" in elsewhere.text
    page = client.get("/offers", params={"living_place": "Boise, ID", "living": "0.8"}).text
    assert "Living_place" not in page and "Living place" not in page  # the form's words
    assert "Cost of living place: " in page


def test_a_refused_cost_of_living_ratio_shows_beside_its_field_in_the_comparison(
    client: Browser,
) -> None:
    client.submit("/offers", {**NORTHWIND, "location": "Seattle, WA"})
    client.submit("/offers", {**CONTOSO, "location": "San Francisco, CA"})
    asked = {"living_place": "San Francisco, CA", "living": "lots", "refreshers": "typical"}
    page = client.get("/offers", params=asked)
    assert page.status_code == 400 and "<title>Offers" in page.text  # the page, not an error page
    field = re.search(r'<input id="f-living-1"[^>]*>', page.text)
    assert field is not None
    assert 'value="lots"' in field.group(0) and 'aria-invalid="true"' in field.group(0)
    assert "autofocus" in field.group(0) and "f-living-1-error" in field.group(0)
    error = re.search(r'<p class="field-error" id="f-living-1-error">(.*?)</p>', page.text)
    assert error is not None and "for San Francisco, CA" in error.group(1)
    assert '<option value="typical" selected>' in page.text  # the other choices as made
    assert "Year 1 total in" not in page.text  # nothing adjusted by a refused ratio
    elsewhere = client.get("/offers", params={"living_place": "Boise, ID", "living": "0.8"})
    assert elsewhere.status_code == 400 and "Boise, ID" in elsewhere.text
    assert 'aria-invalid="true"' not in elsewhere.text  # no field of its own: the message


def test_the_comparison_form_as_a_browser_sends_it_is_taken(client: Browser) -> None:
    client.submit("/offers", {**NORTHWIND, "location": "Seattle, WA"})
    client.submit("/offers", {**CONTOSO, "location": "San Francisco, CA"})
    page = client.get("/offers").text
    growth = re.search(r'<select id="f-cmp-growth".*?</select>', page, re.S)
    assert growth is not None and '<option value="0" selected>' in growth.group(0)
    sent = (
        "/offers?compare=1&compare=2&refreshers=&growth=0&living_place=San+Francisco%2C+CA&living="
    )
    answered = client.get(sent)  # Update with every choice left as it was
    assert answered.status_code == 200, answered.text[:300]
    assert "growth" not in data_of(client.get(sent.replace("/offers?", "/offers.json?")))


def test_each_year_row_of_an_offer_card_adds_up_to_its_total(client: Browser) -> None:
    """With refreshers counted, the card shows their column: the cells shown sum to the total."""
    client.submit("/offers", NORTHWIND)
    page = client.get("/offers", params={"refreshers": "typical"}).text
    card = page[page.index('id="offer-1"') :]
    card = card[: card.index("</table>")]
    heads = re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', card)
    assert heads[0] == "Year" and heads[-2:] == ["Total", "Guaranteed"]
    assert "Refreshers" in heads and "Relocation" not in heads  # none offered: no column
    for row in re.findall(r'<tr><th scope="row">\d+</th>(.*?)</tr>', card):
        cells = [float(c.replace("$", "").replace("k", "e3").replace(",", "") or 0)
                 for c in re.findall(r">\$?([\d.,]+k?)<", row)]  # fmt: skip
        *levers, total, _guaranteed = cells
        assert abs(sum(levers) - total) <= 0.5e3 * len(levers), (heads, cells)


def test_the_comparison_says_what_its_market_and_steady_rows_measure(
    client: Browser, market: object
) -> None:
    client.submit("/offers", {**NORTHWIND, "title": "ML Engineer", "location": "Seattle, WA"})
    entry = data_of(client.get("/offers.json"))["comparison"]["offers"][0]
    market_row = re.search(r"Base in the market.*?</tr>", client.get("/offers").text, re.S)
    assert market_row, "the market row says it places the base"
    row = market_row.group(0)
    placed = entry["market_placement"]["market"]
    assert placed["place"] in row and placed["level"] in row  # which range, where
    plain = re.search(r"Steady state a year.*?</tr>", client.get("/offers").text, re.S)
    counted = re.search(
        r"Steady state a year.*?</tr>",
        client.get("/offers", params={"refreshers": "typical"}).text,
        re.S,
    )
    assert plain and "once the first grant has vested" in plain.group(0)
    assert "no refreshers counted" in plain.group(0)
    assert counted and "with refreshers (an assumption)" in counted.group(0)
