"""The mock call: branching on what the user said, no repeated line, deterministic by seed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from levelset.practice import Case, Difficulty, Pushback, Settings, Stance, rehearse
from levelset.practice.script import LINES

CASE = Case(
    "Northwind Cloud", "USD", Decimal(192000), anchor=Decimal(215000),
    basis="the 75th percentile of the market range", deadline=dt.date(2026, 12, 11),
    proof=("Cut model serving latency by 40% for 3M daily users",), levers=("a sign-on bonus",),
)  # fmt: skip
HOLD = (
    "My number is $215,000 base, based on the 75th percentile for this level. I cut serving "
    "latency 40% for 3M users. If base can't move, a $30,000 sign-on bonus closes the gap and "
    "I can sign by December 11."
)
CONCEDE = "That's fine, I understand. $195k would be okay, I guess."


def test_conceding_at_the_first_pushback_scores_lower_and_changes_the_call() -> None:
    settings = Settings(Difficulty.NORMAL, seed=4)
    holder = rehearse(CASE, settings, [HOLD] * 10)
    conceder = rehearse(CASE, settings, [CONCEDE] + [HOLD] * 10)
    assert conceder.score < holder.score
    assert conceder.transcript() != holder.transcript()
    assert conceder.moves[0].stance is Stance.CONCEDE
    assert conceder.moves[1].turn.kind is Pushback.PRESS  # the concession opened a push
    assert all(m.turn.kind is not Pushback.PRESS for m in holder.moves)  # a trade moves on
    assert "gave ground" in conceder.fix_next and "$215,000" in conceder.fix_next


@pytest.mark.parametrize("difficulty", list(Difficulty))
@pytest.mark.parametrize("seed", range(6))
def test_no_line_repeats_within_a_session(difficulty: Difficulty, seed: int) -> None:
    session = rehearse(CASE, Settings(difficulty, seed), [CONCEDE] * 12)
    said = [m.turn.line for m in session.moves] + [session.closing]
    assert len(said) == len(set(said))
    assert len(session.moves) >= 4


def test_the_same_seed_gives_the_same_session_and_another_seed_another() -> None:
    one = rehearse(CASE, Settings(Difficulty.HARD, 7), [HOLD] * 8)
    assert one.to_dict() == rehearse(CASE, Settings(Difficulty.HARD, 7), [HOLD] * 8).to_dict()
    others = {tuple(rehearse(CASE, Settings(Difficulty.HARD, s), [HOLD] * 8).transcript())
              for s in range(5)}  # fmt: skip
    assert len(others) > 1


def test_harder_calls_have_more_pushbacks() -> None:
    lengths = [len(rehearse(CASE, Settings(d, 1), [HOLD] * 10).moves) for d in Difficulty]
    assert lengths == sorted(lengths) and lengths[0] < lengths[-1]


def test_each_answer_is_scored_with_the_costly_phrase_and_a_better_line_from_the_case() -> None:
    session = rehearse(CASE, Settings(seed=0), ["Sorry, I guess maybe $200k could work?"])
    move = session.moves[0]
    assert move.score <= 35 and move.costly
    assert "$215,000" in move.better and "latency by 40%" in move.better
    assert move.to_dict()["recruiter"] == move.turn.line


def test_the_recruiters_lines_are_filled_from_the_case() -> None:
    session = rehearse(CASE, Settings(Difficulty.HARD, 2), [HOLD] * 10)
    text = " ".join(m.turn.line for m in session.moves)
    assert "{" not in text
    for kind in (Pushback.BAND, Pushback.DEADLINE):
        assert len(LINES[kind]) >= 4


def test_silence_held_scores_well_but_not_when_asked_for_the_number() -> None:
    session = rehearse(CASE, Settings(seed=0), ["(silence)"])
    assert session.moves[0].turn.kind is Pushback.NUMBER and session.moves[0].score <= 20
