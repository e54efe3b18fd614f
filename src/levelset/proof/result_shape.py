"""Whether a bullet's number is a change or a size: the shape of what it says came of the work.

A hiring manager reads "cut p99 latency from 900 ms to 120 ms", "reduced churn by 4%" and "30%
fewer tickets" as results, and "serving 2M monthly requests with 99.97% uptime", "achieved 87%
accuracy" or "resolved 700+ bugs" as the size of the work or a level it ran at (RULES.md:
numbers alone are not outcomes). The learned scorer read every result quantity alike and called
too many lines results (outcome precision 0.44 on fresh batches, issue 12). These signals name
the shape without a parser:

- `shape:changed`: a verb of change with its amount ("reduced ... by 40%", "grew ... to 3M"),
  a before and after ("from 40 minutes to under five", "instead of two hours"), or an amount
  said to be a change ("3x faster", "a 20% drop").
- `shape:level_only`: a level stated (accuracy, uptime, availability, coverage, a score, "kept
  ... at 99.9%") with no change said.
- `shape:work_size`: a number counting what the work handled, served or produced ("processed
  12.5 TB", "serving 2M+ requests", "resolved 700+ bugs") with no change said.

- `shape:finding`: what an analysis or an experiment found ("finding that churned customers paid
  16% higher fees", "proves that X is better than Y", "concluded that autonomy reduced ..."): a
  change said of the world the work studied, not one the work made (RULES.md: an analysis's own
  findings are no outcome).

- `shape:quality_claimed`: a general quality claimed better with no size and nothing observed
  ("improving maintainability and scalability", "enhanced system performance", "streamlined the
  workflows", "resulting in an improved user experience"): no outcome (RULES.md, effects said
  without a size, 2026-12-07). Tried once before the tuning labels were made to agree with that
  rule (left-out outcome on the real rows 0.787 -> 0.784) and left out; with the clarified rule
  and its 16 relabelled tuning rows it is read again.

Each is a signal with the bullet's own words; their weights are learned with the rest
(levelset.proof.signals, scripts/train_bullets.py).
"""

from __future__ import annotations

import re

from levelset.patterns import compiled

_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|a hundred|hundreds|half|a third|a quarter|a fifth)"
)
_AMOUNT = rf"(?:(?:[$€£₹¥]\s?)?\d|{_NUMBER_WORD}\b)"
_CHANGE_VERB = (
    r"(?:reduc\w*|cut(?:s|ting)?|sav(?:ed|es|ing)|lower(?:ed|ing|s)?|decreas\w*|increas\w*|"
    r"improv\w*|boost\w*|grow(?:s|ing|n)?|grew|rais(?:ed|es|ing)|doubl\w*|tripl\w*|halv\w*|"
    r"shorten\w*|sped|speed(?:ing|s)? up|accelerat\w*|eliminat\w*|slash\w*|trimm\w*|shrank|"
    r"shrunk|shrink\w*|lift(?:ed|ing|s)?|drove|driving|generat\w*|earn\w*|expand\w*|"
    r"scal(?:ed|ing) (?:up|from)|minimi[sz]\w*|maximi[sz]\w*|optimi[sz]\w*|enhanc\w*|dropp\w*|"
    r"fell|jump\w*|rose|climb\w*|brought (?:down|up)|went from|moved from|recover\w*|freed|"
    r"freeing)"
)
_COMPARED = (
    r"(?:lower|higher|faster|fewer|less|more|smaller|larger|cheaper|quicker|shorter|better|"
    r"increase|decrease|reduction|improvement|drop|gain|growth|boost|uplift|lift|cut|savings?|"
    r"jump|rise|speed-?up|decline|down|up)"
)
_CHANGED = compiled(
    rf"\b{_CHANGE_VERB}\b[^.;]{{0,70}}?\b(?:by|to|from|of|in|over|nearly|almost|about|around|"
    r"up to|down to)\s(?:about |over |nearly |almost |~|≈|an? average of )?(?:[$€£₹¥]\s?)?\d[\d.,]*"
    rf"|\bfrom\s(?:about |over |~|an? )?{_AMOUNT}[^.;]{{0,40}}?\bto\s"
    rf"(?:about |under |below |over |~|just |only )?{_AMOUNT}"
    r"|\d[\d.,]*\+?\s?(?:%|x|×|-?fold|times|percent|pp|points?|ms|seconds?|minutes?|hours?|"
    rf"days?)\s(?:[\w-]+\s)?{_COMPARED}\b"
    rf"|\b{_COMPARED}\s(?:of|in|by)\s(?:about |over |nearly |~)?(?:[$€£₹¥]\s?)?\d[\d.,]*"
    r"|\b(?:tenfold|twofold|threefold|by half|in half|halved|doubled|tripled)\b"
    r"|\b(?:instead of|rather than|down from|up from|compared (?:to|with)|vs\.?|versus)\s"
    rf"(?:about |~|an? )?(?:{_AMOUNT}|days|hours|weeks|minutes)",
    re.IGNORECASE,
)
_LEVEL = compiled(
    r"\d[\d.,]*\+?\s?%\s(?:[\w-]+\s){0,2}?(?:accuracy|uptime|availability|coverage|precision|"
    r"recall|f1|auc|auroc|success|relevan\w*|dice|iou|map|score|sla|compliance|on-time|"
    r"pass rate|test coverage|reliability|diversity)"
    r"|\b(?:accuracy|uptime|availability|coverage|precision|recall|f1(?:[- ]score)?|auc|auroc|"
    r"dice(?: score)?|iou|success rate|score)\s(?:of |at |above |over |around |within |"
    r"reaching |exceeding |: ?|was |is )?(?:about |over |above |~|>)?\d[\d.,]*"
    r"|\bmaintain(?:ed|ing|s)?\s(?:an?\s)?(?:average\s)?(?:of\s)?(?:over\s|above\s|~)?"
    r"\d[\d.,]*\s?%",
    re.IGNORECASE,
)
_WORK = compiled(
    r"\b(?:serv(?:ing|es|ed)|process(?:ing|es|ed)|handl(?:ing|es|ed)|scor(?:ing|ed)|"
    r"stream(?:ing|ed)|analy[sz](?:ing|ed|is of)|edit(?:ing|ed)|resolv(?:ing|ed)|"
    r"review(?:ing|ed)|wr(?:ote|iting)|built|creat(?:ed|ing)|manag(?:ed|ing)|"
    r"maintain(?:ed|ing)|support(?:ed|ing)|facilitat(?:ed|ing)|train(?:ed|ing) on|dataset of|"
    r"budget of|with a budget|compil(?:ed|ing)|label(?:l)?ed|taught|migrat(?:ed|ing)|"
    r"contain(?:s|ing)|across|spanning|covering|totall?ing|worth)\s(?:about |around |over |"
    r"more than |up to |nearly |~|an? )?(?:[\w-]+\s){0,2}?(?:[$€£₹¥]\s?)?\d[\d.,]*\+?",
    re.IGNORECASE,
)


_FINDING = compiled(
    r"\b(?:find(?:ing|s)|found|show(?:ing|ed|s)|prov(?:ing|es|ed|e)|conclud(?:ing|ed|es)|"
    r"reveal(?:ing|ed|s)|demonstrat(?:ing|ed|es)|observ(?:ing|ed)|discover(?:ing|ed)|"
    r"confirm(?:ing|ed|s)|suggest(?:ing|ed|s)|indicat(?:ing|ed|es))\s(?:that|how)\b",
    re.IGNORECASE,
)


_QUALITY = (
    r"(?:performance|efficiency|efficient|productivity|quality|accuracy|reliability|stability|"
    r"scalability|maintainability|usability|functionality|accessibility|flexibility|"
    r"consistency|visibility|transparency|collaboration|communication|decision-making|"
    r"experiences?|engagement|satisfaction|workflows?|processes|operations|capabilit(?:y|ies)|"
    r"readability|extensibility|robustness|security|integrity|technical debt)"
)
_CLAIMED = compiled(
    r"\b(?:improv(?:ed|es|ing|e)|enhanc(?:ed|es|ing|e)|optimi[sz](?:ed|es|ing|e)|"
    r"boost(?:ed|s|ing)?|increas(?:ed|es|ing|e)|strengthen(?:ed|s|ing)?|elevat(?:ed|es|ing|e)|"
    r"rais(?:ed|es|ing)|better|greater|higher|reduc(?:ed|es|ing|e))\s(?:the\s|its\s|their\s|our\s|"
    rf"overall\s)?(?:[\w-]+\s){{0,3}}?{_QUALITY}\b"
    r"|\bstreamlin(?:ed|es|ing|e)\b",
    re.IGNORECASE,
)


_CLAUSE_END = compiled(r"[.;]|$")
_DIGIT = compiled(r"\d")


def claimed_only(text: str, start: int) -> bool:
    """Whether the clause from `start` to its sentence's end claims a general quality better with
    no number (", improving navigation accuracy", ", resulting in an improved user experience"):
    no effect said (RULES.md, effects said without a size)."""
    end = _CLAUSE_END.search(text, start + 1)
    clause = text[start : end.start() if end else len(text)]
    return bool(_CLAIMED.search(clause)) and not _DIGIT.search(clause)


def shape_signals(text: str) -> dict[str, str]:
    """The shape of what the bullet says came of the work, each with its words."""
    found: dict[str, str] = {}
    finding = _FINDING.search(text)
    if finding:
        found["shape:finding"] = finding.group(0)
    changed = _CHANGED.search(text)
    if changed:
        found["shape:changed"] = changed.group(0)
        return found
    for name, pattern in (
        ("shape:level_only", _LEVEL),
        ("shape:work_size", _WORK),
        ("shape:quality_claimed", _CLAIMED),
    ):
        match = pattern.search(text)
        if match:
            found[name] = match.group(0)
    return found
