"""techcv's entries: "Title   Company, City" over a line of skill chips and dates, or over the
dates alone where an entry lists no skills.

Written here after a techcv résumé made for the corpus's tuning part (made/techcv_en.tex): an
entry without skills puts its dates alone on the second line, a right-set "Company, City, ST"
can be taken for a place, the bullet glyph comes out as a C1 control character, and a bullet
with its years inside a sentence ("From 2018 to 2019 ran the guild.") is no entry.
"""

from __future__ import annotations

import pytest

from levelset.proof.importers.entry_places import named_place
from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.lines import is_bullet
from levelset.proof.model import Position
from levelset.proof.sections import section_of


def _read(lines: list[Line]) -> list[Position]:
    return list(parse_resume(lines, "resume.pdf").positions)


def _brief(found: list[Position]) -> list[tuple[str, str, str]]:
    return [(p.title, p.company, p.location) for p in found]


def test_an_entry_without_skills_parts_its_company_from_its_city() -> None:
    found = _read(
        [
            Line(1, "PROFESSIONAL EXPERIENCE"),
            Line(2, "Senior Software Engineer  Maple Ledger Inc., Toronto, ON"),
            Line(3, "01/2020 – 05/2022"),
            Line(4, "\x88 Built the ledger reconciliation job."),
        ]
    )
    assert _brief(found) == [("Senior Software Engineer", "Maple Ledger Inc.", "Toronto, ON")]


def test_a_right_set_company_and_city_is_not_only_a_place() -> None:
    found = _read(
        [
            Line(1, "PROFESSIONAL EXPERIENCE"),
            Line(2, "Software Engineer  Northwind Logistics,", dates="08/2017 – 12/2019"),
            Line(3, "\x88 Moved route planning to an API."),
            Line(4, "Software Developer Intern", place="Lakeshore Analytics, Waterloo, ON"),
            Line(5, "Summer 2016"),
        ]
    )
    assert _brief(found)[1] == ("Software Developer Intern", "Lakeshore Analytics", "Waterloo, ON")
    # not "the company of the entry above"; nor one date to check: an intern at a named employer
    assert found[1].guesses == ()


@pytest.mark.parametrize(
    ("place", "parted"),
    [
        ("Lakeshore Analytics, Waterloo, ON", ("Lakeshore Analytics", "Waterloo, ON")),
        ("Google, Mountain View, CA", ("Google", "Mountain View, CA")),
        ("New York, NY, USA", ("", "New York, NY, USA")),
        (
            "Mountain View, California, United States",
            ("", "Mountain View, California, United States"),
        ),
        ("Toronto, ON", ("", "Toronto, ON")),
    ],
)
def test_a_name_before_a_city_and_its_region_is_the_employer(
    place: str, parted: tuple[str, str]
) -> None:
    assert named_place(place) == parted


def test_years_inside_a_sentence_open_no_entry() -> None:
    found = _read(
        [
            Line(1, "EXPERIENCE"),
            Line(2, "Software Engineer  Northwind Logistics", dates="08/2017 – 12/2019"),
            Line(3, "Moved route planning from a nightly batch to an API."),
            Line(4, "From 2018 to 2019 ran the internal Python guild."),
            Line(5, "Led the data team of six between 2016 and 2017 for the launch."),
        ]
    )
    assert _brief(found) == [("Software Engineer", "Northwind Logistics", "")]
    assert len(found[0].bullets) == 3


def test_a_university_with_its_campus_keeps_its_name() -> None:
    found = _read(
        [
            Line(1, "Experience"),
            Line(2, "Intern/Research Assistant at University of California, San Francisco"),
            Line(3, "June 2009 - December 2009 (7 months)"),
        ]
    )
    assert found[0].company == "University of California, San Francisco"


def test_side_projects_is_a_heading() -> None:
    assert section_of("SIDE PROJECTS") == "projects"


def test_a_control_character_before_text_is_a_bullet_glyph() -> None:
    assert is_bullet("\x88 Led the rewrite of the settlement service.")
    assert not is_bullet("Led the rewrite")


def test_a_bullet_mark_with_a_variation_selector_is_a_bullet() -> None:
    """Pages draws its list marks as "▪" with U+FE0E after it: a bullet, not the employer."""
    assert is_bullet("▪\ufe0e  Responsible for the development of a CRM")
    found = _read(
        [
            Line(1, "Experience"),
            Line(2, "Software engineer, IT Consultant  various clients", dates="1997 - 2005"),
            Line(
                3,
                "▪\ufe0e  Responsible for the development of a CRM/OMS in the pharmaceutical field",
            ),
        ]
    )
    assert (found[0].title, found[0].company) == (
        "Software engineer, IT Consultant",
        "various clients",
    )
    assert len(found[0].bullets) == 1
