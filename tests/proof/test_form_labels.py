"""Résumés set out as forms: a column of field labels ("DATES", "POSITION", "Occupation or
position held") beside the values, as Europass and its Pages and Word look-alikes print them.
The labels are no text of the résumé, and each entry's position row heads its dates."""

from __future__ import annotations

from levelset.proof.field_labels import unlabelled
from levelset.proof.importers.text import parse_resume
from levelset.proof.layout import Box, Page, read_pages
from levelset.proof.lines import resume_lines
from levelset.proof.page import Segment, VisualLine

LABEL_END = 160.0  # the labels are set flush right against the values
VALUE_X = 170.0


def _label(top: float, text: str) -> Box:
    return Box(LABEL_END - 5.0 * len(text), top, LABEL_END, top + 10, text)


def _value(top: float, text: str) -> Box:
    return Box(VALUE_X, top, VALUE_X + 5.0 * len(text), top + 10, text)


def _form(rows: list[tuple[str, str]]) -> list[Box]:
    """One box per label and value, a row each; a row without a value is a section name set
    in the label column, one without a label a value's second line."""
    boxes = []
    for index, (label, value) in enumerate(rows):
        top = 40.0 + 14 * index
        boxes += [_label(top, label)] if label else []
        boxes += [_value(top, value)] if value else []
    return boxes


def _read(rows: list[tuple[str, str]]) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    visual = read_pages([Page(595, 842, tuple(_form(rows)))])[0]
    lines = resume_lines(visual, "page 1")
    positions = parse_resume(lines, "cv.pdf").positions
    found = [(p.title, p.company, str(p.start)[:7], str(p.end)[:7]) for p in positions]
    return [line.text for line in lines], found


PAGES_FORM = [
    ("Personal Information", ""),
    ("NAME", "Giulia Ferrante"),
    ("EMAIL", "giulia.ferrante@example.org"),
    ("Work Experience", ""),
    ("DATES", "March 2016 - Present"),
    ("POSITION", "VELARIA FOODS - Head of Pricing Analytics"),
    ("RESPONSIBILITIES", "Built the weekly price elasticity model used by every category"),
    ("", "manager, and ran the promotions test programme."),
    ("DATES", "June 2012 - February 2016"),
    ("POSITION", "PORTOLANO LOGISTICS - Demand Planner"),
    ("RESPONSIBILITIES", "Forecast the volumes of forty warehouses from order history."),
]


def test_labels_leave_the_text_and_the_position_heads_its_dates() -> None:
    texts, positions = _read(PAGES_FORM)
    assert not {"DATES", "POSITION", "RESPONSIBILITIES", "NAME"} & {t.strip() for t in texts}
    assert texts[texts.index("Work Experience") + 1 :][:2] == [
        "VELARIA FOODS - Head of Pricing Analytics",
        "March 2016 - Present",
    ]
    assert positions == [
        ("Head of Pricing Analytics", "VELARIA FOODS", "2016-03", "None"),
        ("Demand Planner", "PORTOLANO LOGISTICS", "2012-06", "2016-02"),
    ]


def test_europass_labels_with_the_employer_below_the_activities() -> None:
    rows = [
        ("Work experience", ""),
        ("Dates", "September 2014 - August 2019"),
        ("Occupation or position held", "Data Engineer"),
        ("Main activities and responsibilities", "Moved the billing reports to Spark."),
        ("Name and address of employer", "Nordlys Energi AS"),
        ("Dates", "January 2011 - August 2014"),
        ("Occupation or position held", "Analyst"),
        ("Main activities and responsibilities", "Kept the grid outage statistics."),
        ("Name and address of employer", "Statvik Kommune"),
    ]
    _, positions = _read(rows)
    assert positions == [
        ("Data Engineer", "Nordlys Energi AS", "2014-09", "2019-08"),
        ("Analyst", "Statvik Kommune", "2011-01", "2014-08"),
    ]


def _line(top: float, *parts: tuple[float, str]) -> VisualLine:
    return VisualLine(top, 10, tuple(Segment(x, x + 5.0 * len(t), t) for x, t in parts))


def test_rows_whose_labels_do_not_come_back_are_no_form() -> None:
    lines = [
        _line(40, (40, "Languages"), (170, "Python, SQL")),
        _line(54, (40, "Tools"), (170, "Airflow, dbt")),
        _line(68, (40, "Interests"), (170, "Sailing")),
    ]
    assert unlabelled(lines) == lines


def test_repeated_labels_beside_a_body_that_starts_left_of_the_values_are_no_form() -> None:
    body = [_line(40 + 14 * i, (40, f"Led the migration of service number {i}")) for i in range(4)]
    rows = [
        _line(100 + 14 * i, (40, label), (170, value))
        for i, (label, value) in enumerate(
            [("Stack", "Go"), ("Team", "Payments"), ("Stack", "Rust"), ("Team", "Search")]
        )
    ]
    assert unlabelled(body + rows) == body + rows
