"""The market page: ranges per source with the offer marked, places side by side."""

from __future__ import annotations

import re

import pytest

from levelset.paths import Paths
from tests.web.conftest import Browser, data_of

pytestmark = pytest.mark.usefixtures("market")
QUERY = {"role": "ML Engineer", "level": "senior", "place": "Seattle, WA", "offer": "185000"}


def test_ranges_per_source_with_sources_dates_and_samples(client: Browser) -> None:
    data = data_of(client.get("/market.json", params=QUERY))
    assert data["query"] == {
        "role": "ML Engineer", "level": "senior", "places": ["Seattle, WA"], "offer": 185000.0
    }  # fmt: skip
    (report,) = data["reports"]
    assert report["query"]["role"] == "Machine Learning Engineer"
    page = client.get("/market", params=QUERY).text
    shown = [r for r in report["ranges"] if r["p50"] is not None]
    assert shown, "Seattle has published ranges"
    for item in shown:
        assert item["label"] in page
        assert f"{item['n']:,}" in page  # the sample size is visible
        assert item["release"] in page  # and the date of the data
    assert "Your offer of <strong>$185,000</strong>" in page


def test_the_offer_is_marked_on_the_range_chart(client: Browser) -> None:
    page = client.get("/market", params=QUERY).text
    charts = re.findall(r"<svg\b.*?</svg>", page, flags=re.DOTALL)
    assert charts, "the page inlines its charts"
    assert any("Your offer $185k" in chart for chart in charts)
    assert 'style="' not in "".join(charts), "inline styles would break the CSP"
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "every id on the page is unique"


def test_json_twin_by_accept_header_equals_the_json_path(client: Browser) -> None:
    by_path = data_of(client.get("/market.json", params=QUERY))
    by_accept = data_of(client.get("/market", params=QUERY, headers={"accept": "application/json"}))
    assert by_path == by_accept


def test_two_places_side_by_side(client: Browser) -> None:
    params = {**QUERY, "place": ["Seattle, WA", "Austin, TX"]}
    data = data_of(client.get("/market.json", params=params))
    assert [r["asked"] for r in data["reports"]] == ["Seattle, WA", "Austin, TX"]
    page = client.get("/market", params=params).text
    assert "Places side by side" in page
    for report in data["reports"]:
        assert report["query"]["location"] in page


def test_the_stored_target_fills_the_blanks(client: Browser, market: Paths) -> None:
    client.submit("/profile", {"title": "Data Scientist", "level": "mid", "places": "Austin, TX"})
    data = data_of(client.get("/market.json"))
    assert data["query"]["role"] == "Data Scientist"
    assert data["reports"][0]["query"]["level"] == "mid"
    dashboard = data_of(client.get("/index.json"))
    assert dashboard["market"]["data"]["headline"] == data["reports"][0]["headline"]


def test_an_unknown_place_names_the_closest_matches(client: Browser) -> None:
    response = client.get("/market.json", params={**QUERY, "place": "Atlantis of the Sea"})
    assert response.status_code == 400
    assert response.json()["error"] == "unknown_value"
    page = client.get("/market", params={**QUERY, "place": "Atlantis of the Sea"})
    assert page.status_code == 400 and 'role="alert"' in page.text
    assert 'value="Atlantis of the Sea"' in page.text  # the form keeps what was typed
    assert 'value="185000"' in page.text


def test_an_empty_market_page_asks_for_a_role(client: Browser) -> None:
    data = data_of(client.get("/market.json"))
    assert data["reports"] == []
    assert "Type a role" in client.get("/market").text


def test_your_own_evidence_shows_beside_the_ranges(client: Browser) -> None:
    from tests.cli.runner import run_cli

    for base in (180, 190, 200, 210, 220):
        added = run_cli("market", "comp", "add", "ML Engineer", "--base", f"{base}k",
                        "--equity", "100k", "--level", "senior", "--location", "Seattle",
                        "--source", "friend's offer", "--date", "2026-11-01")  # fmt: skip
        assert added.exit_code == 0, added.stderr
    data = data_of(client.get("/market.json", params=QUERY))
    own = data["reports"][0]["your_evidence"]
    assert own["total"]["n"] == 5 and own["total"]["p50"] == 300000
    page = client.get("/market", params=QUERY).text
    assert "Your own evidence" in page and "total pay (base + bonus + equity a year)" in page
    assert "$300k" in page


def test_the_data_year_filters_the_crowd_and_lca_rows(client: Browser) -> None:
    latest = data_of(client.get("/market.json", params=QUERY))
    assert "year" not in latest["query"]  # not asked: left out
    data = data_of(client.get("/market.json", params={**QUERY, "year": "2022"}))
    assert data["query"]["year"] == 2022
    (report,) = data["reports"]
    assert report["query"]["year"] == 2022
    crowd = [r for r in report["ranges"] if r["source"] == "crowd"]
    assert crowd and all("2022" in str(r["release"]) for r in crowd), crowd
    assert any("2022 applies to the crowd and LCA rows" in c for c in report["caveats"])
    page = client.get("/market", params={**QUERY, "year": "2022"}).text
    assert 'id="q-year"' in page and 'value="2022"' in page
    refused = client.get("/market", params={**QUERY, "year": "1999"})
    assert refused.status_code == 400 and "is not a year from 2000" in refused.text
    assert 'id="q-year" name="year" type="text" value="1999"' in refused.text  # as typed


def test_cost_of_living_between_two_places_is_your_ratio_in_a_table_of_its_own(
    client: Browser,
) -> None:
    two = {**QUERY, "place": ["Seattle, WA", "Austin, TX"]}
    plain = data_of(client.get("/market.json", params=two))
    assert plain.get("living") is None  # never applied unasked
    assert "levelset ships no cost-of-living index" in client.get("/market", params=two).text
    data = data_of(client.get("/market.json", params={**two, "living": "0.8"}))
    living = data["living"]
    austin = data["reports"][1]
    assert living["reference"] == data["reports"][0]["query"]["location"]
    (ratio,) = living["ratios"]
    assert ratio["place"] == austin["query"]["location"] and ratio["source"].startswith(
        "your figure"
    )
    (place,) = living["places"]
    for key in ("low", "mid", "high"):
        assert place[key] == round(austin["headline"][key] / 0.8)
    assert data["reports"] == plain["reports"]  # the published ranges are untouched
    page = client.get("/market", params={**two, "living": "0.8"}).text
    assert "by your cost-of-living ratio</caption>" in page and "(your figure" in page
    refused = client.get("/market", params={**two, "living": "lots"})
    assert refused.status_code == 400 and "for Austin" in refused.text
    assert 'value="lots"' in refused.text  # kept as typed beside the error
    alone = client.get("/market.json", params={**QUERY, "living": "0.8"})
    assert alone.status_code == 400 and "two places" in alone.text


def test_a_company_filter_reads_its_levels_and_is_kept_in_the_form(client: Browser) -> None:
    asked = {**QUERY, "level": "E5", "company": "Meta"}
    data = data_of(client.get("/market.json", params=asked))
    assert data["query"]["company"] == "Meta"
    (report,) = data["reports"]
    assert report["query"]["company"] == "Meta" and report["query"]["level"] == "senior"
    unasked = data_of(client.get("/market.json", params=QUERY))
    assert "company" not in unasked["query"] and unasked["reports"][0]["query"]["company"] is None
    page = client.get("/market", params=asked).text
    assert re.search(r'id="q-company"[^>]*value="Meta"|value="Meta"[^>]*id="q-company"', page)


def test_an_ambiguous_place_asks_which_with_its_choices(client: Browser) -> None:
    response = client.get("/market.json", params={**QUERY, "place": "Portland"})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "ambiguous_value"
    assert "Portland, OR" in str(body) and "Portland, ME" in str(body)
    page = client.get("/market", params={**QUERY, "place": "Portland"})
    assert page.status_code == 400 and "Portland, ME" in page.text


def _field_tag(page: str, field_id: str) -> str:
    found = re.search(rf'<input id="{field_id}"[^>]*>', page)
    assert found, f"no #{field_id}"
    return found.group(0)


def test_a_role_nothing_is_close_to_is_told_how_to_go_on(client: Browser) -> None:
    page = client.get("/market", params={**QUERY, "role": "zzz"})
    assert page.status_code == 400
    assert "No title levelset knows is close to it: write the job title" in page.text
    assert 'class="suggestion"' not in page.text  # no random titles to click
    body = client.get("/market.json", params={**QUERY, "role": "zzz"}).json()
    assert body["suggestions"] == [] and body["hint"].startswith("no title levelset knows")


@pytest.mark.parametrize(
    ("asked", "field_id", "said"),
    [
        ({"place": ["Seattle, WA", "Atlantys"]}, "q-place2", "is not a place in the market data"),
        ({"place": "Portland"}, "q-place1", "is the name of more than one place"),
        ({"role": "Xyzzy plumber wizard"}, "q-role", "is not a job title in the market data"),
        ({"level": "wizard"}, "q-level", "is not a level in the market data"),
        ({"offer": "lots"}, "q-offer", "is not an amount"),
        ({"anchor": "-5"}, "q-anchor", "a positive annual amount"),
        ({"year": "1999"}, "q-year", "is not a year from 2000"),
        ({"place": ["Seattle, WA", "Austin, TX"], "living": "lots"}, "q-living", "for Austin"),
    ],
)
def test_a_refused_query_marks_its_own_field_and_keeps_the_others(
    client: Browser, asked: dict[str, object], field_id: str, said: str
) -> None:
    page = client.get("/market", params={**QUERY, **asked})
    assert page.status_code == 400
    marked = re.findall(r'<input id="(q-[\w-]+)"[^>]*aria-invalid="true"', page.text)
    assert marked == [field_id]  # that field only
    tag = _field_tag(page.text, field_id)
    assert "autofocus" in tag and f"{field_id}-error" in tag  # read out with the field
    error = re.search(rf'<p class="field-error" id="{field_id}-error">(.*?)</p>', page.text)
    assert error and said in error.group(1)
    assert 'value="ML Engineer"' in page.text or "role" in asked  # the rest as typed
    places = asked.get("place", QUERY["place"])
    for index, place in enumerate([places] if isinstance(places, str) else places):
        tag = _field_tag(page.text, f"q-place{index + 1}")
        assert f'value="{place}"' in tag, tag  # each place in its own field


def test_a_misspelt_place_offers_its_closest_names_beside_the_field(client: Browser) -> None:
    page = client.get("/market", params={**QUERY, "place": "Portland"}).text
    error = re.search(r'<p class="field-error" id="q-place1-error">(.*?)</p>', page, re.S)
    assert error is not None
    buttons = re.findall(r'data-fill="q-place1"[^>]*value="([^"]+)"', error.group(1))
    assert buttons == ["Portland, OR", "Portland, ME"]


def test_an_offer_typed_with_k_is_read_as_thousands(client: Browser) -> None:
    data = data_of(client.get("/market.json", params={**QUERY, "offer": "185k"}))
    assert data["query"]["offer"] == 185000.0


def test_the_error_box_names_a_refused_field_by_its_label_not_its_machine_name(
    client: Browser,
) -> None:
    page = client.get("/market", params={**QUERY, "place": ["Seattle, WA", "Atlantys"]}).text
    box = re.search(r'<div class="notice notice-error" role="alert".*?</div>', page, re.S)
    assert box is not None
    assert "<li>Compare with: " in box.group(0)
    assert "place[1]" not in box.group(0) and "<li>Place: " not in box.group(0)


def test_the_headline_says_it_is_base_pay_what_it_leaves_out_and_its_age(client: Browser) -> None:
    (report,) = data_of(client.get("/market.json", params=QUERY))["reports"]
    headline = report["headline"]
    assert headline["measures"] == "base pay"
    page = client.get("/market", params=QUERY).text
    top = page.split('class="headline-range"')[0].rsplit('class="headline-measures"', 1)[1]
    assert "Headline range (base pay)" in top  # never a bare "Middle" a reader takes for total
    assert headline["leaves_out"].split(":")[0] in page  # "Base pay only"
    assert headline["dated"] and all(d in page for d in headline["dated"])


def test_an_offer_far_above_the_ranges_is_flagged_beside_where_it_sits(client: Browser) -> None:
    page = client.get("/market", params={**QUERY, "offer": "1.2m"}).text
    beside = page.split('class="offer-position"', 1)[1].split("</div>", 1)[0]
    assert "well above the top of every range here" in beside
    assert "base salary only" in beside
    assert page.count("well above the top of every range here") == 1
    assert "`" not in page.split('class="caveats"', 1)[1].split("</ul>", 1)[0]
    plain = client.get("/market", params=QUERY).text
    assert "well above the top" not in plain


def test_a_bare_job_word_asks_which_role_with_the_closest(client: Browser) -> None:
    response = client.get("/market.json", params={**QUERY, "role": "Scientist"})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "ambiguous_value"
    assert "Research Scientist" in str(body) and "Applied Scientist" in str(body)
    page = client.get("/market", params={**QUERY, "role": "Senior Architect"})
    assert page.status_code == 400 and "Solutions Architect" in page.text


def test_a_thin_oews_blend_is_tagged_thin_with_its_reason(client: Browser) -> None:
    # Tyler, TX: BLS withholds Data Scientists' employment there (tests/market/test_thin_blends)
    params = {"role": "Data Scientist", "level": "senior", "place": "Tyler, TX"}
    (report,) = data_of(client.get("/market.json", params=params))["reports"]
    (blend,) = [r for r in report["ranges"] if r["source"] == "oews_level"]
    assert "thin" in blend["flags"]
    page = client.get("/market", params=params).text
    assert "15-2051 employment not released by BLS" in page
    assert "OEWS blend at senior for Tyler, TX is thin" in page


def test_every_optional_field_of_the_query_says_it_is_optional(client: Browser) -> None:
    page = client.get("/market").text
    form = page[page.index('id="q-role"') : page.index("Show ranges")]
    numbers = re.findall(r'<input id="q-(offer|anchor|living)"[^>]*placeholder="([^"]*)"', form)
    assert numbers and all(p.startswith("optional") for _, p in numbers), numbers


def test_a_thin_oews_row_shown_alone_is_tagged_thin_with_its_reason(client: Browser) -> None:
    # Burlington, VT: BLS withholds Statisticians' employment; the row is the whole OEWS answer
    params = {"role": "Statistician", "place": "Burlington, VT"}
    (report,) = data_of(client.get("/market.json", params=params))["reports"]
    (row,) = [r for r in report["ranges"] if r["source"] == "oews"]
    assert "thin" in row["flags"]
    page = client.get("/market", params=params).text
    assert "thin: employment not released by BLS" in page
    assert "Statisticians for Burlington-South Burlington, VT is thin" in page


def test_sources_are_named_in_words_not_by_dataset_id(client: Browser) -> None:
    """The table's "Data from" and the chart's notes showed ids (`oews_may2025_tech_subset`,
    `aijobs_2025-01-19`): a reader gets the publisher and the survey, beside the date."""
    params = {"role": "ML Engineer", "level": "senior", "place": "Seattle"}
    (report,) = data_of(client.get("/market.json", params=params))["reports"]
    ids = {r["dataset"] for r in report["ranges"]}
    assert {"oews_may2025_tech_subset", "aijobs_2025-01-19"} <= ids  # the JSON keeps the ids
    page = client.get("/market", params=params).text
    assert not [i for i in ids if i in page], "a dataset id in the page's text"
    assert "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics" in page
    assert "ai-jobs.net (Foorilla LLC), crowd-reported, salaries reported by individuals" in page
    oews = next(r for r in report["ranges"] if r["source"] == "oews")
    assert oews["source_name"].startswith("U.S. Bureau of Labor Statistics")
