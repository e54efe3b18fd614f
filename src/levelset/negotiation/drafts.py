"""Drafts from the user's own numbers and proof: the counter email, a call talk track, the reply
when they say no, and the confirmation of the final package.

Any fact we do not have appears as a placeholder in capitals and square brackets, e.g.
[YOUR TOP OUTCOME WITH A METRIC], so a draft never states something the user did not give.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from levelset.errors import UnknownValue
from levelset.money import format_money
from levelset.negotiation.lever import Lever
from levelset.offers.model import Offer
from levelset.patterns import compiled

if TYPE_CHECKING:
    # the anchor's and the package's modules load where a draft is written: reading the stored
    # drafts (their kind and text) needs neither (issue 15)
    from levelset.negotiation.anchor import Anchor

NO_EVIDENCE = "[WHY THIS NUMBER: A MARKET FIGURE OR A COMPETING OFFER]"
PLACEHOLDER = compiled(r"\[[A-Z0-9][A-Z0-9 ,:;'/&()-]*\]")


class DraftKind(StrEnum):
    COUNTER = "counter"
    CALL = "call"
    NO = "no"
    CONFIRM = "confirm"


@dataclass(frozen=True)
class DraftFacts:
    """Everything a draft may use; None means "not given" and becomes a placeholder."""

    company: str
    offer: Offer | None = None
    anchor: Anchor | None = None
    your_name: str | None = None
    recruiter: str | None = None
    positioning: str | None = None
    outcomes: tuple[str, ...] = ()
    deadline: dt.date | None = None


@dataclass(frozen=True)
class Draft:
    kind: DraftKind
    subject: str | None
    body: str

    @property
    def placeholders(self) -> tuple[str, ...]:
        """Each placeholder still in the text, once, in order of appearance."""
        text = f"{self.subject or ''}\n{self.body}"
        return tuple(dict.fromkeys(PLACEHOLDER.findall(text)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "subject": self.subject,
            "body": self.body,
            "placeholders": list(self.placeholders),
        }


def draft(kind: DraftKind | str, facts: DraftFacts) -> Draft:
    """The draft of `kind` (counter, call, no, confirm) filled from `facts`."""
    try:
        chosen = DraftKind(str(kind).strip().lower())
    except ValueError:
        raise UnknownValue("draft", str(kind), [k.value for k in DraftKind]) from None
    if facts.anchor is not None and anchor_behind(facts.anchor, facts.offer):
        facts = replace(facts, anchor=None)  # never ask for less than is already offered
    writer = {
        DraftKind.COUNTER: _counter,
        DraftKind.CALL: _call,
        DraftKind.NO: _no,
        DraftKind.CONFIRM: _confirm,
    }[chosen]
    return writer(facts)


def anchor_behind(anchor: Anchor, offer: Offer | None) -> str | None:
    """Why a saved anchor no longer fits the offer (a later offer reached it), else None."""
    asked = anchor.anchor.amount
    if offer is None or asked is None or anchor.currency != offer.currency:
        return None
    if asked > offer.base:
        return None
    return (
        f"the anchor you set ({format_money(asked, anchor.currency)}) is not above the current "
        f"offer's base ({format_money(offer.base, offer.currency)}), so the drafts leave the "
        "numbers to fill in: set a new anchor with `levelset negotiate anchor`"
    )


def _counter(f: DraftFacts) -> Draft:
    role = _role(f)
    body = "\n".join(
        [
            f"Hi {f.recruiter or '[RECRUITER NAME]'},",
            "",
            f"Thank you for the offer for the {role} role at {f.company}. "
            "I am excited about the team and want to make this work.",
            "",
            f"What I bring: {_positioning(f)}",
            *_outcome_lines(f),
            "",
            f"{_base_sentence(f)}",
            *_other_asks(f),
            "",
            f"If we can agree on this, I am ready to sign by {_deadline(f)}.",
            "",
            "Best regards,",
            f.your_name or "[YOUR NAME]",
        ]
    )
    return Draft(DraftKind.COUNTER, f"{role} offer: my counter", body)


def _call(f: DraftFacts) -> Draft:
    anchor = _amount(f, "anchor")
    lines = [
        f"Talk track: call with {f.recruiter or '[RECRUITER NAME]'} at {f.company}",
        "",
        "1. Open: thank them, say you want to join, and that you have one point to settle.",
        f"2. Case: {_positioning(f)}",
        *[f"   - {o}" for o in _outcomes(f)],
        f"3. Number: say the base you want, {anchor}, and the reason: {_anchor_reason(f)}.",
        "4. Stop talking. Let them answer first, however long the pause.",
        "5. If they push back, ask what they can move: sign-on, equity, level, start date.",
        f"6. Hold: your realistic target is {_amount(f, 'target')}; your walk-away is "
        f"{_amount(f, 'walk_away')}. Do not go below the walk-away on the call.",
        "7. Close: ask them to send the revised offer in writing, and give a date to reply.",
    ]
    return Draft(DraftKind.CALL, None, "\n".join(lines))


def _no(f: DraftFacts) -> Draft:
    asks = f.anchor.asks if f.anchor else ()
    # a lever that only keeps what is offered closes no gap, so it has no place in this reply
    levers = [a for a in asks if a.lever is not Lever.BASE and not a.ask.startswith("keep ")]
    lines = [f"- {a.lever.wording}: {a.ask}" for a in levers] or [
        "- sign-on: [THE SIGN-ON YOU WANT]",
        "- equity: [THE GRANT YOU WANT]",
        "- level: [THE LEVEL YOUR SCOPE SUPPORTS]",
    ]
    body = "\n".join(
        [
            f"Hi {f.recruiter or '[RECRUITER NAME]'},",
            "",
            "Thank you for checking on the base. I understand it is fixed for this band.",
            "Then let us close the gap on the other parts of the package:",
            *lines,
            "",
            f"With these, I can confirm by {_deadline(f)}.",
            "",
            "Best regards,",
            f.your_name or "[YOUR NAME]",
        ]
    )
    return Draft(DraftKind.NO, f"{_role(f)} offer: the rest of the package", body)


def _confirm(f: DraftFacts) -> Draft:
    from levelset.negotiation.package import package_lines

    package = package_lines(f.offer) if f.offer else ["- [THE FINAL PACKAGE: NO OFFER LOGGED]"]
    body = "\n".join(
        [
            f"Hi {f.recruiter or '[RECRUITER NAME]'},",
            "",
            "Thank you. To be sure we agree, here is the final package as I understand it:",
            *package,
            "",
            "Please confirm these match the written offer, or tell me what differs.",
            "Once the written offer shows all of the above, I will sign it.",
            "",
            "Best regards,",
            f.your_name or "[YOUR NAME]",
        ]
    )
    return Draft(DraftKind.CONFIRM, f"{_role(f)} offer: confirming the final package", body)


def _role(f: DraftFacts) -> str:
    return (f.offer.title if f.offer and f.offer.title else None) or "[ROLE TITLE]"


def _positioning(f: DraftFacts) -> str:
    return f.positioning or "[ONE SENTENCE: THE OUTCOME YOU WANT TO BE KNOWN FOR]"


def _outcomes(f: DraftFacts) -> list[str]:
    given = list(f.outcomes[:2])
    fill = ["[YOUR TOP OUTCOME WITH A METRIC]", "[A SECOND OUTCOME WITH A METRIC]"]
    return given + fill[len(given) :]


def _outcome_lines(f: DraftFacts) -> list[str]:
    return [f"- {o}" for o in _outcomes(f)]


def _base_sentence(f: DraftFacts) -> str:
    return f"I am asking for a base of {_amount(f, 'anchor')}. My reason: {_anchor_reason(f)}."


def _anchor_reason(f: DraftFacts) -> str:
    """The anchor's reason with its source, as the recruiter reads it: the caveats beside the
    number (a source's age, a thin sample) are the user's, and a rule of thumb or the user's
    own pay is no reason to give them (a placeholder asks for one)."""
    if f.anchor is None:
        return "[THE REASON FOR YOUR NUMBER: MARKET DATA]"
    return f.anchor.anchor.cited or NO_EVIDENCE


# When the anchor asks for base alone, the counter still names the levers that can close the
# gap, so the draft never asks for "base only" while its own score marks that down.
TRADE_OFF = (
    "If the base cannot reach that, I am open to closing the gap with a sign-on bonus "
    "or a larger equity grant."
)


def _other_asks(f: DraftFacts) -> list[str]:
    lines = _sign_on_asks(f)
    return lines or [TRADE_OFF]


def _sign_on_asks(f: DraftFacts) -> list[str]:
    if f.anchor is None:
        return []
    lines = []
    for ask in f.anchor.asks:
        if ask.lever is Lever.SIGN_ON and ask.ask.startswith("a sign-on of"):
            why = (
                "to match my other offer"
                if "competing" in ask.source
                else "to cover the unvested equity and bonus I leave behind"
            )
            lines.append(f"I would also ask for {ask.ask}, {why}.")
    return lines


def _amount(f: DraftFacts, which: str) -> str:
    if f.anchor is None:
        return f"[YOUR {which.upper().replace('_', '-')} BASE]"
    figure = getattr(f.anchor, which)
    if figure.amount is None:
        return f"[YOUR {which.upper().replace('_', '-')} BASE]"
    return format_money(figure.amount, f.anchor.currency)


def _deadline(f: DraftFacts) -> str:
    return f.deadline.strftime("%B %-d, %Y") if f.deadline else "[THE DATE YOU CAN SIGN BY]"
