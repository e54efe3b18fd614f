"""Page layouts read from boxes: columns under a full-width header, a date column set close to
the body, section names in a left margin, a place written as city and region."""

from __future__ import annotations

from levelset.proof.headers import without_place
from levelset.proof.importers.text import parse_resume
from levelset.proof.layout import Box, Page, read_pages
from levelset.proof.lines import resume_lines
from levelset.proof.sections import section_of
from levelset.proof.title_company import split_title_company


def _box(x0: float, top: float, text: str) -> Box:
    return Box(x0, top, x0 + 5.0 * len(text), top + 10, text)


def _texts(boxes: list[Box]) -> list[str]:
    return [line.text for line in read_pages([Page(612, 792, tuple(boxes))])[0]]


MAIN = [
    "Experience",
    "Staff Engineer",
    "Allegro Labs",
    "Jan 2022 – Present · Kraków",
    "Designed the ranking stack.",
    "Senior Data Scientist",
    "Brainly",
    "Mar 2018 – Dec 2021 · Kraków",
    "Built a matching model.",
]
SIDE = ["Skills", "Python, Spark", "Kafka, SQL", "Education", "M.Sc. Informatics", "AGH", "Awards"]


def _two_columns(main_x: float, side_x: float) -> list[Box]:
    header = [_box(40, 20, "Tomasz Wierzbicki"), _box(40, 34, "tomasz@example.org · " * 5)]
    main = [_box(main_x, 60 + 14 * i, text) for i, text in enumerate(MAIN)]
    side = [_box(side_x, 60 + 14 * i, text) for i, text in enumerate(SIDE)]
    return header + main + side


def test_columns_under_a_header_that_crosses_the_gutter() -> None:
    for main_x, side_x in ((40, 420), (200, 40)):
        texts = _texts(_two_columns(main_x, side_x))
        assert texts[:2] == ["Tomasz Wierzbicki", ("tomasz@example.org · " * 5).strip()]
        body = texts[2:]
        main_first = main_x < side_x
        assert body == (MAIN + SIDE if main_first else SIDE + MAIN)


def test_title_company_and_dates_over_three_lines() -> None:
    lines = resume_lines(read_pages([Page(612, 792, tuple(_two_columns(40, 420)))])[0], "p1")
    doc = parse_resume(lines, "cv.pdf")
    assert [(p.title, p.company, p.location) for p in doc.positions] == [
        ("Staff Engineer", "Allegro Labs", "Kraków"),
        ("Senior Data Scientist", "Brainly", "Kraków"),
    ]


def test_a_date_column_close_to_the_body_stays_apart() -> None:
    """moderncv: the dates end a few points before the body's left edge."""
    body = [_box(140, 40 + 20 * i, f"Body line number {i}") for i in range(6)]
    dated = Box(80, 200, 131, 210, "Sep 2017 –")
    title = Box(140, 200, 300, 210, "Data Scientist, Auto Trader UK")
    lines = read_pages([Page(612, 792, (*body, dated, title))])[0]
    last = lines[-1]
    assert [s.text for s in last.segments] == ["Sep 2017 –", "Data Scientist, Auto Trader UK"]


def test_section_names_in_a_left_margin() -> None:
    rows = [
        (60, "INDUSTRY", 150, "Shopify, Toronto, Canada"),
        (72, "EXPERIENCE", 150, "Senior Data Scientist"),
        (84, None, 160, "Built the chargeback-risk model."),
        (110, "RESEARCH", 150, "Vector Institute, Toronto, Canada"),
        (122, "EXPERIENCE", 150, "Research Assistant"),
    ]
    boxes = []
    for top, label, x, text in rows:
        boxes += ([_box(40, top, label)] if label else []) + [_box(x, top, text)]
    lines = resume_lines(read_pages([Page(612, 792, tuple(boxes))])[0], "p1")
    assert [ln.text for ln in lines] == [
        "INDUSTRY EXPERIENCE",
        "Shopify, Toronto, Canada",
        "Senior Data Scientist",
        "Built the chargeback-risk model.",
        "RESEARCH EXPERIENCE",
        "Vector Institute, Toronto, Canada",
        "Research Assistant",
    ]


def test_a_lone_label_row_is_not_a_heading() -> None:
    boxes = (_box(40, 60, "Skills"), _box(40, 80, "Languages"), _box(150, 80, "Python and Rust"))
    lines = resume_lines(read_pages([Page(612, 792, boxes)])[0], "p1")
    assert [ln.text for ln in lines] == ["Skills", "Languages  Python and Rust"]


def test_city_and_region_after_a_company() -> None:
    assert split_title_company("Research Scientist, Globex, Austin, TX") == (
        "Research Scientist",
        "Globex",
    )
    assert without_place("Senior Engineer, Initech, Boston, MA, USA") == (
        "Senior Engineer, Initech",
        "Boston, MA, USA",
    )
    assert without_place("YMCA, Pomona, CA") == ("YMCA", "Pomona, CA")


def test_previous_and_other_experience_are_experience() -> None:
    assert section_of("Previous Experience") == "experience"
    assert section_of("Other Work Experience") == "experience"


def test_years_in_a_margin_over_company_title_and_city() -> None:
    """cvtex-like: "2018–2024  Siemens" / "Senior Data Scientist" / "Erlangen", then the next."""
    from levelset.proof.importers.text import Line

    rows = [
        ("Work History", ""),
        ("Siemens Healthineers", "2018–2024"),
        ("Senior Data Scientist", ""),
        ("Erlangen", ""),
        ("Zalando", "2014–2018"),
        ("Machine Learning Engineer", ""),
        ("Berlin", ""),
    ]
    doc = parse_resume([Line(i, t, "p1", d) for i, (t, d) in enumerate(rows, 1)], "cv.pdf")
    assert [(p.title, p.company, p.location) for p in doc.positions] == [
        ("Senior Data Scientist", "Siemens Healthineers", "Erlangen"),
        ("Machine Learning Engineer", "Zalando", "Berlin"),
    ]


def test_title_and_company_over_dates_and_city_set_apart() -> None:
    """AltaCV-like: the date line holds the dates and, in a segment of its own, the city."""
    from levelset.proof.importers.text import Line

    rows = [
        ("Experience", ""),
        ("Staff Engineer", ""),
        ("Allegro Labs", ""),
        ("Kraków", "Jan 2022 – Present"),
        ("• Designed the ranking stack.", ""),
        ("Senior Data Scientist", ""),
        ("Brainly", ""),
        ("Warsaw", "Mar 2018 – Dec 2021"),
    ]
    doc = parse_resume([Line(i, t, "p1", d) for i, (t, d) in enumerate(rows, 1)], "cv.pdf")
    assert [(p.title, p.company, p.location) for p in doc.positions] == [
        ("Staff Engineer", "Allegro Labs", "Kraków"),
        ("Senior Data Scientist", "Brainly", "Warsaw"),
    ]
