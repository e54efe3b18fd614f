"""Training set out like a job (a bootcamp, a training programme) is no position, a job held
in one still is, and no role below takes the training's name for its employer."""

from __future__ import annotations

from levelset.proof.importers.entry_training import is_training
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.model import Position


def _read(text: str) -> list[tuple[str, str]]:
    lines = [Line(i + 1, t, "line") for i, t in enumerate(text.strip().splitlines())]
    return [(p.title, p.company) for p in parse_resume(lines, "cv.txt").positions]


def test_a_programme_whose_text_says_it_was_training_is_no_position() -> None:
    found = _read("""
Ana Lima
Experience
Data Engineer, Tern Systems | March 2022 - Present
- Built the warehouse.
Data Scientist - Acme Next Step Program Acme | March 2021 - October 2021
- Completed an intensive technical training program with three projects.
Analyst, Plover Bank | 2019 - 2021
- Wrote the risk reports.
""")
    assert found == [("Data Engineer", "Tern Systems"), ("Analyst", "Plover Bank")]


def test_a_role_under_a_bootcamp_takes_neither_its_name_nor_the_job_above() -> None:
    found = _read("""
Ana Lima
Experience
Plover Bank
Analyst  2019 - 2021
- Wrote the risk reports.
Le Wagon Coding Bootcamp
Student  Jan 2019 - Mar 2019
- Built a web app in nine weeks.
Senior Analyst  2021 - 2022
- Led the quarterly reports.
""")
    assert found == [("Analyst", "Plover Bank"), ("Senior Analyst", "")]


def _entry(title: str, company: str) -> Position:
    return Position(title, company, None, None, None, False)


def test_jobs_held_in_a_programme_or_a_bootcamp_stay_positions() -> None:
    training = ["Completed the training program's first rotation."]
    assert not is_training(_entry("Teaching Assistant", "Le Wagon Bootcamp"), [])
    assert not is_training(_entry("Lead Instructor", "Data Science Bootcamp"), [])
    assert not is_training(_entry("Analyst", "Graduate Program, Plover Bank"), training)
    assert not is_training(_entry("Software Engineering Intern", "STEP Program"), training)
    # a programme named, but nothing in its text says it was training: a job
    assert not is_training(_entry("Program Analyst", "Acme"), ["Ran the budget reviews."])
    assert not is_training(_entry("Engineer", "Acme Space Program"), ["Built the telemetry."])


def test_a_bootcamp_or_nanodegree_by_name_is_training() -> None:
    assert is_training(_entry("Student", "General Assembly Boot Camp"), [])
    assert is_training(_entry("Machine Learning Nanodegree", "Udacity"), [])
    assert is_training(_entry("Full Stack Developer", "Acme Training Programme"), [])
    cohort = ["Graduated from the 12-week cohort."]
    assert is_training(_entry("Backend Developer", "Acme Academy Program"), cohort)


def test_a_graduate_training_programme_is_a_job() -> None:
    assert not is_training(_entry("Analyst", "Plover Bank Graduate Training Programme"), [])
    assert not is_training(_entry("Engineer", "Leadership Development Program"), [])
