"""Words of leading in another sense (issue 12): a result "driven" ("..., driving higher content
discoverability and engagement"), vehicles driven ("self-driving stacks") and machines trained
("Trained SVM classifiers") lead nobody; founding a laboratory is starting something for others
(levelset.proof.signals, levelset.proof.lead_direction, levelset.proof.lead)."""

from __future__ import annotations

import pytest

from levelset.proof.signals import signals

_LEADING = ("rule:lead_implicit", "lead:drove_work")


@pytest.mark.parametrize(
    "text",
    [
        "Improved search accuracy by 20% through SEO fixes, driving higher content "
        "discoverability and engagement",
        "Launched the partner loan application, driving significant business with $74M funded",
        "Deployed a simulation-based testing framework for Ford's self-driving stacks.",
        "Implemented autonomous driving assist using long range proximity sensors",
        "Trained SVM classifiers to detect a speaker's emotion in real time.",
        "Trained agents using PPO to optimise clustering",
    ],
)
def test_results_vehicles_and_machines_are_not_led(text: str) -> None:
    found = signals(text)
    assert not [n for n in _LEADING if n in found], found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drove adoption of the feature store across the search and ads teams", "lead:drove_work"),
        ("Driving the migration of 40 services to Kubernetes", "lead:drove_work"),
        ("Trained the support team on the new runbooks", "rule:lead_implicit"),
        ("Establishing a research laboratory with a driving simulator", "lead:started"),
    ],
)
def test_work_driven_people_trained_and_a_lab_founded_are_led(text: str, name: str) -> None:
    assert name in signals(text)
