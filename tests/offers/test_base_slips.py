"""A base that reads like a slip ("1.2m" for a total, "185" for 185k) is said in words beside
the numbers wherever an offer comes in, as `range --offer` already says it; never refused."""

from pathlib import Path

from levelset.offers import parse_offer, value_offer
from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _offer(tmp_path: Path, base: str, company: str = "Big Base", currency: str = "USD") -> Path:
    path = tmp_path / f"{company.split()[0].lower()}-{base.replace('.', '_')}.yaml"
    path.write_text(f"company: {company}\ncurrency: {currency}\nbase: {base}\n", encoding="utf-8")
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_base_over_a_million_is_said_to_look_like_a_total(tmp_path: Path) -> None:
    path = _offer(tmp_path, "1.2m")
    shown = run_cli("offer", "value", str(path))
    assert shown.exit_code == 0
    assert "base $1,200,000 a year is above nearly every base salary" in _flat(shown.stdout)
    notes = run_cli("offer", "value", str(path), "--json").json()["notes"]
    assert any("counts stock, bonus or sign-on" in n for n in notes)


def test_a_base_in_thousands_is_said_to_miss_its_thousands(tmp_path: Path) -> None:
    shown = run_cli("offer", "value", str(_offer(tmp_path, "185")))
    assert shown.exit_code == 0
    assert "if you meant $185,000, write 185000 or 185k" in _flat(shown.stdout)


def test_ordinary_offers_and_small_currency_units_carry_no_such_note() -> None:
    for base, currency in (("192000", "USD"), ("15000000", "JPY"), ("0", "USD")):
        offer = parse_offer({"company": "A", "currency": currency, "base": base})
        assert value_offer(offer).notes == ()


def test_compare_names_the_offer_whose_base_looks_mistyped(tmp_path: Path) -> None:
    path = _offer(tmp_path, "1.2m")
    shown = run_cli(
        "offer", "compare", str(path), str(EXAMPLES / "offers" / "bigco-rsu.yaml"), "--no-market"
    )
    assert shown.exit_code == 0
    assert "Big Base: base $1,200,000 a year is above nearly every" in _flat(shown.stdout)


def test_negotiate_start_and_log_warn_on_stderr_and_keep_the_offer(tmp_path: Path) -> None:
    bigco = str(EXAMPLES / "offers" / "bigco-rsu.yaml")
    started = run_cli("negotiate", "start", "Northwind Cloud", "--offer", bigco, "--json")
    assert started.exit_code == 0 and "above nearly every" not in started.stderr
    revised = _offer(tmp_path, "1.2m", company="Northwind Cloud")
    logged = run_cli(
        "negotiate", "log", "Northwind Cloud", "revised_offer", "--offer", str(revised), "--json"
    )
    assert logged.exit_code == 0
    assert "base $1,200,000 a year is above nearly every base salary" in _flat(logged.stderr)
    assert logged.json()["company"] == "Northwind Cloud"  # stdout stays one JSON document


def test_offer_add_keeps_the_offer_and_says_so_on_stderr(tmp_path: Path) -> None:
    added = run_cli("offer", "add", str(_offer(tmp_path, "1.2m")), "--json")
    assert added.exit_code == 0 and added.json()["offers"][0]["offer"]["base"] == 1200000
    assert "offer #1 (Big Base): base $1,200,000 a year is above" in _flat(added.stderr)
