"""`levelset range`, `roles`, `levels`, `places` end to end through the real entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.market.market_home import market_paths


@pytest.fixture(autouse=True)
def built_market(levelset_home: Path) -> None:
    market_paths(levelset_home)


def test_the_done_when_command_prints_a_readable_table() -> None:
    result = run_cli("range", "Machine Learning Engineer", "--level", "senior",
                     "--location", "San Francisco")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for expected in ("Crowd (ai-jobs.net)", "OEWS 15-1252", "May 2025", "2024-2025", "P50",
                     "San Francisco-Oakland-Fremont, CA", "Headline range", "How:", "Caveats",
                     "stock", "self-reported", "people", "jobs"):  # fmt: skip
        assert expected in out, expected
    assert "widened" in out.lower()


def test_json_output_and_offer() -> None:
    result = run_cli("range", "MLE", "-l", "E5", "-p", "NYC", "--offer", "$210k", "--json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert data["query"]["role"] == "Machine Learning Engineer"
    assert data["query"]["level"] == "senior"
    assert data["query"]["location"] == "New York-Newark-Jersey City, NY-NJ"
    assert data["query"]["offer"] == 210000
    assert data["offer_percentiles"]
    assert all(r["n"] > 0 for r in data["ranges"])


def test_several_places_side_by_side() -> None:
    result = run_cli("range", "Data Scientist", "-p", "Seattle", "-p", "Austin", "-p", "Germany")
    assert result.exit_code == 0, result.stderr
    header = result.stdout.splitlines()[:8]
    assert any("Seattle" in line for line in header)
    assert "Germany" in result.stdout and "Headline" in result.stdout
    data = run_cli("range", "Data Scientist", "-p", "Seattle", "-p", "Germany", "--json").json()
    assert [r["query"]["location"] for r in data["reports"]] == [
        "Seattle-Tacoma-Bellevue, WA",
        "Germany",
    ]


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (("range", "Port Qzxvk Engineer"), "title"),
        (("range", "MLE", "--level", "wizard"), "level"),
        (("range", "MLE", "--location", "Atlantys"), "place"),
        (("roles", "Blockchain Ninja"), "title"),
        (("places", "Atlantys"), "place"),
        (("levels", "L99"), "level"),
    ],
)
def test_unknown_values_exit_2_with_closest_matches(args: tuple[str, ...], what: str) -> None:
    result = run_cli(*args)
    assert result.exit_code == 2
    assert f"unknown {what}" in result.stderr
    assert "closest matches" in result.stderr


def test_a_title_nothing_is_close_to_says_so_and_how_to_go_on() -> None:
    result = run_cli("roles", "zzz")
    assert result.exit_code == 2 and "unknown title: 'zzz'" in result.stderr
    said = " ".join(result.stderr.split())
    assert "closest matches" not in said
    assert "no title levelset knows is close to it: write the job title as a job posting" in said
    assert run_cli("roles", "zzz", "--json").json()["suggestions"] == []


def test_bad_offer_and_bad_source_exit_2() -> None:
    assert run_cli("range", "MLE", "--offer", "lots").exit_code == 2
    assert run_cli("range", "MLE", "--source", "glassdoor").exit_code == 2


def test_roles_shows_the_mapping_and_why() -> None:
    result = run_cli("roles", "Sr. ML Eng")
    assert result.exit_code == 0
    assert "Machine Learning Engineer" in result.stdout and "15-1299" in result.stdout
    assert "why" in result.stdout
    data = run_cli("roles", "Applied Scientist II", "--json").json()
    assert data["role"] == "applied_scientist" and data["level_hint"] == "ii"
    assert {s["occupation"] for s in data["socs"]} == {
        "Data Scientists", "Computer and Information Research Scientists"
    }  # fmt: skip


def test_levels_table_is_labelled_community_reported() -> None:
    result = run_cli("levels")
    assert result.exit_code == 0
    assert "community-reported" in result.stdout
    data = run_cli("levels", "--json").json()
    assert data["community_reported"] and data["levels"][2]["companies"]["google"] == "L5"
    amazon = run_cli("levels", "L5", "--company", "Amazon", "--json").json()
    assert amazon["band"] == "mid" and amazon["wage_level"] == "II"


def test_places_explains_what_each_source_uses() -> None:
    result = run_cli("places", "Bay Area")
    assert result.exit_code == 0
    assert "San Francisco-Oakland-Fremont, CA" in result.stdout
    assert "California" in result.stdout and "countries only" in result.stdout
    data = run_cli("places", "London", "--json").json()
    assert data["country"] == "GB" and data["oews_widening"] == []


def _done_when(columns: int, monkeypatch: pytest.MonkeyPatch, *extra: str) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    result = run_cli("range", "Machine Learning Engineer", "--level", "senior",
                     "--location", "San Francisco", *extra)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("columns", [80, 120])
def test_headline_is_rounded_to_thousands_in_text_but_exact_in_json(
    columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _done_when(columns, monkeypatch)
    exact = run_cli("range", "MLE", "-l", "senior", "-p", "SF", "--json").json()["headline"]
    line = next(ln for ln in out.splitlines() if ln.startswith("Headline range"))
    low, high, mid = (round(exact[k], -3) for k in ("low", "high", "mid"))
    assert f"${low:,.0f} - ${high:,.0f}" in line and f"${mid:,.0f}" in line
    assert exact["low"] % 1000 != 0  # the JSON keeps the exact blend


@pytest.mark.parametrize("columns", [80, 120])
def test_area_and_date_are_not_repeated_on_every_oews_row(
    columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _done_when(columns, monkeypatch)
    table = out.split("Annual base pay per source")[1].split("n: people")[0]
    assert table.count("May 2025") == 1  # said once, then "same area, date, basis"
    assert table.count("same area, date, basis") == 4
    assert len(table.splitlines()) <= (36 if columns == 80 else 28)


def test_the_answer_comes_before_the_detail(monkeypatch: pytest.MonkeyPatch) -> None:
    out = _done_when(80, monkeypatch)
    assert (
        out.index("Headline range") < out.index("Annual base pay per source") < out.index("Caveats")
    )
    head = out[: out.index("Headline range")]
    assert head.count("\n") < 10  # on the first screen, not below a 40-line table


def test_comparison_headlines_are_rounded_to_thousands() -> None:
    result = run_cli("range", "Data Scientist", "-p", "Seattle", "-p", "Austin")
    assert result.exit_code == 0, result.stderr
    heads = next(ln for ln in result.stdout.splitlines() if "Headline" in ln)
    amounts = list(heads.replace(",", "").split("$")[1:])
    assert amounts and all(a.split()[0].endswith("000") for a in amounts)


def test_places_side_by_side_say_base_pay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    out = run_cli("range", "MLE", "-l", "senior", "-p", "Seattle", "-p", "Boise").stdout
    assert "base pay, places side by side" in out  # it read as total pay before
    assert "Headline (base pay, P25-P75 blend)" in out


def test_places_side_by_side_say_what_n_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each cell reads 'n=113,470': the key under the table says these are jobs (OEWS
    employment of every level), not 113,470 senior ML engineers."""
    monkeypatch.setenv("COLUMNS", "160")
    out = run_cli("range", "MLE", "-l", "senior", "-p", "Seattle", "-p", "Boise").stdout
    assert "n=" in out and "jobs = OEWS estimated employment" in " ".join(out.split())


def test_offer_column_keeps_its_meaning_and_the_key_is_never_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run_cli("range", "MLE", "-l", "staff", "-p", "NYC", "--offer", "245k")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    data = run_cli("range", "MLE", "-l", "staff", "-p", "NYC", "--offer", "245k", "--json").json()
    above = [r for r in data["ranges"] if r["offer_position"] == "above P90"]
    assert above and out.count(">P90") == len(above)
    assert " above " not in out.split("Annual base pay per source")[1].split("n: people")[0]
    flat = " ".join(out.split())
    assert "(RSE: its relative standard error)" in flat
    crowd = next(r for r in data["ranges"] if r["source"] == "crowd")
    placed = f"P{crowd['offer_percentile']:.0f} of the crowd"
    assert f"Your offer's base pay $245,000 sits at {placed}" in flat


def test_places_side_by_side_cite_sources_and_keep_every_place_caveat() -> None:
    args = ("range", "MLE", "-l", "L6", "-c", "Amazon", "-p", "SF", "-p", "Germany")
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stdout.split())
    assert "Sources:" in flat and "Occupational Employment and Wage Statistics" in flat
    assert "This product includes information from the O*NET 27.0 Database" in flat
    assert "OEWS and LCA cover the United States only" in flat  # from the second place
    assert "L6 on the amazon ladder" in flat  # how the level was read
    data = run_cli(*args, "--json").json()
    germany = data["reports"][1]["ranges"][0]
    assert germany["source"] == "crowd" and "thin" in germany["flags"]
    assert "(thin)" in flat
    block = f"Germany: hidden, thin or widened: - Crowd (ai-jobs.net) rests on only {germany['n']}"
    assert block in flat


def test_a_small_relative_standard_error_is_not_printed_as_zero() -> None:
    result = run_cli("range", "Registered Nurse")
    assert result.exit_code == 0, result.stderr
    rse = run_cli("range", "Registered Nurse", "--json").json()["ranges"][0]["employment_rse"]
    assert 0 < rse < 0.5
    assert "RSE 0%" not in result.stdout and f"RSE {rse:.1f}%" in result.stdout


@pytest.mark.parametrize("columns", [80, 120])
def test_level_table_fits_without_cutting_words(
    columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    result = run_cli("levels")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for whole in ("Microsoft", "I ~P17", "II ~P34", "III ~P50", "IV ~P67", "approximate"):
        assert whole in out, whole
    assert max(len(line.rstrip()) for line in out.splitlines()) <= columns


@pytest.mark.parametrize(
    ("typed", "amount"), [("185k", 185000), (" 185K ", 185000), ("$185,000", 185000),
                          ("1.2m", 1_200_000), ("150 000", 150000), ("US$150k", 150000)],
)  # fmt: skip
def test_offer_amounts_as_people_write_them(typed: str, amount: int) -> None:
    result = run_cli("range", "MLE", "--offer", typed, "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["query"]["offer"] == amount


@pytest.mark.parametrize(
    ("typed", "said"),
    [("0", "more than 0"), ("-5", "negative"), ("abc", "'abc'"), ("€150k", "USD"),
     ("£90k", "USD"), ("150kk", "'150kk'")],
)  # fmt: skip
def test_bad_offers_exit_2_and_quote_what_was_typed(typed: str, said: str) -> None:
    result = run_cli("range", "MLE", "--offer", typed)
    assert result.exit_code == 2
    assert "--offer" in result.stderr and said in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_side_by_side_headers_are_short_place_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run_cli("range", "MLE", "-p", "Seattle", "-p", "Austin", "-p", "Remote")
    assert result.exit_code == 0, result.stderr
    header = "\n".join(result.stdout.splitlines()[:8])
    for name in ("Seattle, WA", "Austin, TX", "Remote, United"):
        assert name in header, header


def test_asking_only_for_lca_before_any_import_is_data_unavailable() -> None:
    result = run_cli("range", "MLE", "--source", "lca")
    assert result.exit_code == 5
    assert "levelset data import lca" in result.stderr
    assert run_cli("range", "MLE").exit_code == 0  # the other sources still answer


def test_an_lca_year_outside_the_imported_filings_says_which_years_there_are() -> None:
    from tests.market.market_home import UPSTREAM

    lca = UPSTREAM / "LCA_Disclosure_Data_FY2024_Q4.csv"
    assert run_cli("data", "import", "lca", str(lca)).exit_code == 0
    data = run_cli("range", "MLE", "--source", "lca", "--year", "2019", "--json").json()
    assert data["ranges"] == []
    assert any("FY2019" in h and "FY2024" in h for h in data["hidden"]), data["hidden"]


def test_wrapped_notes_keep_their_indent_at_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    out = _done_when(80, monkeypatch)
    head = out.split("Headline range")[0].splitlines()[1:]
    notes = out.split("Caveats:")[1].split("Sources:")[0].splitlines()
    for line in [*head, *notes]:
        assert not line or line.startswith(" "), line  # a continuation is indented, not flush left


def test_places_side_by_side_place_the_offer_in_each_cell() -> None:
    args = ("range", "MLE", "-l", "senior", "-p", "SF", "-p", "Austin", "--offer", "200k")
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stdout.split())
    data = run_cli(*args, "--json").json()
    for report in data["reports"]:
        blend = next(r for r in report["ranges"] if r["source"] == "oews_level")
        assert f"offer {blend['offer_position']}" in flat
    assert "$200,000" in flat


def test_an_ambiguous_place_asks_which_and_each_choice_answers() -> None:
    asked = run_cli("range", "MLE", "-p", "Portland")
    assert asked.exit_code == 2
    assert "ambiguous place" in asked.stderr and "Portland, ME" in asked.stderr
    for choice, area in (
        ("Portland, OR", "Portland-Vancouver"),
        ("Portland, ME", "South Portland"),
    ):
        answered = run_cli("range", "MLE", "-p", choice)
        assert answered.exit_code == 0 and area in answered.stdout, answered.stderr


def test_an_offer_far_above_every_base_range_is_flagged_as_likely_total_pay() -> None:
    total = run_cli("range", "MLE", "-p", "Seattle", "--offer", "1.2m", "--json").json()
    first = total["caveats"][0]
    assert first.startswith("Your offer $1,200,000 is well above the top of every range here")
    assert "base salary only" in first
    base = run_cli("range", "MLE", "-p", "Seattle", "--offer", "210k", "--json").json()
    assert not any("well above the top" in c for c in base["caveats"])
    shown = " ".join(run_cli("range", "MLE", "-p", "Seattle", "--offer", "1.2m").stdout.split())
    assert "if the amount counts stock, bonus or sign-on, compare its base salary" in shown


def test_a_place_no_source_covers_says_so_in_words() -> None:
    result = run_cli("range", "ML Engineer", "--location", "Tel Aviv")
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "No headline range: no source has enough data for this role and place" in text
    assert "Crowd (ai-jobs.net): no data for this role and place" in text
    assert "only 0 data points" not in text and "visible cell" not in text


def test_a_wide_terminal_keeps_company_levels_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Company columns stayed 9 wide at any width: '(Principa l SDE)' and 'Distingui shed' even
    at 120 columns. Only an 80-column terminal needs them that narrow."""
    monkeypatch.setenv("COLUMNS", "120")
    out = run_cli("levels").stdout
    assert "(Principal" in out and "Distinguished" in out and "Principa\n" not in out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 120


def test_the_headlines_method_counts_as_the_table_does() -> None:
    """'Crowd (ai-jobs.net) (United States, 1030 distinct submissions)' beside the table's
    '1,030'."""
    shown = run_cli("range", "Data Scientist", "--level", "mid", "--location", "Austin")
    assert shown.exit_code == 0, shown.stderr
    crowd = next(
        r for r in run_cli("range", "Data Scientist", "--level", "mid", "--location", "Austin",
                           "--json").json()["ranges"] if r["source"] == "crowd"
    )  # fmt: skip
    assert crowd["n"] >= 1000
    flat = " ".join(shown.stdout.split())
    assert f"(United States, {crowd['n']:,} distinct submissions)" in flat, flat
