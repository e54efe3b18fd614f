"""A CV whose posts each read "Title, Unit, Employer, Town, Month YYYY – Month YYYY" under a
line naming their sector ("Financial Services"), each post with "Key achievements:" over its
list, set in the size of the section headings (as a WPS Office CV sets them). The names are
made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.title_company import split_title_company

_ROWS = [
    ("Casey Lin", 12.0, True),
    ("Experience", 12.0, True),
    ("Financial Services", 12.0, True),
    ("Data Architect, Data Platform team, Kestrel Building Society, Swindon\tJune 2018 – present",
     11.0, True),
    ("Designed the platform for the models of the whole society.", 10.0, False),
    ("Lead Engineer, Kestrel Building Society, Swindon\tNovember 2014 – June 2018", 12.0, True),
    ("Key achievements:", 12.0, False),
    ("- Led a team of six architects across the change projects", 10.0, False),
    ("Head of Development, Tallgrass Ltd, London\tNovember 2011 – November 2014", 12.0, True),
    ("Key achievements:", 12.0, False),
    ("- Built the receipts pipeline", 10.0, False),
    ("Research Fellow, Wireless Networks and Communication Group, Kestrel University, UK"
     "\tMay 2007 – November 2011", 12.0, True),
    ("Built a new waveform for band sharing.", 10.0, False),
    ("Education", 12.0, True),
    ("PhD in Wireless Networks, Kestrel University — 2004–2010", 12.0, False),
]  # fmt: skip


def _positions() -> list[tuple[str, str, str]]:
    lines = [
        Line(None, text.split("\t")[0], f"paragraph {i}", text.partition("\t")[2], "", size, bold)
        for i, (text, size, bold) in enumerate(_ROWS, 1)
    ]
    doc = parse_resume(lines, "cv.docx")
    return [(p.title, p.company, f"{p.start:%Y-%m}") for p in doc.positions]


def test_a_sector_over_posts_that_name_their_employer_is_none() -> None:
    found = _positions()
    assert [company for _, company, _ in found] == [
        "Kestrel Building Society",
        "Kestrel Building Society",
        "Tallgrass Ltd",
        "Kestrel University",
    ]


def test_a_label_repeated_under_each_post_ends_no_section() -> None:
    starts = [start for _, _, start in _positions()]
    assert starts == ["2018-06", "2014-11", "2011-11", "2007-05"]


def test_a_unit_between_title_and_employer_is_not_the_employer() -> None:
    assert split_title_company(
        "AI/ML Architect, Data Architecture team, Kestrel Building Society"
    ) == ("AI/ML Architect", "Kestrel Building Society")
    assert split_title_company(
        "Research Fellow, Wireless Networks and Communication Group, Kestrel University"
    ) == ("Research Fellow", "Kestrel University")
