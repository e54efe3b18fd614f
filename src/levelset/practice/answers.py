"""Reading the user's answer: did they give ground, trade, or hold? And a better line."""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum

from levelset.narrative.text import amounts
from levelset.patterns import compiled
from levelset.practice.case import Case
from levelset.practice.script import Pushback


class Stance(StrEnum):
    CONCEDE = "concede"  # gave ground: dropped the number, accepted, or filled the silence weakly
    TRADE = "trade"  # held the number and offered something in exchange, or asked for a lever
    HOLD = "hold"  # neither: kept the position without a trade


_GIVE = compiled(  # giving ground, whatever else the answer says
    r"\b(no problem|no worries|i can accept|i'?ll (take|accept|drop|leave|go with)|"
    r"whatever|happy with (that|the current|what)|i guess|i suppose|sure,? we can|"
    r"i'?m flexible|i don'?t (really )?need|sorry|never ?mind|would be nice|if possible|"
    r"forget (it|the)|fine by me|any number)\b",
    re.IGNORECASE,
)
_ACKNOWLEDGE = compiled(  # hearing the recruiter out: giving ground only when nothing follows
    r"^\s*(yes|yeah|yep|ok|okay|sure|fine|deal|alright|right|got it|understood)\b|"
    r"\b(i understand|i see|i hear you|fair enough|that'?s (fine|ok|okay)|it'?s ok|okay then)\b",
    re.IGNORECASE,
)
_POSITION = compiled(  # the user's own position, stated after hearing the recruiter out
    r"\b(my number|i'?m (still|staying|asking|looking)|i still|i (need|want)|i'?ll need|"
    r"i'?d (need|want|ask|like)|where i need)\b",
    re.IGNORECASE,
)
_TRADE = compiled(
    r"\b(if you can|if we can|in exchange|in return|then i can|i can (sign|commit|accept|confirm)"
    r"|sign[- ]?on|signing bonus|equity|rsus?|refresher|start date|relocation|review in|"
    r"(six|6)[- ]month review|level|title|bonus|instead)\b",
    re.IGNORECASE,
)
_CONDITION = compiled(  # a commitment or an ask tied to something in exchange
    r"\b(if|as long as|provided|assuming|once|in that case|with that|then)\b|\?", re.IGNORECASE
)
_COMMIT = compiled(
    r"\bi (can|will|'ll|'m ready to|am ready to) (sign|commit|confirm|accept|answer|decide)\b",
    re.IGNORECASE,
)
_YES = compiled(r"^\s*(yes|yeah|yep|ok|okay|sure|fine|deal)\b", re.IGNORECASE)
_HOLD_AT = Decimal("0.97")  # a figure this close to the anchor restates it


def stance(case: Case, text: str) -> Stance:
    """How the answer moves the position: a figure under the anchor, a phrase that gives
    ground, or a bare acknowledgement concedes; an acknowledgement followed by the user's own
    position, the anchor restated or a lever asked for does not."""
    said = [Decimal(str(a.high)) for a in amounts(text)]
    anchor = case.anchor
    restated = anchor is not None and any(f >= anchor * _HOLD_AT for f in said)
    below = (
        anchor is not None
        and any(case.offer_base <= f < anchor * _HOLD_AT for f in said)
        and not restated
    )  # quoting their number back while restating yours is not giving ground
    lever = bool(_TRADE.search(text))
    conditional = bool(_CONDITION.search(text))
    held = restated or bool(_POSITION.search(text)) or (lever and conditional)
    if below or _GIVE.search(text) or not text.strip():
        return Stance.CONCEDE
    if _ACKNOWLEDGE.search(text) and not held:
        return Stance.CONCEDE
    if lever and (said or anchor is None or conditional):
        return Stance.TRADE
    if restated and conditional and _COMMIT.search(text):
        return Stance.TRADE  # "as long as it reaches $215,000, I can sign"
    return Stance.HOLD


def concession_phrase(text: str) -> str | None:
    """The words that gave ground, when the answer has them."""
    found = _GIVE.search(text) or _YES.match(text) or _ACKNOWLEDGE.search(text)
    return found.group(0).strip() if found else None


def better_line(case: Case, kind: Pushback) -> str:
    """A line the user could say instead, built from their own anchor, proof and levers."""
    anchor = case.money(case.anchor) if case.anchor else "the number I gave"
    proof = _proof_clause(case)
    lever = case.levers[0] if case.levers else "a sign-on bonus"
    deadline = case.deadline.strftime("%B %-d") if case.deadline else "the end of this week"
    lines = {
        Pushback.NUMBER: f"I'm looking for {anchor} base.{_basis(case)}{proof} "
        f"If we can get there, I'm ready to sign by {deadline}.",
        Pushback.BAND: f"I hear that the band is tight. My number stays {anchor}.{proof} "
        f"If base can't move, can we close the gap with {lever}? Then I can sign by {deadline}.",
        Pushback.EQUITY: f"Understood on the grant table. Then let's keep base at {anchor} and "
        f"add {lever}.{proof} With that I can confirm by {deadline}.",
        Pushback.DEADLINE: f"I want to give you an answer on time. If we agree on {anchor} "
        f"base, I can confirm by {deadline}; can you send the revised offer by then?",
        Pushback.LEVEL: f"I respect the panel's call. The scope I've owned supports more.{proof}"
        f" If the level stays, can we set base at {anchor} and a review in six months?",
        Pushback.SILENCE: f"My number is {anchor}.{_basis(case)} Can you take it to the team "
        f"and come back to me by {deadline}?",
    }
    return lines.get(kind, lines[Pushback.BAND])


def _basis(case: Case) -> str:
    """ " My reason: ...." from the anchor's reason as the recruiter hears it, or nothing."""
    return f" My reason: {case.basis}." if case.basis else ""


def _proof_clause(case: Case) -> str:
    if not case.proof:
        return ""
    bullet = case.proof[0].rstrip(".")
    return f" In my current role I {_lower_first(bullet)}."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
