"""The mock call: the recruiter's next line follows the user's answers; each answer is scored.

Pure and deterministic: the same case, settings and answers give the same session. A
concession opens a follow-up push (up to the difficulty's allowance); a clear trade or a held
line moves the call on to the next pushback on the agenda.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from levelset.narrative import NarrativeScore, Stage, score_message
from levelset.practice.answers import Stance, better_line, concession_phrase, stance
from levelset.practice.case import Case
from levelset.practice.script import LINES, PRESSES, ROUNDS, Difficulty, Pushback

AGENDA = (Pushback.BAND, Pushback.EQUITY, Pushback.DEADLINE, Pushback.LEVEL, Pushback.SILENCE)
CONCESSION_CAP = 35  # a move that gives ground scores at most this, however well it is worded
UNNAMED = 20  # saying nothing when asked for your number leaves the recruiter to name it
WAITED = 80  # letting the recruiter's silence sit, or restating calmly into it
_QUIET = {"", "...", "(silence)", "(wait)", "(pause)", "(say nothing)"}


@dataclass(frozen=True)
class Settings:
    difficulty: Difficulty = Difficulty.NORMAL
    seed: int = 0


@dataclass(frozen=True)
class Turn:
    """One recruiter line and which pushback it is."""

    kind: Pushback
    line: str


@dataclass(frozen=True)
class Move:
    """The recruiter's line, the user's answer and how it scored."""

    turn: Turn
    answer: str
    stance: Stance
    score: int
    narrative: NarrativeScore | None
    costly: str  # the phrase (or the gap) that cost most
    better: str  # a stronger line from the user's own anchor and proof

    def to_dict(self) -> dict[str, object]:
        findings = self.narrative.to_dict()["findings"] if self.narrative else []
        return {
            "kind": self.turn.kind.value,
            "recruiter": self.turn.line,
            "answer": self.answer,
            "stance": self.stance.value,
            "score": self.score,
            "costly_phrase": self.costly,
            "better_line": self.better,
            "findings": findings,
        }


def agenda(settings: Settings) -> tuple[Pushback, ...]:
    """The pushbacks this session will use, in order: the number question first."""
    rng = random.Random(f"agenda:{settings.seed}:{settings.difficulty.value}")
    return (Pushback.NUMBER, *rng.sample(AGENDA, ROUNDS[settings.difficulty]))


def next_turn(case: Case, settings: Settings, moves: Sequence[Move]) -> Turn:
    """The recruiter's next line; a CLOSE turn means the call is over."""
    kind = _next_kind(settings, moves)
    used = {m.turn.line for m in moves}
    choices = [case.fill(line) for line in LINES[kind]]
    fresh = [line for line in choices if line not in used] or choices
    rng = random.Random(f"line:{settings.seed}:{kind.value}:{len(moves)}")
    return Turn(kind, rng.choice(fresh))


def _next_kind(settings: Settings, moves: Sequence[Move]) -> Pushback:
    plan = agenda(settings)
    presses = sum(1 for m in moves if m.turn.kind is Pushback.PRESS)
    if moves and moves[-1].stance is Stance.CONCEDE and presses < PRESSES[settings.difficulty]:
        return Pushback.PRESS
    done = sum(1 for m in moves if m.turn.kind is not Pushback.PRESS)
    return plan[done] if done < len(plan) else Pushback.CLOSE


def answer(case: Case, turn: Turn, text: str, earlier: Sequence[Move] = ()) -> Move:
    """Score the user's answer to `turn` at once."""
    text = text.strip()
    kind = turn.kind if turn.kind is not Pushback.PRESS else Pushback.BAND
    better = better_line(case, kind)
    if text.lower() in _QUIET:  # holding the line with silence works, except for a number
        if turn.kind is Pushback.NUMBER:
            return Move(turn, text, Stance.HOLD, UNNAMED, None, "(no number named)", better)
        return Move(turn, text, Stance.HOLD, WAITED, None, "", better)
    scored = score_message(
        text,
        Stage.ANCHOR if turn.kind is Pushback.NUMBER else Stage.HOLD,
        prior_numbers=(case.anchor,) if case.anchor else (),
        prior_messages=tuple(m.answer for m in earlier),
    )
    given = stance(case, text)
    points = min(scored.score, CONCESSION_CAP) if given is Stance.CONCEDE else scored.score
    return Move(turn, text, given, points, scored, _costly(scored, given, text), better)


def _costly(scored: NarrativeScore, given: Stance, text: str) -> str:
    gave = concession_phrase(text) if given is Stance.CONCEDE else None
    if gave:
        return gave
    spent = [f for f in scored.findings if f.kind == "cost" and f.span.text.strip()]
    if spent:
        return spent[0].span.text.strip()
    if scored.findings:
        return scored.findings[0].message
    return "gave ground" if given is Stance.CONCEDE else ""


@dataclass(frozen=True)
class Session:
    """A finished rehearsal: transcript, the scores by move, and the one thing to fix."""

    case: Case
    settings: Settings
    moves: tuple[Move, ...]
    closing: str

    @property
    def score(self) -> int:
        if not self.moves:
            return 0
        return round(sum(m.score for m in self.moves) / len(self.moves))

    @property
    def concessions(self) -> int:
        return sum(1 for m in self.moves if m.stance is Stance.CONCEDE)

    @property
    def fix_next(self) -> str:
        return fix_next(self.case, self.moves)

    def transcript(self) -> list[str]:
        lines: list[str] = []
        for move in self.moves:
            lines += [f"Recruiter: {move.turn.line}", f"You: {move.answer or '(silence)'}"]
        return [*lines, f"Recruiter: {self.closing}"]

    def to_dict(self) -> dict[str, object]:
        return {
            "company": self.case.company,
            "difficulty": self.settings.difficulty.value,
            "seed": self.settings.seed,
            "score": self.score,
            "concessions": self.concessions,
            "fix_next": self.fix_next,
            "moves": [m.to_dict() for m in self.moves],
            "transcript": self.transcript(),
            "case": self.case.to_dict(),
        }


def fix_next(case: Case, moves: Sequence[Move]) -> str:
    """The one thing to change next time: the first concession, else the costliest part."""
    conceded = [m for m in moves if m.stance is Stance.CONCEDE]
    if conceded:
        first = conceded[0]
        anchor = case.money(case.anchor) if case.anchor else "your number"
        return (
            f"You gave ground at \u201c{first.turn.line}\u201d. Restate {anchor} and trade a "
            f"lever instead, for example: {first.better}"
        )
    lost: dict[str, float] = {}
    for move in moves:
        for finding in move.narrative.findings if move.narrative else ():
            lost[finding.component] = lost.get(finding.component, 0.0) + finding.points
    if not lost:
        return "Nothing cost points: rehearse once more at a harder difficulty."
    worst = max(sorted(lost), key=lambda name: lost[name])
    fixes = [
        f.fix for m in moves if m.narrative for f in m.narrative.findings if f.component == worst
    ]
    return f"{_label(worst)}: {fixes[0]}" if fixes else _label(worst)


def _label(name: str) -> str:
    from levelset.narrative import LABELS

    return LABELS.get(name, name)


def rehearse(case: Case, settings: Settings, answers: Sequence[str]) -> Session:
    """Run a whole session from scripted answers (one per recruiter line, in order).

    The call ends at the recruiter's closing line or when the answers run out.
    """
    moves: list[Move] = []
    for text in answers:
        turn = next_turn(case, settings, moves)
        if turn.kind is Pushback.CLOSE:
            return Session(case, settings, tuple(moves), turn.line)
        moves.append(answer(case, turn, text, moves))
    return finish(case, settings, moves)


def finish(case: Case, settings: Settings, moves: Sequence[Move]) -> Session:
    """The session as it stands, closed by the recruiter's next closing line."""
    rng = random.Random(f"close:{settings.seed}:{len(moves)}")
    line = case.fill(rng.choice(LINES[Pushback.CLOSE]))
    return Session(case, settings, tuple(moves), line)
