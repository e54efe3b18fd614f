"""A corrected offer is compared with other companies' offers, never with its earlier self;
each offer keeps one colour in every chart."""

from __future__ import annotations

from tests.web.conftest import Browser, data_of


def test_a_corrected_offer_replaces_its_earlier_version_in_the_comparison(
    client: Browser,
) -> None:
    client.submit("/offers", {"company": "Acme", "base": "180000"})
    client.submit("/offers", {"company": "Globex", "base": "175000"})
    client.submit("/offers", {"company": "ACME", "base": "190000"})  # corrected copy of #1
    data = data_of(client.get("/offers.json"))
    assert sorted(data["compared"]) == [2, 3]
    assert len(data["offers"]) == 3  # the earlier version is kept
    page = client.get("/offers").text
    assert "never weighed against its own earlier version" in page
    chosen = data_of(client.get("/offers.json?compare=1&compare=3"))
    assert chosen["compared"] == [1, 3]


def test_each_offer_keeps_its_colour_in_the_charts_and_on_its_card(client: Browser) -> None:
    client.submit("/offers", {"company": "Acme", "base": "180000", "grant_value": "100000"})
    client.submit("/offers", {"company": "Globex", "base": "175000"})
    both = client.get("/offers").text
    only_globex = client.get("/offers?compare=2").text
    colour = '<rect width="12" height="12" rx="2" fill="#0f766e"/>'
    assert colour in both and colour in only_globex  # offer #2's colour whatever is compared
    assert 'fill="#1d4ed8"' in only_globex  # base keeps its colour in a chart without equity
