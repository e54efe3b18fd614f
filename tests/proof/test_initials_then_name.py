"""An employer named by its initials, a spaced dash and the name they stand for ("STL -
Sterlite Tech") is one name; the dash still parts a company from its town or a title.
Written after a tuning résumé (2026-12-06e); the names are made up."""

from __future__ import annotations

from levelset.proof.headers import parts_of
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


def test_initials_and_their_name_are_one_part() -> None:
    assert parts_of("KRL - Kestrel Robotics") == ["KRL - Kestrel Robotics"]
    assert parts_of("NWS – Northwind Web Services") == ["NWS – Northwind Web Services"]
    # not initials of the name after the dash: two parts, as before
    assert parts_of("SWE - Snowmelt Ltd") == ["SWE", "Snowmelt Ltd"]
    assert parts_of("KRL - Research Scientist") == ["KRL", "Research Scientist"]
    assert parts_of("Kestrel Robotics - Data Engineer") == ["Kestrel Robotics", "Data Engineer"]


def test_the_employer_keeps_its_whole_name() -> None:
    rows = [
        ("EXPERIENCE", ""),
        ("KRL - Kestrel Robotics", ""),
        ("Software Engineering Intern", "Jan 2022 – Aug 2022"),
        ("● Cut the Docker images' size by a third.", ""),
    ]
    lines = [Line(i, text, "page 1", dates) for i, (text, dates) in enumerate(rows, 1)]
    found = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company) for p in found] == [
        ("Software Engineering Intern", "KRL - Kestrel Robotics")
    ]
