"""The peer-feedback sheet: the positioning, the ask and three questions for a peer, and the
peer's answers compared with what the user meant to say."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from levelset.playbook.model import Bullets, Paragraph, Playbook, Section, Topic

QUESTIONS = (
    ("heard", "What did you hear? Say my pitch back in one sentence."),
    ("number", "What number do you remember me asking for?"),
    ("pushback", "What would you push back on if you were the recruiter?"),
)


@dataclass(frozen=True)
class PeerSheet:
    person: str
    positioning: str
    ask: str
    made_on: dt.date

    def playbook(self) -> Playbook:
        """The sheet as a one-page document the playbook renderers print (Markdown, PDF)."""
        lines = [f"{i}. {q}" for i, (_, q) in enumerate(QUESTIONS, 1)]
        blank = "\n".join(f"{line}\n\n   ____________________________________\n" for line in lines)
        sections = (
            Section("positioning", "Who I am, in one sentence", (Paragraph(self.positioning),)),
            Section("ask", "What I will ask for", (Paragraph(self.ask),)),
            Section(
                "how",
                "How to use this sheet",
                (
                    Bullets(
                        (
                            "I say my pitch and my ask out loud, once, as on the call.",
                            "You answer the three questions below without looking at this page.",
                            "I compare what you heard with what I meant.",
                        )
                    ),
                ),
            ),
            Section("questions", "Three questions for you", (Paragraph(blank),)),
        )
        return Playbook(
            title="Peer feedback sheet", subtitle="Hear my pitch, then tell me what stuck",
            topic=Topic.NEGOTIATION, person=self.person, made_on=self.made_on,
            sections=sections, sources=(),
        )  # fmt: skip


@dataclass(frozen=True)
class PeerAnswers:
    heard: str
    number: str
    pushback: str

    def compare(self, sheet_ask: str, anchor: str | None) -> dict[str, object]:
        """What was heard against what was meant: did the number land?"""
        remembered = bool(anchor) and _digits(anchor or "") in _digits(self.number)
        return {
            "heard": self.heard,
            "number": self.number,
            "pushback": self.pushback,
            "number_landed": remembered,
            "meant": sheet_ask,
        }


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit()).rstrip("0") or "-"
