"""A narrow left column of labels and dates beside the main column (react-pdf templates): each
date range belongs to the entry heading on its line, not to the left column read first.
Written after a react-pdf résumé of the tuning part (2026-12-05r); the page is made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.layout import Box, Page, read_pages
from levelset.proof.lines import resume_lines

LEFT = {  # y: text, at x 45
    90: "Date of birth",
    110: "Place of birth",
    140: "L I N K S",
    175: "P R O F I L E",
    280: "E M P L O Y M E N T",
    300: "Mar 2021 — Present",
    420: "Jan 2017 — Feb 2021",
}
RIGHT = {  # y: text, at x 171
    30: "Amara Okafor, Data Engineer",
    90: "4th May 1990",
    110: "Lagos",
    140: "Github, Linkedin",
    175: "Data engineer with eight years of pipelines and warehouses behind her.",
    190: "She builds batch and streaming systems for retail and logistics firms.",
    300: "Lead Data Engineer, Kobo Freight",
    320: "Leads the platform team that runs the routing warehouse and its feeds.",
    340: "• Moved nightly batch loads to streaming, cutting delay from hours to minutes.",
    360: "• Set up data contracts between the product teams and the warehouse.",
    420: "Data Engineer, Palm Retail Group",
    440: "Built the sales warehouse on dbt and BigQuery for forty stores.",
    460: "• Rewrote the stock forecast pipeline in Python, saving a day of work a week.",
}


def _box(x: float, y: float, text: str) -> Box:
    return Box(x, y, x + 4.6 * len(text), y + 9, text, 9.0)


def test_a_date_in_the_left_column_stays_with_the_heading_beside_it() -> None:
    boxes = [_box(45, y, t) for y, t in LEFT.items()] + [_box(171, y, t) for y, t in RIGHT.items()]
    boxes = [
        b if b.x0 < 171 or b.x1 < 560 else Box(b.x0, b.top, 560, b.bottom, b.text, 9) for b in boxes
    ]
    lines = resume_lines(read_pages([Page(600, 800, tuple(boxes))])[0], "page 1")
    doc = parse_resume(lines, "cv.pdf")
    assert [(p.title, p.company, str(p.start)[:7], str(p.end)[:7]) for p in doc.positions] == [
        ("Lead Data Engineer", "Kobo Freight", "2021-03", "None"),
        ("Data Engineer", "Palm Retail Group", "2017-01", "2021-02"),
    ]
