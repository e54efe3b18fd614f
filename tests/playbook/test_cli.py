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
