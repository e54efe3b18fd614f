"""Text as some generators draw it: ligatures without text, a section name drawn over the
first title, and two columns that go on over a page break."""

from __future__ import annotations

from levelset.proof.importers.pdf import _Runs
from levelset.proof.importers.text import parse_resume
from levelset.proof.layout import Box, Page, read_pages
from levelset.proof.lines import resume_lines
from levelset.proof.unmapped import mend_unmapped


def _box(x0: float, top: float, text: str, height: float = 10) -> Box:
    return Box(x0, top, x0 + 5.0 * len(text), top + height, text)


def test_an_unmapped_ligature_takes_the_letters_of_the_word_written_whole_elsewhere() -> None:
    texts = ["LEAD SOFTWARE ENGINEER", "Lead So\ufffeware Engineer", "a Shi\ufffeing plan"]
    assert mend_unmapped(texts) == ["LEAD SOFTWARE ENGINEER", "Lead Software Engineer",
                                     "a Shi\ufffeing plan"]  # fmt: skip
    # a word known to carry such a ligature, with no other copy in the document
    assert mend_unmapped(["Dra\ufffeed the plan"]) == ["Drafted the plan"]
    assert mend_unmapped(["Micro\ufffesoft"]) == ["Micro\ufffesoft"]  # no letters go there
    assert mend_unmapped(["data pipe\ufffe"]) == ["data pipe\ufffe"]  # a hyphenation


def _small_capitals(word: str) -> str:
    """A word as a Typst build wrote its small capitals: the first letter in Latin, the
    others shifted into the Cyrillic block (U+04CC for "a")."""
    return word[0] + "".join(chr(ord(c) - ord("a") + 0x04CC) for c in word[1:])


def test_small_capitals_mapped_into_another_script_are_read_back() -> None:
    heading = " ".join(_small_capitals(w) for w in ("Software", "Engineering", "Intern"))
    texts = [heading, _small_capitals("Education"), "Led the engineering of the education",
             "software for every intern.", "So\u0228ware Engineer"]  # fmt: skip
    mended = mend_unmapped(texts)
    assert mended[:2] == ["Software Engineering Intern", "Education"]
    assert mended[4] == "Software Engineer"  # a wrong letter for the "ft" ligature
    # too few words of that kind, or no words of the document behind them: left alone
    assert mend_unmapped(texts[:1]) == texts[:1]
    russian = ["Москва", "Mосква", "Sергей", "Dмитрий Иванов"]  # Latin capitals in Cyrillic
    assert mend_unmapped(russian) == russian
    assert mend_unmapped(["Zürich and Genève"]) == ["Zürich and Genève"]


def test_text_drawn_back_over_a_run_after_a_line_break_is_a_run_of_its_own() -> None:
    runs = _Runs(800.0)
    x = 247.0
    for char in "Experience":
        runs.add(char, (x, 784.7, x + 6.3, 799.9), 17.3)
        x += 6.3
    runs.space(new_line=True)
    x = 295.7
    for char in "Lead":
        runs.add(char, (x, 788.8, x + 6.4, 802.7), 15.8)
        x += 6.4
    runs.flush()
    assert [box.text for box in runs.boxes] == ["Experience", "Lead"]
    kerned = _Runs(800.0)  # a tight pair on one line stays one run
    kerned.add("A", (10.0, 0.0, 17.0, 10.0))
    kerned.add("V", (15.5, 0.0, 22.0, 10.0))
    kerned.flush()
    assert [box.text for box in kerned.boxes] == ["AV"]


def test_a_section_name_drawn_over_its_first_title_reads_before_it() -> None:
    boxes = [
        _box(30, 20, "Jamie Leviner"),
        Box(247, 40.0, 310, 57.0, "Experience", 17.3),
        Box(296, 37.5, 400, 51.5, "Lead Software Engineer", 15.8),
        _box(296, 58, "ACS Technologies"),
        _box(296, 72, "March 2022 - present"),
        _box(296, 86, "Performed system-wide data updates."),
    ]
    texts = [line.text for line in read_pages([Page(600, 800, tuple(boxes))])[0]]
    assert texts[1:4] == ["Experience", "Lead Software Engineer", "ACS Technologies"]


def _page(boxes: list[Box]) -> Page:
    return Page(600, 800, tuple(boxes))


def test_a_left_column_that_goes_on_over_the_page_keeps_its_section() -> None:
    """best-resume-ever's left-right: jobs on the left, education and skills on the right;
    the next page goes on with the jobs, with no heading of its own."""
    left = ["Experience", "Kestrel Analytics", "Staff Engineer", "March 2022 - present",
            "Rebuilt the billing pipeline.", "Cut the cloud bill by a third.",
            "Moved the team to trunk-based work.", "Ran the hiring loop for the team."]  # fmt: skip
    right = ["Education", "B.S. in Computer Science", "Francis Marion University",
             "Florence, SC", "Languages", "English, German", "Skills"]  # fmt: skip
    first = [_box(40, 100 + 16 * i, text) for i, text in enumerate(left)]
    first += [_box(320, 100 + 16 * i, text) for i, text in enumerate(right)]
    second = ["Wrote the on-call guide.", "Kestrel Analytics", "Senior Engineer",
              "April 2019 - March 2022", "Led the search rewrite."]  # fmt: skip
    pages = [_page(first), _page([_box(40, 100 + 16 * i, t) for i, t in enumerate(second)])]
    lines = []
    for number, page_lines in enumerate(read_pages(pages), start=1):
        lines.extend(resume_lines(page_lines, f"page {number}", first=len(lines) + 1))
    doc = parse_resume(lines, "cv.pdf")
    assert [(p.title, p.company, p.start.isoformat()) for p in doc.positions] == [
        ("Staff Engineer", "Kestrel Analytics", "2022-03-01"),
        ("Senior Engineer", "Kestrel Analytics", "2019-04-01"),
    ]
    assert "Wrote the on-call guide." in [b.text for b in doc.positions[0].bullets]


def test_a_right_column_with_no_section_of_its_own_goes_on_before_the_next_page() -> None:
    """A Canva timeline: the jobs run down the left column, on into the right one, then onto
    the next page's left column; the right column names no section, so it is read in place."""
    left = ["Experience", "Staff Engineer", "Kestrel Analytics", "March 2022 - present",
            "Rebuilt the billing pipeline.", "Cut the cloud bill by a third.",
            "Moved the team to trunk-based work.", "Ran the hiring loop for the team."]  # fmt: skip
    right = ["Senior Engineer", "Plover Labs", "April 2019 - March 2022",
             "Led the search rewrite.", "Wrote the on-call guide.", "Mentored two engineers.",
             "Halved the build time."]  # fmt: skip
    first = [_box(40, 100 + 16 * i, text) for i, text in enumerate(left)]
    first += [_box(320, 100 + 16 * i, text) for i, text in enumerate(right)]
    second = ["Data Engineer", "Tern Systems", "June 2017 - March 2019",
              "Built the first warehouse."]  # fmt: skip
    pages = [_page(first), _page([_box(40, 100 + 16 * i, t) for i, t in enumerate(second)])]
    lines = []
    for number, page_lines in enumerate(read_pages(pages), start=1):
        lines.extend(resume_lines(page_lines, f"page {number}", first=len(lines) + 1))
    doc = parse_resume(lines, "cv.pdf")
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Staff Engineer", "Kestrel Analytics"),
        ("Senior Engineer", "Plover Labs"),
        ("Data Engineer", "Tern Systems"),
    ]
    assert doc.positions[1].bullets[0].text == "Led the search rewrite."
    assert [b.text for b in doc.positions[2].bullets] == ["Built the first warehouse."]


def test_the_letters_of_a_ligature_drawn_in_one_box_stay_in_their_word() -> None:
    # "Efficiency" as LibreOffice prints it: PDFium gives "f", "f" and "i" the ffi glyph's box
    runs = _Runs(800.0)
    runs.add("E", (308.09, 253.18, 316.28, 264.04), 11.0)
    for char in "ffi":
        runs.add(char, (316.28, 253.18, 329.66, 264.41), 11.0)
    x = 329.58
    for char in "ciency":
        runs.add(char, (x, 253.18, x + 6.0, 263.75), 11.0)
        x += 6.0
    runs.flush()
    assert [box.text for box in runs.boxes] == ["Efficiency"]
