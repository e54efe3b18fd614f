"""Teaching others is leading them (RULES.md: teaching a course, recitations, a lab's
fundamentals, office hours and lectures for a course), said without a leading verb: "Provided
Spanish lessons to", "Gave weekly lectures", "serve as instructor", "Held recitations". A
teaching assistant's title and a machine taught are not (issue 12: the leave-one-batch-out
leadership misses of the tuning half)."""

from __future__ import annotations

import pytest

from levelset.proof.lead import lead_signals

TAUGHT = [
    ("Provided German lessons to engineers relocating from Brazil.", "Provided German lessons"),
    ("Gave weekly lectures on lab safety and sample handling.", "Gave weekly lectures"),
    ("Teaching evening-school algebra for adult learners.", "Teaching"),
    ("Also serve as instructor at the regional coding bootcamp.", "serve as instructor"),
    ("Algebra and Geometry teacher serving ninth-grade students.", "teacher serving ninth-grade"),
    ("Conducted weekly office hours for the databases course.", "Conducted weekly office hours"),
    ("Held practicum and graded lab reports for Physics II.", "Held practicum"),
    ("Introducing basics of titration and microscopy to first-years.", "Introducing basics of"),
    ("Guiding first-generation high school students through applications.", "Guiding"),
    ("Improved 40 students’ exam scores by a full grade.", "Improved 40 students’ exam scores"),
    ("Designed an onboarding curriculum for new support agents.", "Designed an onboarding"),
]


@pytest.mark.parametrize(("text", "words"), TAUGHT)
def test_teaching_others_is_read_as_leading(text: str, words: str) -> None:
    found = lead_signals(text)
    assert "lead:taught" in found, text
    assert found["lead:taught"].startswith(words)


@pytest.mark.parametrize(
    "text",
    [
        "Teaching assistant for the compilers course.",
        "Taught robots to grasp soft objects with reinforcement learning.",
        "Trained a model that taught itself to play chess.",
        "Served as visiting scholar at the institute.",
        "Received the department's teaching award.",
    ],
)
def test_a_title_or_a_machine_taught_is_no_teaching(text: str) -> None:
    assert "lead:taught" not in lead_signals(text)
