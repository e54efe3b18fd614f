"""`levelset playbook` end to end from the real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.plan.resume import import_resume
from tests.plan.test_cli import set_profile
from tests.playbook.test_render import pdf_text

pytestmark = pytest.mark.usefixtures("market_ready")


def test_a_pdf_playbook_from_the_users_stored_records(tmp_path: Path) -> None:
    set_profile()
    import_resume(tmp_path)
    assert run_cli("plan", "--start", "2026-12-07", "--focus", "leveling").exit_code == 0
    target = tmp_path / "playbook.pdf"
    result = run_cli(
        "playbook", "--topic", "leveling", "--format", "pdf", "-o", str(target), "--json"
    )
    assert result.exit_code == 0, result.stderr
    assert result.json()["file"] == str(target) and len(result.json()["sections"]) == 15
    text = " ".join(pdf_text(target.read_bytes()).split())
    assert "Maya Okafor" in text and "Responsible for the feature store" in text
    assert "reads as senior" in text  # the level estimate of her own resume


def test_markdown_goes_to_standard_output_and_html_to_the_exports_folder() -> None:
    set_profile()
    markdown = run_cli("playbook")
    assert markdown.exit_code == 0, markdown.stderr
    assert markdown.stdout.startswith("# Your salary expectations")
    assert "staff ML Engineer in Seattle" in markdown.stdout
    html = run_cli("playbook", "--format", "html", "--topic", "negotiation")
    assert html.exit_code == 0
    written = Path(html.stdout.strip())
    assert written.name == "levelset-playbook-negotiation.html"
    page = written.read_text(encoding="utf-8")
    assert "<h1>Your offer negotiation</h1>" in page
    assert "[your anchor]" in page  # no offer stored: a placeholder, never a made-up number


def test_unknown_topic_or_format_is_bad_input() -> None:
    assert run_cli("playbook", "--format", "docx").exit_code == 2
    assert run_cli("playbook", "--topic", "equity").exit_code == 2


def test_the_offers_percentile_names_its_range_and_agrees_with_the_comparison() -> None:
    """Issue 13: with no place in the profile, the playbook reads the offer's own place (as the
    anchor does), so "Is my offer fair?" gives the percentile `offer compare` gives, with the
    range's source, area, date, age and n; before, a Seattle offer was placed in the national
    crowd (P46) with no source while the anchor and the comparison read Seattle (P62)."""
    bigco = str(Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml")
    assert run_cli("negotiate", "start", "Northwind Cloud", "--offer", bigco).exit_code == 0
    startup = str(Path(bigco).with_name("startup-options.yaml"))
    compared = run_cli("--today", "2026-12-06", "offer", "compare", bigco, startup, "--json")
    placed = compared.json()["offers"][0]["market_placement"]
    text = " ".join(run_cli("--today", "2026-12-06", "playbook").stdout.split())
    assert (
        f"sits at about the {round(placed['percentile'])}nd percentile of base pay for Machine "
        "Learning Engineer (OEWS blend at senior, Seattle-Tacoma-Bellevue, WA, May 2025, 18 "
        "months old, n=113,470 employment of the blended occupations)" in text
    )
    assert placed["market"]["place"] == "Seattle-Tacoma-Bellevue, WA"
    assert "the market for Machine Learning Engineer:" not in text


def test_the_charts_caption_names_each_source_once() -> None:
    """The caption listed the blended range's source ("from OEWS blend at staff, Seattle...")
    and then the same OEWS blend row again as a source of its own."""
    set_profile()
    markdown = run_cli("playbook")
    assert markdown.exit_code == 0, markdown.stderr
    caption = next(line for line in markdown.stdout.splitlines() if line.startswith("*Chart:"))
    assert caption.count("OEWS blend at") == 1, caption
    assert "Range used: OEWS blend at staff" in caption  # the headline is taken from it alone
