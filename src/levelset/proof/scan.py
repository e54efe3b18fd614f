"""The 10-second scan: the line a recruiter reads first, and whether it tells the story.

It passes when one sentence names the target role and a top outcome backed by a number.
"""

from __future__ import annotations

from dataclasses import dataclass

from levelset.patterns import compiled
from levelset.proof.features import Wording, extract
from levelset.proof.model import Materials
from levelset.proof.roles import matches_target
from levelset.proof.scoring import first_sentence, lower_first, opens_with_past_verb

HEADLINE_WORDS = 20  # a headline is read in a glance: a whole 60-word bullet is not one
# where a result's sentence can end early: before its means ("by rebuilding", "using"), its
# next clause (", cutting"; "; and") or a list's next item
_CLAUSE_END = compiled(r"(?:[,;]\s+|\s+(?=(?:by|through|using|via|while|with|and)\s))")


@dataclass(frozen=True)
class Scan:
    """The sentence read first, what it shows, and a suggestion built from the user's own words."""

    line: str | None
    source: str | None
    target_title: str | None
    names_role: bool
    names_outcome: bool
    advice: str
    suggestion: str | None

    @property
    def passed(self) -> bool:
        return self.names_role and self.names_outcome

    def to_dict(self) -> dict[str, object]:
        return {
            "line": self.line,
            "source": self.source,
            "target_title": self.target_title,
            "names_role": self.names_role,
            "names_outcome": self.names_outcome,
            "passed": self.passed,
            "advice": self.advice,
            "suggestion": self.suggestion,
        }


_SENTENCE_END = compiled(r"(?<=[.!?])\s+")


def first_sentences(materials: Materials) -> list[tuple[str, str]]:
    """(source, sentence) for each headline and each summary's first sentence, resume first."""
    found = []
    for doc, text in materials.headlines():
        sentence = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
        found.append((doc.source, sentence))
    return found


def _is_outcome(sentence: str) -> bool:
    features = extract(sentence)
    return features.has_metric and features.wording is Wording.OUTCOME


def scan(materials: Materials, target_title: str | None, top_outcome: str | None) -> Scan:
    """Judge the first lines against the target title; suggest one from the strongest bullet."""
    candidates = first_sentences(materials)
    judged = [
        (source, s, bool(target_title) and matches_target(target_title or "", s), _is_outcome(s))
        for source, s in candidates
    ]
    best = max(judged, key=lambda j: (j[2] and j[3], j[2] or j[3]), default=None)
    suggestion = None
    if target_title and top_outcome:
        outcome = headline(top_outcome)
        suggestion = (  # "who iCML 2022 main conference paper" read as nothing
            f"{target_title} who {lower_first(outcome)}."
            if opens_with_past_verb(outcome)
            else f"{target_title}: {outcome}."
        )
    if best is None:
        return Scan(None, None, target_title, False, False, _advice(False, False, True), suggestion)
    source, line, role, outcome_ok = best
    return Scan(
        line, source, target_title, role, outcome_ok, _advice(role, outcome_ok, False), suggestion
    )


def headline(outcome: str) -> str:
    """The result as a headline: its first sentence, cut at a clause's end so that it keeps
    its first number and stays within HEADLINE_WORDS words where it can."""
    text = first_sentence(outcome.strip())[0].rstrip(" .;,")
    if len(text.split()) <= HEADLINE_WORDS:
        return text
    cuts = [m.start() for m in _CLAUSE_END.finditer(text)]
    numbered = [c for c in cuts if any(ch.isdigit() for ch in text[:c])]
    short = [c for c in numbered if len(text[:c].split()) <= HEADLINE_WORDS]
    if short:
        return text[: short[-1]].rstrip(" ,;")
    return text[: numbered[0]].rstrip(" ,;") if numbered else text


def _advice(role: bool, outcome: bool, empty: bool) -> str:
    if empty:
        return "No headline or summary was found; add one line that names the role and a result."
    if role and outcome:
        return "The first line names the target role and a measured result."
    missing = [
        w
        for w, ok in (("the target role and level", role), ("a measured outcome", outcome))
        if not ok
    ]
    return (
        f"The first line does not show {' or '.join(missing)}; one sentence should name "
        "the target role and level and your best measured outcome."
    )
