"""A message read once: its sentences, body, amounts and the places where fixes would go."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from levelset.narrative import lexicon
from levelset.narrative.model import Span, Stage
from levelset.narrative.text import Amount, amounts, find_all, sentences, word_count


@dataclass(frozen=True)
class Loss:
    """Part of a component lost: `share` of its weight, tied to a span, with a fix."""

    span: Span
    message: str
    fix: str
    share: float
    kind: str = "cost"


@dataclass(frozen=True)
class Check:
    """What one component check found: evidence that earned points and losses that cost."""

    evidence: tuple[Span, ...] = ()
    losses: tuple[Loss, ...] = ()
    applicable: bool = True


@dataclass(frozen=True)
class Message:
    text: str
    stage: Stage | None
    sentences: tuple[Span, ...]
    body: tuple[Span, ...]  # sentences without the greeting and sign-off lines
    amounts: tuple[Amount, ...]
    prior: tuple[float, ...]
    words: int

    def matches(self, pattern: re.Pattern[str]) -> list[Span]:
        return find_all(pattern, self.text)

    def in_body(self, pattern: re.Pattern[str]) -> list[Span]:
        """Matches inside body sentences only (a greeting can not carry the ask)."""
        return [s for s in self.matches(pattern) if _containing(self.body, s) is not None]

    def sentence_at(self, span: Span) -> Span:
        return _containing(self.sentences, span) or span

    @property
    def body_end(self) -> Span:
        """An empty span where a closing line would be inserted."""
        end = self.body[-1].end if self.body else len(self.text.rstrip())
        return Span(end, end, "")

    @property
    def body_start(self) -> Span:
        start = self.body[0].start if self.body else 0
        return Span(start, start, "")


def _containing(ordered: tuple[Span, ...], span: Span) -> Span | None:
    """The span of `ordered` (sorted, not overlapping) holding span.start; binary search."""
    index = bisect.bisect_right(ordered, span.start, key=lambda s: s.start) - 1
    if index >= 0 and span.start < ordered[index].end:
        return ordered[index]
    return None


def read_message(text: str, stage: Stage | None, prior: tuple[float, ...]) -> Message:
    """Split `text` once into the parts every check needs."""
    every = sentences(text)
    framing: dict[tuple[int, int], bool] = {}  # one verdict per line, however many sentences
    body = [s for s in every if not _frame(_line_of(s, text), text, framing)]
    return Message(
        text=text,
        stage=stage,
        sentences=tuple(every),
        body=tuple(body),
        amounts=tuple(amounts(text)),
        prior=prior,
        words=word_count(" ".join(s.text for s in body)),
    )


def _line_of(sentence: Span, text: str) -> tuple[int, int]:
    """Where the line holding a sentence starts and ends."""
    line_end = text.find("\n", sentence.end)
    return text.rfind("\n", 0, sentence.start) + 1, line_end if line_end >= 0 else len(text)


def _frame(line_at: tuple[int, int], text: str, framing: dict[tuple[int, int], bool]) -> bool:
    """A greeting, a sign-off or the short name line under it (one reading per line)."""
    if line_at not in framing:
        framing[line_at] = _frame_line(*line_at, text)
    return framing[line_at]


def _frame_line(line_start: int, line_end: int, text: str) -> bool:
    line = text[line_start:line_end].strip()
    if lexicon.GREETING.match(line) and len(line.split()) <= 4:
        return True
    if lexicon.SIGN_OFF.match(line):
        return True
    previous = text[:line_start].rstrip().rsplit("\n", 1)[-1].strip()
    return bool(lexicon.SIGN_OFF.match(previous)) and len(line.split()) <= 3
