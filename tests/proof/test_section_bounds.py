"""Where a section ends, what was read in it ends too: a heading closes the bullet above it
whatever kind of section either is ("Projects" over "Publications"), and each section's
entry heads are read in their own face (bold employers under "Experience", plain degrees
under "Education"). Made-up résumés, in plain text and drawn with fpdf2."""

from __future__ import annotations

from pathlib import Path

from levelset.proof.importing import import_file
from levelset.proof.line_looks import Looks
from tests.corpus.resumes.measure import heading_inside
from tests.proof.test_layout_looks import _lines, _pdf

_PROJECTS = """\
Mirela Dantas
Data Engineer

Experience
Data Engineer, Kestrel Analytics    June 2021 - Present
- Moved the nightly claims load to streaming and cut its delay to minutes.

Projects
- Tidewater: a forecasting service for harbour traffic, built with PyTorch and FastAPI
- Lantern: a query planner for DuckDB extensions, written in Rust

Publications
Dantas, M. and Okafor, T. Streaming claims at scale. Journal of Data Systems 12, 2023.
Okafor, T. and Dantas, M. Late data in nightly loads. Proceedings of DataEng 2022.
"""


def test_a_heading_closes_the_last_project_bullet(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(_PROJECTS)
    document = import_file(path)
    extra = [b.text for b in document.extra_bullets]
    assert extra[-1] == "Lantern: a query planner for DuckDB extensions, written in Rust"
    assert not any("Streaming claims at scale" in text for text in extra)
    assert [p.company for p in document.positions] == ["Kestrel Analytics"]


def test_a_heading_closes_the_bullet_of_the_same_kind_of_section(tmp_path: Path) -> None:
    """ "Open Source" is read as projects too: its first plain line is no part of the last
    project's bullet."""
    path = tmp_path / "cv.txt"
    path.write_text(_PROJECTS.replace("Publications", "Open Source"))
    extra = [b.text for b in import_file(path).extra_bullets]
    assert all(len(text) < 90 for text in extra), extra


def test_a_run_on_bullet_shows_its_heading() -> None:
    run_on = "Built a query planner for DuckDB. Publications Dantas, M. Streaming claims."
    assert heading_inside(run_on) == "Publications"
    assert heading_inside("Shipped it. SKILLS Python, SQL") == "SKILLS"
    assert heading_inside("Led the projects of the data team. Projects included two.") is None
    assert heading_inside("Wrote the Publications policy for the lab.") is None


_BOLD_JOBS_PLAIN_SCHOOLS: list[tuple[float, list[tuple[str, str]]]] = [
    (0, [("B", "Mirela Dantas")]),
    (0, [("", "mirela@example.com")]),
    (0, [("B", "EXPERIENCE")]),
    (0, [("B", "Data Engineer"), ("R", "June 2021 - Present")]),
    (0, [("", "Kestrel Analytics, Porto")]),
    (18, [("", "Moved the nightly claims load to streaming and cut its delay to minutes.")]),
    (0, [("B", "Analyst"), ("R", "March 2019 - May 2021")]),
    (0, [("", "Corvell Health, Lisbon")]),
    (18, [("", "Built the weekly dashboards for the care teams.")]),
    (0, [("B", "EDUCATION")]),
    (0, [("", "MSc Statistics, Corvell College London"), ("R", "2017 - 2018")]),
    (0, [("", "BSc Mathematics, University of Porto"), ("R", "2014 - 2017")]),
    (0, [("", "Exchange term, Halden University"), ("R", "2016")]),
]


def test_each_section_keeps_its_heads_face(tmp_path: Path) -> None:
    lines = _lines(_pdf(tmp_path / "cv.pdf", _BOLD_JOBS_PLAIN_SCHOOLS))
    looks = Looks.of(lines)
    by_text = {line.text: line for line in lines}
    assert not looks.heads_bold  # two bold heads of five: the résumé keeps no one face
    assert looks.bold_heads(by_text["Data Engineer"])
    assert not looks.bold_heads(by_text["MSc Statistics, Corvell College London"])


def test_the_plain_employer_under_a_bold_head_is_read_where_schools_are_plain(
    tmp_path: Path,
) -> None:
    positions = import_file(_pdf(tmp_path / "cv.pdf", _BOLD_JOBS_PLAIN_SCHOOLS)).positions
    assert [(p.title, p.company) for p in positions] == [
        ("Data Engineer", "Kestrel Analytics"),
        ("Analyst", "Corvell Health"),
    ]


_BOLD_JOBS_PLAIN_RESEARCH: list[tuple[float, list[tuple[str, str]]]] = [
    (0, [("B", "Mirela Dantas")]),
    (0, [("B", "EXPERIENCE")]),
    *[
        row
        for title, company, dates in [
            ("Data Engineer", "Kestrel Analytics", "June 2021 - Present"),
            ("Analyst", "Corvell Health", "March 2019 - May 2021"),
            ("Data Intern", "Halden Motors", "June 2018 - August 2018"),
            ("Research Intern", "Tidewater Labs", "June 2017 - August 2017"),
            ("Tutor", "Porto Learning Centre", "2016 - 2017"),
            ("Sales Assistant", "Lantern Books", "2015 - 2016"),
        ]
        for row in [
            (0.0, [("B", f"{title}, {company}"), ("R", dates)]),
            (18.0, [("", f"Worked on the {company} data with the team.")]),
        ]
    ],
    (0, [("B", "FREELANCE EXPERIENCE")]),
    (0, [("", "Data Engineer, Porto Data Lab"), ("R", "2019 - 2020")]),
    (18, [("", "Studied late data in nightly loads.")]),
    (0, [("", "Tidewater Harbour Authority, Porto"), ("R", "2018 - 2019")]),
    (18, [("", "Built a streaming benchmark.")]),
]


def test_a_plain_head_is_no_description_where_its_section_keeps_plain_heads(
    tmp_path: Path,
) -> None:
    """Six bold jobs, then a section whose dated heads are plain: its second head is the
    next entry's, not a line of the first one's description (as a plain dated line among
    bold heads is)."""
    made = _pdf(tmp_path / "cv.pdf", _BOLD_JOBS_PLAIN_RESEARCH)
    assert Looks.of(_lines(made)).heads_bold  # six bold heads of eight
    positions = import_file(made).positions
    assert positions[-1].company == "Porto Data Lab"
    assert [b.text for b in positions[-1].bullets] == ["Studied late data in nightly loads."]


def test_a_heading_in_capitals_with_a_colon_ends_the_jobs(tmp_path: Path) -> None:
    """ "CERTIFICATIONS:" under the last job heads its section ("Honors:" over a list inside
    an entry does not): neither it nor the certificate below is read into the job."""
    path = tmp_path / "cv.txt"
    path.write_text(
        "Mirela Dantas\n\nExperience\nData Engineer, Kestrel Analytics    June 2021 - Present\n"
        "- Cut the claims load's delay to minutes for real-time monitoring\n"
        "CERTIFICATIONS:\nAWS Certified Cloud Practitioner\n"
    )
    (position,) = import_file(path).positions
    assert [b.text for b in position.bullets] == [
        "Cut the claims load's delay to minutes for real-time monitoring"
    ]
