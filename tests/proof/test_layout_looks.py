"""A PDF's layout read with its words: each line's face (bold or not) and left edge, where a
résumé's dated entry heads start, and a dated line set deeper than them read as a line of
the description, not a heading. Made-up PDFs drawn with fpdf2 in a word processor's ways:
heads at the margin with their dates against the right margin, descriptions indented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from levelset.proof.importers.pdf import extract_pages
from levelset.proof.importing import import_file
from levelset.proof.layout import read_pages
from levelset.proof.line_looks import Looks
from levelset.proof.lines import Line, resume_lines

_MARGIN = 54.0


def _pdf(path: Path, rows: list[tuple[float, list[tuple[str, str]]]]) -> Path:
    """Each row an indent (points right of the margin) and runs (face, text): face "B" bold,
    "" plain, "R" plain text set against the right margin; a size may follow ("B14", "13")."""
    from fpdf import FPDF

    pdf = FPDF(format="letter", unit="pt")
    pdf.set_margins(_MARGIN, 54, _MARGIN)
    pdf.c_margin = 0  # text starts where its cell does
    pdf.add_page()
    for indent, runs in rows:
        pdf.set_x(_MARGIN + indent)
        for face, text in runs:
            size = float(face.strip("BR") or 10)
            pdf.set_font("Helvetica", "B" if face.startswith("B") else "", size)
            if face == "R":
                pdf.set_x(pdf.w - pdf.r_margin - pdf.get_string_width(text))
            pdf.cell(pdf.get_string_width(text) + 1, 14, text)
        pdf.ln(14)
    pdf.output(str(path))
    return path


def _lines(path: Path) -> list[Line]:
    pages = read_pages(extract_pages(path))
    return [line for n, page in enumerate(pages, 1) for line in resume_lines(page, str(n))]


_HEAD = "Kestrel Analytics, Data Engineer"
_ROWS: list[tuple[float, list[tuple[str, str]]]] = [
    (0, [("B", "Mirela Dantas")]),
    (0, [("", "mirela@example.com")]),
    (0, [("B", "EXPERIENCE")]),
    (0, [("B", _HEAD), ("R", "June 2021 - Present")]),
    (18, [("", "Moved the nightly claims load to streaming and cut its delay to minutes.")]),
    (18, [("", "Organised the regional data hackathon for 300 students"), ("R", "2022")]),
    (0, [("B", "Corvell Health, Analyst"), ("R", "March 2019 - May 2021")]),
    (18, [("", "Built the weekly dashboards for the care teams.")]),
    (0, [("B", "Halden Motors, Intern"), ("R", "June 2018 - August 2018")]),
    (18, [("", "Tested the perception models on the new fleet.")]),
    (0, [("B", "EDUCATION")]),
    (0, [("", "Corvell College London, BSc Statistics, 2018")]),
]


def test_a_pdf_line_carries_its_face_and_its_left_edge(tmp_path: Path) -> None:
    lines = {line.text: line for line in _lines(_pdf(tmp_path / "cv.pdf", _ROWS))}
    head = lines[_HEAD]
    assert head.bold and head.dates == "June 2021 - Present"
    assert abs(head.x0 - _MARGIN) < 1
    body = lines["Built the weekly dashboards for the care teams."]
    assert not body.bold and abs(body.x0 - (_MARGIN + 18)) < 1


def test_the_heads_edge_is_read_from_the_dated_heads(tmp_path: Path) -> None:
    lines = _lines(_pdf(tmp_path / "cv.pdf", _ROWS))
    looks = Looks.of(lines)
    assert abs(looks.head_x - _MARGIN) < 1
    by_text = {line.text: line for line in lines}
    assert looks.at_heads(by_text[_HEAD])
    assert looks.indented(by_text["Organised the regional data hackathon for 300 students"])
    assert not looks.indented(by_text[_HEAD])


def test_lines_with_no_place_on_a_page_show_no_habit() -> None:
    plain = [Line(n, f"Engineer at Acme {n}", dates=f"{2010 + n} - {2011 + n}") for n in range(5)]
    looks = Looks.of(plain)
    assert looks.head_x == 0
    assert not looks.indented(plain[0]) and not looks.at_heads(plain[0])


def test_heads_at_many_edges_show_no_habit() -> None:
    spread = [Line(n, "Engineer, Acme", dates="2019 - 2020", x0=40.0 + 30 * n) for n in range(4)]
    assert Looks.of(spread).head_x == 0


def test_a_dated_line_deeper_than_the_heads_is_description(tmp_path: Path) -> None:
    made = _pdf(tmp_path / "cv.pdf", _ROWS)
    positions = import_file(made).positions
    assert [(p.title, p.company, f"{p.start:%Y-%m}") for p in positions] == [
        ("Data Engineer", "Kestrel Analytics", "2021-06"),
        ("Analyst", "Corvell Health", "2019-03"),
        ("Intern", "Halden Motors", "2018-06"),
    ]
    bullets = [b.text for b in positions[0].bullets]
    assert any(b.startswith("Organised the regional data hackathon") for b in bullets)


def test_a_title_indented_under_its_employer_is_still_a_role(tmp_path: Path) -> None:
    rows: list[tuple[float, list[tuple[str, str]]]] = [
        (0, [("B", "Mirela Dantas")]),
        (0, [("B", "EXPERIENCE")]),
        (0, [("B", "Kestrel Analytics, Data Engineer"), ("R", "June 2021 - Present")]),
        (18, [("", "Moved the nightly claims load to streaming.")]),
        (0, [("B", "Corvell Health, Analyst"), ("R", "March 2019 - May 2021")]),
        (18, [("", "Built the weekly dashboards for the care teams.")]),
        (0, [("B", "Halden Motors, Intern"), ("R", "June 2018 - August 2018")]),
        (18, [("", "Senior Test Engineer"), ("R", "September 2018 - January 2019")]),
        (18, [("", "Tested the perception models on the new fleet.")]),
    ]
    positions = import_file(_pdf(tmp_path / "cv.pdf", rows)).positions
    assert [p.title for p in positions] == [
        "Data Engineer", "Analyst", "Intern", "Senior Test Engineer"
    ]  # fmt: skip


def test_a_plain_dated_line_among_bold_heads_is_description(tmp_path: Path) -> None:
    rows: list[tuple[float, list[tuple[str, str]]]] = [
        (0, [("B", "Mirela Dantas")]),
        (0, [("B", "EXPERIENCE")]),
        (0, [("B", "Kestrel Analytics, Data Engineer"), ("R", "June 2021 - Present")]),
        (0, [("", "Moved the nightly claims load to streaming.")]),
        (0, [("", "Kestrel Hackathon, winning team"), ("R", "2022")]),
        (0, [("B", "Corvell Health, Analyst"), ("R", "March 2019 - May 2021")]),
        (0, [("", "Built the weekly dashboards for the care teams.")]),
        (0, [("B", "Halden Motors, Intern"), ("R", "June 2018 - August 2018")]),
        (0, [("", "Tested the perception models on the new fleet.")]),
    ]
    made = _pdf(tmp_path / "cv.pdf", rows)
    lines = _lines(made)
    assert Looks.of(lines).heads_bold
    positions = import_file(made).positions
    companies = [p.company for p in positions]
    assert companies == ["Kestrel Analytics", "Corvell Health", "Halden Motors"]
    assert "Kestrel Hackathon, winning team" in [b.text for b in positions[0].bullets]


def test_a_line_that_opens_in_bold_counts_as_bold(tmp_path: Path) -> None:
    rows: list[tuple[float, list[tuple[str, str]]]] = [
        (0, [("B", "Mirela Dantas")]),
        (0, [("B", "EXPERIENCE")]),
        (0, [("B", "Doctoral Researcher"), ("", " Halden Motors"), ("R", "2021 - 2023")]),
        (18, [("", "Trained the perception models with a team of four.")]),
        (18, [("", "Cut the time by a "), ("B", "third"), ("", " with active learning.")]),
    ]
    lines = _lines(_pdf(tmp_path / "cv.pdf", rows))
    assert [line.bold for line in lines[2:]] == [True, False, False]


def test_a_line_set_larger_than_those_round_it_heads_the_entry(tmp_path: Path) -> None:
    rows: list[tuple[float, list[tuple[str, str]]]] = [
        (0, [("B18", "Mirela Dantas")]),
        (0, [("12", "PROFESSIONAL EXPERIENCE")]),
        (
            0,
            [
                (
                    "13",
                    "Kestrel Analytics / The Halden Group - Leeds, UK; philanthropic "
                    "initiative making public data easy to read",
                )
            ],
        ),
        (0, [("", "Senior Data Analyst (2017 - 2019)")]),
        (18, [("", "- Moved the nightly claims load to streaming.")]),
        (
            0,
            [
                (
                    "13",
                    "Corvell Health - Boston, MA; policy think-tank focused on the best practices "
                    "of clinics",
                )
            ],
        ),
        (0, [("", "Research Analyst (2009 - 2017)")]),
        (18, [("", "- Built the weekly dashboards for the care teams.")]),
    ]
    positions = import_file(_pdf(tmp_path / "cv.pdf", rows)).positions
    assert [(p.title, p.company) for p in positions] == [
        ("Senior Data Analyst", "Kestrel Analytics / The Halden Group"),
        ("Research Analyst", "Corvell Health"),
    ]


_HEADED: list[tuple[float, list[tuple[str, str]]]] = [
    (0, [("B18", "Mirela Dantas")]),
    (0, [("", "mirela@example.com")]),
    (0, [("B14", "ACADEMIC GROUNDING")]),
    (0, [("B", "Corvell College London"), ("R", "London, UK")]),
    (0, [("", "Expected Degree: Bachelor of Engineering"), ("R", "Sept. 2021 - Jun. 2025")]),
    (0, [("B14", "RESEARCH EXPERIENCE")]),
    (0, [("B", "Graduate Student Researcher"), ("R", "Oct 2025 - Present")]),
    (0, [("", "Kestrel Institute in collaboration with Halden Biosystems, Eugene, OR")]),
    (18, [("", "- Designed a pipeline to assess editing efficiency.")]),
    (0, [("B", "Summer Intern"), ("R", "May 2022 - Aug 2022")]),
    (0, [("", "Corvell Health, Lake County, IL")]),
    (18, [("", "- Built an R script for the chemists.")]),
    (0, [("B", "Picker and Packer"), ("R", "May 2021 - Aug 2021")]),
    (0, [("", "Halden Stores, Pleasant Prairie, WI")]),
    (18, [("", "- Packed customer orders for shipment.")]),
    (0, [("B14", "SKILLS")]),
    (0, [("", "Python, R, SQL")]),
]


def test_a_heading_in_the_look_of_the_named_ones_opens_a_section(tmp_path: Path) -> None:
    made = _pdf(tmp_path / "cv.pdf", _HEADED)
    lines = {line.text: line for line in _lines(made)}
    looks = Looks.of(list(lines.values()))
    assert looks.heading is not None
    assert looks.heading_like(lines["ACADEMIC GROUNDING"])
    assert not looks.heading_like(lines["Corvell College London"])
    starts = [f"{p.start:%Y-%m}" for p in import_file(made).positions]
    assert "2021-09" not in starts  # the degree is no job: its section is no jobs' section


def test_the_plain_line_under_a_bold_dated_head_names_it(tmp_path: Path) -> None:
    positions = import_file(_pdf(tmp_path / "cv.pdf", _HEADED)).positions
    assert [(p.title, p.company, p.location) for p in positions] == [
        (
            "Graduate Student Researcher",
            "Kestrel Institute in collaboration with Halden Biosystems",
            "Eugene, OR",
        ),
        ("Summer Intern", "Corvell Health", "Lake County, IL"),
        ("Picker and Packer", "Halden Stores", "Pleasant Prairie, WI"),
    ]


def test_a_long_jobs_heading_in_the_headings_bold_capitals(tmp_path: Path) -> None:
    rows: list[tuple[float, list[tuple[str, str]]]] = [
        (0, [("B", "MIRELA DANTAS")]),
        (0, [("B", "EDUCATION")]),
        (0, [("", "Corvell College London"), ("R", "August 2015 - May 2020")]),
        (0, [("", "Bachelor of Science in Electrical Engineering")]),
        (0, [("B", "ELECTRICAL ENGINEERING AND COMPUTER SCIENCE EXPERIENCE")]),
        (0, [("", "Research Assistant, Kestrel Lab"), ("R", "October 2021 - Present")]),
        (0, [("", "- Studied self-supervised learning for lifelong models.")]),
        (0, [("", "Software Engineering Intern, Halden Geo"), ("R", "May 2020 - September 2020")]),
        (0, [("", "- Built a 3D reconstruction pipeline in C++.")]),
        (0, [("B", "SKILLS")]),
        (0, [("", "Python, C++, PyTorch")]),
    ]
    made = _pdf(tmp_path / "cv.pdf", rows)
    lines = {line.text: line for line in _lines(made)}
    looks = Looks.of(list(lines.values()))
    assert looks.jobs_heading(lines["ELECTRICAL ENGINEERING AND COMPUTER SCIENCE EXPERIENCE"])
    assert not looks.jobs_heading(lines["MIRELA DANTAS"])
    positions = import_file(made).positions
    assert [(p.title, p.company) for p in positions] == [
        ("Research Assistant", "Kestrel Lab"),
        ("Software Engineering Intern", "Halden Geo"),
    ]


def test_bulleted_dated_lines_set_as_the_first_are_entries_of_a_list(tmp_path: Path) -> None:
    rows: list[tuple[float, list[tuple[str, str]]]] = [
        (0, [("B", "Mirela Dantas")]),
        (0, [("B", "Work Experience")]),
        (18, [("", "- 2022 - now | Front-end developer at Fledge ERP")]),
        (18, [("", "- 2020 - 2022 | Public service employee at the city of Leeds")]),
        (18, [("", "- 2016 - 2018 | Medical measurements at the Corvell Clinic")]),
        (0, [("B", "Education")]),
        (18, [("", "- 2021 | Bachelor Artificial Intelligence (Corvell University)")]),
    ]
    positions = import_file(_pdf(tmp_path / "cv.pdf", rows)).positions
    assert [(p.title, p.company, f"{p.start:%Y}") for p in positions] == [
        ("Front-end developer", "Fledge ERP", "2022"),
        ("Public service employee", "the city of Leeds", "2020"),
        ("Medical measurements", "Corvell Clinic", "2016"),
    ]


def test_a_range_left_open_inside_brackets() -> None:
    from levelset.proof.dates import find_span

    found = find_span("Developer Fellow at Attorn Technologies. (September 2020 –)")
    assert found is not None
    span, match = found
    assert (span.start, span.end, span.current) == (date(2020, 9, 1), None, True)
    assert match.group(0) == "(September 2020 –)"
