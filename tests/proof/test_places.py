"""The place of an entry, kept where a template writes it on the company line."""

from __future__ import annotations

from levelset.proof.headers import place_part, without_place
from levelset.proof.importers.text import Line, parse_resume


def test_a_city_after_a_title_and_a_company() -> None:
    assert without_place("Senior Machine Learning Engineer, Peak AI, Manchester") == (
        "Senior Machine Learning Engineer, Peak AI",
        "Manchester",
    )
    assert without_place("ML Engineer, Acme, Search Team") == ("ML Engineer, Acme, Search Team", "")


def test_a_city_and_its_state_beside_a_company() -> None:
    assert place_part("Nexus AI – San Francisco, CA") == "San Francisco, CA"
    assert place_part("Co-Founder & CTO, Nexus AI – San Francisco, CA") == "San Francisco, CA"
    assert place_part("Nexus AI – Co-Founder") == ""


def _first(*texts: tuple[str, str]) -> tuple[str, str, str]:
    lines = [Line(1, "Experience")] + [
        Line(i, text, dates=dates) for i, (text, dates) in enumerate(texts, start=2)
    ]
    position = parse_resume(lines, "cv.pdf").positions[0]
    return position.title, position.company, position.location or ""


def test_the_place_on_the_company_line_is_kept() -> None:
    found = _first(
        ("Nexus AI – San Francisco, CA", "June 2023 – present"), ("Co-Founder & CTO", "")
    )
    assert found == ("Co-Founder & CTO", "Nexus AI", "San Francisco, CA")


def test_the_place_after_title_and_company_is_kept() -> None:
    found = _first(("Senior Machine Learning Engineer, Peak AI, Manchester", "2021–present"))
    assert found == ("Senior Machine Learning Engineer", "Peak AI", "Manchester")


def test_the_place_beside_the_company_under_the_heading_is_kept() -> None:
    lines = [
        Line(1, "Experience"),
        Line(2, "Senior Data Scientist", dates="Jan 2022 – Present"),
        Line(3, "Klarna", place="Stockholm, Sweden"),
        Line(4, "• Built the credit-risk model; cut losses by 12%."),
        Line(5, "Machine Learning Engineer", dates="Aug 2019 – Dec 2021"),
        Line(6, "Spotify, Stockholm, Sweden"),
        Line(7, "• Shipped the podcast ranking model to 40 markets."),
    ]
    positions = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company, p.location) for p in positions] == [
        ("Senior Data Scientist", "Klarna", "Stockholm, Sweden"),
        ("Machine Learning Engineer", "Spotify", "Stockholm, Sweden"),
    ]


def test_a_team_after_the_company_is_no_place() -> None:
    # a capitalised common word after a title and a company is a team or product, not a city
    assert _first(("ML Engineer, Stripe, Payments", "2021–present")) == (
        "ML Engineer",
        "Stripe",
        "",
    )
    assert _first(("Software Engineer, Google, Search", "2021–present"))[2] == ""
    assert _first(("Data Engineer, Airbnb, Growth", "2021–present"))[2] == ""
    assert without_place("Software Engineer, Microsoft, Azure")[1] == ""


def test_a_town_after_the_company_is_still_its_place() -> None:
    # a name WordNet does not know (Walldorf), a known city that is also a word (Reading)
    assert _first(("Developer, SAP, Walldorf", "2021–present"))[2] == "Walldorf"
    assert _first(("Data Scientist, Acme, Reading", "2021–present"))[2] == "Reading"
    assert _first(("Engineer, Acme, Lake Oswego", "2021–present"))[2] == "Lake Oswego"
