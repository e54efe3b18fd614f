"""The band the user's evidence supports, how sure we are, and what is missing for the target."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from levelset.bands import Band
from levelset.leveling import evidence as ev
from levelset.leveling.equivalences import equivalences as cross_company
from levelset.leveling.rubric import Dimension, expectation
from levelset.leveling.warnings import all_warnings
from levelset.proof.agreement import Understood, understand
from levelset.proof.consistency import distinct_claims
from levelset.proof.features import Features
from levelset.proof.model import Materials

PLACED = 0.2  # below this confidence no band is called supported: too little evidence
_FIRM = 8  # proven items that make a firm reading (the confidence's amount term)
_AGREE = 3  # bullets at the band that make it agree (the confidence's support term)
_ML_WORDS = ("ml", "machine learning", "data scien", "research scien", "applied scien", "ai ")


@dataclass(frozen=True)
class LevelEstimate:
    """The supported band with its confidence, evidence per dimension, gaps and warnings."""

    band: Band
    confidence: float
    confidence_label: str
    dimensions: tuple[ev.DimensionEvidence, ...]
    target: Band | None
    target_source: str  # "given", "profile" or "next band"
    missing: tuple[str, ...]
    warnings: tuple[str, ...]
    equivalences: tuple[dict[str, Any], ...]
    notes: tuple[str, ...]
    items: int
    carried_by: tuple[ev.Carried, ...] = ()
    unplaced: str | None = None  # why no band is supported yet (what evidence is missing)

    @property
    def placed(self) -> bool:
        """Whether the evidence is enough to call `band` supported."""
        return self.unplaced is None

    def to_dict(self) -> dict[str, object]:
        return {
            "band": self.band.value,
            "confidence": self.confidence,
            "confidence_label": self.confidence_label,
            "target": self.target.value if self.target else None,
            "target_source": self.target_source,
            "dimensions": [d.to_dict() for d in self.dimensions],
            "missing": list(self.missing),
            "warnings": list(self.warnings),
            "equivalences": list(self.equivalences),
            "notes": list(self.notes),
            "evidence_items": self.items,
            "carried_by": [c.to_dict() for c in self.carried_by],
            "placed": self.placed,
            "unplaced": self.unplaced,
        }


def estimate_level(
    materials: Materials,
    target: Band | None = None,
    *,
    target_title: str | None = None,
    target_source: str = "given",
    level_rows: Sequence[object] = (),
    leadership_track: bool = False,
    understood: Mapping[str, Understood] | None = None,
) -> LevelEstimate:
    """Place the evidence on the band scale and compare it with the target band.

    With no target, the next band above the estimate is used so the gaps still show. With
    `level_rows` (the market's cross-company level table), its rows for the two bands are kept. On a
    `leadership_track`, leadership evidence below the target is also a warning. `understood`:
    bullets already read (`understand`, by text; the proof report's), so none is read twice.
    """
    known = understood or {}
    seen = [
        (b, known.get(b.text) or understand(b.text)) for b in distinct_claims(materials.bullets())
    ]
    items = [(b, u.features) for b, u in seen]
    banded = [(b, u.band) for b, u in seen]
    dims = ev.spread(_dimensions(items, _ml_applies(materials, target_title, items)))
    band, carried = ev.strongest(banded)
    chosen, source = (
        (target, target_source) if target else (Band.from_rank(band.rank + 1), "next band")
    )
    weighing = _weigh(items, banded, dims, band)
    confidence = _confidence(weighing)
    rows = cross_company({band, chosen}, level_rows)
    notes: list[str] = []
    if not items:
        notes.append("no bullets or stories imported yet: run `levelset proof import FILE`")
    return LevelEstimate(
        band=band,
        confidence=confidence,
        confidence_label="high" if confidence >= 0.7 else "medium" if confidence >= 0.4 else "low",
        dimensions=tuple(dims),
        target=chosen,
        target_source=source,
        missing=tuple(_missing(dims, chosen, {b.text: f for b, f in items})),
        warnings=tuple(all_warnings(materials, items, target, _track_band(dims, leadership_track))),
        equivalences=tuple(rows),
        notes=tuple(notes),
        items=len(items),
        carried_by=carried,
        unplaced=_unplaced(weighing, items, band) if confidence < PLACED else None,
    )


def _track_band(dims: list[ev.DimensionEvidence], leadership_track: bool) -> Band | None:
    if not leadership_track:
        return None
    return next(d.band for d in dims if d.dimension is Dimension.LEADERSHIP)


def _ml_applies(materials: Materials, title: str | None, items: list[ev.Item]) -> bool:
    titles = [title or ""] + [p.title for p in materials.positions()]
    named = any(w in f" {t.lower()} " for t in titles for w in _ML_WORDS)
    return named or sum(1 for _, f in items if f.has_ml_proof) >= 2


def _dimensions(items: list[ev.Item], ml_applies: bool) -> list[ev.DimensionEvidence]:
    return [
        ev.scope(items),
        ev.impact(items),
        ev.depth(items),
        ev.leadership(items),
        ev.ml(items, ml_applies),
    ]


class _Weighing(NamedTuple):
    """What the confidence weighs, counted once for it and for what it says is lacking."""

    proven: int  # items that show a result
    weighed: list[ev.DimensionEvidence]  # dimensions that apply, lowest band first
    at_band: int  # bullets read at the band or above (as the proof report bands them)


def _weigh(
    items: list[ev.Item],
    banded: list[ev.Banded],
    dims: list[ev.DimensionEvidence],
    band: Band,
) -> _Weighing:
    return _Weighing(
        proven=sum(1 for _, f in items if ev.proven(f)),
        weighed=sorted((d for d in dims if d.applies), key=lambda d: d.band.rank),
        at_band=sum(1 for _, bb in banded if bb.band.rank >= band.rank),
    )


def _confidence(w: _Weighing) -> float:
    """Surer with more proven items, dimensions that agree, and several bullets at the band."""
    spread = w.weighed[-1].band.rank - w.weighed[0].band.rank if w.weighed else 5
    amount = min(1.0, w.proven / _FIRM)
    agreement = 0.5 + 0.5 * (1 - spread / 5)
    support = 0.4 + 0.6 * min(1.0, w.at_band / _AGREE)
    return round(amount * agreement * support, 2)


def _unplaced(w: _Weighing, items: list[ev.Item], band: Band) -> str:
    """What the evidence lacks to support a band, in the terms `_confidence` weighs."""
    lacks = [
        f"{w.proven} of your {len(items)} items {_verb(w.proven, 'show')} a result "
        f"(a number or what changed); about {_FIRM} make a firm reading"
    ]
    if w.weighed and w.weighed[-1].band.rank - w.weighed[0].band.rank >= 2:
        low, high = w.weighed[0], w.weighed[-1]
        lacks.append(
            f"the dimensions disagree ({high.dimension.label} reads {high.band.label}, "
            f"{low.dimension.label} {low.band.label})"
        )
    if w.at_band < _AGREE:
        lacks.append(
            f"{w.at_band} of your bullets {_verb(w.at_band, 'read')} as {band.label}; "
            "three would agree"
        )
    return "; ".join(lacks)


def _verb(count: int, verb: str) -> str:
    return f"{verb}s" if count == 1 else verb


def _missing(
    dims: list[ev.DimensionEvidence], target: Band, features: dict[str, Features]
) -> list[str]:
    found = []
    for dim in dims:
        if dim.applies and dim.band < target:
            need = expectation(target, dim.dimension).need
            line = f"{dim.dimension.label}: to read as {target.label} you need {need}."
            found.append(line + ev.closest(dim, target, features))
    return found
