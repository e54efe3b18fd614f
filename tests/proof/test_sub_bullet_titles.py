"""A Word CV whose entries are an employer line with its dates in brackets and "o" sub-bullets
under it (Word's second-level mark, a letter o), the first of them the title ("o Research
Assistant @Vision group"). The names are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line, is_bullet

ROWS = [
    "Jane Roe",
    "PROFESSIONAL EXPERIENCE",
    "Acme Robotics, Boston, Massachusetts [2014-2018]",
    "o Research Assistant @Vision group",
    "o Supervisor: Pat Smith",
    "Kestrel Research, Bellevue, Seattle [Summer, 2017]",
    "o Summer Research Intern @ranking team",
    "o Project: Built a ranking model for the search of a shop",
    "o Mentor: Sam Lee",
    "Tallgrass Trading LLC, Chicago [Fall 2016 - Spring 2017]",
    "o Text Mining Consultant",
    "o In this post, I organized weekly meetings to discuss the state-of-the-art text",
    "mining research papers",
    "Juniper Research, San Francisco Bay Area [Summer, 2016]",
    "o Summer Research Intern @search science group",
    "Northwind University, CS department, Urbana, Illinois [Fall 2018]",
    "o Teaching Assistant @ Information Retrieval",
    "§ Algorithms Sessional (CSE 208) – April 2012 Semester",
    "EDUCATION",
]


def _positions() -> list[tuple[str, str, str]]:
    doc = parse_resume([Line(i, t, "page 1") for i, t in enumerate(ROWS, 1)], "cv.pdf")
    return [(p.title, p.company, f"{p.start:%Y-%m}") for p in doc.positions]


def test_a_letter_o_before_a_capital_marks_a_bullet() -> None:
    assert is_bullet("o Mentor: Sam Lee") and is_bullet("§ Algorithms (CSE 208)")
    assert not is_bullet("o'Brien Partners") and not is_bullet("oversaw the team")
    assert not is_bullet("o projeto da empresa")  # an article in lower case, no mark


def test_the_first_sub_bullet_naming_a_role_is_the_title() -> None:
    assert _positions() == [
        ("Research Assistant @Vision group", "Acme Robotics", "2014-01"),
        ("Summer Research Intern @ranking team", "Kestrel Research", "2017-06"),
        ("Text Mining Consultant", "Tallgrass Trading LLC", "2016-09"),
        ("Summer Research Intern @search science group", "Juniper Research", "2016-06"),
        (
            "Teaching Assistant @ Information Retrieval",
            "Northwind University, CS department",
            "2018-09",
        ),
    ]


def test_the_other_sub_bullets_stay_bullets() -> None:
    doc = parse_resume([Line(i, t, "page 1") for i, t in enumerate(ROWS, 1)], "cv.pdf")
    bullets = [[b.text for b in p.bullets] for p in doc.positions]
    assert bullets[0] == ["Supervisor: Pat Smith"]
    assert bullets[1] == [
        "Project: Built a ranking model for the search of a shop",
        "Mentor: Sam Lee",
    ]
    # a bullet's last words in lower case that hold a role word ("research") are no title
    assert bullets[2][-1].endswith("text mining research papers")


def test_an_area_round_a_known_city_is_a_place() -> None:
    from levelset.proof.headers import without_place
    from levelset.proof.locations import is_location

    assert is_location("San Francisco Bay Area") and is_location("Greater Boston Area")
    assert not is_location("Research Area")
    assert without_place("Kestrel Labs, San Francisco Bay Area") == (
        "Kestrel Labs",
        "San Francisco Bay Area",
    )
