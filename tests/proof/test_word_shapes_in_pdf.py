"""Word résumés read from their PDFs as well as from their DOCX files.

Found by printing the corpus's tuning Word files to PDF with LibreOffice
(tests/corpus/resumes/as_pdf.py): shapes the DOCX reader knew by their paragraphs were lost in
the PDF, where a paragraph is lines and a tab stop a gap. The people and employers are made up.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from levelset.proof.importers.entry_lines import lists_after_dates
from levelset.proof.importers.pdf import extract_pages, import_pdf
from levelset.proof.importers.text import parse_resume
from levelset.proof.layout import Box, Page, read_pages
from levelset.proof.lines import Line, resume_lines
from tests.proof.files import make_faced_pdf, make_pdf


def _rows(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company, str(p.start)[:7], "now" if p.current else str(p.end)[:7])
        for p in import_pdf(path).positions
    ]


def _box(x: float, y: float, text: str, width: float | None = None) -> Box:
    return Box(x, y, x + (width or 5.0 * len(text)), y + 10, text, 10.0)


def _page_rows(boxes: list[Box]) -> list[tuple[str, str, str, str]]:
    lines = resume_lines(read_pages([Page(612, 792, tuple(boxes))])[0], "page 1")
    return [
        (p.title, p.company, str(p.start)[:7], "now" if p.current else str(p.end)[:7])
        for p in parse_resume(lines, "cv.pdf").positions
    ]


def test_posts_written_as_sentences_read_from_a_pdf(tmp_path: Path) -> None:
    lines = [
        "Morgan Vale",
        "PROFESSIONAL APPOINTMENTS",
        "Harbor Film School. Cinematography Program. Course Director. 2019 - Present.",
        "Lantern Audio. Producer, Voiceover Talent. 2016 - 2019.",
        "Copperline Studios. Feature Film Executive Producer, Director, Cinematographer, Editor,"
        " Writer, Colorist. 2010 - 2016.",
    ]
    assert _rows(make_pdf(tmp_path / "cv.pdf", lines)) == [
        ("Course Director", "Harbor Film School", "2019-01", "now"),
        ("Producer, Voiceover Talent", "Lantern Audio", "2016-01", "2019-01"),
        (
            "Feature Film Executive Producer, Director, Cinematographer, Editor, Writer, Colorist",
            "Copperline Studios",
            "2010-01",
            "2016-01",
        ),
    ]


def test_titles_under_an_employer_over_its_whole_span_in_a_pdf(tmp_path: Path) -> None:
    rows = [
        [("B", "PROFESSIONAL EXPERIENCE")],
        [("B", "Northgate Cards/Northgate Bank")],
        [("B", "2009-2019")],
        [("B", "Credit Officer"), ("R", "08/2016-12/2019")],
        [("", "Approved credit requests of up to $100K.")],
        [("B", "Credit Underwriter"), ("R", "04/2013-08/2016")],
        [("", "Reviewed loan applications for missing papers.")],
        [("B", "Operations Assistant"), ("R", "10/2009-04/2013")],
        [("", "Ran the team's daily operations meetings.")],
    ]
    path = make_faced_pdf(tmp_path / "cv.pdf", [[("B", "Dana Reyes")], *rows])
    assert _rows(path) == [
        ("Credit Officer", "Northgate Cards/Northgate Bank", "2016-08", "2019-12"),
        ("Credit Underwriter", "Northgate Cards/Northgate Bank", "2013-04", "2016-08"),
        ("Operations Assistant", "Northgate Cards/Northgate Bank", "2009-10", "2013-04"),
    ]


def test_an_open_range_whose_end_wrapped_back_to_the_margin() -> None:
    boxes = [
        _box(36, 40, "Dana Reyes"),
        _box(36, 80, "EXPERIENCE"),
        _box(36, 100, "Credit Operations Specialist, Northgate Bank"),
        _box(530, 100, "08/2011-"),
        _box(36, 114, "04/2014"),
        _box(50, 128, "• Underwrote credit requests between $25K and $35K."),
        _box(36, 150, "Operations Assistant, Northgate Bank"),
        _box(500, 150, "10/2007-08/2011"),
        _box(50, 164, "• Ran the team's daily operations meetings."),
    ]
    assert _page_rows(boxes) == [
        ("Credit Operations Specialist", "Northgate Bank", "2011-08", "2014-04"),
        ("Operations Assistant", "Northgate Bank", "2007-10", "2011-08"),
    ]


def test_dates_that_a_narrow_cell_wrapped() -> None:
    boxes = [
        _box(36, 40, "Ilse Maren"),
        _box(36, 80, "EXPERIENCE"),
        _box(36, 100, "Research Intern, Brightwater Labs (Verification Group)"),
        _box(520, 100, "Summer"),
        _box(520, 114, "2025"),
        _box(50, 128, "• Built a parallel solver for the verification team."),
        _box(36, 150, "Software Engineering Intern, Kestrel Apps"),
        _box(520, 150, "Summer"),
        _box(50, 164, "• Shipped the events page to a million users."),
        _box(520, 164, "2019, 2020,"),
        _box(520, 178, "2021"),
    ]
    assert _page_rows(boxes) == [
        ("Research Intern", "Brightwater Labs (Verification Group)", "2025-06", "2025-06"),
        ("Software Engineering Intern", "Kestrel Apps", "2019-06", "2021-01"),
    ]


def test_an_entry_beside_its_dates_that_wrapped_under_itself() -> None:
    wrapped = [  # each entry's lines, the dates beside the first; lines end near the margin
        ("2018 – Present", ["Associate Professor, School of Public Affairs, Coastal Studies and",
                            "Institute for Integrated Research, Harbor State University"]),
        ("2013 – 2018", ["Assistant Professor, Department of Environment and Society, College of",
                         "Natural Resources, Ridge Valley University"]),
        ("2009 – 2013", ["Postdoctoral Research Associate at the Center for Behavior, Groups and",
                         "the Environment, Lakeshore University"]),
    ]  # fmt: skip
    boxes = [_box(54, 40, "Jonah Pellar"), _box(54, 70, "Positions:")]
    y = 90.0
    for dates, texts in wrapped:
        boxes.append(_box(54, y, dates, 60))
        for index, text in enumerate(texts):
            boxes.append(_box(160, y, text, 370 if index == 0 else 5.0 * len(text)))
            y += 13
    for index in range(6):  # a paragraph of running text: where the right margin is
        boxes.append(_box(54, 200 + 13 * index, "word " * 14, 476))
    assert _page_rows(boxes) == [
        ("Associate Professor", "Harbor State University", "2018-01", "now"),
        ("Assistant Professor", "Ridge Valley University", "2013-01", "2018-01"),
        (
            "Postdoctoral Research Associate",
            "Center for Behavior, Groups and the Environment, Lakeshore University",
            "2009-01",
            "2013-01",
        ),
    ]


def test_lines_set_apart_by_a_line_break_stay_apart() -> None:
    """An employer line that ends with its country, then its institute under it: two parts,
    however near the margin the first line ends."""
    boxes = [
        _box(36, 40, "Max Roth"),
        _box(36, 70, "Work Experience"),
        _box(54, 90, "2019 – 2025", 60),
        _box(160, 90, "Research Associate at University of Ostwald, Germany", 370),
        _box(160, 103, "Institute for Adaptive Mechanical Systems"),
        _box(175, 116, "• Built legged robots and their controllers."),
    ]
    for index in range(6):
        boxes.append(_box(54, 200 + 13 * index, "word " * 14, 476))
    [(title, company, start, end)] = _page_rows(boxes)
    assert (title, start, end) == ("Research Associate", "2019-01", "2025-01")
    assert company.startswith("University of Ostwald")
    assert "Institute" not in company


def _soffice() -> str | None:
    return shutil.which("soffice")


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice not installed")
def test_list_marks_drawn_from_a_symbol_font_are_bullets(tmp_path: Path) -> None:
    """LibreOffice (and some Word exports) draw a list's bullet from OpenSymbol or Symbol, whose
    code comes through as U+F0B7: a bullet, not an icon to drop."""
    import docx

    document = docx.Document()
    document.add_paragraph("Dana Reyes")
    document.add_paragraph("EXPERIENCE")
    long = (
        "Approved credit requests of up to one hundred thousand dollars for small firms across"
        " the region, and trained the new officers of the team in the bank's credit rules"
    )
    for title, dates, did in (
        ("Credit Officer, Northgate Bank", "2016 – 2019", long),
        ("Credit Underwriter, Northgate Bank", "2013 – 2016", "Reviewed loan files"),
    ):
        document.add_paragraph(f"{title}\t{dates}")
        document.add_paragraph(did, style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    subprocess.run(
        [
            str(_soffice()),
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "cv.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pages = read_pages(extract_pages(tmp_path / "cv.pdf"))
    texts = [line.text for line in pages[0]]
    assert f"• {long.split(' across')[0]}" in " ".join(texts)
    assert "• Reviewed loan files" in texts
    positions = import_pdf(tmp_path / "cv.pdf").positions
    assert [(p.title, [b.text for b in p.bullets]) for p in positions] == [
        ("Credit Officer", [long]),
        ("Credit Underwriter", ["Reviewed loan files"]),
    ]


def test_dated_list_items_with_items_of_their_own_head_entries() -> None:
    """Word's two-level lists: "• Teaching assistant (Fall 2009)" over "o Class: ..." set
    deeper. Each dated item of the first level heads the items under it."""
    from levelset.proof.importers.pdf_posts import written_posts

    rows = [
        (72, "Sam Okoro"),
        (72, "Teaching Experience:"),
        (90, "• Graduate Student Instructor (Spring 2012, Spring 2013)"),
        (126, "o Class: INFO-203, Social Aspects of Information, a core course"),
        (126, "o Duties included: grading assignments and holding office hours"),
        (90, "• Teaching assistant (Fall 2009)"),
        (126, "o Class: CCTP-783, Qualitative Data Analysis, a methods course"),
        (126, "o Reference: Dana Ribes, professor of communication"),
        (90, "• Teaching assistant (Fall 2008)"),
        (126, "o Class: CCTP-505, Introduction to Communication and Technology"),
    ]
    boxes = [_box(x, 40 + 14 * i, text) for i, (x, text) in enumerate(rows)]
    lines = resume_lines(read_pages([Page(612, 792, tuple(boxes))])[0], "page 1")
    found = parse_resume(written_posts(lines), "cv.pdf").positions
    assert [(p.title, str(p.start)[:7], str(p.end)[:7]) for p in found] == [
        ("Graduate Student Instructor", "2012-03", "2013-01"),
        ("Teaching assistant", "2009-09", "2009-09"),
        ("Teaching assistant", "2008-09", "2008-09"),
    ]


def _faced(x: float, y: float, text: str, bold: bool = False) -> Box:
    return Box(x, y, x + 5.0 * len(text), y + 10, text, 10.0, bold)


def test_a_bold_title_beside_its_plain_employer_with_no_mark_between() -> None:
    """Word's "**UNDERGRADUATE RESEARCHER** UNIVERSITY OF TEXAS AT DALLAS <tab> RICHARDSON, TX":
    the change of face parts the title from the employer, as the DOCX reader reads it (a bar
    between them), so the "AT" inside the employer's name does not part them again; and the
    place set apart at the margin leaves a short employer ("UMBC") as the employer."""
    boxes = [
        _faced(36, 40, "Ada Okoro"),
        _faced(36, 80, "EXPERIENCE", bold=True),
        _faced(36, 100, "UNDERGRADUATE RESEARCHER ", bold=True),
        _faced(170, 100, "UNIVERSITY OF TEXAS AT DALLAS"),
        _faced(460, 100, "RICHARDSON, TX"),
        _faced(36, 114, "MAY 2017 – JULY 2017"),
        _faced(50, 128, "• Conducted research in software safety analysis."),
        _faced(36, 150, "MCNAIR AMBASSADOR ", bold=True),
        _faced(135, 150, "UMBC"),
        _faced(460, 150, "BALTIMORE, MD"),
        _faced(36, 164, "AUGUST 2017 – MAY 2018"),
        _faced(50, 178, "• Designed and updated the program website."),
    ]
    lines = resume_lines(read_pages([Page(612, 792, tuple(boxes))])[0], "page 1")
    positions = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company, p.location) for p in positions] == [
        ("UNDERGRADUATE RESEARCHER", "UNIVERSITY OF TEXAS AT DALLAS", "RICHARDSON, TX"),
        ("MCNAIR AMBASSADOR", "UMBC", "BALTIMORE, MD"),
    ]


def test_a_bracketed_aside_that_wrapped_under_its_dated_heading() -> None:
    """ "Teaching Assistant, CSE 130: Programming Languages, UCSD (N=69) <tab> Fall 2025" as
    LibreOffice prints it, its last words in brackets on a line of their own: one heading, as
    in the DOCX; an entry never opens on a bracket."""
    boxes = [
        _faced(36, 40, "Ada Okoro"),
        _faced(36, 80, "TEACHING EXPERIENCE", bold=True),
        _faced(36, 100, "Teaching Assistant, CSE 130: Programming Languages, UCSD", bold=True),
        _faced(500, 100, "Fall 2025"),
        _faced(36, 114, "(N=69)"),
        _faced(36, 128, "Teaching Assistant, CS 133: Database Systems, Pomona College", bold=True),
        _faced(500, 128, "Spring 2020"),
        _faced(36, 142, "(N=20)"),
    ]
    lines = resume_lines(read_pages([Page(612, 792, tuple(boxes))])[0], "page 1")
    positions = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company, str(p.start)[:7]) for p in positions] == [
        ("Teaching Assistant", "UCSD (N=69)", "2025-09"),
        ("Teaching Assistant", "Pomona College (N=20)", "2020-03"),
    ]


def test_a_second_level_mark_o_set_apart_by_a_tab_opens_its_item() -> None:
    """Word's second-level mark, a letter "o" (Courier New) with a tab to the text: one
    segment with its text, as a "•" is, not a segment of its own (a run of them, one under
    another, was read as a column apart from their items, and an employer's heading with its
    dates in a left column fell between the marks and the items)."""
    boxes = [
        _faced(36, 40, "Quinn Adebayo"),
        _faced(108, 100, "• Key accomplishments include:"),
        _faced(140, 113.5, "o"),
        _faced(158, 112, "Led a strategy review in the first six weeks"),
        _faced(140, 125.5, "o"),
        _faced(158, 124, "o and p in the same words stay apart"),
    ]
    lines = read_pages([Page(612, 792, tuple(boxes))])[0]
    assert [[s.text for s in line.segments] for line in lines[-2:]] == [
        ["o Led a strategy review in the first six weeks"],
        ["o", "o and p in the same words stay apart"],
    ]


def _bold_line(y: float, text: str, right: float) -> Box:
    return Box(72, y, right, y + 11, text, 11.0, True)


def test_a_bold_heading_that_wrapped_with_its_dates_is_one_heading() -> None:
    """Word's one-paragraph job heading in bold, "Title, team, Employer, Town, dates", printed
    by LibreOffice over two or three lines, its dates wherever the wrap left them (mid-line,
    on a line of their own, or cut between month and year): one heading, as in the DOCX. A
    line is taken as wrapped only where the next line's first word would not have fitted at
    its end (alexander-mikhalev as PDF)."""
    boxes = [
        _faced(72, 40, "Ada Okoro", bold=True),
        _faced(72, 70, "Experience", bold=True),
        _bold_line(90, "Data Architect, Analytics Architecture team, Harbor Mutual Society,", 507),
        _bold_line(105, "Leeds, June 2018 – present", 256),
        _faced(72, 120, "Data architect working on privacy for machine learning models."),
        _bold_line(140, "Lead Engineer/ Head of Platform Engineering/Principal Engineer.", 522),
        _bold_line(155, "Platform Engineering team, Harbor Mutual Society, Leeds,", 507),
        _bold_line(170, "June 2017 – 2018", 177),
        _faced(72, 185, "Led the team that built the platform's first prototype."),
        _bold_line(205, "Research Fellow, Radio Networks Group, Defence College of", 519),
        _bold_line(220, "Science and Technology, Ashfield University, UK May", 522),
        _bold_line(235, "2007 - November 2011", 198),
        _faced(72, 250, "Built a new waveform for band sharing on the physical layer."),
    ]
    for index in range(6):  # a paragraph of running text: where the right margin is
        boxes.append(Box(72, 300 + 13 * index, 523, 310 + 13 * index, "word " * 14, 10.0))
    lines = resume_lines(read_pages([Page(595, 842, tuple(boxes))])[0], "page 1")
    positions = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company, str(p.start)[:7]) for p in positions] == [
        ("Data Architect", "Harbor Mutual Society", "2018-06"),
        ("Lead Engineer/ Head of Platform Engineering/Principal Engineer. Platform Engineering"
         " team", "Harbor Mutual Society", "2017-06"),
        ("Research Fellow", "Ashfield University", "2007-05"),
    ]  # fmt: skip


def test_a_labelled_heading_with_its_own_dates_is_no_labelled_list() -> None:
    """ "Researcher: Research Fellow, ..., UK May 2007 - November 2011" under the short last
    line of a wrapped paragraph ("JS, Ember JS/Angular JS"): a "Label: ..." line with a range
    of dates of its own is the dated heading, so the dated line under it is not moved above
    it as if it were a job's "Tech stack: ..." list (alexander-mikhalev as PDF)."""
    texts = [
        "JS, Ember JS/Angular JS",
        "Researcher: Research Fellow, Radio Networks Group, Ashfield University, UK May 2007 -"
        " November 2011",
        "The main achievement during 2007-2009 was the development of a new waveform for",
        "band sharing on the physical layer, built in hardware.",
    ]
    lines = [Line(number, text, "page 1") for number, text in enumerate(texts, start=1)]
    assert [line.text for line in lists_after_dates(lines)] == texts


def test_years_inside_a_sentence_that_wrapped_open_no_entry() -> None:
    """ "The main achievement during 2007-2009 was the development of the new" over "waveform
    for mobile communication ...": a PDF's line of running prose, years inside it, whose
    sentence goes on in lower case on the next line, is the description of the job above (as
    its DOCX paragraph, which ends in a full stop), not an entry of its own."""
    texts = [
        "Ada Okoro",
        "Experience",
        "Research Fellow, Radio Networks Group, Ashfield University, UK May 2007 - November 2011",
        "The main achievement during 2007-2009 was the development of the new water-filling",
        "waveform for mobile communication band-sharing on a physical layer using wavelet",
        "packets and implementing it in hardware.",
    ]
    lines = [Line(number, text, "page 1", size=10.0) for number, text in enumerate(texts, 1)]
    [position] = parse_resume(lines, "cv.pdf").positions
    assert (position.title, position.company, str(position.start)[:7]) == (
        "Research Fellow",
        "Ashfield University",
        "2007-05",
    )
    assert position.bullets[0].text.startswith("The main achievement during 2007-2009")


def test_a_table_of_skill_labels_beside_their_values_is_read_across() -> None:
    """Word's two-cell table "Databases: | SQL, MS Access, MySQL" row under row, then the jobs'
    heading in the label cell's place: rows of a label and its value, not two columns (read
    as columns, the values landed under "Relevant Experience:" and the last one became the
    first job's employer; nicholas-grant as PDF)."""
    boxes = [
        _faced(244, 35, "Ada Okoro", bold=True),
        _faced(36, 60, "Profile:", bold=True),
        _faced(36, 75, "Student of information technology seeking an entry level position."),
        _faced(36, 272, "Technical Qualifications:", bold=True),
        _faced(36, 285, "Databases:", bold=True),
        _faced(216, 285, "SQL, MS Access, MySQL"),
        _faced(36, 297, "Languages:", bold=True),
        _faced(216, 297, "Visual Basic, Lua, HTML, XML, C++, C#, PHP, Python,"),
        _faced(216, 310, "Git"),
        _faced(36, 323, "Operating Systems:", bold=True),
        _faced(216, 323, "Windows, Mac, Linux, Android, iOS"),
        _faced(36, 335, "Software Applications:", bold=True),
        _faced(216, 335, "MS Office, Office 365, Adobe Photoshop,"),
        _faced(216, 351, "Microsoft Visual Studio, Android Studio"),
        _faced(36, 371, "Relevant Experience:", bold=True),
        _faced(36, 384, "Event Coordinator (Intern).", bold=True),
        _faced(320, 384, "Glasswing Labs", bold=True),
        _faced(493, 384, "09/2016 – 12/2016", bold=True),
        _faced(54, 400, "• Planned the events of the city's user groups for the year."),
        _faced(36, 420, "IT Tutor.", bold=True),
        _faced(251, 420, "Ridge College", bold=True),
        _faced(493, 420, "01/2016 – 01/2017", bold=True),
        _faced(54, 436, "• Mentored students in one-on-one and small group sessions."),
    ]
    lines = resume_lines(read_pages([Page(612, 792, tuple(boxes))])[0], "page 1")
    positions = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company, str(p.start)[:7]) for p in positions] == [
        ("Event Coordinator (Intern).", "Glasswing Labs", "2016-09"),
        ("IT Tutor.", "Ridge College", "2016-01"),
    ]
