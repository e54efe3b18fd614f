"""The level ladder page: every band of the company's ladder with the market at each, the
profile's target and the offer placed on it, as a page and as JSON."""

from __future__ import annotations

import pytest

from tests.web.conftest import Browser, data_of

pytestmark = pytest.mark.usefixtures("market")

OFFER = {"company": "Google", "base": "215000", "level": "L6", "location": "Seattle, WA"}


def test_the_ladder_names_every_band_and_places_the_offer(client: Browser) -> None:
    client.submit("/profile", {"title": "ML Engineer", "level": "senior", "places": "Seattle, WA"})
    client.submit("/offers", OFFER)
    data = data_of(client.get("/ladder.json"))["ladder"]
    assert data["company"] == "Google" and data["ladder"] == "google"
    assert [r["level"] for r in data["rungs"]] == ["L8", "L7", "L6", "L5", "L4", "L3"]
    medians = [r["market"]["mid"] for r in data["rungs"]]
    assert medians == sorted(medians, reverse=True)  # higher bands pay more
    assert data["offer"] == {"band": "staff", "why": data["offer"]["why"], "pay": 215000,
                             "company": "Google"}  # fmt: skip
    assert data["target"]["band"] == "senior" and data["estimate"] is None
    staff = data["rungs"][2]["market"]
    assert staff["area"].startswith("Seattle") and staff["n"] > 0 and staff["release"]
    page = client.get("/ladder").text
    assert "Google offer, base $215k" in page and "L6 · staff" in page
    assert "community-reported level map (compiled 2025), not official" in data["source"]
    assert "Company ladders: community-reported level map (compiled 2025)" in page
    assert 'href="/ladder"' in page  # in the navigation
    assert "import your résumé or stories" in page


def test_a_company_without_a_ladder_keeps_the_band_names(client: Browser) -> None:
    data = data_of(
        client.get("/ladder.json", params={"company": "Lumen Labs", "place": "Austin, TX"})
    )
    ladder = data["ladder"]
    assert ladder["ladder"] is None and ladder["rungs"][0]["level"] == "principal"
    assert any("no ladder" in n for n in ladder["notes"])
    assert any("no target title" in n for n in ladder["notes"])
    json_by_accept = client.get("/ladder", headers={"accept": "application/json"})
    assert data_of(json_by_accept)["ladder"]["role"] == "ML Engineer"
    asked = {"company": "Lumen Labs", "place": "Austin, TX", "format": "json"}
    by_query = client.get("/ladder", params=asked)
    assert data_of(by_query)["ladder"]["rungs"] == ladder["rungs"]


def test_total_pay_shows_beside_base_where_your_comps_have_it(client: Browser) -> None:
    for base, equity in ((190, 100), (200, 120), (210, 90), (220, 150), (230, 160)):
        comp = {"title": "Senior ML Engineer", "level": "senior", "base": f"{base}k",
                "bonus": "20k", "equity": f"{equity}k", "location": "San Francisco",
                "source": "friends' offers", "date": "2026-10-01"}  # fmt: skip
        assert client.submit("/market/comps", comp).status_code == 303
    asked = {"role": "ML Engineer", "place": "San Francisco"}
    ladder = data_of(client.get("/ladder.json", params=asked))["ladder"]
    by_band = {r["band"]: r for r in ladder["rungs"]}
    total, base = by_band["senior"]["total"], by_band["senior"]["market"]
    assert total["measures"].startswith("total pay") and base["measures"] == "base pay"
    assert (total["low"], total["mid"], total["high"]) == (320000, 340000, 390000)
    assert total["n"] == 5 and total["release"] == "2026-10-01" and "your comps 5" in total["note"]
    assert by_band["staff"]["total"] is None  # never base presented as total
    page = client.get("/ladder", params=asked).text
    assert "total pay P25–P75 &amp; median, your evidence" in page
    assert "market base pay, P25–P75" in page
    assert "Total pay <span" in page and "<strong>$340k</strong> ($320k–$390k)" in page
