"""The proof checklist: five things a hiring team looks for, each passed or not, with evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from levelset.profile.model import Profile
from levelset.proof.consistency import Consistency, distinct_claims
from levelset.proof.features import Features, Scope, Wording
from levelset.proof.model import Bullet, Materials
from levelset.proof.roles import matches_target

OUTCOMES_NEEDED = 3


@dataclass(frozen=True)
class CheckItem:
    id: str
    item: str
    passed: bool
    evidence: tuple[str, ...]
    fix: str | None = None


Judged = Sequence[tuple[Bullet, Features]]


def checklist(
    materials: Materials,
    profile: Profile,
    judged: Judged,
    consistency: Consistency,
    title: str | None = None,
) -> list[CheckItem]:
    """Every checklist item judged on the user's materials and target profile."""
    return [
        _target(profile),
        _outcomes(judged),
        _leadership(judged),
        _summary(materials, title or profile.target_title),
        _consistent(materials, consistency),
    ]


def _target(profile: Profile) -> CheckItem:
    ok = bool(profile.target_title and profile.target_band)
    evidence = (
        f"target: {profile.target_title or 'no title'}, "
        f"{profile.target_band.label if profile.target_band else 'no level'}",
    )
    fix = None if ok else 'set both with: levelset profile set --title "..." --level senior'
    return CheckItem("target", "A clear target role and level", ok, evidence, fix)


def _outcomes(judged: Judged) -> CheckItem:
    candidates = [
        b
        for b, f in judged
        if f.has_metric and f.wording is Wording.OUTCOME and f.scope is not Scope.SELF
    ]
    strong = [b.text for b in distinct_claims(candidates)]
    ok = len(strong) >= OUTCOMES_NEEDED
    evidence = tuple(strong[:OUTCOMES_NEEDED]) or (_missing(judged),)
    fix = (
        None
        if ok
        else f"found {len(strong)} of {OUTCOMES_NEEDED}: add a number, what it changed and who "
        "gained to your best bullets"
    )
    return CheckItem("outcomes", "Three outcomes with metrics and scope", ok, evidence, fix)


def _missing(judged: Judged) -> str:
    """What keeps every bullet from counting as an outcome: a measured result that names no
    team or company it reached, a number with nothing said about what it changed, or no
    number at all."""
    measured = [f for _, f in judged if f.has_metric and f.wording is Wording.OUTCOME]
    if measured:
        return (
            f"{_bullets(len(measured))} a number and a result, but none names the team, teams "
            "or company it reached"
        )
    # a number that could measure the work (`Features.numbers`), not any digit: a date, a
    # version, a level code or a name ("11 Alive News", "Python 3.11", "L5") measures nothing
    numbered = [b for b, f in judged if f.numbers]
    if numbered:
        return f"{_bullets(len(numbered))} a number but none says what it changed"
    return "no bullet carries a number"


def _bullets(n: int) -> str:
    return "1 bullet carries" if n == 1 else f"{n} bullets carry"


def _leadership(judged: Judged) -> CheckItem:
    led = [b.text for b, f in judged if f.has_leadership and f.wording is not Wording.TASK]
    evidence = tuple(led[:2]) or ("no bullet or story shows leading, owning or mentoring",)
    fix = None if led else "add one example where you led, owned or drove something, and its result"
    return CheckItem("leadership", "One leadership or ownership example", bool(led), evidence, fix)


SUMMARY = "A summary that matches the target"


def _summary(materials: Materials, title: str | None) -> CheckItem:
    lines = materials.headlines()
    if not title:
        return CheckItem("summary", SUMMARY, False, ("no target title set",), "set one first")
    if not lines:
        add = f"add a headline naming {title}"
        return CheckItem("summary", SUMMARY, False, ("no headline or summary found",), add)
    matching = [f"{doc.source}: {text[:120]}" for doc, text in lines if matches_target(title, text)]
    missing = [
        f"{doc.source}: {text[:80]!r} does not match {title}"
        for doc, text in lines
        if text is doc.headline and not matches_target(title, text)
    ]
    ok = bool(matching) and not missing
    fix = None if ok else f"name {title} (role and level) in every headline"
    return CheckItem("summary", SUMMARY, ok, tuple(matching + missing), fix)


CONSISTENT = "One consistent story across resume, LinkedIn and stories"


def _consistent(materials: Materials, consistency: Consistency) -> CheckItem:
    channels = sorted(c.value for c in materials.channels())
    if len(channels) < 2:
        only = f"only one channel imported ({', '.join(channels) or 'none'})"
        hint = "import your LinkedIn export and your stories too"
        return CheckItem("consistency", CONSISTENT, False, (only,), hint)
    problems = consistency.contradictions
    evidence: tuple[str, ...] = (
        tuple(f.message for f in problems)
        or tuple(f.message for f in consistency.matches[:3])
        or ("no contradictions found",)
    )
    fix = "make titles, dates and numbers the same everywhere" if problems else None
    return CheckItem("consistency", CONSISTENT, not problems, evidence, fix)
