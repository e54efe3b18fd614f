"""Shapes seen in real office PDFs (batch 2026-12-07p of the résumé corpus), written here with
made-up names: a day after the month ("Jun.1st.2022 to Aug.31st. 2022"), a day before a month
that a two-digit year end must not swallow, "Unit, University, Title" on one line, an employer
alone whose name ends in its legal form, a "Location:" label beside the dates, a bold heading
marked like a bullet over its dates, and a plain heading set in the size of the bold ones."""

from __future__ import annotations

from levelset.proof.dates import find_date
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line, resume_lines
from levelset.proof.page import Segment, VisualLine
from levelset.proof.title_company import split_title_company


def _range(text: str) -> tuple[str, str]:
    found = find_date(text)
    assert found is not None, text
    span = found[0]
    return f"{span.start:%Y-%m}", f"{span.end:%Y-%m}" if span.end else "present"


def test_a_day_after_the_month_is_read_with_or_without_its_ordinal() -> None:
    assert _range("Jun.1st.2022 to Aug.31st. 2022") == ("2022-06", "2022-08")
    assert _range("Jun.1st.2023 to Aug. 31st.2023") == ("2023-06", "2023-08")
    assert _range("June 1st, 2022 - August 31st, 2022") == ("2022-06", "2022-08")
    assert _range("March 5, 2019 - Present") == ("2019-03", "present")
    assert _range("Jan 2020 – Dec 2021") == ("2020-01", "2021-12")  # no day: as before


def test_a_day_before_the_month_is_no_two_digit_year_end() -> None:
    assert _range("1 June 2022 – 31 August 2022") == ("2022-06", "2022-08")
    assert _range("2018 – 20") == ("2018-01", "2020-01")  # "2018 – 20" still ends in 2020


def test_a_unit_its_university_then_the_title_on_one_line() -> None:
    line = "Vision Computing Group, Lakeside University, Graduate Researcher"
    assert split_title_company(line) == (
        "Graduate Researcher",
        "Vision Computing Group, Lakeside University",
    )
    line = "The Robotics Laboratory, University of Elsewhere, Summer Research Intern"
    assert split_title_company(line) == (
        "Summer Research Intern",
        "The Robotics Laboratory, University of Elsewhere",
    )


def test_an_employer_alone_named_with_its_legal_form_is_no_title() -> None:
    assert split_title_company("Northwind Robot Equipment Corporation") == (
        "",
        "Northwind Robot Equipment Corporation",
    )
    assert split_title_company("Software Engineer") == ("Software Engineer", "")


def _visual(top: float, *segments: tuple[float, str, bool], size: float = 12.0) -> VisualLine:
    parts = tuple(Segment(x, x + 6.0 * len(t), t, size, bold) for x, t, bold in segments)
    return VisualLine(top, size, parts)


def test_a_bold_marked_employer_over_its_labelled_place_and_dates_heads_an_entry() -> None:
    visual = [
        _visual(100, (40, "Internship Experience", True), size=15.0),
        _visual(120, (40, "●Northwind Robot Equipment Corporation", True)),
        _visual(
            135,
            (40, "Location: Suzhou, China", False),
            (420, "Jun.1st.2023 to Aug.31st.2023", False),
        ),
        _visual(150, (40, "Modelled simulation maps and planned local paths on Ubuntu.", False)),
        _visual(165, (40, "●Eastgate Defense Communication Technology Corporation", True)),
        _visual(
            180,
            (40, "Location: Shenzhen, China", False),
            (420, "Jun.1st.2022 to Aug.31st.2022", False),
        ),
        _visual(195, (40, "Designed interfaces in C and trained image models with OpenCV.", False)),
    ]
    lines = resume_lines(visual, "page 1")
    labelled = [line for line in lines if line.place]
    assert [line.place for line in labelled] == ["Suzhou, China", "Shenzhen, China"]
    found = [
        (p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}", p.location)
        for p in parse_resume(lines, "cv.pdf").positions
    ]
    assert found == [
        ("Northwind Robot Equipment Corporation", "2023-06", "2023-08", "Suzhou, China"),
        (
            "Eastgate Defense Communication Technology Corporation",
            "2022-06",
            "2022-08",
            "Shenzhen, China",
        ),
    ]


def test_a_plain_heading_set_as_large_as_the_bold_ones_is_no_description() -> None:
    rows = [
        ("Professional Experience", True, 15.0, ""),
        ("Lakeside Audio", True, 14.7, "June 2024 - August 2024"),
        ("Consumer Insights Externship", False, 13.3, ""),
        ("● Analysed five thousand customer reviews for the product team", False, 13.3, ""),
        ("Harbour Computing (HC)", True, 14.7, "February 2024 - April 2024"),
        ("Business Analytics Externship", False, 13.3, ""),
        ("● Compared fifty start-ups for the investment team", False, 13.3, ""),
        ("Quayside Systems", True, 14.7, "January 2024 - February 2024"),
        ("Machine Learning Externship", False, 13.3, ""),
        ("● Built a pipeline that cleaned, trained and tuned the models", False, 13.3, ""),
        ("Bramble Trading (Start Up), New York, NY", False, 14.7, "May 2022 - August 2022"),
        ("Data Analyst", False, 13.3, ""),
        ("● Wrote a momentum algorithm that lifted returns by 8%", False, 13.3, ""),
        ("Project Experience", True, 15.0, ""),
    ]
    lines = [
        Line(i, text, "page 1", dates, "", size, bold, 40.0)
        for i, (text, bold, size, dates) in enumerate(rows, 1)
    ]
    found = [(p.title, p.company) for p in parse_resume(lines, "cv.pdf").positions]
    assert found == [
        ("Consumer Insights Externship", "Lakeside Audio"),
        ("Business Analytics Externship", "Harbour Computing (HC)"),
        ("Machine Learning Externship", "Quayside Systems"),
        ("Data Analyst", "Bramble Trading (Start Up)"),
    ]
