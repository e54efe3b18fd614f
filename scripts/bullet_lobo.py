"""Leave-one-batch-out figures of the bullet scorer, inside the tuning half only.

    PYTHONPATH=src:. python scripts/train_bullets.py --lobo

Each labelling batch of the tuning half (the rows of the first labelling count as one batch) is
read by a model trained on the other batches alone: its sure rules and denials are chosen on those
rows, then its weights fitted at each L2 strength of the trainer's grid. Per verdict the figure is
the F1 of each left-out batch, averaged over the batches (those with fewer than MIN_POSITIVES rows
labelled yes are left out of the average: their F1 is noise), beside the F1 of all left-out
readings pooled; each at the strength and threshold whose average is best, and at the pair the
trainer's own 5-fold choice would ship. Random folds put near copies of a row on both sides and
overstate what a new batch will read; a batch left out whole does not.
"""

from __future__ import annotations

import numpy as np
from scripts import train_bullets as tb
from tests.corpus.bullets_corpus import FEATURES, Row

from levelset.proof.signals import signals

MIN_POSITIVES = 5


def _group(row: Row) -> str:
    return str(row.raw.get("batch", "(first labelling)"))


def _probabilities(
    x: np.ndarray, y: np.ndarray, groups: list[str], found: list[dict[str, str]], name: str
) -> tuple[dict[float, np.ndarray], np.ndarray, np.ndarray]:
    """Left-out probabilities per L2 strength, and the rows each left-out model's sure rules and
    denials decide."""
    probs = {s: np.zeros(len(y)) for s in tb.STRENGTHS}
    sure = np.zeros(len(y), dtype=bool)
    denied = np.zeros(len(y), dtype=bool)
    unless = tb.UNLESS.get(name, ())
    for g in sorted(set(groups)):
        out = np.array([h == g for h in groups])
        train = [f for f, o in zip(found, out, strict=True) if not o]
        test = [f for f, o in zip(found, out, strict=True) if o]
        kept = tb._sure(name, train, y[~out])
        sure[out] = tb._fires(list(kept), unless, test)
        denied[out] = tb._fires(tb._denied(name, train, y[~out]), (), test)
        for s in tb.STRENGTHS:
            w = tb._logistic(x[~out], y[~out], s)
            probs[s][out] = 1 / (1 + np.exp(-(x[out] @ w)))
    return probs, sure, denied


def _figures(pred: np.ndarray, want: np.ndarray, groups: list[str]) -> tuple[float, float]:
    """(F1 averaged over the batches with enough yes rows, F1 of all readings pooled)."""
    per = []
    for g in sorted(set(groups)):
        part = np.array([h == g for h in groups])
        if want[part].sum() >= MIN_POSITIVES:
            per.append(tb._f1(pred[part], want[part]))
    return float(np.mean(per)), tb._f1(pred, want)


def verdict_figures(
    tune: list[Row], x: np.ndarray, vocab: dict[str, int], found: list[dict[str, str]], name: str
) -> dict[str, object]:
    groups = [_group(r) for r in tune]
    y = np.array([1.0 if r.labels[name] else 0.0 for r in tune])
    want = y.astype(bool)
    probs, sure, denied = _probabilities(tb._for(name, x, vocab), y, groups, found, name)
    tried = {}
    for s, p in probs.items():
        for t in tb.THRESHOLDS:
            tried[(s, t)] = _figures(((p >= t) | sure) & ~denied, want, groups)
    best = max(tried, key=lambda k: tried[k][0])
    per_batch = {}
    pred = ((probs[best[0]] >= best[1]) | sure) & ~denied
    for g in sorted(set(groups)):
        part = np.array([h == g for h in groups])
        per_batch[g] = (tb._f1(pred[part], want[part]), int(want[part].sum()), int(part.sum()))
    return {"best": best, "mean": tried[best][0], "pooled": tried[best][1], "per_batch": per_batch}


def report(tune: list[Row]) -> int:
    texts = [r.text for r in tune]
    vocab = tb._vocabulary(texts)
    x = tb._matrix(texts, vocab)
    found = [signals(t) for t in texts]
    groups = sorted({_group(r) for r in tune})
    print(
        f"leave-one-batch-out: {len(tune)} tuning rows, {len(groups)} batches, "
        f"{len(vocab)} signals",
    )
    summary = []
    for name in FEATURES:
        got = verdict_figures(tune, x, vocab, found, name)
        strength, threshold = got["best"]  # type: ignore[misc]
        print(
            f"{name}: mean over batches {got['mean']:.3f}, pooled {got['pooled']:.3f} "
            f"(L2 {strength}, threshold {threshold})"
        )
        for g, (f1, pos, n) in got["per_batch"].items():  # type: ignore[attr-defined]
            print(f"    {g:22s} F1 {f1:.3f}  ({pos} yes of {n})")
        summary.append(f"{name} {got['mean']:.3f}/{got['pooled']:.3f}")
    print("LOBO mean/pooled F1: " + ", ".join(summary))
    return 0
