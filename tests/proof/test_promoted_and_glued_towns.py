"""Two office shapes of a job's heading. A Word résumé whose title line carries, in a run of its
own after a tab, the post it grew out of ("Lead Sales Associate <tab> promoted from Sales
Associate <tab> 2022 - Present") over the employer and its town: the note goes with the title,
not in the employer's place. And a heading typed "Title, Employer Town, ST" with no comma
between the employer and its town, over its dates: the employer is named and the town is the
entry's place. Names are made up."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.headers import without_place
from levelset.proof.importing import import_file

_BULLETS = ["Trained the new cashiers on the tills", "Closed the store to the company's standards"]


def _read(path: Path, entries: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    document = docx.Document()
    document.add_paragraph("Dana Quill")
    document.add_paragraph("dana@example.org")
    document.add_heading("Experience", level=1)
    for heading, employer in entries:
        document.add_paragraph(heading)
        document.add_paragraph(employer)
        for bullet in _BULLETS:
            document.add_paragraph(bullet, style="List Bullet")
    document.save(str(path))
    found = import_file(path).positions
    return [(p.title, p.company, f"{p.start:%Y}", p.location) for p in found]


def test_a_promotion_noted_beside_the_title_goes_with_it(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            ("Lead Sales Associate\tpromoted from Sales Associate\t2022 - Present",
             "Brightmart, Inc\tTopeka, KS"),
            ("Assistant Manager\t2018 - 2021", "Corner Grocer\tLawrence, KS"),
        ],
    )  # fmt: skip
    assert found == [
        ("Lead Sales Associate promoted from Sales Associate", "Brightmart, Inc", "2022",
         "Topeka, KS"),
        ("Assistant Manager", "Corner Grocer", "2018", "Lawrence, KS"),
    ]  # fmt: skip


def test_an_employer_typed_before_its_town_without_a_comma(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            ("Team Lead, Harbor Espresso Seattle, WA", "November 2013 – Present"),
            ("Barista, Northwind Cafe Redmond, WA", "June 2011 – October 2013"),
        ],
    )
    assert found == [
        ("Team Lead", "Harbor Espresso", "2013", "Seattle, WA"),
        ("Barista", "Northwind Cafe", "2011", "Redmond, WA"),
    ]


def test_a_town_written_whole_stays_the_place() -> None:
    assert without_place("Acme, New York, NY") == ("Acme", "New York, NY")
    assert without_place("Intern, Acme Corp, Palo Alto, CA") == (
        "Intern, Acme Corp",
        "Palo Alto, CA",
    )
    assert without_place("Engineer, Downtown Seattle, WA") == ("Engineer", "Downtown Seattle, WA")
    assert without_place("Analyst, University of Washington Seattle, WA")[0].startswith("Analyst")
