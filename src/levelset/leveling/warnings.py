"""The four leveling mistakes, spotted in the user's own materials."""

from __future__ import annotations

from collections.abc import Sequence

from levelset.bands import Band
from levelset.leveling.evidence import Item
from levelset.leveling.rubric import TYPICAL_SCOPE
from levelset.proof.features import Scope, Wording
from levelset.proof.model import Channel, Materials
from levelset.proof.roles import level_words

_WORD_BAND = {
    "junior": Band.ENTRY,
    "associate": Band.ENTRY,
    "intern": Band.ENTRY,
    "senior": Band.SENIOR,
    "staff": Band.STAFF,
    "principal": Band.PRINCIPAL,
    "distinguished": Band.PRINCIPAL,
}


def several_levels(materials: Materials) -> str | None:
    """Headlines in the user's own materials point at different bands."""
    seen: dict[Band, list[str]] = {}
    for doc, text in materials.headlines():
        if text is doc.headline:
            for word in level_words(text) & set(_WORD_BAND):
                seen.setdefault(_WORD_BAND[word], []).append(doc.source)
    if len(seen) < 2:
        return None
    parts = "; ".join(f"{b.label} ({', '.join(sorted(set(s)))})" for b, s in sorted(seen.items()))
    return (
        f"Aiming at several levels without one narrative: your headlines say {parts}. "
        "Pick one and say it everywhere."
    )


def scope_gap(items: Sequence[Item], target: Band | None) -> str | None:
    """The target band's usual scope is wider than anything the materials prove; names the
    bullet with the widest proven scope, and a wider one that shows no result, if any."""
    if target is None:
        return None
    needed = TYPICAL_SCOPE[target]
    proven = [(b, f) for b, f in items if f.has_metric or f.wording is Wording.OUTCOME]
    widest = max(proven, key=lambda i: i[1].scope.rank, default=None)
    if widest is not None and widest[1].scope.rank >= needed.rank:
        return None
    reach = needed.value.replace("_", " ")
    if widest is None:
        shown = "no bullet proves a result yet"
    else:
        scope = _reach(widest[1].scope)
        shown = f"the widest scope with a result is {scope} ({_quote(widest[0].text)})"
    wider = max(
        (i for i in items if i[1].scope.rank > (widest[1].scope.rank if widest else -1)),
        key=lambda i: i[1].scope.rank,
        default=None,
    )
    unproven = ""
    if wider is not None:
        unproven = (
            f"; {_quote(wider[0].text)} reaches {_reach(wider[1].scope)} "
            "but shows no result: add what changed, with a number"
        )
    return (
        f"No result yet reaches as far as {target.label} work usually does ({reach}): "
        f"{shown}{unproven}."
    )


def _reach(scope: Scope) -> str:
    return "your own work" if scope is Scope.SELF else scope.value.replace("_", " ")


def _quote(text: str, width: int = 80) -> str:
    return repr(text if len(text) <= width else text[: width - 3].rstrip() + "...")


def undersold_leadership(materials: Materials, items: Sequence[Item]) -> str | None:
    """Leadership written as a task, or shown in stories but absent from the resume."""
    hidden = [b.text for b, f in items if f.has_leadership and f.wording is Wording.TASK]
    if hidden:
        return (
            f"Leadership is undersold as a task: {hidden[0]!r}. Say what you led and what changed."
        )
    in_stories = any(f.has_leadership for b, f in items if b.channel is Channel.STORIES)
    in_resume = any(f.has_leadership for b, f in items if b.channel is Channel.RESUME)
    if in_stories and not in_resume and materials.channel(Channel.RESUME):
        return "Your stories show leadership your resume never mentions; add one leadership bullet."
    return None


def unproven_impact(items: Sequence[Item]) -> str | None:
    """Outcome or size words with no number behind them."""
    claims = [
        b.text for b, f in items if (f.vague or f.wording is Wording.OUTCOME) and not f.has_metric
    ]
    if not claims:
        return None
    more = f" (and {len(claims) - 1} more)" if len(claims) > 1 else ""
    return (
        f"Impact claimed without proof: {claims[0]!r}{more}. Add the number or cut the adjective."
    )


def leadership_track_gap(leadership: Band, target: Band | None) -> str | None:
    """On a leadership track, leadership evidence below the target band is the first gap."""
    if target is None or leadership.rank >= target.rank:
        return None
    return (
        f"Leadership is undersold for a leadership track: it reads as {leadership.label}, "
        f"the target is {target.label}. Lead with the people and teams you led, and what "
        "changed because of it, with a number."
    )


def all_warnings(
    materials: Materials,
    items: Sequence[Item],
    target: Band | None,
    leadership: Band | None = None,
) -> list[str]:
    """Every warning that applies; `leadership` is the leadership band on a leadership track."""
    found = [
        several_levels(materials),
        scope_gap(items, target),
        undersold_leadership(materials, items),
        unproven_impact(items),
        leadership_track_gap(leadership, target) if leadership is not None else None,
    ]
    return [w for w in found if w]
