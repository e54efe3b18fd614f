"""A two-column résumé whose left column goes on over the page under its heading taken up
again ("Work experience (continued):"), while the right column ended the page before."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.layout import Box, Page, read_pages
from levelset.proof.lines import resume_lines
from levelset.proof.sections import section_of


def _box(x0: float, top: float, text: str) -> Box:
    return Box(x0, top, x0 + 5.0 * len(text), top + 10, text)


def _column(x0: float, texts: list[str]) -> list[Box]:
    return [_box(x0, 100 + 16 * i, text) for i, text in enumerate(texts)]


def test_a_heading_taken_up_again_names_its_section() -> None:
    for heading in ("Work experience (continued):", "EXPERIENCE (CONT.)", "Experience (cont'd)",
                    "Work Experience continued", "Projects (continued)"):  # fmt: skip
        assert section_of(heading) in {"experience", "projects"}, heading
    assert section_of("Experience discontinued") is None
    assert section_of("to be continued") is None


def _pages() -> list[Page]:
    left = ["Background:", "Web developer near graduation and", "keen on secure systems.",
            "Contact:", "Skara, Sweden", "pat@example.com", "Portfolio"]  # fmt: skip
    right = ["Education:", "Web Developer", "Huskvarna College", "2023 - April 2025",
             "Work Experience:", "Fullstack Developer", "Kestrel AB Skara,", "November 2024 -",
             "April 2025", "Built a file store.", "Built a crawler."]  # fmt: skip
    first = _column(40, left) + _column(320, right)
    second = ["Work experience (continued):", "Frontend Developer, Internship 1",
              "Kestrel AB Skara, April - June 2024", "Built a chat assistant.",
              "Ran weekly sprints."]  # fmt: skip
    return [Page(600, 800, tuple(first)), Page(600, 800, tuple(_column(40, second)))]


def test_the_entry_under_the_heading_taken_up_again_is_a_job() -> None:
    lines = []
    for number, page_lines in enumerate(read_pages(_pages()), start=1):
        lines.extend(resume_lines(page_lines, f"page {number}", first=len(lines) + 1))
    doc = parse_resume(lines, "cv.pdf")
    posts = {(p.title, p.company, p.start.isoformat()) for p in doc.positions if p.start}
    assert ("Frontend Developer, Internship 1", "Kestrel AB Skara", "2024-04-01") in posts
