"""How well levelset reads real job postings: each field right, per split and per format.

The posting files are not kept in this repository: SOURCES.csv names each one's repository, path,
commit, licence and checksum, and a file whose checksum differs is not read. They are read from
$LEVELSET_POSTING_CORPUS, else ~/.cache/levelset-corpus/postings, else shared/corpus/postings
beside the checkout. The hand-checked
ground truth is in truth/ (one JSON a file, `/` in the name written `__`).

    python -m tests.corpus.postings.measure            # the table, tuning and held-out apart
    python -m tests.corpus.postings.measure --json     # the same figures as JSON
    python -m tests.corpus.postings.measure --tuning   # the tuning files only
    python -m tests.corpus.postings.measure --show tts-html/site-lead   # one tuning file

Pay is right when min, max, currency and period all match (a posting with no pay range must
read as none). Text fields are compared without case, punctuation or extra spaces; a list in
the truth means any of its values is right; "*" means the field is not scored for that file
(the Canadian Digital Service postings name their places in prose, not in a location line).
Each split is shown per format, per family of files (`tts`: 18F/TTS; `cds`: Canadian Digital
Service) and for all.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TRUTH = HERE / "truth"
SOURCES = HERE / "SOURCES.csv"
ENV = "LEVELSET_POSTING_CORPUS"
CACHE = Path.home() / ".cache" / "levelset-corpus" / "postings"
SHARED = HERE.parents[3] / "shared" / "corpus" / "postings"  # shared/ beside the checkout
FIELDS = ("pay", "title", "company", "location", "level")


def corpus_folder() -> Path:
    """Where the posting files are: $LEVELSET_POSTING_CORPUS, the cache, or shared/."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    return next((folder for folder in (CACHE, SHARED) if folder.is_dir()), CACHE)


@dataclass(frozen=True)
class Source:
    file: str
    format: str
    split: str
    sha256: str

    @property
    def family(self) -> str:
        """The publisher's family of files: "tts" (18F/TTS) or "cds" (Canadian Digital Service)."""
        return self.file.split("-", 1)[0]

    @property
    def key(self) -> str:
        return self.file.rsplit(".", 1)[0]

    @property
    def truth(self) -> Path:
        return TRUTH / f"{self.key.replace('/', '__')}.json"


def sources() -> list[Source]:
    with SOURCES.open(newline="") as stream:
        rows = csv.DictReader(stream)
        return [Source(r["file"], r["format"], r["split"], r["sha256"]) for r in rows]


def available(folder: Path) -> list[Source]:
    """The sources present in `folder` with the checksum SOURCES.csv names."""
    found = []
    for source in sources():
        path = folder / source.file
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == source.sha256:
            found.append(source)
    return found


def norm(text: Any) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", str(text or "").casefold()).split())


def _text_right(truth: Any, found: Any) -> bool:
    options = truth if isinstance(truth, list) else [truth]
    if not options or options == [None]:
        return found in (None, "")
    return norm(found) in {norm(o) for o in options}


def _pay_right(truth: dict[str, Any], found: dict[str, Any]) -> bool:
    if truth["min"] is None:
        return found["min"] is None
    if found["min"] is None:
        return False
    same = Decimal(str(found["min"])) == Decimal(str(truth["min"]))
    same &= Decimal(str(found["max"])) == Decimal(str(truth["max"]))
    return same and found["currency"] == truth["currency"] and found["period"] == truth["period"]


def check(truth: dict[str, Any], found: dict[str, Any]) -> dict[str, bool]:
    """Whether each field the reader found matches the truth (fields marked "*" left out)."""
    result = {"pay": _pay_right(truth, found)}
    for name in ("title", "company", "location", "level"):
        if truth[name] != "*":
            result[name] = _text_right(truth[name], found[name])
    return result


def read(path: Path, fmt: str) -> dict[str, Any]:
    from levelset.market.postings import read_posting

    return read_posting(path.read_text(encoding="utf-8"), kind=fmt).to_dict()


@dataclass
class Tally:
    files: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    scored: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, result: dict[str, bool]) -> None:
        self.files += 1
        for name, ok in result.items():
            self.right[name] += ok
            self.scored[name] += 1

    def share(self, name: str) -> float:
        return self.right[name] / self.scored[name] if self.scored[name] else 1.0


def measure(
    folder: Path, splits: tuple[str, ...] = ("tuning", "held-out")
) -> dict[str, dict[str, Tally]]:
    """Per split, per format, per family (and "all"): how many files had each field right."""
    table: dict[str, dict[str, Tally]] = {}
    for source in (s for s in available(folder) if s.split in splits):
        truth = json.loads(source.truth.read_text(encoding="utf-8"))
        result = check(truth, read(folder / source.file, source.format))
        for group in (source.format, source.family, "all"):
            table.setdefault(source.split, {}).setdefault(group, Tally()).add(result)
    return table


def render(table: dict[str, dict[str, Tally]]) -> str:
    lines = [f"{'split':10} {'format':7} {'files':>5} " + " ".join(f"{f:>9}" for f in FIELDS)]
    for split in sorted(table):
        for group, tally in sorted(table[split].items()):
            shares = " ".join(
                f"{tally.share(f):>9.1%}" if tally.scored[f] else f"{'-':>9}" for f in FIELDS
            )
            lines.append(f"{split:10} {group:7} {tally.files:>5} {shares}")
    return "\n".join(lines)


def show(folder: Path, key: str) -> str:
    source = next((s for s in sources() if s.key == key), None)
    if source is None or source.split != "tuning":
        return f"{key}: not a tuning file (held-out files are never shown)"
    truth = json.loads(source.truth.read_text(encoding="utf-8"))
    found = read(folder / source.file, source.format)
    return json.dumps({"truth": truth, "found": found, "right": check(truth, found)}, indent=1,
                      default=str)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", metavar="FILE")
    parser.add_argument("--tuning", action="store_true", help="the tuning files only")
    args = parser.parse_args(argv)
    folder = corpus_folder()
    if not available(folder):
        print(f"no posting corpus in {folder} (set {ENV}; see SOURCES.csv)", file=sys.stderr)
        return 2
    if args.show:
        print(show(folder, args.show))
        return 0
    table = measure(folder, ("tuning",) if args.tuning else ("tuning", "held-out"))
    if args.json:
        out = {s: {g: {"files": t.files} | {f: round(t.share(f), 3) for f in FIELDS}
                   for g, t in groups.items()} for s, groups in table.items()}  # fmt: skip
        print(json.dumps(out, indent=1))
    else:
        print(render(table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
