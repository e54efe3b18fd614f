"""Reading the user's answer: did they give ground, trade, or hold? And a better line."""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum

from levelset.narrative.text import amounts
from levelset.practice.case import Case
from levelset.practice.script import Pushback


class Stance(StrEnum):
    CONCEDE = "concede"  # gave ground: dropped the number, accepted, or filled the silence weakly
    TRADE = "trade"  # held the number and offered something in exchange, or asked for a lever
    HOLD = "hold"  # neither: kept the position without a trade


_GIVE = re.compile(
    r"\b(that'?s (fine|ok|okay)|no problem|i understand|i can accept|i'?ll (take|accept)|"
    r"whatever (works|you think)|happy with (that|the current|what)|i guess|"
    r"sure,? (that|we can)|fair enough|i'?m flexible|i don'?t (really )?need|"
    r"sorry|never ?mind|would be nice|if possible|forget (it|the)|it'?s ok|okay then|"
    r"fine by me|any number)\b",
    re.IGNORECASE,
)
_TRADE = re.compile(
    r"\b(if you can|if we can|in exchange|in return|then i can|i can (sign|commit|accept|confirm)"
    r"|sign[- ]?on|signing bonus|equity|rsus?|refresher|start date|relocation|review in|"
    r"(six|6)[- ]month review|level|title|bonus|instead)\b",
    re.IGNORECASE,
)
_YES = re.compile(r"^\s*(yes|yeah|yep|ok|okay|sure|fine|deal)\b", re.IGNORECASE)


def stance(case: Case, text: str) -> Stance:
    """How the answer moves the position: a figure under the anchor or a bare yes concedes."""
    said = [Decimal(str(a.high)) for a in amounts(text)]
    below = (
        case.anchor is not None
        and any(case.offer_base <= figure < case.anchor * Decimal("0.97") for figure in said)
        and not any(figure >= case.anchor * Decimal("0.97") for figure in said)
    )  # quoting their number back while restating yours is not giving ground
    if below or _YES.match(text) or _GIVE.search(text) or not text.strip():
        return Stance.CONCEDE
    if _TRADE.search(text) and (said or case.anchor is None or "if" in text.lower()):
        return Stance.TRADE
    return Stance.HOLD


def concession_phrase(text: str) -> str | None:
    """The words that gave ground, when the answer has them."""
    found = _YES.match(text) or _GIVE.search(text)
    return found.group(0).strip() if found else None


def better_line(case: Case, kind: Pushback) -> str:
    """A line the user could say instead, built from their own anchor, proof and levers."""
    anchor = case.money(case.anchor) if case.anchor else "the number I gave"
    proof = _proof_clause(case)
    lever = case.levers[0] if case.levers else "a sign-on bonus"
    deadline = case.deadline.strftime("%B %-d") if case.deadline else "the end of this week"
    lines = {
        Pushback.NUMBER: f"I'm looking for {anchor} base{_basis(case)}.{proof} "
        f"If we can get there, I'm ready to sign by {deadline}.",
        Pushback.BAND: f"I hear that the band is tight. My number stays {anchor}.{proof} "
        f"If base can't move, can we close the gap with {lever}? Then I can sign by {deadline}.",
        Pushback.EQUITY: f"Understood on the grant table. Then let's keep base at {anchor} and "
        f"add {lever}.{proof} With that I can confirm by {deadline}.",
        Pushback.DEADLINE: f"I want to give you an answer on time. If we agree on {anchor} "
        f"base, I can confirm by {deadline}; can you send the revised offer by then?",
        Pushback.LEVEL: f"I respect the panel's call. The scope I've owned supports more.{proof}"
        f" If the level stays, can we set base at {anchor} and a review in six months?",
        Pushback.SILENCE: f"My number is {anchor}{_basis(case)}. Can you take it to the team "
        f"and come back to me by {deadline}?",
    }
    return lines.get(kind, lines[Pushback.BAND])


def _basis(case: Case) -> str:
    return f", based on {case.basis}" if case.basis else ""


def _proof_clause(case: Case) -> str:
    if not case.proof:
        return ""
    bullet = case.proof[0].rstrip(".")
    return f" In my current role I {_lower_first(bullet)}."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
