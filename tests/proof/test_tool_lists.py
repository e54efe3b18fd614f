"""A list of the tools used, beside a title ("Data Architect | .NET, Blazor, TOGAF") or under
it, is neither the employer nor the place, nor a heading line of the entry below. Written after
two résumés of the tuning part (2026-12-05zm, 2026-12-05zn); the lines are made up."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.line_kinds import tool_list
from levelset.proof.lines import Line


def _read(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    lines = [
        Line(i, text, "page 1", dates, place) for i, (text, dates, place) in enumerate(rows, 1)
    ]
    return [(p.title, p.company, p.location) for p in parse_resume(lines, "cv.pdf").positions]


def test_tools_beside_the_title_over_the_employer() -> None:
    rows = [
        ("EXPERIENCE", "", ""),
        ("Postman, Figma, Visio, LLVM Toolchain", "", ""),  # a skills column's last line
        (
            "Data Architect | .NET, Blazor, AI Agents, Data Modeling, TOGAF",
            "Nov 2025 - Present",
            "",
        ),
        ("Canada Revenue Agency (CRA)", "", "Ottawa, ON"),
        ("• Built the agents that check the quality of payroll data.", "", ""),
        ("Software Engineer Intern | Vue.js, TypeScript, GraphQL, LINQ", "May 2025 - Oct 2025", ""),
        ("Statistics Canada", "", "Ottawa, ON"),
        ("• Moved forty GraphQL endpoints to REST.", "", ""),
    ]
    assert _read(rows) == [
        ("Data Architect", "Canada Revenue Agency (CRA)", "Ottawa, ON"),
        ("Software Engineer Intern", "Statistics Canada", "Ottawa, ON"),
    ]


def test_tools_under_a_title_name_no_employer() -> None:
    rows = [
        ("EXPERIENCE", "", ""),
        ("Jan 2025 – Present", "", ""),
        ("Independent Developer", "", ""),
        ("ChatGPT, Claude API, Python, Async Programming, CLI Tooling", "", ""),
        ("• Wrote a command-line tool that checks generated code against its plan.", "", ""),
    ]
    assert _read(rows) == [("Independent Developer", "", "")]


def test_what_reads_as_a_list_of_tools() -> None:
    assert tool_list("HTML, CSS, Photoshop, Dreamweaver, Microsoft Office, SEO")
    assert tool_list("Microsoft SQL Server, LINQ, REST API’s, Azure")
    assert not tool_list("Python, SQL, Docker")  # three: perhaps a title, a team, a company
    assert not tool_list("Acme, Inc., San Francisco, CA")
    assert not tool_list("Brooklyn, New York, NY, USA")
    assert not tool_list("Kellogg, Hansen, Todd, Figel & Frederick, P.L.L.C. (Washington, D.C.)")
    assert not tool_list("H-E-B, San Antonio, TX — Analyst, Pricing")
    assert not tool_list("Physics, Optics, Lasers, Villigen")  # nothing written like a tool
    assert not tool_list("Co-Founder, CEO, CTO, Product Lead")  # titles
