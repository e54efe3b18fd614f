"""A section heading set in the body's size, in the bold capitals of the résumé's named
headings, ends the jobs even when its words are unknown: the dated entries under it
("PREPRINTS", "KEY PROJECT") are not read as jobs. A job's heading in capitals over its
dates, and a heading that names posts ("CURRENT POSITION"), are left as they were. Made here:
the lines carry the look a PDF gives them (size, bold, left edge).
"""

from __future__ import annotations

from levelset.proof.importers.text import Line, parse_resume

BODY = 10.5


def _line(number: int, text: str, dates: str = "", bold: bool = False, x0: float = 50.0) -> Line:
    return Line(number, text, "page 1", dates=dates, size=BODY, bold=bold, x0=x0)


def _read(extra: list[tuple[str, str, bool]]) -> list[tuple[str, str]]:
    rows = [
        ("Maya Lind", "", True),
        ("EXPERIENCE", "", True),
        ("Research Scientist, Northfield Imaging Lab", "2019 – 2023", False),
        ("• Led the imaging study of 400 patients.", "", False),
        *extra,
        ("EDUCATION", "", True),
        ("Northfield University, BSc Physics", "2014 – 2018", False),
    ]
    lines = [_line(i, text, dates, bold) for i, (text, dates, bold) in enumerate(rows, start=1)]
    return [(p.title, p.company) for p in parse_resume(lines, "cv.pdf").positions]


KEPT = [("Research Scientist", "Northfield Imaging Lab")]


def test_an_unknown_heading_in_body_size_ends_the_jobs() -> None:
    extra = [
        ("KEY PROJECT", "", True),
        ("Lead Developer, SaaS CRM System", "Jan 2021 – May 2021", False),
        ("• Built the contact sync for 3 teams.", "", False),
    ]
    assert _read(extra) == KEPT


def test_a_heading_over_undated_lines_ends_the_jobs() -> None:
    extra = [
        ("PREPRINTS", "", True),
        ("Lind, M. and Roe, J. Imaging at scale. arXiv.", "", False),
        ("Roe, J. and Lind, M. Imaging in the small. arXiv.", "", False),
        ("Research Assistant, Northfield Imaging Lab", "2012 – 2014", False),
    ]
    assert _read(extra) == KEPT


def test_a_job_heading_in_capitals_over_its_dates_is_kept() -> None:
    extra = [
        ("NORTHFIELD ROBOTICS", "", True),
        ("Software Engineer", "2017 – 2019", False),
        ("• Wrote the arm's motion planner.", "", False),
    ]
    assert _read(extra) == [*KEPT, ("Software Engineer", "NORTHFIELD ROBOTICS")]
