"""Defects found by using the playbook as a user would: each test failed before its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.cli.runner import run_cli

pytestmark = pytest.mark.usefixtures("market_ready")


def test_a_playbook_into_a_missing_folder_is_refused_with_exit_2(tmp_path: Path) -> None:
    for fmt in ("md", "pdf"):
        target = tmp_path / "missing" / f"playbook.{fmt}"
        result = run_cli("playbook", "--format", fmt, "-o", str(target))
        assert result.exit_code == 2, result.stderr
        assert "does not exist" in result.stderr and not target.parent.exists()


def test_with_nothing_stored_the_target_is_a_bracketed_placeholder() -> None:
    result = run_cli("playbook")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "a your target" not in text and "target your role" not in text
    assert "[TARGET ROLE]" in text and "levelset profile set" in text


def test_with_nothing_stored_the_sources_section_is_not_empty() -> None:
    text = run_cli("playbook").stdout
    sources = text.split("## Sources", 1)[1].strip()
    assert sources.startswith("- ") and "levelset" in sources


def test_a_pdf_question_is_never_left_alone_at_the_foot_of_a_page() -> None:
    import dataclasses
    import io

    from pypdf import PdfReader

    from levelset.playbook.model import QA, Section
    from levelset.playbook.pdf import to_pdf
    from tests.playbook.test_compose import maya_book

    book = maya_book()
    answer = "Open at your anchor and give its reason, then wait for their answer. "
    faq = tuple(QA(f"Question number {i}?", answer * (1 + i % 4)) for i in range(60))
    long_book = dataclasses.replace(book, sections=(Section("faq", "Questions", faq),))
    for page in PdfReader(io.BytesIO(to_pdf(long_book))).pages:
        lines = [line for line in page.extract_text().splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith("levelset playbook")]
        assert not body[-1].rstrip().endswith("?"), body[-3:]


def test_a_deadline_before_the_plan_is_not_said_to_pace_the_steps() -> None:
    import datetime as dt

    from levelset.plan import Focus, build_plan
    from levelset.playbook import Topic, build_playbook
    from tests.plan.people import START, maya

    inputs = maya(deadline=START - dt.timedelta(days=1))
    plan = build_plan(inputs, START, Focus.NEGOTIATION)
    first = next(i for i in plan.items if i.id == "1.N1")
    assert "new date" in first.text
    book = build_playbook(inputs, plan, Topic.NEGOTIATION, START)
    why = " ".join(getattr(b, "text", "") for b in book.sections[1].blocks)
    assert "spaces the five steps up to that day" not in why
    assert "new date" in why


def test_the_role_nuance_of_a_manager_is_about_the_team() -> None:
    from levelset.bands import Band
    from levelset.plan import PlanInputs, build_plan
    from levelset.playbook import build_playbook
    from levelset.profile import Profile
    from levelset.profile.model import Track
    from tests.plan.people import START

    profile = Profile(
        name="Sam", target_title="Engineering Manager, ML", target_band=Band.SENIOR,
        track=Track.LEADERSHIP,
    )  # fmt: skip
    inputs = PlanInputs(profile)
    book = build_playbook(inputs, build_plan(inputs, START), today=START)
    role = next(s for s in book.sections if s.key == "role")
    text = " ".join(getattr(b, "text", "") for b in role.blocks)
    assert "shipping a model is the floor" not in text and "your team" in text


def test_an_offer_in_euros_is_converted_before_it_is_marked_on_a_dollar_range(
    tmp_path: Path,
) -> None:
    source = Path("examples/offers/bigco-rsu.yaml").read_text()
    offer = tmp_path / "offer.yaml"
    offer.write_text(source.replace("currency: USD", "currency: EUR"))
    args = ("--title", "ML Engineer", "--level", "senior", "--location", "Berlin")
    assert run_cli("profile", "set", *args).exit_code == 0
    started = run_cli("negotiate", "start", "Northwind Cloud", "--offer", str(offer))
    assert started.exit_code == 0, started.stderr
    text = run_cli("playbook", "--topic", "negotiation").stdout
    caption = next(line for line in text.splitlines() if line.startswith("*Chart:"))
    # EUR 192,000 at the shipped 1.05262 USD per EUR is about $202,000 on the dollar axis
    assert "€192,000" in caption and "$202,000" in caption


def test_a_cjk_name_prints_in_the_pdf_when_the_system_has_a_cjk_font() -> None:
    import dataclasses
    import io

    from pypdf import PdfReader

    from levelset.playbook.pdf import fallback_font, to_pdf
    from tests.playbook.test_compose import maya_book

    if fallback_font() is None:
        pytest.skip("no CJK font installed: such characters print as '?' (documented)")
    book = dataclasses.replace(maya_book(), person="Zoë 李", subtitle="A playbook for Zoë 李")
    data = to_pdf(book)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Zoë 李" in text and "?" not in text[:60]
    plain = PdfReader(io.BytesIO(to_pdf(maya_book())))
    # the CJK font is embedded only when a page needs it (the two PDFs come from different
    # writers, so their sizes say nothing): no page of the plain book names it
    added = _font_names(PdfReader(io.BytesIO(data))) - _font_names(plain)
    assert added, "the CJK page names no font that the plain book lacks"
    assert all("DejaVu" not in name for name in added)  # the extra one is the system font


def _font_names(reader: Any) -> set[str]:
    """Each page's font families, no subset tag: "/AAAAAC+DejaVuSans-Bold" -> "DejaVuSansBold"."""
    names: set[str] = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            base = str(ref.get_object().get("/BaseFont", ""))
            names.add(base.split("+", 1)[-1].replace("-", "").replace("Book", ""))
    return names


def test_with_no_resume_the_strong_signal_section_says_how_to_import_one() -> None:
    text = run_cli("playbook").stdout
    section = text.split("## What strong signal looks like", 1)[1].split("\n## ", 1)[0]
    assert "in what you imported" not in section
    assert "levelset proof import FILE" in section
