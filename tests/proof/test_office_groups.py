"""Forms of real office exports of the tuning part (batch 2026-12-05zo: Google Docs, Word,
Canva, Print to PDF, Pages), on made-up lines: an employer's own span over its roles' dates, a
role with a team or field after its comma or dash, "Title – Employer, City (dates)", a title
with a field over "Employer | years", a bullet without its mark under a title, and a side
column read into the middle of the jobs."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


def _read(rows: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    doc = parse_resume([Line(i, t, "p1", d) for i, (t, d) in enumerate(rows, 1)], "cv.pdf")
    return [(p.title, p.company, str(p.start)[:7], str(p.end)[:7]) for p in doc.positions]


def test_an_employer_span_over_its_roles_is_no_position_and_teams_are_no_employers() -> None:
    got = _read(
        [
            ("EXPERIENCE", ""),
            ("Tallow Learning, Denver, CO", "March 2015 – June 2024"),
            ("Staff Engineer – Payments Team", "May 2021 – June 2024"),
            ("• Moved billing to events.", ""),
            ("Senior Engineer – Media Team", "March 2018 – May 2021"),
            ("• Ran the encoding cluster.", ""),
            ("Engineer II, Video Platform", "March 2015 – March 2018"),
            ("• Wrote the player.", ""),
            ("Quarry Analytics, Boulder, CO", "2012 – 2015"),
            ("Data Analyst", ""),
            ("• Built the reports.", ""),
        ]
    )
    assert got == [
        ("Staff Engineer – Payments Team", "Tallow Learning", "2021-05", "2024-06"),
        ("Senior Engineer – Media Team", "Tallow Learning", "2018-03", "2021-05"),
        ("Engineer II, Video Platform", "Tallow Learning", "2015-03", "2018-03"),
        ("Data Analyst", "Quarry Analytics", "2012-01", "2015-01"),
    ]


def test_a_role_with_a_field_after_its_comma_stays_at_the_employer_above() -> None:
    got = _read(
        [
            ("PROFESSIONAL EXPERIENCE", ""),
            ("Harbor Bancorp", ""),
            ("VP II, Platform Architecture (Apr 2023 – Present)", ""),
            ("Led the architects.", ""),
            ("VP, Cloud & Integration Architecture (Dec 2021 – Apr 2023)", ""),
            ("Moved the mainframe jobs to the cloud.", ""),
            ("Data Scientist, Acme Analytics (Jan 2019 – Dec 2021)", ""),
        ]
    )
    assert got[1] == (
        "VP, Cloud & Integration Architecture",
        "Harbor Bancorp",
        "2021-12",
        "2023-04",
    )
    assert got[2] == ("Data Scientist", "Acme Analytics", "2019-01", "2021-12")


def test_an_employer_and_its_city_after_the_title_dash() -> None:
    got = _read(
        [
            ("Working Experience", ""),
            ("Technical Leader – Lotus Softworks, Ho Chi Minh City (May 2022 - present)", ""),
            ("- Led three teams.", ""),
        ]
    )
    assert got == [("Technical Leader", "Lotus Softworks", "2022-05", "None")]


def test_a_title_with_a_field_over_employer_and_years() -> None:
    got = _read(
        [
            ("Experience", ""),
            ("Regional Sales Executive, Oil & Gas", ""),
            ("Brightline | 2024 - 2025", ""),
            ("• Opened the energy vertical.", ""),
            ("Sales Executive, Berlin", ""),
            ("Stockholm | 2020 - 2023", ""),
        ]
    )
    assert got[0] == ("Regional Sales Executive, Oil & Gas", "Brightline", "2024-01", "2025-01")


def test_a_bullet_without_its_mark_names_no_employer() -> None:
    got = _read(
        [
            ("WORK EXPERIENCE", ""),
            ("Northwind Sdn Bhd", "JAN 2025 - PRESENT"),
            ("Team Lead", ""),
            ("Steered the architecture of the billing stack.", ""),
            ("Full-Stack Developer (Freelancer)", "2018-2022"),
            ("Developed custom web shops using Laravel and", ""),
            ("JavaScript for small firms.", ""),
        ]
    )
    assert got[-1] == ("Full-Stack Developer (Freelancer)", "", "2018-01", "2022-01")


def test_jobs_go_on_after_a_side_column_read_into_them() -> None:
    got = _read(
        [
            ("Work History", ""),
            ("Data Architect", ""),
            ("Larch Systems | Jan 2020 - Present", ""),
            ("• Designed the lake.", ""),
            ("Analytics Manager", ""),
            ("Fennel Data, Pune | Apr 2016 - Dec 2019", ""),
            ("• Ran the warehouse.", ""),
            ("Skills", ""),
            ("Data Lake Architecture, Spark and", ""),
            ("Kafka ecosystem, Snowflake, dbt", ""),
            ("Big Data Engineer, Fennel Retail – Apr 2016 - Aug 2017", ""),
            ("• Built the ingestion jobs.", ""),
            ("Software Engineer", ""),
            ("Sorrel Labs | May 2012 - Mar 2016", ""),
        ]
    )
    assert ("Software Engineer", "Sorrel Labs", "2012-05", "2016-03") in got
    assert ("Big Data Engineer", "Fennel Retail", "2016-04", "2017-08") in got


def test_freelance_before_the_dash_is_no_title() -> None:
    got = _read(
        [
            ("EXPERIENCE", ""),
            ("Kopi Digital - Frontend Engineer", ""),
            ("February 2022 - June 2023", ""),
            ("• Built the store pages.", ""),
            ("Freelancer - Web Developer", ""),
            ("June 2020 - February 2022", ""),
        ]
    )
    assert got[1] == ("Web Developer", "Freelancer", "2020-06", "2022-02")


def test_middle_dot_bullets_close_the_entry_above() -> None:
    got = _read(
        [
            ("Professional Experience", ""),
            ("DATA ANALYST | NORTHWIND SUPPLY | MAY 2022– PRESENT", ""),
            ("· Built the monthly sales reports with SQL", ""),
            ("· Joined the price lists to the orders in SQL to find new clients", ""),
            ("TEAM LEAD | KESTREL PAYMENTS | MAY 2021– APRIL 2022", ""),
            ("· Onboarded the vendors", ""),
        ]
    )
    assert got[1] == ("TEAM LEAD", "KESTREL PAYMENTS", "2021-05", "2022-04")


def test_an_employer_after_at_or_before_a_country_is_no_place() -> None:
    got = _read(
        [
            ("WORK EXPERIENCE", ""),
            (
                "Senior Data Scientist, Infrastructure Technology at Citi, Singapore",
                "Mar 2019-Present",
            ),
            ("• Planned the capacity.", ""),
            ("Project Researcher, Council of Agriculture, Taiwan", "Apr 2017-Jun 2017"),
            ("• Modelled the losses.", ""),
        ]
    )
    assert got == [
        ("Senior Data Scientist, Infrastructure Technology", "Citi", "2019-03", "None"),
        ("Project Researcher", "Council of Agriculture", "2017-04", "2017-06"),
    ]


def test_a_professor_at_four_schools_is_no_list_of_tools() -> None:
    got = _read(
        [
            ("PROFESSIONAL EXPERIENCE", ""),
            ("Director, Harbor Fellowship | Boston, MA", "08/2015–07/2016"),
            (
                "Adjunct Professor, Wheaton College, Bethel University, Regent College, SAIACS",
                "09/2019–08/2022",
            ),
        ]
    )
    assert ("Adjunct Professor", "Wheaton College", "2019-09", "2022-08") in got
