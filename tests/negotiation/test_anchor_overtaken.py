"""A revised offer that reaches the saved anchor: the drafts no longer ask for a base at or
below what is offered (they asked for $218,000 against $230,000 offered) and say why."""

from pathlib import Path

from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_an_anchor_overtaken_by_a_revised_offer_is_left_to_fill_in(tmp_path: Path) -> None:
    first = EXAMPLES / "offers" / "bigco-rsu.yaml"
    revised = tmp_path / "revised.yaml"
    revised.write_text(first.read_text().replace("base: 192000", "base: 230000"))
    company = "Northwind Cloud"
    assert run_cli("negotiate", "start", company, "--offer", str(first)).exit_code == 0
    anchor = run_cli("negotiate", "anchor", company, "--current-base", "200000", "--no-market")
    assert anchor.exit_code == 0
    asked = run_cli("negotiate", "draft", company, "counter", "--json").json()["body"]
    assert "I am asking for a base of $220,000" in asked  # 10% over 200,000: above 192,000
    logged = run_cli("negotiate", "log", company, "revised_offer", "--offer", str(revised))
    assert logged.exit_code == 0
    for kind in ("counter", "call"):
        drafted = run_cli("negotiate", "draft", company, kind)
        assert drafted.exit_code == 0
        assert "$220,000" not in drafted.stdout
        assert "[YOUR ANCHOR BASE]" in drafted.stdout
        assert "the anchor you set ($220,000) is not above the current offer's base " in _flat(
            drafted.stderr
        )
