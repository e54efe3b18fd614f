"""How well levelset reads real résumés: positions right, positions invented, per generator.

The résumé files themselves are not in the repository (they belong to the projects listed in
SOURCES.csv, with the commit and checksum of each); put them in a folder laid out as the
`file` column says and point LEVELSET_RESUME_CORPUS at it (default:
~/.cache/levelset-corpus/resumes). The hand-written ground truth is in truth/.

    python -m tests.corpus.resumes.measure            # the table, tuning and held-out apart
    python -m tests.corpus.resumes.measure --json     # the same figures as JSON
    python -m tests.corpus.resumes.measure --show rendercv/classic   # one tuning file in detail
    python -m tests.corpus.resumes.measure --added 2026-12-05i        # one batch alone
    python -m tests.corpus.resumes.measure --split tuning             # tuning files only
    python -m tests.corpus.resumes.measure --flags    # the reader's flags: raised on what
    python -m tests.corpus.resumes.measure --bullets --split tuning  # bullets run together

A position is right when its company, title, start and end all match the truth (text compared
without case, punctuation or accents; a date written as a year in the truth is compared by
year). A position is invented when the reader found it and it matches no true position (not
even loosely) and is not listed as optional in the truth. The title, company, start and end
columns count the true positions whose match has that field right (a missed position has none).
Places are counted apart (right/named), on the true positions whose truth names a `location`
("" where the file shows none); they do not decide whether a position is right.

Bullets (the positions' and those read outside them, projects and publications) are checked
apart: a bullet longer than LONGEST_BULLET characters, or with a section heading inside it
after a sentence's end ("... to production. Publications Smith, J. ..."), ran on past where it
ended; the positions do not show it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TRUTH = HERE / "truth"
SOURCES = HERE / "SOURCES.csv"
FILES = HERE / "files"  # the files this repository may hold: those made here
ENV = "LEVELSET_RESUME_CORPUS"
CACHE = Path.home() / ".cache" / "levelset-corpus" / "resumes"
SHARED = HERE.parents[3] / "shared" / "corpus" / "resumes"  # shared/ beside the checkout


CHECKOUT_SRC = HERE.parents[2] / "src"  # the reader this checkout holds


def foreign_reader() -> Path | None:
    """Where levelset is imported from when that is not this checkout's src, else None.

    The shared environment installs levelset from one checkout; run from another without
    PYTHONPATH=src, a measure reads that checkout's reader, not this one's (two runs of "the
    same code" then differ by whatever the two checkouts do not share)."""
    import levelset

    where = Path(levelset.__file__).resolve().parent.parent
    return None if where == CHECKOUT_SRC.resolve() else where


def corpus_folder() -> Path:
    """Where the other projects' files are: $LEVELSET_RESUME_CORPUS, the cache, or shared/."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    return next((folder for folder in (CACHE, SHARED) if folder.is_dir()), CACHE)


def path_of(folder: Path, source: Source) -> Path:
    """A file made here is read from the repository, any other from `folder`."""
    kept = FILES / source.file
    return kept if kept.is_file() else folder / source.file


@dataclass(frozen=True)
class Source:
    file: str
    generator: str
    split: str
    sha256: str
    added: str = ""  # the day a file joined the corpus (empty: before 2026-12-05)

    @property
    def key(self) -> str:
        return self.file.rsplit(".", 1)[0]


def sources() -> list[Source]:
    with SOURCES.open(newline="") as stream:
        return [
            Source(
                row["file"], row["generator"], row["split"], row["sha256"], row.get("added") or ""
            )
            for row in csv.DictReader(stream)
        ]


def available(folder: Path) -> list[Source]:
    """The sources present in `folder` with the checksum SOURCES.csv names."""
    found = []
    for source in sources():
        path = path_of(folder, source)
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == source.sha256:
            found.append(source)
    return found


def kept() -> list[Source]:
    """The sources whose files are in this repository (made here), checksums right."""
    return [s for s in available(FILES / "-") if (FILES / s.file).is_file()]


def norm(text: Any) -> str:
    """Lower case, no accents, soft hyphens, punctuation or extra spaces."""
    text = unicodedata.normalize("NFKD", str(text or "")).replace("\u00ad", "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _alternatives(value: Any) -> list[str]:
    return [norm(v) for v in (value if isinstance(value, list) else [value])]


def _date_right(truth: str | None, found: str | None, current: bool) -> bool:
    if truth is None:
        return current or found is None
    return found is not None and not current and found[: len(truth)] == truth


@dataclass
class Found:
    company: str
    title: str
    start: str | None
    end: str | None
    current: bool
    location: str = ""
    guesses: tuple[str, ...] = ()  # the reader's flags for the user to check

    def as_text(self) -> str:
        end = "present" if self.current else self.end
        place = f" | {self.location}" if self.location else ""
        return f"{self.title} | {self.company} | {self.start} – {end}{place}"


FIELDS = ("title", "company", "start", "end")


def _score(truth: dict[str, Any], found: Found) -> tuple[int, list[str]]:
    checks = {
        "company": norm(found.company) in _alternatives(truth["company"]),
        "title": norm(found.title) in _alternatives(truth["title"]),
        "start": _date_right(truth["start"], found.start, False),
        "end": _date_right(truth["end"], found.end, found.current),
    }
    return sum(checks.values()), [name for name, ok in checks.items() if not ok]


@dataclass
class FileResult:
    source: Source
    expected: int
    right: int = 0
    invented: int = 0
    seconds: float = 0.0
    pages: int = 0
    places: int = 0  # true positions whose truth names their place
    error: str | None = None
    detail: list[str] = field(default_factory=list)
    fields: Counter[str] = field(default_factory=Counter)  # matched positions with it right
    flags: Counter[tuple[str, str]] = field(default_factory=Counter)  # (flag, outcome)
    bullets: list[str] = field(default_factory=list)  # every bullet read, in and out of jobs


def read_positions(path: Path) -> list[Found]:
    return read_file(path)[0]


def read_file(path: Path) -> tuple[list[Found], list[str]]:
    """The positions read from the file, and the texts of all its bullets."""
    from levelset.proof.importing import import_file

    document = import_file(path)
    bullets = [b.text for p in document.positions for b in p.bullets]
    bullets += [b.text for b in document.extra_bullets]
    return [
        Found(
            p.company,
            p.title,
            p.start.strftime("%Y-%m") if p.start else None,
            p.end.strftime("%Y-%m") if p.end else None,
            p.current,
            p.location or "",
            p.guesses,
        )
        for p in document.positions
    ], bullets


def measure_file(folder: Path, source: Source) -> FileResult:
    truth = json.loads((TRUTH / f"{source.key}.json").read_text())
    result = FileResult(source, len(truth["positions"]))
    began = time.perf_counter()
    try:
        found, result.bullets = read_file(path_of(folder, source))
    except Exception as error:  # a failed file counts as nothing found, and says why
        result.error = f"{type(error).__name__}: {error}"
        found = []
    result.seconds = time.perf_counter() - began
    result.pages = _pages(path_of(folder, source))
    _compare(truth, found, result)
    return result


def _compare(truth: dict[str, Any], found: list[Found], result: FileResult) -> None:
    """Each true position takes its best unused match; what is left over is invented."""
    unused = list(found)
    for expected in truth["positions"]:
        scored = [(_score(expected, f), f) for f in unused]
        best = max(scored, key=lambda pair: pair[0][0], default=None)
        if best is None or best[0][0] < 2:
            result.detail.append(f"MISSED  {expected}")
            continue
        (score, wrong), match = best
        unused.remove(match)
        result.fields.update(f for f in FIELDS if f not in wrong)
        if "location" in expected:  # places are counted where the truth names them
            result.places += 1
            placed = norm(match.location) in _alternatives(expected["location"])
            result.fields["place"] += placed
            wrong = wrong if placed else [*wrong, "place"]
        _count_flags(result, match, "right" if score == 4 else "wrong")
        if score == 4:
            result.right += 1
            note = "  (wrong: place)" if "place" in wrong else ""
            result.detail.append(f"right   {match.as_text()}{note}")
        else:
            result.detail.append(f"WRONG   {match.as_text()}  (wrong: {', '.join(wrong)})")
    optional = {norm(t) for t in truth.get("optional", [])}
    for extra in unused:
        if norm(extra.title) in optional or norm(extra.company) in optional:
            result.detail.append(f"optional {extra.as_text()}")
        else:
            result.invented += 1
            _count_flags(result, extra, "invented")
            result.detail.append(f"INVENTED {extra.as_text()}")


OUTCOMES = ("right", "wrong", "invented")

# characters: past this no bullet of the tuning files was read right. Measured on 2026-12-06
# (4,988 tuning bullets): median 110, 99th percentile 554, the longest true ones LinkedIn's
# paragraphs of 600 to 900; all eight over 1,000 are bullets glued together without a break
LONGEST_BULLET = 1000
_SENTENCE_END = (".", "!", "?", ";", ":")
_JOINING = {"&", "and", "of", "the"}  # small words inside a heading ("Honors and Awards")
# ("PROJECT)" in brackets is no heading: a heading's words are letters, perhaps then a colon)


def heading_inside(text: str) -> str | None:
    """A section heading read into the bullet, after a sentence's end or in capitals, and
    followed by nothing or a word that opens a line ("... on time. Publications Smith, J.",
    "... shipped. SKILLS Python"): the words of the heading, or None."""
    from levelset.proof.sections import section_of

    words = text.split()
    for i in range(1, len(words)):
        for k in (3, 2, 1):
            run = words[i : i + k]
            if len(run) < k or run[-1].casefold() in _JOINING:
                continue
            candidate = " ".join(run)
            capitals = candidate.isupper() and len(candidate) > 3
            titled = all(
                (w[:1].isupper() and w.rstrip(":").isalpha()) or w in _JOINING for w in run
            )
            after = words[i + k] if i + k < len(words) else ""
            ended = words[i - 1].endswith(_SENTENCE_END) or capitals
            if not titled or not ended or after[:1].islower():
                continue
            if section_of(candidate) is not None:
                return candidate
    return None


def run_on(result: FileResult) -> list[str]:
    """The file's bullets that ran on past their end: too long, or a heading inside them."""
    return [b for b in result.bullets if len(b) > LONGEST_BULLET or heading_inside(b) is not None]


def _count_flags(result: FileResult, found: Found, outcome: str) -> None:
    """Each flag the reader raised on a position, by what the position turned out to be (a
    position raising none counts under "none")."""
    for flag in found.guesses or ("none",):
        result.flags[(flag, outcome)] += 1


def _pages(path: Path) -> int:
    if path.suffix.lower() != ".pdf":
        return 1
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


@dataclass
class Tally:
    files: int = 0
    expected: int = 0
    right: int = 0
    invented: int = 0
    failed: int = 0
    places: int = 0
    fields: Counter[str] = field(default_factory=Counter)

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.places += result.places
        self.fields.update(result.fields)
        self.expected += result.expected
        self.right += result.right
        self.invented += result.invented
        self.failed += result.error is not None

    @property
    def share(self) -> float:
        return self.right / self.expected if self.expected else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "positions": self.expected,
            "right": self.right,
            "invented": self.invented,
            "failed_files": self.failed,
            "share_right": round(self.share, 3),
            **{f"{name}_right": self.fields[name] for name in FIELDS},
            "places_named": self.places,
            "places_right": self.fields["place"],
        }


def tally(results: Iterable[FileResult]) -> dict[str, dict[str, Tally]]:
    """{split: {generator or "all": Tally}} with an "all" split too."""
    table: dict[str, dict[str, Tally]] = {}
    for result in results:
        for split in (result.source.split, "all"):
            for generator in (result.source.generator, "all"):
                table.setdefault(split, {}).setdefault(generator, Tally()).add(result)
    return table


def measure(folder: Path | None = None) -> list[FileResult]:
    folder = folder or corpus_folder()
    return [measure_file(folder, source) for source in available(folder)]


def render(table: dict[str, dict[str, Tally]]) -> str:
    lines = []
    for split in ("tuning", "held-out", "all"):
        if split not in table:
            continue
        lines.append(f"\n{split}")
        lines.append(
            f"  {'generator':42} files  positions  right  share  invented"
            "  title  company  start  end  places"
        )
        rows = sorted(table[split].items(), key=lambda kv: (kv[0] == "all", kv[0]))
        for generator, t in rows:
            lines.append(
                f"  {generator:42} {t.files:5}  {t.expected:9}  {t.right:5}  "
                f"{t.share:5.0%}  {t.invented:8}  {t.fields['title']:5}  "
                f"{t.fields['company']:7}  {t.fields['start']:5}  {t.fields['end']:3}"
                f"  {t.fields['place']}/{t.places}"
            )
    return "\n".join(lines)


def flags(results: Iterable[FileResult]) -> str:
    """Per split, each flag the reader raises for the user: on how many positions that were
    right, wrong or invented, and its precision (the share of its positions not right)."""
    by_split: dict[str, Counter[tuple[str, str]]] = {}
    for result in results:
        by_split.setdefault(result.source.split, Counter()).update(result.flags)
    lines = []
    for split in ("tuning", "held-out"):
        counts = by_split.get(split, Counter())
        lines.append(f"\n{split}\n  {'flag':72} right  wrong  invented  precision")
        for flag in sorted({flag for flag, _ in counts}, key=lambda f: (f == "none", f)):
            right, wrong, invented = (counts[(flag, o)] for o in OUTCOMES)
            share = (wrong + invented) / (right + wrong + invented)
            lines.append(f"  {flag[:72]:72} {right:5}  {wrong:5}  {invented:8}  {share:9.0%}")
    return "\n".join(lines)


def markdown(table: dict[str, dict[str, Tally]]) -> str:
    """Per generator: split, files, positions, right (share), invented."""
    lines = [
        "| generator | split | files | positions | right | invented | titles | companies "
        "| starts | ends | places |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for split in ("tuning", "held-out", "all"):
        for generator, t in sorted(table.get(split, {}).items(), key=lambda kv: kv[0] == "all"):
            if split == "all" and generator != "all":
                continue
            name = f"**{generator}**" if generator == "all" else generator
            lines.append(
                f"| {name} | {split} | {t.files} | {t.expected} | {t.right} ({t.share:.0%}) "
                f"| {t.invented} | {t.fields['title']} | {t.fields['company']} "
                f"| {t.fields['start']} | {t.fields['end']} | {t.fields['place']}/{t.places} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--markdown", action="store_true", help="print a table for the docs")
    parser.add_argument("--show", help="one tuning file in detail, e.g. rendercv/classic")
    parser.add_argument("--added", help="only the files of one batch (SOURCES.csv `added`)")
    parser.add_argument(
        "--split", choices=("tuning", "held-out"), help="only one split (e.g. tuning while tuning)"
    )
    parser.add_argument(
        "--flags", action="store_true", help="how often each flag is raised on wrong positions"
    )
    parser.add_argument(
        "--bullets", action="store_true", help="bullets that ran on past a heading or their end"
    )
    args = parser.parse_args(argv)
    foreign = foreign_reader()
    if foreign is not None:
        print(
            f"levelset would be read from {foreign}, not from {CHECKOUT_SRC}: the figures would "
            "be another checkout's; run with PYTHONPATH=src",
            file=sys.stderr,
        )
        return 2
    folder = corpus_folder()
    present = [
        s
        for s in available(folder)
        if (args.added is None or s.added == args.added)
        and (args.split is None or s.split == args.split)
    ]
    if not present:
        print(f"no corpus files in {folder} (set {ENV}); see {SOURCES}", file=sys.stderr)
        return 2
    if args.show:
        return _show(folder, present, args.show)
    results = [measure_file(folder, source) for source in present]
    table = tally(results)
    if args.flags:
        print(flags(results))
        return 0
    if args.bullets:
        return _bullets(results)
    if args.markdown:
        print(markdown(table))
        return 0
    if args.json:
        data = {s: {g: t.as_dict() for g, t in gens.items()} for s, gens in table.items()}
        print(json.dumps(data, indent=2))
    else:
        print(f"{len(present)} of {len(sources())} corpus files present in {folder}")
        print(render(table))
        for result in results:
            if result.error:
                print(f"failed: {result.source.file}: {result.error}")
    return 0


def _bullets(results: list[FileResult]) -> int:
    """Each tuning file's bullets that ran on (held-out ones counted, never shown)."""
    counted: Counter[str] = Counter()
    for result in results:
        found = run_on(result)
        counted[result.source.split] += len(found)
        if result.source.split != "tuning":
            continue
        for text in found:
            inside = heading_inside(text)
            why = f"heading {inside!r}" if inside else f"{len(text)} characters"
            print(f"{result.source.key}: {why}: {text[:160]}...")
    lengths = sorted(len(b) for r in results if r.source.split == "tuning" for b in r.bullets)
    if lengths:
        tops = ", ".join(str(n) for n in lengths[-10:])
        print(f"tuning bullets: {len(lengths)}, median {lengths[len(lengths) // 2]}, top: {tops}")
    print(", ".join(f"{split}: {n} run on" for split, n in sorted(counted.items())))
    return 0


def _show(folder: Path, present: list[Source], key: str) -> int:
    source = next((s for s in present if s.key == key), None)
    if source is None or source.split != "tuning":
        print(f"{key}: not a tuning file present here (held-out files are not shown)")
        return 2
    result = measure_file(folder, source)
    print("\n".join(result.detail))
    print(f"{result.right}/{result.expected} right, {result.invented} invented, {result.error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
