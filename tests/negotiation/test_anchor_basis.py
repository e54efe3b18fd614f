"""Issue 13: every figure of the anchor names its source, area, n and date; a walk-away the
user did not set is a suggestion, labelled so and never used to warn."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from levelset.negotiation import compute_anchor
from tests.cli.runner import run_cli
from tests.negotiation.conftest import INITIAL, offer
from tests.negotiation.test_anchor import MARKET


def test_the_basis_names_source_area_n_and_date_of_each_figure() -> None:
    rival = offer({**INITIAL, "company": "Contoso", "base": 240000, "location": "Seattle"})
    result = compute_anchor(offer(INITIAL), market=MARKET, competing=[rival])
    basis = {b.figure: b for b in result.basis}
    assert set(basis) == {"anchor", "target", "walk_away"}
    assert (basis["anchor"].source, basis["anchor"].area, basis["anchor"].n) == (
        "your competing offer from Contoso, Seattle",  # the area in the text (JSON, MCP)
        "Seattle",
        1,
    )  # 240,000 beats the market's P75 of 212,500
    walk = basis["walk_away"]
    assert (walk.source, walk.area, walk.n, walk.date) == (
        "Crowd (test)",
        "Seattle",
        120,
        "2024-2025",
    )
    assert walk.suggestion and result.walk_away.reason.startswith("a suggestion")
    data = result.to_dict()
    assert [b["figure"] for b in data["basis"]] == ["anchor", "target", "walk_away"]


def test_a_suggested_walk_away_never_warns() -> None:
    low = offer({**INITIAL, "base": 150000})
    suggested = compute_anchor(low, market=MARKET)  # the market median, 185,000, as a suggestion
    assert suggested.walk_away.amount == Decimal(185000)
    assert not any("walk-away" in n for n in suggested.notes)
    given = compute_anchor(low, market=MARKET, walk_away=Decimal(185000))
    assert any("below your walk-away" in n for n in given.notes)
    assert not {b.figure: b for b in given.basis}["walk_away"].suggestion


def test_the_cli_json_carries_the_basis() -> None:
    from pathlib import Path

    bigco = str(Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml")
    assert run_cli("negotiate", "start", "Northwind Cloud", "--offer", bigco).exit_code == 0
    data = run_cli("negotiate", "anchor", "Northwind Cloud", "--json").json()
    anchor = next(b for b in data["basis"] if b["figure"] == "anchor")
    assert anchor["area"] == "Seattle-Tacoma-Bellevue, WA" and anchor["n"] and anchor["date"]


def test_a_market_source_older_than_a_year_is_flagged_in_the_anchor_and_the_comparison() -> None:
    """Issue 13: the OEWS May 2025 range is 18 months old on 2026-12-06; the anchor's source,
    its basis and the offer comparison's market line (text and JSON) say so; in August 2025
    (3 months old) none of them does."""
    from pathlib import Path

    offers = Path(__file__).parents[2] / "examples" / "offers"
    bigco, startup = str(offers / "bigco-rsu.yaml"), str(offers / "startup-options.yaml")
    assert run_cli("negotiate", "start", "Northwind Cloud", "--offer", bigco).exit_code == 0
    late = ("--today", "2026-12-06")
    data = run_cli(*late, "negotiate", "anchor", "Northwind Cloud", "--preview", "--json").json()
    anchor = next(b for b in data["basis"] if b["figure"] == "anchor")
    assert anchor["dated"] and data["market"]["dated"] and data["market"]["age_months"] == 18
    text = " ".join(
        run_cli(*late, "negotiate", "anchor", "Northwind Cloud", "--preview").stdout.split()
    )
    assert "May 2025 (18 months old, older than 12 months)" in text
    compared = run_cli(*late, "offer", "compare", bigco, startup, "--json").json()
    assert all(o["market_placement"]["market"]["dated"] for o in compared["offers"])
    text = " ".join(run_cli(*late, "offer", "compare", bigco, startup).stdout.split())
    assert text.count("older than 12 months") == 2
    early = ("--today", "2025-08-01")
    data = run_cli(*early, "negotiate", "anchor", "Northwind Cloud", "--preview", "--json").json()
    assert not data["market"]["dated"] and data["market"]["age_months"] == 2
    assert not any(b["dated"] for b in data["basis"])
    assert "older than" not in run_cli(*early, "offer", "compare", bigco, startup).stdout


def test_a_competing_offer_the_anchor_does_not_rest_on_is_named() -> None:
    """Issue 13: competing offers were silently ignored when the market figure was higher."""
    low = offer({**INITIAL, "company": "Contoso", "base": 190000, "location": "Seattle"})
    result = compute_anchor(offer(INITIAL), market=MARKET, competing=[low])
    assert result.anchor.source == MARKET.provenance
    said = "Contoso offers $190,000 base (its date not given), not more than"
    assert any(n.startswith(said) for n in result.notes)
    high = offer({**INITIAL, "company": "Contoso", "base": 240000, "location": "Seattle"})
    assert not any(
        "Contoso" in n
        for n in compute_anchor(offer(INITIAL), market=MARKET, competing=[high]).notes
    )


def test_every_market_figure_of_the_anchor_names_its_area() -> None:
    """The walk-away read from the market median named its source, date and n but not the
    area; the table's source column, the JSON and an anchor saved before now all name it."""
    from pathlib import Path

    from levelset.negotiation.anchor_data import anchor_from_dict

    bigco = str(Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml")
    assert run_cli("negotiate", "start", "Northwind Cloud", "--offer", bigco).exit_code == 0
    data = run_cli("negotiate", "anchor", "Northwind Cloud", "--preview", "--json").json()
    area = data["market"]["place"]
    assert area == "Seattle-Tacoma-Bellevue, WA"
    walk = data["walk_away"]
    assert walk["reason"].endswith("under the market median"), walk
    assert area in walk["source"] and "n=" in walk["source"] and "2025" in walk["source"]
    shown = run_cli("negotiate", "anchor", "Northwind Cloud", "--preview").stdout
    column = "".join(_source_cells(shown, "walk-away")).replace(" ", "")
    assert f"BLS OEWS wages, blend at senior, {area}, May 2025".replace(" ", "") in column

    saved = {**data, "walk_away": {**walk, "source": walk["source"].replace(f", {area}", "")}}
    assert area not in saved["walk_away"]["source"]
    assert anchor_from_dict(saved).walk_away.source == walk["source"]


def _source_cells(table: str, row: str) -> list[str]:
    """The source column's lines of one row of the anchor table, as wrapped on screen."""
    cells, inside = [], False
    for line in table.splitlines():
        parts = line.split("│")
        if len(parts) < 6:
            inside = False if cells else inside
            continue
        inside = parts[1].strip() == row or (inside and not parts[1].strip())
        if inside:
            cells.append(parts[4].strip())
    return cells


def test_a_competing_offers_anchor_names_its_area_in_the_table(tmp_path: Path) -> None:
    bigco = str(Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml")
    rival = tmp_path / "rival.yaml"
    rival.write_text(
        "company: Contoso\ntitle: Senior ML Engineer\nlevel: senior\nlocation: Austin, TX\n"
        "currency: USD\nbase: 300000\n",
        encoding="utf-8",
    )
    assert run_cli("negotiate", "start", "Northwind Cloud", "--offer", bigco).exit_code == 0
    asked = ("negotiate", "anchor", "Northwind Cloud", "--preview", "--competing", str(rival))
    shown = run_cli(*asked)
    assert shown.exit_code == 0, shown.stderr
    column = " ".join(_source_cells(shown.stdout, "anchor"))
    assert " ".join(column.split()) == "your competing offer from Contoso, Austin, TX", column
    data = run_cli(*asked, "--json").json()  # what the JSON and the assistant read
    sources = [f["source"] for f in (*data["asks"], data["anchor"])]
    rivals = [s for s in sources if s.startswith("your competing offer")]
    assert rivals and all(s == "your competing offer from Contoso, Austin, TX" for s in rivals)
