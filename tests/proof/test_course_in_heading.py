"""A teaching post written "Title, Course code: Course name, School (N=class size)" in one
heading (an academic CV saved by Word; made up): the school is the employer, not the course."""

from __future__ import annotations

from levelset.proof.title_company import split_title_company


def test_a_course_between_the_title_and_the_school_is_no_employer() -> None:
    assert split_title_company("Teaching Assistant, CSE 130: Compilers, Kestrel University") == (
        "Teaching Assistant",
        "Kestrel University",
    )
    assert split_title_company("Tutor, MATH 101: Calculus, Tallgrass College (N=40)") == (
        "Tutor",
        "Tallgrass College (N=40)",
    )
