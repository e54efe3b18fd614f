"""A dated entry is a position only with evidence of a job. A student union named with no
office held in it, over its dates, was read as a job in the tuning half of the résumé corpus
(a Word CV's "Students Union, Department of Psychology"): a student body is no employer, and no
title says a post was held in it.
"""

from __future__ import annotations

from levelset.proof.importers.entry_nonjobs import club_office
from levelset.proof.model import Origin, Position


def test_a_student_union_with_no_office_named_is_no_post() -> None:
    union = Position("", "Students Union, Department of Psychology", Origin("cv.pdf"))
    employer = Position("", "Northfield Imaging Lab", Origin("cv.pdf"))
    assert club_office(union)
    assert not club_office(employer)


def test_an_office_in_a_student_union_is_no_post_either() -> None:
    union = Position("Treasurer", "Students' Union", Origin("cv.pdf"))
    assert club_office(union)
    assert not club_office(Position("Sabbatical Officer", "Northfield Bank", Origin("cv.pdf")))
