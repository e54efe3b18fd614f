"""simple-resume-cv's entries: "Company, Remote, City, ST" over "■ Title      Aug 2024 – Present".

Written after a résumé made with simpleresumecv.cls in the corpus's tuning part.
"""

from __future__ import annotations

from levelset.proof.headers import without_place
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line, resume_lines
from levelset.proof.page import Segment, VisualLine


def _line(top: float, *parts: tuple[float, str]) -> VisualLine:
    return VisualLine(top, 10, tuple(Segment(x, x + 6 * len(t), t, 10) for x, t in parts))


def test_a_title_marked_like_a_bullet_with_its_own_dates_heads_the_entry() -> None:
    visual = [
        _line(10, (100, "Experience")),
        _line(30, (100, "Compute Labs, Remote, Redmond, WA")),
        _line(45, (110, "■ Co-Founder and CTO"), (480, "Aug 2024 – Present")),
        _line(60, (120, "● Leading the engineering team, including hiring and mentoring.")),
        _line(80, (100, "Airbnb, San Francisco, CA")),
        _line(95, (110, "■ Software Engineer"), (480, "Jan 2019 – Aug 2020")),
        _line(110, (120, "● Cut fake reviews to 1% of their peak volume.")),
    ]
    found = parse_resume(resume_lines(visual, "page 1"), "cv.pdf").positions
    assert [(p.title, p.company, p.current) for p in found] == [
        ("Co-Founder and CTO", "Compute Labs", True),
        ("Software Engineer", "Airbnb", False),
    ]
    assert [b.text for b in found[1].bullets] == ["Cut fake reviews to 1% of their peak volume."]


def test_a_long_dated_bullet_still_gives_its_dates_to_the_heading() -> None:
    visual = [
        _line(10, (100, "Experience")),
        _line(30, (100, "Senior Engineer, Acme Corp")),
        _line(45, (110, "• Led the move of forty services to Kubernetes."), (480, "2019 – 2021")),
    ]
    found = parse_resume(resume_lines(visual, "page 1"), "cv.pdf").positions
    assert [(p.title, p.company) for p in found] == [("Senior Engineer", "Acme Corp")]
    assert [b.text for b in found[0].bullets] == ["Led the move of forty services to Kubernetes."]


def test_remote_goes_with_the_place() -> None:
    assert without_place("Compute Labs, Remote, Redmond, WA") == (
        "Compute Labs",
        "Remote, Redmond, WA",
    )


def _read(*lines: Line) -> list[tuple[str, str, str]]:
    found = parse_resume(list(lines), "resume.pdf").positions
    return [(p.title, p.company, p.location) for p in found]


def test_a_comma_inside_the_title_when_the_company_is_the_line_below() -> None:
    found = _read(
        Line(1, "Experience"),
        Line(2, "Staff Engineer, Payments", dates="Feb 2022 – Present"),
        Line(3, "Paystack", place="Lagos, Nigeria"),
        Line(4, "- Cut failed card payments by 18% with smarter retries."),
    )
    assert found == [("Staff Engineer, Payments", "Paystack", "Lagos, Nigeria")]


def test_title_and_company_over_their_city_stay_apart() -> None:
    found = _read(
        Line(1, "Experience"),
        Line(2, "Software Engineer, Acme", dates="2019 – 2021"),
        Line(3, "Berlin"),
        Line(4, "- Built the billing service."),
    )
    assert [(title, company) for title, company, _ in found] == [("Software Engineer", "Acme")]
