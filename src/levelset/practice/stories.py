"""The interview story drill: the stories a target level asks for, each answer timed by its
word count and scored for situation, the user's own call, the result and a metric."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from levelset.patterns import compiled

WORDS_PER_MINUTE = 140  # an unhurried speaking pace
SHORTEST, LONGEST = 120, 330  # about 50 seconds to 2.5 minutes spoken


@dataclass(frozen=True)
class Prompt:
    key: str
    ask: str
    cues: tuple[str, ...]  # words a bullet on this theme tends to use


BASE = (
    Prompt("scope", "Tell me about the largest piece of work you owned end to end.",
           ("owned", "led", "launched", "built", "shipped", "end to end", "platform")),
    Prompt("hard_call", "Walk me through a hard technical decision you made, and the option "
           "you turned down.", ("chose", "decided", "designed", "migrated", "trade", "latency")),
    Prompt("influence", "Describe a time you led people who did not report to you.",
           ("led", "aligned", "mentored", "teams", "cross", "drove", "partnered")),
    Prompt("failure", "Tell me about something that failed, and what you changed afterwards.",
           ("failed", "incident", "rollback", "postmortem", "outage", "lesson", "fixed")),
)  # fmt: skip
ORG = Prompt(
    "org_impact", "What changed across the organisation because of you, beyond your own team?",
    ("org", "company", "adopted", "standard", "teams", "roadmap", "strategy"),
)  # fmt: skip
_SENIOR_UP = compiled(r"staff|principal|distinguished|\b[le][6-9]\b|\bic[6-9]\b", re.I)
_JUNIOR = compiled(r"junior|entry|\b[le][1-3]\b|\bic[1-2]\b", re.I)

_SITUATION = compiled(
    r"\b(when|our|the team|we had|at the time|back in|the problem|"
    r"customers?|users?|was (slow|failing|broken|late))\b",
    re.I,
)
_OWN_CALL = compiled(
    r"\bI (decided|chose|proposed|pushed|designed|built|wrote|led|owned|"
    r"argued|convinced|made the call|picked|set|changed|rewrote|started)\b"
)
_RESULT = compiled(
    r"\b(as a result|result|so that|which|cut|reduced|increased|improved|"
    r"saved|shipped|launched|grew|dropped|doubled|halved|now)\b",
    re.I,
)
_METRIC = compiled(r"\d+(\.\d+)?\s*(%|percent|x\b|ms\b|k\b|m\b|hours?|days?|weeks?|users|"
                     r"million|people|engineers|teams)|[$€£]\s?\d", re.I)  # fmt: skip


def prompts_for(level: str) -> tuple[Prompt, ...]:
    """The stories the target level needs: fewer for junior roles, one more from staff up."""
    if _SENIOR_UP.search(level):
        return (*BASE, ORG)
    if _JUNIOR.search(level):
        return (BASE[0], BASE[1], BASE[3])
    return BASE


@dataclass(frozen=True)
class StoryScore:
    prompt: Prompt
    answer: str
    words: int
    seconds: int
    parts: dict[str, bool]  # situation, own_call, result, metric
    score: int
    borrow: str | None  # the strongest proof bullet to borrow from
    advice: str

    def to_dict(self) -> dict[str, object]:
        return {
            "story": self.prompt.key,
            "question": self.prompt.ask,
            "answer": self.answer,
            "words": self.words,
            "seconds": self.seconds,
            "parts": dict(self.parts),
            "score": self.score,
            "borrow": self.borrow,
            "advice": self.advice,
        }


def score_story(prompt: Prompt, answer: str, bullets: Sequence[str] = ()) -> StoryScore:
    """Score one spoken story: 25 points per part present, less 10 when too short or long."""
    words = len(answer.split())
    parts = {
        "situation": bool(_SITUATION.search(answer)),
        "own_call": bool(_OWN_CALL.search(answer)),
        "result": bool(_RESULT.search(answer)),
        "metric": bool(_METRIC.search(answer)),
    }
    timing_off = words < SHORTEST or words > LONGEST
    score = max(0, 25 * sum(parts.values()) - (10 if timing_off else 0))
    borrow = strongest_bullet(prompt, bullets)
    seconds = round(words * 60 / WORDS_PER_MINUTE)
    return StoryScore(prompt, answer, words, seconds, parts, score, borrow,
                      _advice(parts, words, borrow))  # fmt: skip


def strongest_bullet(prompt: Prompt, bullets: Sequence[str]) -> str | None:
    """The bullet sharing most of the prompt's cues, a measured one first; None without proof."""

    def rank(text: str) -> tuple[int, int]:
        lowered = text.lower()
        return (sum(cue in lowered for cue in prompt.cues), int(bool(_METRIC.search(text))))

    ranked = sorted(bullets, key=lambda b: rank(b), reverse=True)
    return ranked[0] if ranked else None


_MISSING = {
    "situation": "open with one sentence of situation: who, what was at stake",
    "own_call": "say what you decided, in the first person (\u201cI chose\u2026\u201d)",
    "result": "end on what changed because of it",
    "metric": "put a number on the result",
}


def _advice(parts: dict[str, bool], words: int, borrow: str | None) -> str:
    gaps = [_MISSING[name] for name, there in parts.items() if not there]
    if words < SHORTEST:
        gaps.append(f"say more: {words} words is under a minute spoken")
    elif words > LONGEST:
        gaps.append(f"cut it down: {words} words runs past two and a half minutes")
    if borrow and (not parts["metric"] or not parts["result"]):
        gaps.append(f"borrow from your bullet: \u201c{borrow}\u201d")
    return "; ".join(gaps) if gaps else "complete: situation, your call, the result, a number"


@dataclass(frozen=True)
class Drill:
    level: str
    stories: tuple[StoryScore, ...]

    @property
    def score(self) -> int:
        return round(sum(s.score for s in self.stories) / len(self.stories)) if self.stories else 0

    def to_dict(self) -> dict[str, object]:
        return {
            "level": self.level,
            "score": self.score,
            "stories": [s.to_dict() for s in self.stories],
        }


def drill(level: str, answers: Sequence[str], bullets: Sequence[str] = ()) -> Drill:
    """Score one answer per story the level needs (extra answers are ignored)."""
    chosen = prompts_for(level)
    scored = tuple(score_story(p, a, bullets) for p, a in zip(chosen, answers, strict=False))
    return Drill(level, scored)
