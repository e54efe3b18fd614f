"""Proof report and level estimate -> ProofInput and LevelInput."""

from __future__ import annotations

from typing import Any

from levelset.patterns import compiled
from levelset.plan.inputs import Bullet, CheckItem, LevelInput, ProofInput

MAX_EVIDENCE = 2


def proof_input(report: Any) -> ProofInput:
    """The plan's view of a `levelset.proof.ProofReport`."""
    bullets = tuple(
        Bullet(
            text=r.bullet.text,
            source=r.bullet.channel.value,
            score=float(r.score.points),
            has_metric=r.features.has_metric,
            scope=r.features.scope.value.replace("_", " "),
            reasons=tuple(r.score.reasons),
            task_wording=r.features.wording.value == "task",
            ownership=r.features.has_leadership,
            scaffold=r.rewrite,
        )
        for r in report.bullets
    )
    checklist = tuple(
        CheckItem(c.item, c.passed, "; ".join(c.evidence[:MAX_EVIDENCE]) or (c.fix or ""))
        for c in report.checklist
    )
    return ProofInput(
        bullets=bullets,
        checklist=checklist,
        scan_line=report.scan.line,
        scan_passed=report.scan.passed if report.scan.line else None,
        scan_missing=_scan_missing(report.scan),
        scan_suggestion=report.scan.suggestion,
        contradictions=tuple(f.message for f in report.consistency.contradictions),
        sources=tuple(dict.fromkeys(b.source for b in bullets)),
    )


def _scan_missing(scan: Any) -> tuple[str, ...]:
    pairs = (("the target role", scan.names_role), ("a measured outcome", scan.names_outcome))
    return tuple(name for name, present in pairs if not present)


GAP = compiled(r"^(?P<dimension>[^:]{3,60}): to read as .+? you need (?P<need>.+?)\.?$")


def gap_phrase(text: str) -> str:
    """ "Impact: to read as staff you need two measured outcomes..." -> "two measured
    outcomes... (impact)", so the plan can say it in its own sentence."""
    found = GAP.match(text.strip())
    if found is None:
        return text.strip().rstrip(".")
    return f"{found['need']} ({found['dimension'].lower()})"


def level_input(estimate: Any) -> LevelInput:
    """The plan's view of a `levelset.leveling.LevelEstimate`."""
    return LevelInput(
        band=estimate.band,
        confidence=estimate.confidence_label,
        target=estimate.target,
        missing=tuple(gap_phrase(m) for m in estimate.missing),
        warnings=tuple(estimate.warnings),
        items=estimate.items,
    )
