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
