"""The shape of a bullet's result (a change with its amount, or a level or size with no change)
and other organisations named by name or by spread: signals the learned scorer reads."""

from __future__ import annotations

import pytest

from levelset.proof.learned import _model, read
from levelset.proof.org_reach import org_signals
from levelset.proof.result_shape import shape_signals
from levelset.proof.signals import signals

CHANGED = [
    ("Cut p99 checkout latency from 900 ms to 120 ms.", "Cut p99 checkout latency from 900"),
    ("Brought the median ETL runtime from forty minutes to under five.", "from forty"),
    ("Reduced monthly cloud spend by 18% by rightsizing the batch fleet.", "Reduced"),
    ("Nightly builds now finish in twelve minutes instead of two hours.", "instead of two"),
    ("Shipped a caching layer that made search pages 3x faster.", "3x faster"),
]
LEVEL = [
    ("Built a crack-detection model that achieved 87% accuracy on site photos.", "87% accuracy"),
    ("Maintained 99.95% availability for the scoring API during peak season.", "Maintained"),
]
SIZE = [
    ("Processed 3 TB of clickstream data a day in the nightly pipeline.", "Processed 3"),
    ("Resolved 700+ bugs across the billing code base.", "Resolved 700"),
]


@pytest.mark.parametrize(("text", "words"), CHANGED)
def test_a_change_with_its_amount_is_named_and_nothing_else(text: str, words: str) -> None:
    found = shape_signals(text)
    assert list(found) == ["shape:changed"]
    assert words in found["shape:changed"]


@pytest.mark.parametrize(("text", "words"), LEVEL)
def test_a_level_with_no_change_said_is_a_level(text: str, words: str) -> None:
    found = shape_signals(text)
    assert "shape:changed" not in found
    assert words in found["shape:level_only"]


@pytest.mark.parametrize(("text", "words"), SIZE)
def test_a_count_of_what_the_work_handled_is_a_size(text: str, words: str) -> None:
    found = shape_signals(text)
    assert "shape:changed" not in found
    assert words in found["shape:work_size"]


def test_a_plain_activity_has_no_shape() -> None:
    assert shape_signals("Built the onboarding flow in React and TypeScript.") == {}


def test_organisations_named_by_name_or_spread() -> None:
    made = org_signals("Built the iOS app for American Electric Power and its subsidiaries.")
    assert made["org:made_for_named"] == "app for American Electric Power"
    partner = org_signals("Established an engineering partnership with IKEA for its kitchens.")
    assert partner["org:with_named"] == "partnership with IKEA"
    wide = org_signals("Introduced behaviour-driven testing for department-wide use.")
    assert wide["org:wide"] == "department-wide"
    # a name that opens the bullet is its subject; a tool after "using" is no party
    assert org_signals("Python tooling for data teams, written using Django.") == {}


def test_the_shipped_model_reads_the_new_signals_for_their_verdicts_only() -> None:
    verdicts = _model()["verdicts"]
    assert any(n.startswith("shape:") for n in verdicts["outcome"]["weights"])
    assert any(n.startswith("org:") for n in verdicts["cross_team"]["weights"])
    for name in ("has_metric", "leadership"):
        assert not any(n.startswith(("shape:", "org:")) for n in verdicts[name]["weights"])


def test_a_level_reached_is_no_outcome_and_a_change_is() -> None:
    # RULES.md: "maintained 99.95% availability" describes scale, not change
    level = "Maintained 99.95% availability for the scoring API during the holiday peak."
    assert "shape:level_only" in signals(level)
    assert not read(level)["outcome"].value
    assert read("Reduced the scoring API's p99 latency from 900 ms to 120 ms.")["outcome"].value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Analysed 9,000 loan files, finding that late payers paid 12% higher fees.",
            "finding that",
        ),
        ("Wrote an evaluation that proves that the new ranker beats the old one.", "proves that"),
        ("Concluded that remote triage cut the nurses' call load.", "Concluded that"),
    ],
)
def test_what_an_analysis_found_is_named_a_finding(text: str, words: str) -> None:
    assert shape_signals(text).get("shape:finding") == words


def test_a_change_the_work_made_is_no_finding() -> None:
    assert "shape:finding" not in shape_signals("Cut the nurses' call load by a third.")
