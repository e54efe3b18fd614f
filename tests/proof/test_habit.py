"""A résumé's own heading order decides the headings whose words do not, and OT1 accents."""

from __future__ import annotations

from levelset.proof.glyphs import clean_glyphs
from levelset.proof.habit import FOLLOWED
from levelset.proof.importers.text import Line, parse_resume

STACKED = """Tomás Okafor
Experience
Wellcome Sanger Institute  2019–2024
Staff Scientist
Hinxton
Ocado Technology  2016–2019
Machine Learning Engineer
London
Royal Opera House  2013–2016
Répétiteur
London
"""


def _read(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    lines = [Line(i, t) for i, t in enumerate(text.splitlines(), start=1)]
    return [(p.title, p.company, p.guesses) for p in parse_resume(lines, "cv.pdf").positions]


def test_an_undecided_heading_follows_the_order_of_the_others() -> None:
    *_, opera = _read(STACKED)
    assert opera[:2] == ("Répétiteur", "Royal Opera House")
    assert FOLLOWED in opera[2]


def test_without_decided_headings_the_usual_order_stands() -> None:
    alone = "\n".join(STACKED.splitlines()[:2] + STACKED.splitlines()[8:]) + "\n"
    ((title, company, guesses),) = _read(alone)
    assert FOLLOWED not in guesses and {title, company} == {"Répétiteur", "Royal Opera House"}


def test_accents_drawn_apart_by_old_latex_fonts_are_joined() -> None:
    assert clean_glyphs("R\u00b4ep\u00b4etiteur") == "Répétiteur"
    assert clean_glyphs("M\u00b4edecins Sans Fronti`eres") == "Médecins Sans Frontières"
    assert clean_glyphs("Universit\u00a8at") == "Universität"
    assert clean_glyphs("run `make` first") == "run `make` first"


# Word's "Company – Title" headings beside "Title at Company" ones: "at" sets the order by
# grammar, so those headings show nothing of the order the dashed ones were written in.
DASHED_AND_AT = """Alberto Li
EXPERIENCE
General Electric Oil & Gas – Embedded Systems Summer Intern\tMay 2017 – August 2017
• Developed a debugging system for a monitoring device
Florida Power & Light – Software Engineer Summer Intern\tMay 2016 - August 2016
• Designed and developed an application for Customer Accounting
Teaching Assistant (TA) for ECE 2031: Digital Design Lab at Georgia Tech\tJanuary 2017 – May 2017
• Facilitate a rapid-prototyping lab class
Opportunity Research Scholars Program at Georgia Institute of Technology\tSeptember 2016 – May 2017
• Research in smart sensor packaging
"""


def test_headings_written_with_at_do_not_set_the_order_of_dashed_ones() -> None:
    lines = []
    for number, typed in enumerate(DASHED_AND_AT.splitlines(), start=1):
        text, _, dates = typed.partition("\t")
        lines.append(Line(number, text, "page 1", dates))
    first = parse_resume(lines, "cv.pdf").positions[0]
    assert (first.title, first.company) == (
        "Embedded Systems Summer Intern",
        "General Electric Oil & Gas",
    )
