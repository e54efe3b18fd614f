"""Word résumés' heads seen in batch 2026-12-07d's tuning half, on documents made here with
python-docx: the employer's line with its place after tabs and the work mode in brackets
("Bangalore, India (Remote)"); an academic post written "Title, Unit, Unit, Institution"
(the employer is the institution named last); "Title at the Centre for ...", whose article
in lower case is no part of the employer's name."""

from __future__ import annotations

from pathlib import Path

from levelset.proof.title_company import split_title_company
from tests.proof.test_docx_heads import _read


def test_a_place_after_tabs_keeps_its_work_mode(tmp_path: Path) -> None:
    found = _read(
        tmp_path / "cv.docx",
        [
            "Rhea Kapoor",
            "Experience",
            "\t\tStaff Engineer\t\tMarch 2023 – Present",
            "\t\tLumen Ledger\t\t        Pune, India (Remote)",
            "- Led the payments platform team of six engineers",
            "\t\tSoftware Engineer\t\tJune 2019 – February 2023",
            "\t\tOrbit Freight\t\t        Chennai, India (Hybrid)",
            "- Built the routing service for the dispatch team",
            "Education",
        ],
    )
    assert found == [
        ("Staff Engineer", "Lumen Ledger", "2023-03", "Pune, India (Remote)"),
        ("Software Engineer", "Orbit Freight", "2019-06", "Chennai, India (Hybrid)"),
    ]


def test_the_institution_named_last_employs_the_title_before_its_units() -> None:
    assert split_title_company(
        "Associate Professor, Department of Soil Science, College of Agriculture, "
        "Kellerman State University"
    ) == ("Associate Professor", "Kellerman State University")
    assert split_title_company(
        "Lecturer, School of Music, Theory, and Composition; member, Arts Cluster, "
        "Northfield University"
    ) == ("Lecturer", "Northfield University")


def test_a_unit_alone_after_the_title_is_still_the_employer() -> None:
    # two parts only: nothing is named after the unit, so the unit stays the employer
    assert split_title_company("Research Fellow, Institute for Fire Safety") == (
        "Research Fellow",
        "Institute for Fire Safety",
    )


def test_the_lower_case_article_after_at_is_not_the_employers_name() -> None:
    assert split_title_company(
        "Research Associate at the Center for Coastal Studies, Marlow University"
    ) == ("Research Associate", "Center for Coastal Studies, Marlow University")
    assert split_title_company("Cashier at The Corner Market") == ("Cashier", "The Corner Market")
