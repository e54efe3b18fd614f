"""Rewrite frames read as English: every verb of the action turned, one sentence per frame."""

from __future__ import annotations

from dataclasses import replace

import pytest

from levelset.proof.features import Wording, extract
from levelset.proof.scoring import scaffold

# the demo's third story (src/levelset/data/demo/stories.yaml): its action and result as one text
STORY = (
    "I mentored them weekly and gave each one a model to own. "
    "Both shipped a model to production within their first six months."
)


def test_a_verb_joined_later_turns_with_the_first() -> None:
    frame = scaffold(STORY, replace(extract(STORY), wording=Wording.ACTIVITY))
    assert frame is not None
    assert "by mentoring them weekly and giving each one a model to own, measured by" in frame


def test_the_sentences_after_the_first_follow_the_frame() -> None:
    frame = scaffold(STORY, replace(extract(STORY), wording=Wording.ACTIVITY))
    assert frame is not None and frame.endswith(
        ". Both shipped a model to production within their first six months"
    )


def test_a_result_of_its_own_comes_first_and_the_work_after_it() -> None:
    frame = scaffold(STORY, replace(extract(STORY), wording=Wording.OUTCOME))
    assert frame == (
        "Both shipped a model to production within their first six months after I mentored them"
        " weekly and gave each one a model to own, measured by [metric: before -> after, %, time"
        " or money saved]"
    )


@pytest.mark.parametrize(
    ("text", "turned"),
    [
        ("Built the loader, wrote its tests and shipped it.", "writing its tests and shipping it"),
        ("Took over the sales dashboards and kept them running.", "and keeping them running"),
        ("Owned the bug: reproduced it, found the race, and shipped the fix.", "finding the race"),
        ("Defined and prioritized requirements, and coordinated releases.", "and coordinating"),
    ],
)
def test_every_verb_of_the_list_is_turned(text: str, turned: str) -> None:
    frame = scaffold(text, replace(extract(text), wording=Wording.ACTIVITY))
    assert frame is not None and turned in frame, frame


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Built a tested and documented API for billing.", "a tested and documented API"),
        ("Designed dashboards and automated testing for the team.", "and automated testing"),
        ("Built a parser and deployed on AWS.", "and deployed on AWS"),
        ("Built the tool that analysts opened and trusted every day.", "opened and trusted"),
        ("Wrote records of projects assigned and completed, and budgets.", "and completed, and"),
    ],
)
def test_a_past_participle_that_names_a_thing_is_kept(text: str, kept: str) -> None:
    frame = scaffold(text, replace(extract(text), wording=Wording.ACTIVITY))
    assert frame is not None and kept in frame, frame


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Worked for the U.S. Army on logistics.", "U.S. Army on logistics, measured by"),
        ("Surveyed clinics with Dr. Smith for the county.", "Dr. Smith for the county, measured"),
    ],
)
def test_a_short_form_ends_no_sentence(text: str, kept: str) -> None:
    frame = scaffold(text, replace(extract(text), wording=Wording.ACTIVITY))
    assert frame is not None and kept in frame, frame


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # a label that names something is kept after the action, in its case
        (
            "Apache Beam: built a streaming connector for Kafka topics.",
            "by building a streaming connector for Kafka topics (Apache Beam)",
            "apache Beam",
        ),
        # a label of ordinary words is dropped, the action turned
        (
            "Platform work: Built the deploy pipeline for the search team.",
            "by building the deploy pipeline for the search team,",
            "platform work",
        ),
        # a description names what the work was for, and asks what was done
        (
            "Nostos: an open-source command-line tool that syncs dotfiles across machines.",
            "by [what you did for] Nostos, an open-source command-line tool",
            "nostos:",
        ),
        ("Apache Beam connector for Kafka topics.", "Apache Beam connector", "apache Beam"),
    ],
)
def test_names_keep_their_case_and_a_label_is_kept_or_dropped(
    text: str, kept: str, gone: str
) -> None:
    frame = scaffold(text, replace(extract(text), wording=Wording.ACTIVITY))
    assert frame is not None and kept in frame and gone not in frame, frame
