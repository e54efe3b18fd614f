"""Draw candidate bullets for a labelling batch from the résumé corpus (RULES.md, 2026-12-06q).

The lines are what levelset's résumé reader gives for the tuning-split files of the résumé
corpus (tests/corpus/resumes/SOURCES.csv) under permissive licences, read from
~/.cache/levelset-corpus/resumes (or $LEVELSET_RESUME_CORPUS) and checked against their SHA-256.
Each line's split is the corpus's seeded hash (tests/corpus/bullets_corpus.split_of); the draw
takes a share of held-out and tuning lines, spread over files and over kinds of line (numbers,
leading words, other people named, the rest), with lines of six words or more and at most 400
characters whose words overlap no row of the corpus and no earlier candidate (Jaccard above 0.55).
Lines read and left out by hand (not bullets, names, other languages) are listed in LEFT_OUT.

    PYTHONPATH=src python scripts/draw_bullets.py --out tests/corpus/bullets/draw_2026-12-06q.jsonl
    PYTHONPATH=src python scripts/draw_bullets.py --sources   # the source of every drawn id
    PYTHONPATH=src python scripts/draw_bullets.py --batch 2026-12-06r \
        --out tests/corpus/bullets/draw_2026-12-06r.jsonl

Batch 2026-12-06r (BATCHES) reads both splits of the résumé corpus (the bullet's own hash decides
its half), every row of SOURCES.csv at its draw (551), takes 200 lines of each half, in turn over
fields of work (FIELDS) inside each kind, and leaves out every line of the earlier draws' files
and of the corpus as it was before it (Jaccard above 0.55).

The output holds ids and texts only, shuffled: the labellers see nothing else. The draw read the
first SOURCES_AT_DRAW rows of SOURCES.csv with the résumé reader of commit 68f8089; files added
later, or a reader that splits lines differently, give a different pool.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus.bullets_corpus import HERE, split_of  # noqa: E402
from tests.corpus.resumes.measure import corpus_folder, read_file  # noqa: E402

BATCH = "2026-12-06q"  # the default batch; --batch 2026-12-06r draws the next one
SEED = f"levelset-draw-{BATCH}"
LICENCES = {
    "MIT",
    "MIT (LICENCE.md)",
    "MIT (pyproject.toml)",
    "0BSD",
    "Apache-2.0",
    "CC-BY-3.0",
    "Unlicense",
}
SOURCES_AT_DRAW = 534  # the résumé corpus's files when the batch was drawn (SOURCES.csv rows)
HELD_OUT, TUNING = 216, 144  # 60% held-out, 40% tuning: the corpus's held-out share rises
SPLITS = ("tuning",)  # the résumé corpus's splits whose files are read
BY_FIELD = False  # take lines in turn from fields of work (FIELDS) as well as kinds


@dataclass(frozen=True)
class Batch:
    """What one draw read and took: later batches add options, earlier ones keep theirs."""

    name: str
    sources_at_draw: int
    held_out: int
    tuning: int
    splits: tuple[str, ...]
    by_field: bool


BATCHES = {
    "2026-12-06q": Batch("2026-12-06q", SOURCES_AT_DRAW, HELD_OUT, TUNING, SPLITS, BY_FIELD),
    # both splits of the résumé corpus (the bullet's own hash decides its half), every file of
    # SOURCES.csv at the draw, half and half, in turn over fields of work
    "2026-12-06r": Batch("2026-12-06r", 551, 200, 200, ("tuning", "held-out"), True),
}
# Fields of work, by words of the line; the first that matches names it, "software" by default.
FIELDS = (
    (
        "health",
        re.compile(
            r"\b(?:patients?|clinic\w*|hospital\w*|medic\w*|nurs\w*|health\w*|care|"
            r"pharma\w*|surg\w*|diagnos\w*|therap\w*)\b",
            re.I,
        ),
    ),
    (
        "teaching",
        re.compile(
            r"\b(?:students?|teach\w*|taught|tutor\w*|lectur\w*|curricul\w*|classes|"
            r"course\w*|school|pupils?|grading|lessons?)\b",
            re.I,
        ),
    ),
    (
        "finance",
        re.compile(
            r"\b(?:financ\w*|accounting|accounts?|audit\w*|budget\w*|invest\w*|tax\w*|"
            r"revenue|portfolio|ledger|payroll|bank\w*|loans?|valuation|fund\w*)\b",
            re.I,
        ),
    ),
    (
        "sales",
        re.compile(
            r"\b(?:sales|sell\w*|sold|clients?|customers?|marketing|campaigns?|brand\w*|"
            r"leads|accounts|quota|partnerships?|social media|seo)\b",
            re.I,
        ),
    ),
    (
        "research",
        re.compile(
            r"\b(?:research\w*|stud(?:y|ies|ied)|experiments?|laborator\w*|lab|papers?|"
            r"publish\w*|thesis|analy[sz]\w*|survey\w*|hypothes\w*|grant)\b",
            re.I,
        ),
    ),
    (
        "design",
        re.compile(
            r"\b(?:design(?:ed|er|ers|s)?|ux|ui|figma|prototyp\w*|wirefram\w*|visual\w*|"
            r"illustrat\w*|graphic\w*|layouts?|typograph\w*)\b",
            re.I,
        ),
    ),
    (
        "operations",
        re.compile(
            r"\b(?:operations?|logistic\w*|inventory|supply|vendors?|procure\w*|schedul\w*|"
            r"staff\w*|hir\w*|recruit\w*|events?|office|warehouse|shifts?|compliance)\b",
            re.I,
        ),
    ),
)
PER_FILE = 4  # at most this many lines of one file in each split
MAX_JACCARD = 0.55
KINDS = (
    ("number", re.compile(r"\d|\b(?:half|double|twice|triple|tenfold|percent|dozens?)\b", re.I)),
    (
        "leading",
        re.compile(
            r"\b(?:led|lead|leading|manag\w*|mentor\w*|coach\w*|supervis\w*|oversaw|overs\w+|"
            r"spearhead\w*|direct\w*|own\w*|initiat\w*|train\w*|taught|teach\w*|hired?|head\w*)\b",
            re.I,
        ),
    ),
    (
        "others",
        re.compile(
            r"\b(?:teams?|clients?|customers?|partners?|stakeholders?|department\w*|"
            r"executives?|board|company|cross|across|with)\b",
            re.I,
        ),
    ),
)
ENGLISH = re.compile(r"\b(?:the|and|to|of|for|with|in|a|an|on|by|using|from)\b", re.I)
NOT_BULLET = re.compile(
    r"https?://|www\.|@\w|\S+\.(?:com|org|io)\b|^\W*(?:skills|languages)\W", re.I
)
# citations, people named by title and labelled lines that are no bullet
NOT_LINE = re.compile(
    r"\((?:19|20)\d\d\)|\b(?:19|20)\d\d[a-z]?[.:]\s|\bProceedings\b|\bJournal\b|\bPreprint\b|"
    r"\bet al\b|\bProf(?:essor|\.)|\bDr\.|\bSupervis(?:or|ed by)\b|\bAdvis(?:or|ed by)\b|"
    r"\bPh\.?D\b|“[^”]+”\.|^[A-Z][\w'’-]+, (?:[A-Z]\.|[A-Z][\w'’-]+,)|"
    r"^(?:Technologies|Specialties|Thesis|Team|Client|Interests|Other|Years of)\b|"
    r"^(?:Passionate|Strong proficiency|Ability to|We |I am |This is )"
)
# Lines read at the draw and left out, by id: not a bullet, a person's name, not English.
LEFT_OUT: dict[str, str] = {
    "392c6e1e0f": "skills",
    "0084c408a9": "company",
    "ea73a2d2ea": "course",
    "87a9c548cc": "course",
    "edfada344c": "names",
    "d038c3f1b3": "certificate",
    "326efb2cfd": "placeholder",
    "3279846e8a": "skills",
    "da059ab682": "course",
    "a4bb055c40": "course",
    "fc30fa3fdc": "company",
    "da70ed69c9": "fragment",
    "cda720c1ef": "course",
    "0fa4a69f88": "list",
    "5781c9e62e": "course",
    "ee9f0be214": "project",
    "b283907bd6": "skills",
    "d5642ccd6e": "project",
    "ebffbeefe6": "skills",
    "a559e2b29c": "project",
    "0c82202ced": "title",
    "1a1f38812b": "fragment",
    "e5706502d5": "list",
    "98244d360e": "company",
    "da9cee8f14": "names",
    "db69ae9976": "project",
    "193b154c9d": "title",
    "66723e4d13": "skills",
    "da823a4ba7": "names",
    "fafd34efda": "product",
    "a667f73fc0": "fragment",
    "3cc307f0f0": "names",
    "961192aa7d": "company",
    "9b19c65cd9": "product",
    "e42fbbee64": "career",
    "ade70ce3e7": "names",
    "150027e71a": "award",
    "9fa22b6ebc": "skills",
    "1fc2ba35b2": "names",
    "eea4ac195e": "heading",
    "827909ac57": "title",
    "94dab1ceb2": "names",
    "7fba42b3bd": "company",
    "6525ef9d7b": "list",
    "d04d505b51": "company",
    "7e215eebfc": "skills",
    "0899c01be5": "course",
    "e2e192ef28": "title",
    "5fbc21d5d5": "skills",
    "376981fc20": "title",
    "1a5f399bb8": "company",
    "67eb509470": "product",
    "8d0cdb6ab3": "course",
    "a73a281f39": "title",
    "d90ab0ad0a": "list",
    "662616550b": "product",
    "4ff729e97a": "heading",
    "6cd9c1d1ea": "project",
    "e2775c8cf8": "programme",
    "a418c7d2fd": "names",
    "e218fed2ac": "product",
    "5b0d623e4a": "names",
    "246837da7d": "names",
    "ee7199e1a7": "company",
    "3ac5bf66aa": "skills",
    "1100fc60ad": "event",
    "5d2328e7e1": "skills",
    "000e06bbba": "programme",
    "0bb3fdb8f3": "product",
    "bb4b55120f": "course",
    "29eb2e5464": "names",
    "e14dac2560": "skills",
    "e0eaec4dfb": "event",
    "7b3f241e62": "skills",
    "bb1ed52d40": "spanish",
    "ae7bd8762d": "project",
    "c5fa1787a5": "fragment",
    "9275aabf18": "skills",
    "9f29565011": "title",
    "b2ba7a28a7": "skills",
}
# Lines of the 2026-12-06r draw read and left out by hand (the same kinds as above).
LEFT_OUT_R: dict[str, str] = {
    "bb85ffd0ab": "title",
    "c1500d8b6c": "names",
    "616dc0dc8e": "project",
    "182c2b2c8c": "project",
    "b769fb43c0": "company",
    "ec65cb5d24": "company",
    "759cbf7c57": "title",
    "4aa7e74f0b": "company",
    "9363803e28": "course",
    "000f566413": "fragment",
    "d3a2361a0b": "course",
    "5fea66e6b1": "programme",
    "d555609020": "project",
    "7d890a9073": "company",
    "1a64e8a32a": "skills",
    "828f0c62e8": "title",
    "78d614155d": "names",
    "81658ec877": "company",
    "db721e942b": "company",
    "5746d7a70b": "course",
    "2f0afab211": "title",
    "3528754f66": "fragment",
    "fb20da9745": "skills",
    "0a617d7f21": "fragment",
    "8542be484c": "names",
    "ea998d8ab8": "title",
    "1817982cf2": "names",
    "7749e97a95": "project",
    "ae1d1200ce": "names",
    "289f2a89ec": "project",
    "dbe0426136": "names",
    "82d5048813": "company",
    "127f910af9": "title",
    "fe0d674a1b": "names",
    "d2c7cfb382": "title",
    "7e5468aaff": "title",
    "20a50ba1d5": "fragment",
    "8fbe61de8e": "title",
    "d932d33f01": "heading",
    "979c682460": "company",
    "43261f8251": "names",
    "ec162334ef": "company",
    "a8b890ffb0": "company",
    "5c69597e44": "fragment",
    "b13379a53c": "summary",
    "15793b99fe": "fragment",
    "6d3965f672": "project",
    "d280d0e8e4": "project",
    "9a09729e75": "skills",
    "d9eeb52850": "skills",
    "dad64c45f2": "summary",
    "b34d2f8cc0": "programme",
    "e8f3d0b2c9": "summary",
    "4d7eab9ce8": "title",
    "e83c64901e": "project",
    "a2eca78fa4": "fragment",
    "6031c9d114": "company",
    "a9af7ef687": "list",
    "95bd2bc46b": "names",
    "4ae6581e0c": "company",
    "70fb261bf6": "summary",
    "196fd4cbc0": "title",
    "7b589bc5e0": "list",
    "a1abbf7d96": "names",
    "7c3073325f": "fragment",
    "fe198805b4": "project",
    "d95b516c4a": "project",
    "81c1d0a3be": "title",
}
LEFT_OUT_BY_BATCH = {"2026-12-06q": LEFT_OUT, "2026-12-06r": LEFT_OUT | LEFT_OUT_R}


def words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.casefold()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def row_id(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def kind_of(text: str) -> str:
    return next((name for name, pattern in KINDS if pattern.search(text)), "plain")


def field_of(text: str) -> str:
    return next((name for name, pattern in FIELDS if pattern.search(text)), "software")


def candidates(batch: Batch) -> list[dict[str, str]]:
    """Every eligible line of the batch's permissive files, in file order, with its source."""
    folder = corpus_folder()
    found: list[dict[str, str]] = []
    with (ROOT / "tests/corpus/resumes/SOURCES.csv").open(newline="") as stream:
        for source in list(csv.DictReader(stream))[: batch.sources_at_draw]:
            if source["split"] not in batch.splits or source["licence"] not in LICENCES:
                continue
            path = folder / source["file"]
            if not path.is_file():
                continue
            if hashlib.sha256(path.read_bytes()).hexdigest() != source["sha256"]:
                continue
            try:
                _, texts = read_file(path)
            except Exception as error:  # a file the reader refuses gives no lines
                print(f"{source['file']}: {error}", file=sys.stderr)
                continue
            for raw in texts:
                text = " ".join(raw.split())
                if len(text.split()) < 6 or len(text) > 400 or NOT_BULLET.search(text):
                    continue
                if not ENGLISH.search(text) or not text[:1].isalpha():
                    continue
                found.append(
                    {
                        "id": row_id(text),
                        "text": text,
                        "file": source["file"],
                        "source": f"{source['repository']}:{source['path']}",
                        "repository": source["repository"],
                        "path": source["path"],
                        "commit": source["commit"],
                        "licence": source["licence"],
                        "split": split_of(text),
                    }
                )
    return found


def draw(pool_file: Path | None = None, batch: Batch = BATCHES[BATCH]) -> list[dict[str, str]]:
    later = sorted(name for name in BATCHES if name > batch.name)
    corpus = [  # the corpus as it was before this batch's rows (and later ones) joined it
        words(row["text"])
        for row in map(
            json.loads, (HERE / "bullets.jsonl").read_text(encoding="utf-8").splitlines()
        )
        if row.get("batch") != batch.name and row.get("batch") not in later
    ]
    for name in sorted(BATCHES):  # earlier draws' candidates, labelled or not
        path = HERE / f"draw_{name}.jsonl"
        if name < batch.name and path.is_file():
            corpus += [
                words(json.loads(line)["text"])
                for line in path.read_text(encoding="utf-8").splitlines()
            ]
    seed = f"levelset-draw-{batch.name}"
    if pool_file and pool_file.is_file():  # the reader's lines kept from an earlier run
        pool = json.loads(pool_file.read_text(encoding="utf-8"))
    else:
        pool = candidates(batch)
        if pool_file:
            pool_file.write_text(json.dumps(pool, ensure_ascii=False), encoding="utf-8")
    random.Random(seed).shuffle(pool)
    kept: list[dict[str, str]] = []
    seen: list[frozenset[str]] = []
    for line in pool:
        if line["id"] in LEFT_OUT_BY_BATCH[batch.name] or NOT_LINE.search(line["text"]):
            continue
        if not line["text"][:1].isupper():  # a line glued from the one above
            continue
        mine = words(line["text"])
        if any(jaccard(mine, other) > MAX_JACCARD for other in corpus + seen):
            continue
        seen.append(mine)
        kept.append(line)
    chosen: list[dict[str, str]] = []
    for split, want in (("holdout", batch.held_out), ("tune", batch.tuning)):
        # round robin: each kind in turn, each file at most PER_FILE times, files in turn
        queues: dict[str, list[dict[str, str]]] = defaultdict(list)
        lines = [line for line in kept if line["split"] == split]
        if batch.by_field:  # fields in turn inside each kind: the rarer fields come first
            lines = by_field(lines)
        for line in lines:
            queues[kind_of(line["text"])].append(line)
        per_file: dict[str, int] = defaultdict(int)
        taken: list[dict[str, str]] = []
        order = ("number", "leading", "others", "plain")
        while len(taken) < want and any(queues[k] for k in order):
            for kind in order:
                queue = queues[kind]
                while queue:
                    line = queue.pop(0)
                    if per_file[line["file"]] < PER_FILE:
                        per_file[line["file"]] += 1
                        taken.append(line)
                        break
                if len(taken) == want:
                    break
            if all(all(per_file[x["file"]] >= PER_FILE for x in queues[k]) for k in order):
                break
        chosen += taken
    random.Random(seed + "|shuffle").shuffle(chosen)
    return chosen


def by_field(lines: list[dict[str, str]]) -> list[dict[str, str]]:
    """The lines reordered so that each field of work comes in turn (order kept inside one)."""
    fields: dict[str, list[dict[str, str]]] = defaultdict(list)
    for line in lines:
        fields[field_of(line["text"])].append(line)
    ordered: list[dict[str, str]] = []
    names = sorted(fields, key=lambda name: (len(fields[name]), name))
    while any(fields[name] for name in names):
        for name in names:
            if fields[name]:
                ordered.append(fields[name].pop(0))
    return ordered


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
                    | {"field": field_of(c["text"])}
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
