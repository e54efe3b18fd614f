"""`levelset offer ...` end to end, in-process, on the shipped examples."""

from pathlib import Path

from tests.cli.runner import run_cli
from tests.market.market_home import market_paths

EXAMPLES = Path(__file__).parents[2] / "examples" / "offers"
BIGCO = str(EXAMPLES / "bigco-rsu.yaml")
STARTUP = str(EXAMPLES / "startup-options.yaml")


def test_value_prints_years_and_totals() -> None:
    result = run_cli("offer", "value", BIGCO, "--json", "--years", "5", "--monthly")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert [y["year"] for y in data["years"]] == [1, 2, 3, 4, 5]
    assert data["year1_total"] == sum(
        data["years"][0][k]
        for k in ("base", "bonus", "sign_on", "relocation", "equity", "refreshers", "benefits")
    )
    assert len(data["months"]) == 60
    table = run_cli("offer", "value", STARTUP)
    assert table.exit_code == 0, table.stderr
    assert "worth nothing" in table.stdout and "year-1 total" in table.stdout


def test_compare_names_the_winners_and_places_each_offer_in_the_market(levelset_home: Path) -> None:
    market_paths(levelset_home)  # the market store, built once per run and copied here
    result = run_cli("offer", "compare", BIGCO, STARTUP, "--json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert set(data["winners"]) >= {"year1_total", "four_year_total", "four_year_guaranteed"}
    assert data["winners"]["four_year_guaranteed"] == "Northwind Cloud L5"
    placements = [o["market_placement"] for o in data["offers"]]
    for placement in placements:
        assert placement is not None, data["notes"]
        market = placement["market"]
        assert market["n"] and market["source"] and market["as_of"]
        assert placement["text"]


def test_a_bad_file_exits_2_names_file_and_field_and_stores_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "company: X\ncurrency: USD\nbase: 100\nequity:\n  grant_value: 1\n  vesting: [50, 40]\n",
        encoding="utf-8",
    )
    result = run_cli("offer", "add", BIGCO, str(bad))
    assert result.exit_code == 2
    assert str(bad) in result.stderr and "equity.vesting" in result.stderr
    assert "90%" in result.stderr
    assert run_cli("offer", "list", "--json").json() == {"offers": []}


def test_add_list_show_export_and_import_round_trip(tmp_path: Path) -> None:
    assert run_cli("offer", "add", BIGCO, STARTUP).exit_code == 0
    listed = run_cli("offer", "list", "--json").json()["offers"]
    assert [o["offer"]["company"] for o in listed] == ["Northwind Cloud", "Lumen Labs"]
    shown = run_cli("offer", "show", str(listed[0]["id"]), "--json").json()
    assert shown["valuation"]["four_year_total"] == 1434000
    assert run_cli("offer", "show", "99").exit_code == 3
    formats = ("yaml", "json", "csv")
    for fmt in formats:  # export everything first, so later imports do not change the exports
        out = tmp_path / f"offers.{fmt}"
        assert run_cli("offer", "export", "--format", fmt, "--output", str(out)).exit_code == 0
    for fmt in formats:
        again = run_cli("offer", "import", str(tmp_path / f"offers.{fmt}"), "--json")
        assert again.exit_code == 0, again.stderr
        imported = [o["offer"] for o in again.json()["offers"]]
        assert imported == [o["offer"] for o in listed]


def test_rates_can_be_set_and_unknown_currencies_are_refused(tmp_path: Path) -> None:
    offer = tmp_path / "sek.yaml"
    offer.write_text("company: Nordic\ncurrency: NOK\nbase: 900000\n", encoding="utf-8")
    refused = run_cli("offer", "value", str(offer))
    assert refused.exit_code == 2 and "currency" in refused.stderr
    assert run_cli("offer", "rates", "set", "NOK", "0.092", "--date", "2026-11-01").exit_code == 0
    valued = run_cli("offer", "compare", str(offer), BIGCO, "--currency", "USD", "--no-market")
    assert valued.exit_code == 0, valued.stderr
    rates = run_cli("offer", "rates", "--json").json()["rates"]
    nok = next(r for r in rates if r["currency"] == "NOK")
    assert nok["as_of"] == "2026-11-01" and nok["usd_per_unit"] == 0.092
    assert run_cli("offer", "rates", "set", "NOK", "abc", "--date", "2026-11-01").exit_code == 2


def test_compare_with_your_cost_of_living_ratio_adds_the_totals_in_the_first_place(
    tmp_path: Path,
) -> None:
    plain = run_cli("offer", "compare", BIGCO, STARTUP, "--no-market", "--json").json()
    assert "living" not in plain  # never applied unasked
    asked = run_cli("offer", "compare", BIGCO, STARTUP, "--no-market", "--json",
                    "--living", "san francisco, ca=125%")  # fmt: skip
    assert asked.exit_code == 0, asked.stderr
    data = asked.json()
    living = data["living"]
    assert living["reference"] == "Seattle, WA"
    (ratio,) = living["ratios"]
    assert ratio["place"] == "San Francisco, CA" and ratio["ratio"] == 1.25
    assert ratio["source"].startswith("your figure")
    (startup,) = living["offers"]  # the Seattle offer stands as it is
    offered = data["offers"][1]
    assert startup["label"] == offered["label"] == "Lumen Labs Staff"
    assert startup["year1_total"] == round(offered["year1_total"] / 1.25)
    assert startup["four_year_total"] == round(offered["four_year_total"] / 1.25)
    assert data["offers"] == plain["offers"]  # the totals as offered are untouched
    alone = run_cli("offer", "compare", BIGCO, STARTUP, "--no-market", "--json", "--living", "1.25")
    assert alone.json()["living"] == living  # two places: the ratio needs no place
    table = run_cli("offer", "compare", BIGCO, STARTUP, "--no-market", "--living", "1.25")
    assert table.exit_code == 0, table.stderr
    assert "WA terms (your ratio)" in table.stdout  # the row's name, wrapped in its column
    assert "(÷ 1.25)" in table.stdout and "as is" in table.stdout
    assert "costs 1.25 times Seattle, WA (your figure" in " ".join(table.stdout.split())


def test_a_cost_of_living_ratio_that_cannot_be_used_is_refused_naming_the_option(
    tmp_path: Path,
) -> None:
    for living, words in (
        ("San Francisco, CA=lots", "'lots' is not a cost-of-living ratio for San Francisco"),
        ("Boise, ID=0.8", "'Boise, ID' is not the place of a compared offer"),
        ("San Francisco, CA=9", "'9' is not a cost-of-living ratio"),
    ):
        refused = run_cli("offer", "compare", BIGCO, STARTUP, "--no-market", "--living", living)
        assert refused.exit_code == 2, refused.stdout
        assert f"--living: {words}" in refused.stderr and "Traceback" not in refused.stderr
    same = run_cli("offer", "compare", BIGCO, BIGCO, "--no-market", "--living", "0.8")
    assert same.exit_code == 2 and "not in two places or more" in same.stderr


def test_an_empty_list_says_how_to_add_an_offer_without_an_empty_table() -> None:
    result = run_cli("offer", "list")
    assert result.exit_code == 0, result.stderr
    assert "No offers stored yet" in result.stdout
    assert "Stored offers" not in result.stdout and "┏" not in result.stdout


def test_an_offers_time_added_reads_the_same_when_added_and_when_listed() -> None:
    added = run_cli("offer", "add", BIGCO, "--json").json()["offers"][0]["created_at"]
    listed = run_cli("offer", "list", "--json").json()["offers"][0]["created_at"]
    assert added == listed and added.endswith("+00:00")
