"""An employer's line that names an institute and its unit before the place ("Stevens
Institute of Technology, RRG Hoboken, NJ") is an employer, not a place: the post under it is
read (the title from its bullet's lead, as for the line above). Made here.
"""

from __future__ import annotations

from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.locations import is_location

TEXT = """Maya Lind
Experience
Northfield Imaging Lab, Palo Alto, CA    Jan. 2021 – Present
• Research Scientist – imaging: led the imaging study of 400 patients.
Stevens Institute of Technology, RRG Hoboken, NJ    Apr. 2019 – Aug. 2019
• Research internship – Learning based Modeling: focused on modeling broadcloth.
Skills
Python
"""


def test_an_institute_and_its_unit_head_a_post() -> None:
    lines = [Line(i, t) for i, t in enumerate(TEXT.splitlines(), start=1)]
    found = [(p.title, p.company) for p in parse_resume(lines, "cv.pdf").positions]
    assert found == [
        ("Research Scientist", "Northfield Imaging Lab"),
        ("Research internship", "Stevens Institute of Technology"),
    ]


def test_places_named_like_institutions_stay_places() -> None:
    assert not is_location("Stevens Institute of Technology, RRG Hoboken, NJ")
    assert is_location("College Park, MD, USA")
    assert is_location("Institute, WV")
