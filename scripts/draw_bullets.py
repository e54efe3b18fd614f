"""Draw candidate bullets for a labelling batch from the résumé corpus (RULES.md, 2026-12-06q).

The lines are what levelset's résumé reader gives for the tuning-split files of the résumé
corpus (tests/corpus/resumes/SOURCES.csv) under permissive licences, read from
~/.cache/levelset-corpus/resumes (or $LEVELSET_RESUME_CORPUS) and checked against their SHA-256.
Each line's split is the corpus's seeded hash (tests/corpus/bullets_corpus.split_of); the draw
takes a share of held-out and tuning lines, spread over files and over kinds of line (numbers,
leading words, other people named, the rest), with lines of six words or more and at most 400
characters whose words overlap no row of the corpus and no earlier candidate (Jaccard above 0.55).
The pool (which files, which lines, each line's source and split, the lines read and left out by
hand: not bullets, names, other languages) is scripts/bullet_pool.py; this script draws from it.
The words that name a line's kind and field of work (KINDS, FIELDS, ENGINEERING) are
scripts/bullet_kinds.py.

    PYTHONPATH=src python scripts/draw_bullets.py --out tests/corpus/bullets/draw_2026-12-06q.jsonl
    PYTHONPATH=src python scripts/draw_bullets.py --sources   # the source of every drawn id
    PYTHONPATH=src python scripts/draw_bullets.py --batch 2026-12-06r \
        --out tests/corpus/bullets/draw_2026-12-06r.jsonl

Batch 2026-12-06r (BATCHES) reads both splits of the résumé corpus (the bullet's own hash decides
its half), every row of SOURCES.csv at its draw (551), takes 200 lines of each half, in turn over
fields of work (FIELDS) inside each kind, and leaves out every line of the earlier draws' files
and of the corpus as it was before it (Jaccard above 0.55).

Batch 2026-12-06s reads as 2026-12-06r, every row of SOURCES.csv at its draw (563), takes 180 lines
of each half and prefers the product's first users' fields (ENGINEERING: machine learning, data,
software): inside each kind, three such lines for every one of another field while both last.
Its pool was read with the résumé reader of commit 89eb6d6 (2026-12-06, 23:40 UTC).

Batch 2026-12-07u reads only the files added to SOURCES.csv since 2026-12-07t's draw (rows 616 to
639, first_source), 75 lines of each half, at most 7 lines of one file in each split (per_file:
the 24 files give 220 eligible lines from 19 of them, and at most 4 a file left 116). Its pool was
read with the résumé reader of commit c4528fd (2026-12-07, 18:20 UTC).

The output holds ids and texts only, shuffled: the labellers see nothing else. The draw read the
first SOURCES_AT_DRAW rows of SOURCES.csv with the résumé reader of commit 68f8089; files added
later, or a reader that splits lines differently, give a different pool.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bullet_kinds import ENGINEERING, FIELDS, KINDS  # noqa: E402
from bullet_pool import LEFT_OUT_BY_BATCH, NOT_LINE, pool  # noqa: E402
from tests.corpus.bullets_corpus import HERE  # noqa: E402

BATCH = "2026-12-06q"  # the default batch; --batch 2026-12-06r draws the next one
SEED = f"levelset-draw-{BATCH}"
SOURCES_AT_DRAW = 534  # the résumé corpus's files when the batch was drawn (SOURCES.csv rows)
HELD_OUT, TUNING = 216, 144  # 60% held-out, 40% tuning: the corpus's held-out share rises
SPLITS = ("tuning",)  # the résumé corpus's splits whose files are read
BY_FIELD = False  # take lines in turn from fields of work (FIELDS) as well as kinds
PER_FILE = 4  # at most this many lines of one file in each split


@dataclass(frozen=True)
class Batch:
    """What one draw read and took: later batches add options, earlier ones keep theirs."""

    name: str
    sources_at_draw: int
    held_out: int
    tuning: int
    splits: tuple[str, ...]
    by_field: bool
    engineering: int = 0  # of every four lines of a kind, this many from ENGINEERING fields
    first_source: int = 0  # SOURCES.csv rows before this one (earlier draws' files) are not read
    per_file: int = PER_FILE  # at most this many lines of one file in each split


BATCHES = {
    "2026-12-06q": Batch("2026-12-06q", SOURCES_AT_DRAW, HELD_OUT, TUNING, SPLITS, BY_FIELD),
    # both splits of the résumé corpus (the bullet's own hash decides its half), every file of
    # SOURCES.csv at the draw, half and half, in turn over fields of work
    "2026-12-06r": Batch("2026-12-06r", 551, 200, 200, ("tuning", "held-out"), True),
    # as 2026-12-06r, every file at the draw (563), engineering fields first: of every four
    # lines of a kind three are machine learning, data or software lines while any are left
    "2026-12-06s": Batch("2026-12-06s", 563, 180, 180, ("tuning", "held-out"), True, 3),
    # as 2026-12-06s, every file at the draw (615), a smaller batch for one session's two passes
    "2026-12-07t": Batch("2026-12-07t", 615, 75, 75, ("tuning", "held-out"), True, 3),
    # as 2026-12-07t, only the files added since its draw (SOURCES.csv rows 616-639, 24 MIT
    # office résumés and academic CVs; 19 give eligible lines): at most 7 lines of a file in
    # each split, as at most 4 left 116 lines
    "2026-12-07u": Batch("2026-12-07u", 639, 75, 75, ("tuning", "held-out"), True, 3, 615, 7),
}
MAX_JACCARD = 0.55


def words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.casefold()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def kind_of(text: str) -> str:
    return next((name for name, pattern in KINDS if pattern.search(text)), "plain")


def field_of(text: str, batch: Batch | None = None) -> str:
    if batch is not None and batch.engineering:
        fields = ENGINEERING + FIELDS
        return next((name for name, pattern in fields if pattern.search(text)), "other")
    return next((name for name, pattern in FIELDS if pattern.search(text)), "software")


def draw(pool_file: Path | None = None, batch: Batch = BATCHES[BATCH]) -> list[dict[str, str]]:
    seed = f"levelset-draw-{batch.name}"
    pooled = pool(batch.sources_at_draw, batch.splits, pool_file, batch.first_source)
    random.Random(seed).shuffle(pooled)
    kept = unlike(pooled, earlier_rows(batch), batch)
    chosen: list[dict[str, str]] = []
    for split, want in (("holdout", batch.held_out), ("tune", batch.tuning)):
        lines = [line for line in kept if line["split"] == split]
        if batch.by_field:  # fields in turn inside each kind: the rarer fields come first
            lines = by_field(lines, batch)
        queues: dict[str, list[dict[str, str]]] = defaultdict(list)
        for line in lines:
            queues[kind_of(line["text"])].append(line)
        for kind in list(queues) if batch.engineering else ():  # engineering fields first
            queues[kind] = engineering_first(queues[kind], batch)
        chosen += round_robin(queues, want, batch.per_file)
    random.Random(seed + "|shuffle").shuffle(chosen)
    return chosen


def earlier_rows(batch: Batch) -> list[frozenset[str]]:
    """The words of the corpus's rows as they were before this batch's (and later ones) joined
    it, and of earlier draws' candidates, labelled or not."""
    later = {name for name in BATCHES if name > batch.name}
    corpus = [
        words(row["text"])
        for row in map(
            json.loads, (HERE / "bullets.jsonl").read_text(encoding="utf-8").splitlines()
        )
        if row.get("batch") != batch.name and row.get("batch") not in later
    ]
    for name in sorted(BATCHES):
        path = HERE / f"draw_{name}.jsonl"
        if name < batch.name and path.is_file():
            corpus += [
                words(json.loads(line)["text"])
                for line in path.read_text(encoding="utf-8").splitlines()
            ]
    return corpus


def unlike(
    pooled: list[dict[str, str]], corpus: list[frozenset[str]], batch: Batch
) -> list[dict[str, str]]:
    """The pooled lines, in order, that are bullets and whose words overlap no corpus row and no
    earlier kept line (Jaccard above MAX_JACCARD)."""
    near = Similar([*corpus, *(words(line["text"]) for line in pooled)])
    for row in corpus:
        near.add(row)
    kept: list[dict[str, str]] = []
    for line in pooled:
        if line["id"] in LEFT_OUT_BY_BATCH[batch.name] or NOT_LINE.search(line["text"]):
            continue
        if not line["text"][:1].isupper():  # a line glued from the one above
            continue
        mine = words(line["text"])
        if near.any_over(mine):
            continue
        near.add(mine)
        kept.append(line)
    return kept


class Similar:
    """Word sets added so far, found again by a set whose Jaccard with one is above
    MAX_JACCARD without comparing it with every one: an index of each set's first words in one
    order, rarest first (prefix filtering: two sets that similar share one of those words), and
    the few found there compared in full."""

    def __init__(self, every: list[frozenset[str]]) -> None:
        seen: dict[str, int] = defaultdict(int)
        for one in every:
            for word in one:
                seen[word] += 1
        self.rank = {word: (n, word) for word, n in seen.items()}
        self.by_word: dict[str, list[frozenset[str]]] = defaultdict(list)
        self.empty = False

    def _prefix(self, one: frozenset[str]) -> list[str]:
        # a set over MAX_JACCARD with `one` shares more than MAX_JACCARD * len(one) words with
        # it (floor, not ceil: a longer prefix stays right whatever the float rounding)
        size = len(one) - math.floor(MAX_JACCARD * len(one)) + 1
        return sorted(one, key=lambda w: self.rank.get(w, (0, w)))[:size]

    def add(self, one: frozenset[str]) -> None:
        self.empty = self.empty or not one
        for word in self._prefix(one):
            self.by_word[word].append(one)

    def any_over(self, one: frozenset[str]) -> bool:
        if not one:
            return self.empty  # two empty sets are alike (jaccard 1.0), any other is not
        found = {id(o): o for w in self._prefix(one) for o in self.by_word.get(w, ())}
        return any(jaccard(one, other) > MAX_JACCARD for other in found.values())


def round_robin(
    queues: dict[str, list[dict[str, str]]], want: int, per_file_at_most: int = PER_FILE
) -> list[dict[str, str]]:
    """Up to `want` lines, each kind in turn, each file at most `per_file_at_most` times (a
    file's line past that is passed over), in each kind's order."""
    order = ("number", "leading", "others", "plain")
    left = {kind: deque(queues.get(kind, ())) for kind in order}
    per_file: dict[str, int] = defaultdict(int)
    taken: list[dict[str, str]] = []
    while len(taken) < want and any(left.values()):
        for kind in order:
            queue = left[kind]
            while queue:
                line = queue.popleft()
                if per_file[line["file"]] < per_file_at_most:
                    per_file[line["file"]] += 1
                    taken.append(line)
                    break
            if len(taken) == want:
                break
    return taken


def by_field(lines: list[dict[str, str]], batch: Batch | None = None) -> list[dict[str, str]]:
    """The lines reordered so that each field of work comes in turn (order kept inside one)."""
    fields: dict[str, list[dict[str, str]]] = defaultdict(list)
    for line in lines:
        fields[field_of(line["text"], batch)].append(line)
    names = sorted(fields, key=lambda name: (len(fields[name]), name))
    rounds: list[list[dict[str, str]]] = []  # round r: the r-th line of each field, in turn
    for name in names:
        for at, line in enumerate(fields[name]):
            if at == len(rounds):
                rounds.append([])
            rounds[at].append(line)
    return [line for one in rounds for line in one]


def engineering_first(queue: list[dict[str, str]], batch: Batch) -> list[dict[str, str]]:
    """`batch.engineering` lines of ENGINEERING fields, then one of another field, in turn
    while both last (order kept inside each), then the rest."""
    names = {name for name, _ in ENGINEERING}
    ours = [line for line in queue if field_of(line["text"], batch) in names]
    rest = [line for line in queue if field_of(line["text"], batch) not in names]
    step = batch.engineering
    turns = min(len(rest), -(-len(ours) // step))  # turns while both last
    ordered: list[dict[str, str]] = []
    for turn in range(turns):
        ordered += ours[turn * step : (turn + 1) * step] + [rest[turn]]
    return ordered + ours[turns * step :] + rest[turns:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write ids and texts, shuffled, here")
    parser.add_argument("--sources", action="store_true", help="print each id's source")
    parser.add_argument("--pool", type=Path, help="keep the reader's lines here (outside the repo)")
    parser.add_argument("--batch", choices=sorted(BATCHES), default=BATCH, help="which draw")
    args = parser.parse_args()
    batch = BATCHES[args.batch]
    chosen = draw(args.pool, batch)
    if args.out:
        args.out.write_text(
            "".join(
                json.dumps({"id": c["id"], "text": c["text"]}, ensure_ascii=False) + "\n"
                for c in chosen
            ),
            encoding="utf-8",
        )
    if args.sources:
        for c in chosen:
            print(
                json.dumps(
                    {k: c[k] for k in ("id", "split", "source", "commit", "licence")}
                    | {"field": field_of(c["text"], batch)}
                )
            )
    held = sum(c["split"] == "holdout" for c in chosen)
    files = len({c["file"] for c in chosen})
    print(
        f"{len(chosen)} drawn: {held} held-out, {len(chosen) - held} tuning, {files} files",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
