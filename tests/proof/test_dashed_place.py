"""An employer and its town set apart by a dash ("Web Developer at Kestrel Sphere, Inc. –
Corbin, KY", a LibreOffice résumé's heading): the town is the place, not part of the
employer's name. The names are made up."""

from __future__ import annotations

from levelset.proof.title_company import split_title_company


def test_a_town_after_a_dash_is_cut_from_the_employer() -> None:
    assert split_title_company("Cook at Tallgrass Pizza – Somerset, KY")[1] == "Tallgrass Pizza"
    assert split_title_company("Web Developer at Kestrel Sphere, Inc. – Corbin, KY") == (
        "Web Developer",
        "Kestrel Sphere Inc.",
    )
