"""The phrases the scorer looks for, each with why it matters and what to write instead.

All patterns are compiled once at import so scoring a message stays well under a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from levelset.patterns import compiled


@dataclass(frozen=True)
class Weakener:
    """A phrase that weakens a message: apology, hedge or undercut, with its cost and fix."""

    pattern: re.Pattern[str]
    category: str  # apology | hedge | undercut
    cost: float  # share of the confidence component lost per occurrence
    fix: str


def _rx(source: str) -> re.Pattern[str]:
    return compiled(source, re.IGNORECASE)


_APOLOGY_FIX = "Drop the apology; a clear request is normal and expected at this stage."
_HEDGE_FIX = "State it plainly: say what you are asking for, without softeners."
_UNDERCUT_FIX = "Delete it and let the ask stand on its own."

WEAKENERS: tuple[Weakener, ...] = (
    Weakener(_rx(r"\bsorry to (ask|bother|push|be a pain)\b"), "apology", 0.45, _APOLOGY_FIX),
    Weakener(_rx(r"\b(i'?m|i am) (so |really |very )?sorry\b"), "apology", 0.35, _APOLOGY_FIX),
    Weakener(_rx(r"\b(i )?apologi[sz]e\b|\bapologies\b"), "apology", 0.35, _APOLOGY_FIX),
    Weakener(
        _rx(r"\b(i )?hate to ask\b|\bforgive me\b|\bi feel (bad|awkward)\b"),
        "apology",
        0.35,
        _APOLOGY_FIX,
    ),
    Weakener(
        _rx(r"\bi know (this|that|it) (is|may be|might be) (a lot|too much|a big ask)\b"),
        "apology",
        0.4,
        _APOLOGY_FIX,
    ),
    Weakener(
        _rx(
            r"\bi (don'?t|do not) (mean|want) to (be|seem|sound) (difficult|greedy|pushy|"
            r"ungrateful|rude)\b"
        ),
        "apology",
        0.35,
        _APOLOGY_FIX,
    ),
    Weakener(
        _rx(r"\bi hope (this|that|it) (is|isn'?t|is not) (ok|okay|alright|too much|rude)\b"),
        "apology",
        0.3,
        _APOLOGY_FIX,
    ),
    Weakener(_rx(r"\bif (at all )?possible\b"), "hedge", 0.25, _HEDGE_FIX),
    Weakener(_rx(r"\bi was (just )?hoping( that)?( maybe)?\b"), "hedge", 0.25, _HEDGE_FIX),
    Weakener(_rx(r"\bi was (just )?wondering\b|\bjust wondering\b"), "hedge", 0.2, _HEDGE_FIX),
    Weakener(_rx(r"\b(maybe|perhaps|possibly)\b"), "hedge", 0.15, _HEDGE_FIX),
    Weakener(
        _rx(r"\b(kind of|sort of|a little bit|a tiny bit|somewhat)\b"), "hedge", 0.15, _HEDGE_FIX
    ),
    Weakener(
        _rx(r"\bi (guess|suppose)\b|\bi think i (might|may|could)\b"), "hedge", 0.2, _HEDGE_FIX
    ),
    Weakener(
        _rx(r"\bif it'?s not too much (trouble|to ask)\b|\bno pressure\b|\bany chance\b"),
        "hedge",
        0.25,
        _HEDGE_FIX,
    ),
    Weakener(
        _rx(r"\b(whatever|anything) (you can do|you can offer|would help|works)\b"),
        "undercut",
        0.45,
        _UNDERCUT_FIX,
    ),
    Weakener(
        _rx(r"\bi (completely |totally |fully )?understand if (not|you can'?t|that'?s not)"),
        "undercut",
        0.4,
        _UNDERCUT_FIX,
    ),
    Weakener(
        _rx(r"\b(totally|completely|also) (fine|ok|okay) if (not|you can'?t)\b"),
        "undercut",
        0.4,
        _UNDERCUT_FIX,
    ),
    Weakener(
        _rx(r"\bi(?:'ll| will| would)? (accept|sign) (either way|regardless|anyway|no matter)"),
        "undercut",
        0.5,
        _UNDERCUT_FIX,
    ),
    Weakener(
        _rx(r"\beven (a small|a little|something small|a bit)\b"), "undercut", 0.4, _UNDERCUT_FIX
    ),
    Weakener(
        _rx(r"\bi'?m not (very |really )?good at (this|negotiating|negotiation)\b"),
        "undercut",
        0.35,
        _UNDERCUT_FIX,
    ),
    Weakener(
        _rx(r"\bif (that'?s|that is|this is) too (high|much)\b|\bhappy to take less\b"),
        "undercut",
        0.45,
        _UNDERCUT_FIX,
    ),
    Weakener(
        _rx(r"\bi'?d (do|take) anything\b|\bwilling to go lower\b"), "undercut", 0.45, _UNDERCUT_FIX
    ),
)

OUTCOME_VERB = _rx(
    r"\b(led|shipped|built|delivered|launched|reduced|cut|increased|improved|grew|saved|"
    r"raised|lowered|scaled|drove|owned|designed|deployed|doubled|tripled|halved)\b"
)
METRIC = _rx(r"\d+(\.\d+)?\s?(%|percent|x\b|ms\b|hours?\b|days?\b|weeks?\b|k\b|m\b)|\$\d")
MARKET = _rx(
    r"\b(market (data|rate|range|median|value)|percentile|p[5-9]0\b|levels\.fyi|benchmark(s|ed)?|"
    r"comparable (roles?|offers?|positions?)|similar roles|for this level|"
    r"(competing|another|other|second) offer|offer from|oews|salary survey|"
    r"data (i|we) (have|found)|"
    r"range for (this|the|senior|staff))"
)
NEED = _rx(
    r"\b(my (mortgage|rent|loans?|debt|bills|family|wedding)|student loans?|i need (the|more) "
    r"money|cost of living (is|has)|make ends meet|afford)\b"
)
ASK = _rx(
    r"(\b(could|can|would|will) (you|we)\b[^.?!\n]*\?|"
    r"\b(i'?d|i would|i'?m|i am) (like to )?(ask|request|asking|requesting)\b|"
    r"\bmy (ask|request|counter)\b|\bi propose\b|\b(i'?m|i am) (holding|staying|still) at\b|"
    r"\b(i'?m|i am) (looking for|targeting|aiming for)\b|\bi can'?t go below\b|"
    r"\b(i'?m|i am) (asking|requesting)\b|\bi'?m proposing\b|\bare you able to\b|"
    r"\bplease (move|increase|adjust|raise|bring|update|revise|confirm|send)\b|"
    r"\b(i'?d|i would) (need|want|like)\b[^.?!\n]*\d|\bi can sign\b[^.?!\n]*\bif\b|"
    r"\bif you can\b[^.?!\n]*\b(i|i'?ll|i will)\b)"
)
OPEN_ASK = _rx(
    r"\b(is there|there might be|there is|do you have) (any |some )?"
    r"(room|flexibility|wiggle room)\b|"
    r"\b(any|some) (flexibility|room|wiggle room)\b|"
    r"\b(anything|something) (more|better|higher)\b|\bmove (things|it) up\b"
)
VAGUE_AMOUNT = _rx(
    r"\b(a bit more|a little more|more money|higher (number|offer|salary|base)|a better offer|"
    r"more competitive|a bump|an increase|improve the (offer|number|package)|"
    r"raise (it|the offer))\b"
)
LEVERS: dict[str, re.Pattern[str]] = {
    "equity": _rx(r"\b(equity|rsus?|stock|options|shares|grant)\b"),
    "sign-on": _rx(r"\bsign(ing)?[- ]?on\b|\bsigning bonus\b"),
    "bonus": _rx(r"\b(annual |target |performance )?bonus\b(?! *sign)"),
    "refresher": _rx(r"\brefreshers?\b"),
    "title or level": _rx(r"\b(title|level(l?ing)?|promotion)\b"),
    "scope": _rx(r"\bscope\b|\bteam size\b|\bheadcount\b"),
    "remote or location": _rx(r"\b(remote|hybrid|relocation)\b"),
    "start date": _rx(r"\bstart date\b"),
    "time off": _rx(r"\b(pto|vacation|time off)\b"),
    "learning budget": _rx(r"\b(learning|education|conference) budget\b"),
    "vesting": _rx(r"\b(vesting|cliff)\b"),
}
BASE = _rx(r"\b(base( salary| pay)?|salary)\b")
ENTHUSIASM = _rx(
    r"\b(excited|thrilled|enthusiastic|looking forward to (joining|working|building|starting)|"
    r"eager|keen|love (the|what|working)|great fit|genuinely want|really want to join|"
    r"energi[sz]ed)\b"
)
COMMITMENT = _rx(
    r"\b(ready to (sign|accept|commit|move forward)|(i'?ll|i'?d|i will|i can|i would) (sign|accept|"
    r"commit)|sign (today|this week|right away|immediately)|happy to (sign|accept)|"
    r"move forward (today|right away|quickly)|commit (today|right away)|i accept)\b"
)
DEADLINE = _rx(
    r"\b(by|before|on|until) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tomorrow|end of (the )?(day|week)|eod|eow|\w+ \d{1,2}(st|nd|rd|th)?|\d{1,2}/\d{1,2})\b|"
    r"\b(this|next) (week|monday|tuesday|wednesday|thursday|friday)\b|\btomorrow\b|"
    r"\b(call|chat|meet|talk|speak) (at|on|tomorrow|this|today)\b|\bschedule (a|the)\b|"
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}\b|\b\d{1,2}/\d{1,2}\b|"
    r"\b(monday|tuesday|wednesday|thursday|friday)\b"
)
SCHEDULING = _rx(r"\b(talk|call|chat|meet|speak|connect|schedule|hop on|jump on)\b")
SOFT_CLOSE = _rx(
    r"\b(let me know|look(ing)? forward to hearing|hear (back )?from you|get back to me|"
    r"talk soon|speak soon|your thoughts)\b"
)
IN_WRITING = _rx(
    r"\b(in writing|written (offer|confirmation|copy)|(updated|revised|amended|final|new) offer "
    r"(letter|document)|offer letter (that )?(reflect|with|showing|including)|"
    r"send (over |me )?(the |an )?(updated|revised|amended|final|new) (offer|letter|package)|"
    r"confirm (this |these |the terms )?(by|via|over|in) e-?mail|docusign)\b"
)
GREETING = _rx(r"^(hi|hello|hey|dear|good (morning|afternoon|evening))\b[^\n]*$")
SIGN_OFF = _rx(
    r"^(best|thanks|thank you|regards|kind regards|best regards|cheers|sincerely|warmly|"
    r"all the best)[,!.]?\s*$"
)
