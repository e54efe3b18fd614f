"""A Word résumé's jobs as "Employer<tab>Town" over "Title<tab>dates": a firm named "X &
Partners" (its last word no role) and a summer job dated "Summer holiday 2014". The names
are made up."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.dates import find_date
from levelset.proof.importing import import_file
from levelset.proof.line_kinds import ends_in_role


def test_a_season_named_with_its_holiday_is_a_date() -> None:
    for text, month in (("Summer holiday 2014", "2014-06"), ("Winter break, 2020", "2020-12")):
        found = find_date(text)
        assert found is not None and f"{found[0].start:%Y-%m}" == month
        assert found[1].group() == text


def test_a_firm_and_its_partners_ends_in_no_role() -> None:
    assert not ends_in_role("Kestrel & Partners")
    assert not ends_in_role("Kestrel and Associates")
    assert ends_in_role("Managing Partner")


def test_the_firm_over_a_summer_job_is_its_employer(tmp_path: Path) -> None:
    document = docx.Document()
    for text, bold in (
        ("Casey Lin", True),
        ("Experience", True),
        ("Tallgrass\tGroningen, Netherlands", True),
        ("Software engineer\t2021 - August 2022", True),
        ("Built the deployment pipeline.", False),
        ("", False),
        ("Kestrel & Partners\tLeek, Netherlands", True),
        ("WarehouseChief\tSummer holiday 2014", True),
        ("Working as a warehouse chief for the soil samples.", False),
    ):
        document.add_paragraph().add_run(text).bold = bold
    document.save(str(tmp_path / "cv.docx"))
    found = [(p.title, p.company) for p in import_file(tmp_path / "cv.docx").positions]
    assert found == [("Software engineer", "Tallgrass"), ("WarehouseChief", "Kestrel & Partners")]
