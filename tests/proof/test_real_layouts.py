"""Layouts met in real résumés: a margin of section names, an icon between title and company,
dates that open a line of description, a sidebar beside the first entries only, a company
line ending in its city, a state written in full and a month misspelt."""

from __future__ import annotations

from levelset.proof.company_places import company_place
from levelset.proof.dates import find_span, mend_months
from levelset.proof.glyphs import clean_glyphs
from levelset.proof.headers import without_place
from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.layout import Box, Page, read_pages


def _box(x0: float, top: float, text: str) -> Box:
    return Box(x0, top, x0 + 5.0 * len(text), top + 10, text)


def _texts(boxes: list[Box]) -> list[str]:
    return [line.text for line in read_pages([Page(612, 792, tuple(boxes))])[0]]


def test_a_margin_of_section_names_is_no_column() -> None:
    entries = [
        ("EDUCATION", "Ionian University, Corfu, Greece"),
        (None, "Diploma in Informatics"),
        ("EXPERIENCE", "Unravel Data Systems, Palo Alto, CA"),
        (None, "Software Engineer"),
        (None, "Built the query planner."),
        (None, "BEAT, Athens"),
        (None, "Big Data Software Engineer"),
        ("AWARDS", "Student Travel Award"),
        ("SKILLS", "Java, Scala, Python"),
        ("CERTIFICATIONS", "Scalable Machine Learning"),
        ("PUBLICATIONS", "Evaluating Information Retrieval"),
        ("LANGUAGES", "Greek, English"),
    ]
    boxes = [_box(30, 20, "Victor Giannakouris")]
    for row, (label, text) in enumerate(entries):
        top = 50 + 14 * row
        boxes += [_box(30, top, label)] if label else []
        boxes.append(_box(130, top, text))
    texts = _texts(boxes)
    assert texts[1:4] == [
        "EDUCATION  Ionian University, Corfu, Greece",
        "Diploma in Informatics",
        "EXPERIENCE  Unravel Data Systems, Palo Alto, CA",
    ]


def test_a_sidebar_beside_the_first_entries_is_read_apart_from_a_grid_below() -> None:
    side = ["I take ownership of the", "modules I work on and", "like to attend meetups", "on"]
    side += ["machine learning and", "fintech; ask me about", "it over coffee some", "day soon."]
    main = ["Experience", "Frontend Developer", "Tapzo", "December 2015 - April 2017"]
    main += [
        "Built features for a B2B",
        "product in React and",
        "Node.js on the server.",
        "Led two",
    ]
    boxes = [_box(20, 20, "Siddharth Sharma")]
    boxes += [_box(20, 50 + 14 * i, text) for i, text in enumerate(side)]
    boxes += [_box(150, 50 + 14 * i, text) for i, text in enumerate(main)]
    boxes.append(
        _box(20, 250, "Projects: the cards below list the stack and the year of each one " * 2)
    )
    grid = ["Angular,", "Reactjs,", "Java EE,", "Spring 5", "Vue 2.x,"]
    for row in range(8):  # a grid of project cards, five across, further down
        boxes += [_box(20 + 110 * col, 300 + 14 * row, word) for col, word in enumerate(grid)]
    texts = _texts(boxes)
    assert texts[1 : 1 + len(side)] == side
    assert texts[1 + len(side) : 1 + len(side) + 4] == main[:4]


def test_an_icon_between_title_and_company_parts_them() -> None:
    assert clean_glyphs("LEAD SOFTWARE ENGINEER \ue3c8 ACS TECHNOLOGIES") == (
        "LEAD SOFTWARE ENGINEER · ACS TECHNOLOGIES"
    )
    assert clean_glyphs("\ue0be jamie@example.org") == "jamie@example.org"
    lines = [
        Line(1, "EXPERIENCE"),
        Line(2, "LEAD SOFTWARE ENGINEER \ue3c8 ACS TECHNOLOGIES"),
        Line(3, "March 2022 - present"),
        Line(4, "Performed system-wide data updates."),
    ]
    clean = [Line(ln.number, clean_glyphs(ln.text)) for ln in lines]
    position = parse_resume(clean, "cv.pdf").positions[0]
    assert (position.title, position.company) == ("LEAD SOFTWARE ENGINEER", "ACS TECHNOLOGIES")


def test_dates_that_open_a_line_of_description_date_the_heading_above() -> None:
    lines = [
        Line(1, "EXPERIENCE"),
        Line(2, "SOFTWARE DEVELOPER · MORGAN STANLEY"),
        Line(3, "(CONSULTANT)"),
        Line(4, "since April 2017 , Conversion of existing applications with angular for"),
        Line(5, "client side and revamping server side."),
        Line(6, "FRONTEND DEVELOPER · TAPZO"),
        Line(7, "December 2015 - April 2017 , Building features for a high end B2B product"),
    ]
    positions = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company, str(p.start), p.current) for p in positions] == [
        ("SOFTWARE DEVELOPER", "MORGAN STANLEY (CONSULTANT)", "2017-04-01", True),
        ("FRONTEND DEVELOPER", "TAPZO", "2015-12-01", False),
    ]
    assert positions[0].bullets[0].text.startswith("Conversion of existing applications")


def test_a_company_line_that_ends_in_its_city() -> None:
    assert company_place("BEAT, Athens") == ("BEAT", "Athens")
    assert company_place("Acme, Inc.") == ("Acme, Inc.", "")
    assert company_place("R.O.K Cyber Command, MND") == ("R.O.K Cyber Command, MND", "")
    lines = [
        Line(1, "Experience"),
        Line(2, "BEAT, Athens"),
        Line(3, "Big Data Software Engineer", dates="Sep 2017 – Apr 2018"),
    ]
    position = parse_resume(lines, "cv.pdf").positions[0]
    assert (position.title, position.company, position.location) == (
        "Big Data Software Engineer",
        "BEAT",
        "Athens",
    )


def test_a_state_written_in_full_ends_the_place() -> None:
    assert without_place("Digital Control Systems, Inc., Portland, Oregon, USA") == (
        "Digital Control Systems, Inc.",
        "Portland, Oregon, USA",
    )
    assert without_place("Computing Systems Laboratory, NTUA, Greece") == (
        "Computing Systems Laboratory",
        "NTUA, Greece",
    )


def test_a_long_month_one_letter_off_is_mended() -> None:
    assert mend_months("Decemeber 2015 - April 2017") == "December 2015 - April 2017"
    assert mend_months("Septmber 2020") == "September 2020"
    assert mend_months("Match 2019 and Marketing 2020") == "Match 2019 and Marketing 2020"
    found = find_span(mend_months("Decemeber 2015 - April 2017"))
    assert found is not None and str(found[0].start) == "2015-12-01"


def test_a_year_range_whose_end_keeps_two_digits() -> None:
    found = find_span("2022–23  Villanova University")
    assert found is not None
    assert (str(found[0].start), str(found[0].end)) == ("2022-01-01", "2023-01-01")
    assert find_span("2018-11") is None  # a month, not a range
    assert find_span("2019–05") is None  # the end would come before the start


def test_entries_opened_by_their_dates_take_the_lines_below() -> None:
    lines = [
        Line(1, "ACADEMIC APPOINTMENTS"),
        Line(2, "2022–23  Villanova University (Villanova, Pennsylvania)"),
        Line(3, "Charles Widger School of Law"),
        Line(4, "Visiting Associate Professor"),
        Line(5, "University of Missouri (Columbia, Missouri)", dates="2020–"),
        Line(6, "School of Law & Kinder Institute on Constitutional Democracy"),
        Line(7, "Associate Professor & Wall Family Fellow"),
        Line(8, "Honors:"),
        Line(9, "• 1L Professor of the Year (2022)"),
        Line(10, "2013–14  Hon. Jesse M. Furman (New York, New York)"),
        Line(11, "United States District Court for the Southern District of New York"),
        Line(12, "Law Clerk"),
    ]
    positions = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company, p.location, p.current) for p in positions] == [
        ("Visiting Associate Professor", "Villanova University", "Villanova, Pennsylvania", False),
        (
            "Associate Professor & Wall Family Fellow",
            "University of Missouri",
            "Columbia, Missouri",
            True,
        ),
        ("Law Clerk", "Hon. Jesse M. Furman", "New York, New York", False),
    ]


def test_a_heading_wrapped_over_lines_of_its_own_size() -> None:
    lines = [
        Line(1, "EXPERIENCE"),
        Line(2, "MORGAN STANLEY", size=19.0),
        Line(3, "(CONSULTANT) - Software", size=19.0),
        Line(4, "developer", size=19.0),
        Line(5, "since April 2017", size=12.6),
        Line(6, "HEARSID - Freelancer/", size=19.0),
        Line(7, "Entrepreneur", size=19.0),
        Line(8, "May 2013 - December 2015", size=12.6),
    ]
    positions = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company) for p in positions] == [
        ("Software developer", "MORGAN STANLEY (CONSULTANT)"),
        ("Freelancer/ Entrepreneur", "HEARSID"),
    ]


def test_a_letter_spaced_heading_opens_its_section() -> None:
    lines = [
        Line(1, "J A M I E L E V I N E R"),
        Line(2, "E X P E R I E N C E"),
        Line(3, "ACS TECHNOLOGIES"),
        Line(4, "Lead Software Engineer"),
        Line(5, "March 2022 - present"),
    ]
    position = parse_resume(lines, "cv.pdf").positions[0]
    assert (position.title, position.company) == ("Lead Software Engineer", "ACS TECHNOLOGIES")


def test_a_remote_company_keeps_its_city_as_the_place() -> None:
    for lines in (
        [Line(1, "Experience"), Line(2, "Compute Labs, Remote, Redmond, WA")]
        + [Line(3, "Co-Founder and CTO", dates="Aug 2024 – Present")],
        [Line(1, "Experience"), Line(2, "Co-Founder and CTO  Aug 2024 – Present")]
        + [Line(3, "Compute Labs, Remote, Redmond, WA")],
    ):
        position = parse_resume(lines, "cv.pdf").positions[0]
        assert (position.title, position.company, position.location) == (
            "Co-Founder and CTO",
            "Compute Labs",
            "Remote, Redmond, WA",
        )
    lines = [Line(1, "Experience"), Line(2, "Amazon Web Service – Athena, Redmond, WA")]
    lines.append(Line(3, "Software Engineer", dates="Apr 2022 – Present"))
    assert parse_resume(lines, "cv.pdf").positions[0].location == "Redmond, WA"


def test_dates_beside_the_first_line_of_description_go_to_the_heading() -> None:
    from levelset.proof.layout import VisualLine
    from levelset.proof.lines import resume_lines
    from levelset.proof.page import Segment

    visual = [
        VisualLine(10, 20, (Segment(180, 470, "Lead Software Engineer - ACS Technologies", 20),)),
        VisualLine(
            30,
            14,
            (
                Segment(200, 430, "Performed system-wide data updates using", 16),
                Segment(448, 544, "March 2022 - present", 14),
            ),
        ),
    ]
    lines = resume_lines(visual, "page 1")
    assert [(ln.text, ln.dates) for ln in lines] == [
        ("Lead Software Engineer - ACS Technologies", "March 2022 - present"),
        ("Performed system-wide data updates using", ""),
    ]


def test_a_heading_with_title_and_company_wraps_its_last_word() -> None:
    lines = [
        Line(1, "EXPERIENCE"),
        Line(2, "Senior Software Engineer / Front-End Lead - ACS", size=20.0),
        Line(3, "Technologies", size=20.0),
        Line(4, "April 2021 - March 2022", size=14.0),
    ]
    position = parse_resume(lines, "cv.pdf").positions[0]
    assert (position.title, position.company) == (
        "Senior Software Engineer / Front-End Lead",
        "ACS Technologies",
    )


def test_a_heading_split_at_random_by_its_letter_spacing_opens_its_section() -> None:
    lines = [
        Line(1, "Ana Mirel"),
        Line(2, "EXP ERIENCE"),
        Line(3, "Data Intern — Norvik ( Delft, NL )  Feb. 2024 – Jun. 2024"),
        Line(4, "• Cleaned the sensor logs."),
        Line(5, "CERT IF ICA T IO NS"),
        Line(6, "Deep Learning Specialization — Coursera  Mar. 2023"),
        Line(7, "Certificate url : https://example.org/certificate/42"),
    ]
    positions = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company) for p in positions] == [("Data Intern", "Norvik")]


def test_experience_and_accomplishments_is_an_experience_heading() -> None:
    lines = [
        Line(1, "Ravi Dole"),
        Line(2, "EDUCATION"),
        Line(3, "Computer Engineer - Bachelor of Science - 2020"),
        Line(4, "Lakeside Institute of Technology - Pune, MH"),
        Line(5, "EXPERIENCE AND ACCOMPLISHMENTS"),
        Line(6, "Site Reliability Engineer - March, 2021 to Present"),
        Line(7, "Tessaro Systems"),
        Line(8, "● Ran the on-call rota."),
    ]
    position = parse_resume(lines, "cv.pdf").positions[0]
    assert (position.title, position.company) == ("Site Reliability Engineer", "Tessaro Systems")


def test_a_company_line_under_its_title_gives_its_place_after_a_dash() -> None:
    lines = [
        Line(1, "Experience"),
        Line(2, "Cloud Engineer - January, 2022 to August, 2023"),
        Line(3, "Tessaro Systems - Chennai, TN"),
        Line(4, "● Moved the builds to containers."),
        Line(5, "Platform Engineer - Aug 2023 - July 2024"),
        Line(6, "Tessaro Systems - Hinjewadi - Pune, MH"),
        Line(7, "● Wrote the deployment charts."),
    ]
    positions = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company, p.location) for p in positions] == [
        ("Cloud Engineer", "Tessaro Systems", "Chennai, TN"),
        ("Platform Engineer", "Tessaro Systems", "Hinjewadi - Pune, MH"),
    ]
    assert company_place("Coca-Cola - Atlanta, GA") == ("Coca-Cola", "Atlanta, GA")
    assert company_place("Senior Engineer - Pune, MH") == ("Senior Engineer - Pune, MH", "")
