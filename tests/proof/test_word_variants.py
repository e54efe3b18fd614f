"""Layouts a Word user gives the same jobs (found with tests/corpus/resumes/perturb.py on the
tuning DOCX files): dates on a line of their own above the title and the employer. Names are
made up."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.importing import import_file


def _positions(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", p.location or "")
        for p in import_file(path).positions
    ]


def _resume(tmp_path: Path, heads: list[list[str]]) -> Path:
    document = docx.Document()
    document.add_paragraph("Mara Ilic")
    document.add_paragraph("WORK EXPERIENCE")
    for head in heads:
        for text in head:
            document.add_paragraph(text).runs[0].bold = True
        document.add_paragraph("Kept the weekly reports on time.", style="List Bullet")
    document.add_paragraph("EDUCATION")
    document.add_paragraph("BSc Computer Science, University of Waterloo, 2019")
    path = tmp_path / "dates_first.docx"
    document.save(str(path))
    return path


def test_dates_over_a_title_over_a_college_and_its_town(tmp_path: Path) -> None:
    """ "Conestoga College, Waterloo, ON" names an employer and its town, not a town alone; the
    line above it, the first under the dates, is the title."""
    path = _resume(
        tmp_path,
        [
            [
                "January 2021 – December 2021",
                "Lab Developer (Co-op)",
                "Conestoga College, Waterloo, ON",
            ],
            [
                "Winter 2018 – 2019",
                "Lift Attendant (Part-Time)",
                "Chicopee Ski Club, Kitchener, ON",
            ],
        ],
    )
    assert _positions(path) == [
        ("Lab Developer (Co-op)", "Conestoga College", "2021-01", "Waterloo, ON"),
        ("Lift Attendant (Part-Time)", "Chicopee Ski Club", "2018-12", "Kitchener, ON"),
    ]


def test_dates_first_over_a_long_employer_with_its_town(tmp_path: Path) -> None:
    """The first entry decides that dates open every entry: an employer named in many words,
    then its town, under them still counts as a name line."""
    path = _resume(
        tmp_path,
        [
            [
                "Aug. 2022 – Present",
                "North Carolina A&T State University, Greensboro, North Carolina, USA",
                "Data Science Research Assistant",
            ],
            ["July 2020 – June 2022", "Kestrel Analytics", "Data Analyst"],
        ],
    )
    assert [p[:3] for p in _positions(path)] == [
        ("Data Science Research Assistant", "North Carolina A&T State University", "2022-08"),
        ("Data Analyst", "Kestrel Analytics", "2020-07"),
    ]


def test_dates_over_a_title_over_an_employer_of_no_org_word_and_its_town(tmp_path: Path) -> None:
    """ "Texas Instruments, Dallas, TX" under a title still without its employer names the
    employer and its town, though no word of it says organisation; "Springfield, Illinois,
    USA" there is a place alone."""
    path = _resume(
        tmp_path,
        [
            ["JUNE 2019 – PRESENT", "EMBEDDED SOFTWARE INTERN", "TEXAS INSTRUMENTS, DALLAS, TX"],
            ["AUGUST 2017 – MAY 2018", "RESIDENT ASSISTANT", "UMBC, Baltimore, MD"],
            ["May 2015 – July 2017", "Line Cook", "Springfield, Illinois, USA"],
        ],
    )
    found = _positions(path)
    assert found[:2] == [
        ("EMBEDDED SOFTWARE INTERN", "TEXAS INSTRUMENTS", "2019-06", "DALLAS, TX"),
        ("RESIDENT ASSISTANT", "UMBC", "2017-08", "Baltimore, MD"),
    ]
    assert found[2][3] == "Springfield, Illinois, USA"


def test_a_title_on_a_tab_stop_over_a_long_employer_name(tmp_path: Path) -> None:
    """ "Assistant Professor <tab> 2020 – present" over an employer's name of eleven words, every
    one capitalised but the joining ones: the employer, not a line of description."""
    document = docx.Document()
    document.add_paragraph("Mei Chen")
    document.add_paragraph("EMPLOYMENT")
    document.add_paragraph("Assistant Professor\t2020 – present")
    document.add_paragraph(
        "National School of Development/Institute of South-South Cooperation and Development, "
        "Peking University"
    )
    document.add_paragraph("EDUCATION")
    document.add_paragraph("2020\tPh.D. in Economics, University of Michigan-Ann Arbor")
    path = tmp_path / "long_employer.docx"
    document.save(str(path))
    assert _positions(path) == [
        (
            "Assistant Professor",
            "National School of Development/Institute of South-South Cooperation and "
            "Development, Peking University",
            "2020-01",
            "",
        )
    ]


def test_dates_over_a_long_title_over_its_employer(tmp_path: Path) -> None:
    """A title of ten words, every one capitalised but the joining ones, under dates alone is
    the entry's first name line, not a line of description."""
    path = _resume(
        tmp_path,
        [
            [
                "Jul 2020 – Sep 2020",
                "Particle Physics Research Internship in Modelling and Data Science",
                "NA62 @ CERN, Geneva, Switzerland",
            ],
        ],
    )
    assert _positions(path) == [
        (
            "Particle Physics Research Internship in Modelling and Data Science",
            "NA62 @ CERN",
            "2020-07",
            "Geneva, Switzerland",
        )
    ]


def test_a_title_over_an_employer_and_its_town_over_the_dates(tmp_path: Path) -> None:
    """ "Data Engineer" over "Region Skåne, Lund" over the dates: the role over the employer
    and its town, not "Region Skåne, Lund" read alone as a title and an employer."""
    document = docx.Document()
    document.add_paragraph("Omar Haddad")
    document.add_paragraph("WORK EXPERIENCE")
    for head in (
        ["Analyst", "Tetra Pak, Malmö", "2020-01 - 2023-05"],
        ["Data Engineer", "Region Skåne, Lund", "2023-06 - Present"],
    ):
        for text in head:
            document.add_paragraph(text)
        document.add_paragraph("Kept the weekly reports on time", style="List Bullet")
    path = tmp_path / "stacked.docx"
    document.save(str(path))
    assert [p[:3] for p in _positions(path)] == [
        ("Analyst", "Tetra Pak", "2020-01"),
        ("Data Engineer", "Region Skåne", "2023-06"),
    ]


def test_a_list_of_summers_over_or_under_a_title_and_its_employer(tmp_path: Path) -> None:
    """ "Summer 2019, 2020, 2021" is one range, to the last year listed: none of its years is
    left over as a title or an employer, above the job's two lines or under them."""
    for heads in (
        [["Summer 2019, 2020, 2021", "3x Software Engineering Intern", "Corvell"]],
        [["3x Software Engineering Intern", "Corvell", "Summer 2019, 2020, 2021"]],
    ):
        path = _resume(tmp_path, heads)
        assert _positions(path) == [("3x Software Engineering Intern", "Corvell", "2019-06", "")]
        assert [f"{p.end:%Y}" for p in import_file(path).positions] == ["2021"]


def test_a_post_named_like_a_heading_beside_its_dates_is_a_title(tmp_path: Path) -> None:
    """ "Research Internship <tab> dates" names one post, not the section in a left margin."""
    path = _resume(
        tmp_path,
        [["Research Internship\tJul 2020 – Sep 2020", "Halden Labs, Geneva, Switzerland"]],
    )
    assert _positions(path) == [
        ("Research Internship", "Halden Labs", "2020-07", "Geneva, Switzerland")
    ]


def test_a_long_title_ended_by_its_dates_does_not_run_on_into_the_employer(
    tmp_path: Path,
) -> None:
    """A Word paragraph whose dates a tab sets after the title ends there: the bold employer
    under it is the next paragraph, not the rest of a title that ran into the margin."""
    title = "Particle Physics Research Internship in Modelling and Data Science"
    path = _resume(
        tmp_path, [[f"{title}\tJul 2020 – Sep 2020", "NA62 @ CERN, Geneva, Switzerland"]]
    )
    assert _positions(path) == [(title, "NA62 @ CERN", "2020-07", "Geneva, Switzerland")]


def test_a_co_role_is_a_title_not_a_company(tmp_path: Path) -> None:
    """ "Co-Editor" names a role: its "Co" is a prefix, not a company's "& Co"."""
    path = _resume(tmp_path, [["2016 – Present", "Co-Editor", "Psephography"]])
    assert _positions(path) == [("Co-Editor", "Psephography", "2016-01", "")]
