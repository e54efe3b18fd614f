"""A title whose first word names a kind of unit ("Lab Manager", "Office Manager") is still a
title: before an employer it is not read as part of the employer's name."""

from __future__ import annotations

import pytest

from levelset.proof.title_company import split_title_company


@pytest.mark.parametrize(
    ("line", "title", "company"),
    [
        (
            "Lab Manager | Harvard University Music Lab",
            "Lab Manager",
            "Harvard University Music Lab",
        ),
        ("Lab Manager, Harvard University", "Lab Manager", "Harvard University"),
        ("Office Manager — Acme Institute", "Office Manager", "Acme Institute"),
    ],
)
def test_a_title_naming_a_unit_is_not_the_employers_name(
    line: str, title: str, company: str
) -> None:
    assert split_title_company(line) == (title, company)


def test_two_units_are_still_one_employer() -> None:
    assert split_title_company("Lerner Research Institute, Scott Lab") == (
        "",
        "Lerner Research Institute, Scott Lab",
    )
