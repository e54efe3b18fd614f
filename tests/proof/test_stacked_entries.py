"""Entries stacked as Europass CVs write them: dates and title on one line, then the employer,
its postal address and the description, and dated lines outside work that are no jobs."""

from __future__ import annotations

from levelset.proof.headers import address_place, without_place
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line, resume_lines
from levelset.proof.page import Segment, VisualLine
from levelset.proof.sections import section_of

ROWS = [
    ("Work experience", ""),
    ("Senior Machine Learning Engineer", "September 2021 – Present"),
    ("Vipps MobilePay AS", ""),
    ("Robert Levins gate 5, 0154 Oslo (Norway)", ""),
    ("Fraud scoring for card payments.", ""),
    ("Business or sector Financial services", ""),
    ("Data Scientist", "January 2018 – August 2021"),
    ("Statistics Norway (SSB)", ""),
    ("Akersveien 26, 0177 Oslo (Norway)", ""),
    ("Nowcasting models for household consumption.", ""),
    ("Summer intern", "June 2015 – August 2015"),
    ("Equinor ASA, Stavanger (Norway)", ""),
    ("Anomaly alerts for pump vibration data.", ""),
    ("Education and training", ""),
    ("MSc in Statistics", "2013–2016"),
    ("University of Oslo, Oslo (Norway)", ""),
    ("Certified Kubernetes Application Developer", "October 2022"),
    ("The Linux Foundation", ""),
]


def test_title_with_its_dates_over_the_employer_in_every_entry() -> None:
    lines = [Line(i, text, "p1", dates) for i, (text, dates) in enumerate(ROWS, 1)]
    doc = parse_resume(lines, "cv.pdf")
    assert [(p.title, p.company, p.location) for p in doc.positions] == [
        ("Senior Machine Learning Engineer", "Vipps MobilePay AS", "Oslo, Norway"),
        ("Data Scientist", "Statistics Norway (SSB)", "Oslo, Norway"),  # not "Business or..."
        ("Summer intern", "Equinor ASA", "Stavanger, Norway"),
    ]


def test_a_description_under_the_first_title_keeps_the_heading_form() -> None:
    """best-resume-ever: the first entry's dates sit beside its heading, the next entry's
    heading stands over its dates; the line under the first dates is a sentence, no name."""
    rows = [
        ("Experience", ""),
        ("Lead Software Engineer - ACS Technologies", "March 2022 - present"),
        ("Performed system-wide data updates using", ""),
        ("large third-party data sets and MS SQL Server.", ""),
        ("Senior Software Engineer - ACS Technologies", ""),
        ("April 2021 - March 2022", ""),
        ("Embedded the analytics into a Vue SPA.", ""),
    ]
    doc = parse_resume([Line(i, t, "p1", d) for i, (t, d) in enumerate(rows, 1)], "cv.pdf")
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Lead Software Engineer", "ACS Technologies"),
        ("Senior Software Engineer", "ACS Technologies"),
    ]


def test_a_city_with_its_country_in_brackets_is_a_place() -> None:
    assert without_place("Equinor ASA, Stavanger (Norway)") == ("Equinor ASA", "Stavanger, Norway")
    assert without_place("Statistics Norway (SSB)") == ("Statistics Norway (SSB)", "")
    assert without_place("Acme (Germany)") == ("Acme (Germany)", "")


def test_the_city_of_a_postal_address() -> None:
    assert address_place("Akersveien 26, 0177 Oslo (Norway)") == "Oslo, Norway"
    assert address_place("Team 2, Berlin") == ""  # no postcode: a name
    assert address_place("4 engineers, 2 designers") == ""


def _row(top: float, *cells: tuple[float, float, str]) -> VisualLine:
    return VisualLine(top, 9.8, tuple(Segment(x0, x1, text, 10.0) for x0, x1, text in cells))


def test_a_table_cell_that_wraps_stays_in_its_row() -> None:
    """mcdowell-cv: title, company and dates in three columns; a long company or title goes
    on alone on the next line, under its own column."""
    visual = [
        _row(100, (60, 120, "Experience")),
        _row(
            114,
            (60, 125, "Data Scientist"),
            (233, 379, "Johns Hopkins Applied Physics"),
            (456, 552, "Aug 2018 – Jun 2019"),
        ),
        _row(128, (279, 333, "Laboratory")),
        _row(142, (63, 254, "• Anomaly detection for satellite telemetry.")),
        _row(
            170,
            (60, 184, "Teaching Assistant, 10-701"),
            (242, 370, "Carnegie Mellon"),
            (510, 552, "Fall 2017"),
        ),
        _row(184, (60, 146, "Machine Learning")),
        _row(
            212,
            (60, 143, "Volunteer Mentor"),
            (260, 352, "Code in the Schools"),
            (497, 552, "2019 – 2023"),
        ),
        _row(226, (60, 200, "Mentored six students.")),  # a sentence under a row: no wrap
    ]
    texts = [line.text for line in resume_lines(visual, "p1")]
    assert texts == [
        "Experience",
        "Data Scientist  Johns Hopkins Applied Physics Laboratory",
        "• Anomaly detection for satellite telemetry.",
        "Teaching Assistant, 10-701 Machine Learning  Carnegie Mellon",
        "Volunteer Mentor  Code in the Schools",
        "Mentored six students.",
    ]


def test_section_names_set_flush_right_in_a_margin_head_their_entries() -> None:
    """moderncv fancy: "Education", "Awards", "Teaching and / volunteering" end at one x on the
    lines of their first entries; dated lines under them are no jobs."""
    visual = [
        _row(
            100,
            (87, 149, "Experience"),
            (168, 370, "Data Scientist, N26 GmbH, Berlin."),
            (482, 536, "2019–2022"),
        ),
        _row(114, (168, 348, "Credit-risk scorecards and their monitoring.")),
        _row(128, (168, 302, "Analyst, Flipkart, Bengaluru."), (482, 536, "2017–2019")),
        _row(142, (168, 314, "Pricing experiments for electronics.")),
        _row(
            170,
            (91, 149, "Education"),
            (168, 418, "M.Sc. Statistics, ISI, Kolkata."),
            (482, 536, "2015–2017"),
        ),
        _row(
            198,
            (107, 149, "Awards"),
            (168, 414, "Hackathon winner, Hack Week, Berlin."),
            (512, 536, "2020"),
        ),
        _row(
            226,
            (71, 149, "Teaching and"),
            (168, 376, "Volunteer tutor, Teach for India."),
            (482, 536, "2018–2019"),
        ),
        _row(240, (78, 149, "volunteering")),
    ]
    doc = parse_resume(resume_lines(visual, "p1"), "cv.pdf")
    assert [(p.title, p.company, p.location) for p in doc.positions] == [
        ("Data Scientist", "N26 GmbH", "Berlin"),
        ("Analyst", "Flipkart", "Bengaluru"),  # the sentence above it is the job above's
    ]


def test_a_heading_line_that_fills_the_column_goes_on_on_the_next_line() -> None:
    """cv-boilerplate: years in the margin beside the employer, then the job (wrapped at the
    right edge of the column), then the city."""
    visual = [
        _row(100, (99, 229, "Previous Experience")),
        _row(114, (42, 78, "since 2021"), (99, 389, "FOLKHÄLSOMYNDIGHETEN")),
        _row(128, (99, 496, "Principal Statistician, Surveillance Unit, Department of")),
        _row(142, (99, 169, "Disease Control")),
        _row(156, (99, 126, "Solna")),
        _row(184, (42, 79, "2018–2021"), (99, 207, "KAROLINSKA INSTITUTET")),
        _row(198, (99, 300, "Postdoctoral Researcher")),
        _row(212, (99, 150, "Stockholm")),
        _row(240, (99, 496, "Wrote the national forecasting guide for all regions of the")),
        _row(254, (99, 140, "country.")),  # the end of a sentence stays apart
    ]
    texts = [line.text for line in resume_lines(visual, "p1")]
    assert "Principal Statistician, Surveillance Unit, Department of Disease Control" in texts
    assert texts[texts.index("KAROLINSKA INSTITUTET") - 1] == "Solna"
    assert texts[-1] == "country."


def test_roles_bulleted_under_their_employer_and_dated_lines_beside_section_names() -> None:
    """simple-resume-cv: section names in a left column on the line of their first item, the
    employer in capitals, each role a bulleted line with its dates; awards and talks are
    bulleted and dated the same way."""
    visual = [
        _row(100, (50, 80, "WORK"), (137, 218, "TRENDYOL GROUP")),
        _row(
            111,
            (50, 109, "EXPERIENCE"),
            (141, 283, "■ Staff Machine Learning Engineer"),
            (483, 562, "Mar 2022 – Present"),
        ),
        _row(123, (149, 427, "Led the search ranking team of six and cut null results.")),
        _row(
            135, (141, 289, "■ Senior Machine Learning Engineer"), (479, 562, "Jan 2020 – Feb 2022")
        ),
        _row(147, (149, 379, "Built the first learning-to-rank model for the store.")),
        _row(160, (137, 176, "ASELSAN")),
        _row(171, (141, 224, "■ Software Engineer"), (479, 562, "Jul 2016 – Dec 2019")),
        _row(
            195,
            (50, 88, "AWARDS"),
            (141, 492, "■ Best Applied Paper, SIU Conference"),
            (542, 562, "2018"),
        ),
        _row(207, (141, 251, "■ METU High Honour List"), (512, 562, "2012 – 2014")),
        _row(
            230,
            (50, 80, "TALKS"),
            (141, 398, "■ Ranking at scale, PyData Istanbul"),
            (525, 562, "Oct 2023"),
        ),
    ]
    doc = parse_resume(resume_lines(visual, "p1"), "cv.pdf")
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Staff Machine Learning Engineer", "TRENDYOL GROUP"),
        ("Senior Machine Learning Engineer", "TRENDYOL GROUP"),  # the employer above, a guess
        ("Software Engineer", "ASELSAN"),
    ]
    assert doc.positions[1].guesses and not doc.positions[0].guesses


def test_a_german_cv_reads_its_section_names() -> None:
    rows = [
        ("BERUFSERFAHRUNG", ""),
        ("Data Scientist  XING (New Work SE), Hamburg", "März 2019 – Dez. 2021"),
        ("Ranking der Stellenanzeigen mit Gradient Boosting.", ""),
        ("AUSBILDUNG", ""),
        ("M.Sc. Informatik  Universität Hamburg, Hamburg", "2015 – 2018"),
        ("AUSZEICHNUNGEN", ""),
        ("Best Paper Award  Deutsche Konferenz für Data Science, Berlin", "Juni 2021"),
    ]
    doc = parse_resume([Line(i, t, "p1", d) for i, (t, d) in enumerate(rows, 1)], "cv.pdf")
    assert [(p.title, p.company, p.location) for p in doc.positions] == [
        ("Data Scientist", "XING (New Work SE)", "Hamburg")
    ]
    assert section_of("Berufserfahrung") == "experience"
    assert section_of("Ehrenamt") == "other"
