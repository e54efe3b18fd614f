"""Values of a narrative score: stages, spans of text, findings and components."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from levelset.errors import UnknownValue


class Stage(StrEnum):
    """Where in the negotiation the message is sent; each stage weighs the parts differently."""

    ANCHOR = "anchor"
    ASK = "ask"
    HOLD = "hold"
    CONFIRM = "confirm"


def parse_stage(value: str | Stage | None) -> Stage | None:
    """A Stage from its name, None when not given; unknown names raise UnknownValue."""
    if value is None or isinstance(value, Stage):
        return value
    key = value.strip().lower()
    try:
        return Stage(key)
    except ValueError:
        raise UnknownValue("stage", value, [s.value for s in Stage]) from None


@dataclass(frozen=True)
class Span:
    """A piece of the scored text: `text == message[start:end]`. Empty text marks a place."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Finding:
    """A reason the message lost points: where, why, how many points, and how to fix it."""

    component: str
    span: Span
    message: str
    fix: str
    points: float  # points lost on the 0-100 scale (filled in when the score is assembled)
    kind: str = "cost"  # cost: text that hurts; missing: something absent; weak: half there

    def to_dict(self) -> dict[str, object]:
        return {
            "component": self.component,
            "kind": self.kind,
            "span": self.span.to_dict(),
            "message": self.message,
            "fix": self.fix,
            "points": round(self.points, 1),
        }


@dataclass(frozen=True)
class Component:
    """One part of the score: the share of its weight earned and what cost the rest."""

    name: str
    label: str
    weight: float  # points this part is worth on the 0-100 scale at this stage
    earned: float  # 0 .. weight
    applicable: bool
    evidence: tuple[Span, ...]
    findings: tuple[Finding, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "label": self.label,
            "weight": round(self.weight, 1),
            "earned": round(self.earned, 1),
            "applicable": self.applicable,
            "evidence": [s.to_dict() for s in self.evidence],
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass(frozen=True)
class NarrativeScore:
    """The whole result: a 0-100 score, its parts, and every finding with its span."""

    score: int
    stage: Stage | None
    words: int
    components: tuple[Component, ...]
    numbers: tuple[float, ...]  # money amounts found in the message, in order
    notes: tuple[str, ...] = ()  # limits of this score, e.g. a message not in English

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding, biggest cost first, then in text order."""
        every = [f for c in self.components for f in c.findings]
        return tuple(sorted(every, key=lambda f: (-round(f.points, 1), f.span.start)))

    def to_dict(self) -> dict[str, object]:
        return {
            "score": self.score,
            "stage": self.stage.value if self.stage else None,
            "words": self.words,
            "numbers": list(self.numbers),
            "components": {c.name: c.to_dict() for c in self.components},
            "findings": [f.to_dict() for f in self.findings],
            "notes": list(self.notes),
        }
