"""The learned bullet scorer: verdicts from shipped weights, each with the words that earned it.

The weights (bullet_model.json, next to this module) come from scripts/train_bullets.py: one
logistic regression per verdict and a ridge regression of the band's rank, over the named rules,
quantities and word n-grams of levelset.proof.signals. Reading them needs nothing but the
standard library; they are loaded once, on first use.
"""

from __future__ import annotations

import json
import marshal
import math
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from levelset.bands import Band

if TYPE_CHECKING:
    from levelset.proof.signals import Signals

MODEL = Path(__file__).with_name("bullet_model.json")
COMPILED = Path(__file__).parents[1] / "data" / "prebuilt" / "bullet_model.marshal"
VERDICTS = ("has_metric", "outcome", "leadership", "cross_team")
_SHOWN = 3  # words named per verdict


@dataclass(frozen=True)
class Verdict:
    """One yes-or-no reading of a bullet, how sure, and the words that weighed most for it."""

    name: str
    value: bool
    probability: float
    words: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"value": self.value, "probability": self.probability, "words": list(self.words)}


@dataclass(frozen=True)
class Reading:
    """Everything the learned scorer says about one bullet."""

    verdicts: dict[str, Verdict]
    band: Band
    rank: float  # the band on a continuous scale (1 entry ... 6 principal)
    band_words: tuple[str, ...]

    def __getitem__(self, name: str) -> Verdict:
        return self.verdicts[name]


@cache
def _model() -> dict[str, Any]:
    """The weights: their marshalled copy when it was made from this very file (a quarter of
    the JSON's parsing time at each cold start), else the JSON itself."""
    text = MODEL.read_bytes()
    data: dict[str, Any] = _compiled(text) or json.loads(text)
    return data


def _compiled(text: bytes) -> dict[str, Any] | None:
    try:
        made_from, data = marshal.loads(COMPILED.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return data if made_from == _stamp(text) and isinstance(data, dict) else None


def _stamp(text: bytes) -> tuple[int, int]:
    return zlib.crc32(text), len(text)


def write_compiled(target: Path | None = None) -> Path:
    """Marshal the weights of MODEL beside the JSON they were read from (the training script
    calls this after writing MODEL; `make model` too)."""
    text = MODEL.read_bytes()
    out = target or COMPILED
    out.write_bytes(marshal.dumps((_stamp(text), json.loads(text))))
    return out


def read(text: str) -> Reading:
    """The four verdicts and the band of one bullet."""
    # the signals' rules are loaded by the first bullet read: a report whose every bullet was
    # read by an earlier command and kept (app.proof_analysis) does not load them
    from levelset.proof.signals import signals

    found = signals(text)
    model = _model()
    verdicts = {name: _verdict(name, model["verdicts"][name], found) for name in VERDICTS}
    rank, band = _band(model["bands"], found)
    words = _words(model["bands"][band.value], found, positive=True)
    return Reading(verdicts, band, round(rank, 3), words)


def _band(weights: dict[str, dict[str, float]], found: Signals) -> tuple[float, Band]:
    """The expected rank over the bands' probabilities, and the band nearest to it."""
    scores = {b: sum(w.get(s, 0.0) for s in found) for b, w in weights.items()}
    top = max(scores.values())
    odds = {b: math.exp(z - top) for b, z in scores.items()}
    total = sum(odds.values())
    rank = sum(Band(b).rank * p / total for b, p in odds.items())
    return rank, Band.from_rank(round(rank))


def _verdict(name: str, spec: dict[str, Any], found: Signals) -> Verdict:
    weights: dict[str, float] = spec["weights"]
    z = sum(weights.get(s, 0.0) for s in found)
    probability = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
    value = probability >= spec["threshold"]
    denied = tuple(found[n] for n in spec.get("deny", ()) if found.get(n))[:_SHOWN]
    if denied:  # a denial the weights may not overrule ("was mentored by", "owned my tickets")
        return Verdict(name, False, round(probability, 3), denied)
    sure = _sure(spec, found)
    if sure and not value:  # a rule the weights may not overrule: its own words earned it
        return Verdict(name, True, round(probability, 3), sure)
    return Verdict(name, value, round(probability, 3), _words(weights, found, positive=value))


def _sure(spec: dict[str, Any], found: Signals) -> tuple[str, ...]:
    """The words of the verdict's sure rules that fired ("As tech lead", "I led"), unless one of
    its denials fired too ("was mentored by"); the trainer chose both lists (bullet_model.json).
    """
    if any(name in found for name in spec.get("unless", ())):
        return ()
    return tuple(found[name] for name in spec.get("sure", ()) if found.get(name))[:_SHOWN]


# words that say nothing alone: an n-gram of them and signs ("% of", "of the") is no reason
_EMPTY_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
    ]
)


def _telling(signal: str, words: str) -> bool:
    """Whether a signal's words can be shown as a reason: a word n-gram of signs and function
    words alone ("%", "$", "% of") is not one; a quantity ("80%") is."""
    if signal.startswith(("w:", "b:", "first:")):
        alpha = ["".join(c for c in w if c.isalpha()) for w in words.lower().split()]
        return any(w and w not in _EMPTY_WORDS for w in alpha)
    return bool(words)


def _words(weights: dict[str, float], found: Signals, *, positive: bool) -> tuple[str, ...]:
    """The bullet's own words behind the strongest signals on the side of the verdict."""
    sign = 1 if positive else -1
    weighed = ((weights.get(s, 0.0) * sign, s, words) for s, words in found.items())
    # only words weighing for the verdict can be shown: the rest are not looked at (a cold start)
    ranked = sorted(
        ((weight, words) for weight, s, words in weighed if weight > 0 and _telling(s, words)),
        key=lambda pair: -pair[0],
    )
    shown: list[str] = []
    for weight, words in ranked:
        if weight <= 0 or len(shown) == _SHOWN:
            break
        lower = words.lower()
        if not any(lower in w.lower() or w.lower() in lower for w in shown):
            shown.append(words)
    return tuple(shown)
