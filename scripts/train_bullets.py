"""Train the bullet scorer on the tuning half of tests/corpus/bullets and write its weights.

    PYTHONPATH=src:. python scripts/train_bullets.py [--lobo]

With --lobo it writes nothing and prints the leave-one-batch-out figures instead: each labelling
batch of the tuning half (the first labelling counts as one) is scored by a model trained on the
other batches, with the sure rules and denials chosen on those alone. Random folds put near
copies of a row on both sides and overstate what a new batch will read (5-fold metric F1 0.99
against 0.89 held-out); a batch left out whole is the honest development measure.

One logistic regression per verdict (has_metric, outcome, leadership, cross_team) and a ridge
regression of the band's rank, over the signals of levelset.proof.signals (named rules,
quantities, word n-grams). Each verdict's L2 strength and decision threshold are those that read
the real rows of left-out batches best (leave-one-batch-out inside the tuning half,
scripts/bullet_lobo.py); the band's strength is chosen by 5-fold cross-validation. The held-out
half is never read here. numpy is needed only here: the package reads the weights in plain
Python (levelset.proof.learned).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from scripts.bullet_fit import Sparse, logistic_many
from tests.corpus.bullets_corpus import BANDS, FEATURES, Row, rows

from levelset.proof.signals import signals

OUT = Path(__file__).resolve().parents[1] / "src" / "levelset" / "proof" / "bullet_model.json"
# batches kept out of training and of every development figure. None now: 2026-12-06q was kept out
# while its held-out rows were read as a fresh measurement of the scorer of 2026-12-06 (docs/
# proof.md, issue 12); that reading is done, and its tuning rows, like those of 2026-12-06r, are
# real résumé text no rule was written from: the closest thing to what users bring
EXCLUDED_BATCHES: frozenset[str] = frozenset()
MIN_DOCS = 2
Say = Callable[[str], None] | None
# cross-team chose the weakest L2 and the lowest threshold of the older grid (0.1 .. 3.0, 0.35 ..
# 0.6); one step further each way, cross-validated cross-team F1 0.800 -> 0.807 (L2 0.03, 0.25);
# a second step (0.01, 0.2) gave no more
STRENGTHS = (0.03, 0.1, 0.3, 1.0, 3.0)
BAND_STRENGTHS = (0.3, 1.0)
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
# signal families that only some verdicts read: reach (levelset.proof.reach) and the kinds of
# people named (levelset.proof.who) tell who else the work reached; in cross-validation reach
# helped the cross-team verdict and cost leadership. The verb classes (levelset.proof.verbs) say
# what changed: cross-validated outcome F1 0.874 -> 0.883 with them, leadership 0.927 -> 0.923.
READ_BY = {
    "reach:": ("cross_team", "band"),
    # the kinds of people named by WordNet class (levelset.proof.who) are read only for the band:
    # for cross-team the party affected, read in its phrase (levelset.proof.party), replaces them.
    # Leave-one-batch-out cross-team F1 on the real rows 0.620 -> 0.634, on the fresh batches
    # (2026-12-06q and r, which no rule or lexicon was written from) 0.556 -> 0.596
    "who:": ("band",),
    "party:": ("cross_team", "band"),
    "verb:": ("outcome", "band"),
    # the shape of what came of the work (levelset.proof.result_shape): a change with its amount,
    # a level or a size with no change said.
    # Leave-one-batch-out outcome F1 on the 3,002 tuning rows (batch 2026-12-06s's 180 in): real
    # rows 0.780 -> 0.785, mean over batches 0.811 -> 0.814, fresh batches (q, r, s) 0.650 -> 0.705;
    # the other verdicts do not read it
    "shape:": ("outcome", "band"),
    # other organisations named by name or by spread (levelset.proof.org_reach): cross-team F1
    # on the real rows 0.650 -> 0.662, fresh batches 0.606 -> 0.628
    "org:": ("cross_team", "band"),
    # what others gained, said without the verbs of change (levelset.proof.gains): people
    # enabled, work that resulted in something, people counted taking it up, things won
    "gain:": ("outcome", "band"),
    # others taking the work up (levelset.proof.uptake) say what came of it, not who led
    "uptake:": ("outcome", "cross_team", "band"),
    # a number says how much, never who led: leadership read with quantities learnt that
    # bullets with results lead less often, and missed leading written after a result
    "q:": ("has_metric", "outcome", "cross_team", "band"),
    "nq:": ("has_metric", "outcome", "cross_team", "band"),
    # who led says nothing of who else was reached: read with the leading signals, cross-team
    # learnt that managers reach others and read "Line-managed four ML engineers" as reach
    # (cross-validated cross-team F1 0.803 -> 0.811 without them, the other verdicts unchanged)
    "lead:": ("has_metric", "outcome", "leadership", "band"),
    "rule:lead": ("has_metric", "outcome", "leadership", "band"),
    "rule:manager": ("has_metric", "outcome", "leadership", "band"),
}


# named rules that may say yes whatever the weights say, kept when they read right on nearly
# every tuning row they fire on (MIN_SURE_PRECISION, at least MIN_SURE_ROWS rows), and never
# when a denial of the same verdict fired too. Leadership written after a result ("cut costs
# 38%; I led the effort") lost to the weights of its numbers and outcome words: cross-validated
# recall 0.90 without them.
SURE = {
    "leadership": (
        "lead:opens",
        "lead:own_role",
        "lead:first_person",
        "lead:took_charge",
        "lead:started",
        "lead:ran_for_others",
        # teaching others (levelset.proof.lead_taught): lessons, lectures, office hours
        "lead:taught",
        "lead:grew_people",
        "lead:people_work",
        "lead:direction",
        "lead:drove_work",
        "lead:go_to",
        "lead:opens_people",
        "lead:across",
        "lead:without_verb",
    ),
    # others who took the work up, kept using it or could act on their own after it
    "outcome": (
        "uptake:still_used",
        "uptake:they_acted",
        "uptake:became_standard",
        "uptake:taken_up",
        "uptake:on_their_own",
        "uptake:cleared",
        # an award or a paper accepted at a named venue: judged by others (RULES.md)
        "uptake:recognised",
        "uptake:venue_paper",
        # an effect after a comma that names what changed (", minimising downtime"); 23 of 23
        # tuning rows it fires on are outcomes, where the older effect_clause read right on 72
        # of 78 (", enhancing extensibility" names no effect). With the bullet's own verb, what
        # it led to and the subject that changed ("Cut cloud costs by", "bugs ... dropped",
        # 2026-12-07): 128 of 129
        "rule:effect_named",
    ),
    # others named as the ones the work was done with or for: a team named, a partner or
    # liaison, other units or client organisations, a trade that acted, several functions
    "cross_team": (
        "reach:named_teams",
        "reach:partnered",
        "reach:units_served",
        "reach:client_org",
        "reach:trade_acts",
        "reach:with_functions",
        # people of several functions worked with or led ("collaborate cross-functionally",
        # "cross-functional teams"): 21 of 22 tuning rows it fires on are cross-team
        "reach:cross_functional",
    ),
}
# denials: leading words in another sense ("was mentored by", "owned up to") and owning only
# one's own work ("owned my tickets"); each blocks the sure rules, and together they say no
# whatever the weights say when they read right on nearly every tuning row they fire on (a
# bullet that owns its own tasks read yes on the weights of "took ownership": 0.91)
UNLESS = {"leadership": ("lead:not_leading", "lead:own_task")}
# a written row's share of a verdict's loss against a real row's: the written rows were made to
# teach wordings, and their reach words read right more often than on real résumés (where
# reach:beyond_only fires, reach:outside on 32 of 36 written rows labelled cross-team, 25 of 47
# real ones; reach:open_source 21 of 22, 13 of 32). Leave-one-batch-out cross-team F1 on the
# real rows 0.660 -> 0.667 at 0.4 (fresh batches 0.612 -> 0.630; 0.658 at 0.15); the verdicts
# not named keep weight 1 (outcome's fresh batches fell at 0.4, leadership's real rows too)
WRITTEN_WEIGHT: dict[str, float] = {"cross_team": 0.4}


def row_weights(tune: list[Row], names: list[str]) -> np.ndarray:
    """Each row's weight for each verdict of `names` (rows x names): 1 for real text, the
    verdict's WRITTEN_WEIGHT for written text."""
    real = np.array([r.raw.get("origin") == "real" for r in tune])
    return np.stack([np.where(real, 1.0, WRITTEN_WEIGHT.get(n, 1.0)) for n in names], axis=1)


# advice asks for a number when the metric verdict says there is none, and asking for one that
# is there costs trust (issue 12): among the pairs whose cross-validated F1 is within this
# margin of the best, the metric verdict takes the one of highest recall
RECALL_FIRST = {"has_metric": 0.01}
# 0.94, not 0.95: with the fresh batches in the tuning half the effect named after a comma reads
# right on 32 of 34 rows (0.941) and fell out, and RULES.md's effect after a comma was read as no
# outcome (tests/proof/test_judged_and_partnered); at 0.94 it and "I led" (16 of 17) stay, and the
# "set the direction" rule, right on 3 of 9 fresh rows (111 of 121 in all), stays out
MIN_SURE_PRECISION = 0.94
MIN_SURE_ROWS = 5


def sure_rules(
    name: str, found: list[dict[str, str]], y: np.ndarray, say: Say = print
) -> dict[str, float]:
    """The sure rules kept for verdict `name`, with their precision on the tuning half."""
    kept: dict[str, float] = {}
    for rule in SURE.get(name, ()):
        fired = np.array(
            [rule in f and not any(u in f for u in UNLESS.get(name, ())) for f in found]
        )
        if fired.sum() >= MIN_SURE_ROWS and y[fired].mean() >= MIN_SURE_PRECISION:
            kept[rule] = round(float(y[fired].mean()), 3)
        if say:
            say(f"  sure rule {rule}: fires on {fired.sum()}, right on {int(y[fired].sum())}")
    return kept


def denials(name: str, found: list[dict[str, str]], y: np.ndarray, say: Say = print) -> list[str]:
    """The verdict's denials, kept as a sure "no" when, on the tuning rows where any of them
    fires, the verdict is false on nearly all (MIN_SURE_PRECISION, at least MIN_SURE_ROWS)."""
    rules = UNLESS.get(name, ())
    fired = np.array([any(u in f for u in rules) for f in found], dtype=bool)
    kept = bool(rules) and fired.sum() >= MIN_SURE_ROWS
    kept = kept and float(1 - y[fired].mean()) >= MIN_SURE_PRECISION
    if say:
        say(f"  denials {list(rules)}: fire on {fired.sum()}, right on {int((1 - y[fired]).sum())}")
    return list(rules) if kept else []


def fires(rules: list[str], unless: tuple[str, ...], found: list[dict[str, str]]) -> np.ndarray:
    return np.array(
        [any(r in f for r in rules) and not any(u in f for u in unless) for f in found], dtype=bool
    )


def visible(name: str, vocab: dict[str, int]) -> np.ndarray:
    """Which signals verdict `name` reads: all but the families READ_BY keeps from it."""
    shown = np.ones(len(vocab), dtype=bool)
    for n, i in vocab.items():
        if any(n.startswith(prefix) and name not in by for prefix, by in READ_BY.items()):
            shown[i] = False
    return shown


def matrix(texts: list[str], vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(texts), len(vocab)))
    for i, text in enumerate(texts):
        for name in signals(text):
            if name in vocab:
                x[i, vocab[name]] = 1.0
    return x


def vocabulary(texts: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for text in texts:
        for name in signals(text):
            counts[name] = counts.get(name, 0) + 1
    keep = sorted(n for n, c in counts.items() if c >= MIN_DOCS or not n.startswith(("w:", "b:")))
    return {n: i for i, n in enumerate(keep)}


def _softmax(x: np.ndarray, y: np.ndarray, strength: float, steps: int = 800) -> np.ndarray:
    """Weights (signals x bands) of a multinomial logistic regression; y holds band indexes."""
    w = np.zeros((x.shape[1], len(BANDS)))
    onehot = np.eye(len(BANDS))[y]
    xs = Sparse(x)
    for _ in range(steps):
        z = xs.dot(w)
        e = np.exp(z - z.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        w -= 1.0 * (xs.tdot(p - onehot) / len(y) + strength / len(y) * w)
    return w


def _expected_rank(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    z = x @ w
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    return p @ np.arange(1, len(BANDS) + 1)


def _folds(ids: list[str], k: int = 5) -> list[int]:
    return [int(hashlib.sha256(i.encode()).hexdigest(), 16) % k for i in ids]


def f1(pred: np.ndarray, want: np.ndarray) -> float:
    tp = float(np.sum(pred & want))
    fp = float(np.sum(pred & ~want))
    fn = float(np.sum(~pred & want))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _choose_bands(x: np.ndarray, y: np.ndarray, folds: list[int]) -> tuple[float, float, float]:
    """(within one, exact, L2) of the strength with the best within-one, then exact."""
    best = (-1.0, -1.0, 1.0)
    for strength in BAND_STRENGTHS:
        pred = np.zeros(len(y))
        for f in set(folds):
            test = np.array([g == f for g in folds])
            pred[test] = _expected_rank(x[test], _softmax(x[~test], y[~test], strength))
        gap = np.abs(np.rint(pred) - (y + 1))
        found = (float(np.mean(gap <= 1)), float(np.mean(gap == 0)), strength)
        if found[:2] > best[:2]:
            best = found
    return best


# weights smaller than PRUNE are left out of the shipped file: at 0.025 no tuning row reads
# otherwise than with every weight from 0.01 (checked when it was set), and the file the
# report parses on first use is no larger than before the 2026-12-05b batch
PRUNE = 0.025
# the bands' weights are pruned harder: trained on 2,822 rows (9,100 signals) the file grew by a
# sixth and its first read at a cold start from 9 to 14 ms; at 0.05 it is smaller than before
# (559 KiB marshalled, was 574) and 22 tuning rows of 2,822 change band (exact 2,670 -> 2,658,
# within one 2,820 unchanged)
BAND_PRUNE = 0.05


def _sparse(w: np.ndarray, vocab: dict[str, int], prune: float = PRUNE) -> dict[str, float]:
    return {n: round(float(w[i]), 4) for n, i in vocab.items() if abs(w[i]) >= prune}


def _tuning() -> list[Row]:
    """The tuning rows trained on: the tuning half less the batches of EXCLUDED_BATCHES."""
    return [r for r in rows("tune") if r.raw.get("batch") not in EXCLUDED_BATCHES]


def main(argv: list[str]) -> int:
    tune = _tuning()
    from scripts.bullet_lobo import choose, left_out, report

    if "--lobo" in argv:
        return report(tune)
    texts = [r.text for r in tune]
    vocab = vocabulary(texts)
    x = matrix(texts, vocab)
    folds = _folds([r.id for r in tune])
    model: dict[str, object] = {"trained_on": len(tune), "split": "tune", "verdicts": {}}
    lobo: dict[str, dict[str, float]] = {}
    found = [signals(t) for t in texts]
    seen = left_out(tune, x, vocab, found)
    chosen = {n: choose(seen, n, RECALL_FIRST.get(n, 0.0)) for n in FEATURES}
    ys = np.stack([[1.0 if r.labels[n] else 0.0 for r in tune] for n in FEATURES], axis=1)
    masks = np.stack([visible(n, vocab) for n in FEATURES], axis=1).astype(float)
    shares = row_weights(tune, list(FEATURES))
    weights = logistic_many(x, ys, np.array([chosen[n][0] for n in FEATURES]), masks, shares)
    for k, name in enumerate(FEATURES):
        strength, threshold, got = chosen[name]
        sure = sure_rules(name, found, ys[:, k])
        unless = UNLESS.get(name, ())
        denied = denials(name, found, ys[:, k])
        spec: dict[str, object] = {"threshold": threshold, "weights": _sparse(weights[:, k], vocab)}
        if sure:
            spec.update(sure=list(sure), sure_precision=sure, unless=list(unless))
        if denied:
            spec.update(deny=denied)
        model["verdicts"][name] = spec  # type: ignore[index]
        lobo[name] = {key: round(got[key], 3) for key in ("real", "mean", "pooled", "fresh")}
        print(
            f"{name}: leave-one-batch-out F1 {got['real']:.3f} on real rows, {got['mean']:.3f} "
            f"averaged over batches, {got['fresh']:.3f} on the fresh batches (L2 {strength}, "
            f"threshold {threshold})"
        )
    bands = np.array([BANDS.index(r.labels["band"]) for r in tune])
    within, exact, strength = _choose_bands(x, bands, folds)
    w = _softmax(x, bands, strength)
    model["bands"] = {b: _sparse(w[:, k], vocab, BAND_PRUNE) for k, b in enumerate(BANDS)}
    # the band's 5 folds inside the tuning half, and each verdict's left-out batches (docs/proof.md)
    model["cross_validated"] = {"band_exact": round(exact, 3), "band_within_one": round(within, 3)}
    model["leave_one_batch_out"] = lobo
    print(f"band: cross-validated exact {exact:.3f}, within one {within:.3f} (L2 {strength})")
    OUT.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB, {len(vocab)} signals)")
    from levelset.proof.learned import write_compiled

    print(f"wrote {write_compiled()} (the same weights marshalled, read at each cold start)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
