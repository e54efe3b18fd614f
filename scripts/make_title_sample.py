"""Sample real job-posting titles from the data_jobs dataset for hand labelling.

    PYTHONPATH=src:. python scripts/make_title_sample.py [FILE]

FILE (default ~/.cache/levelset-corpus/data_jobs/data_jobs_salary_all.xlsx) is the 2023 salaried
postings of Luke Barousse's data_jobs dataset (Apache-2.0), as its Excel course repository ships
it, at the commit and SHA-256 named in tests/corpus/titles/SOURCES.md. It is not in this
repository. The script checks the file's SHA-256 and writes datajobs_sample.tsv (title, split,
the source's own class) to ~/.cache/levelset-corpus/titles. It reads no title with levelset:
the sample is drawn and split before any reading, by SHA-256 of the title alone.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from tests.corpus.market_names import CORPUS

CACHE = Path.home() / ".cache" / "levelset-corpus"
DEFAULT = CACHE / "data_jobs" / "data_jobs_salary_all.xlsx"
OUT = CACHE / "titles" / "datajobs_sample.tsv"
SHA256 = "8cce18c42efea76adc5f895b66450dcb3146b34fa18f7619aa88c6969ea025c5"
# a title is kept when the first byte of its SHA-256 is below its class's threshold: ML and
# software titles more often than the data analysts that fill the file
THRESHOLDS = {
    "Machine Learning Engineer": 40,
    "Software Engineer": 20,
    "Cloud Engineer": 20,
    "Data Scientist": 3,
    "Senior Data Scientist": 3,
    "Data Engineer": 3,
    "Senior Data Engineer": 3,
    "Data Analyst": 2,
    "Senior Data Analyst": 2,
    "Business Analyst": 2,
}


def known_titles() -> set[str]:
    """Every title already in the corpus, case folded and spaces collapsed."""
    found: set[str] = set()
    for path in (CORPUS / "titles").glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                found.add(_key(line.split("\t")[0]))
    return found


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


def postings(path: Path) -> list[tuple[str, str]]:
    """(title as written, spaces collapsed; the source's class) of every row, in file order."""
    import openpyxl

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != SHA256:
        sys.exit(f"{path}: SHA-256 {digest} is not the one SOURCES.md names")
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows)
    short, full = header.index("job_title_short"), header.index("job_title")
    return [(" ".join(str(r[full]).split()), str(r[short])) for r in rows if r[full]]


def sample(rows: list[tuple[str, str]], known: set[str]) -> list[tuple[str, str, str]]:
    """(title, split, class): the first spelling of each title (case folded), titles cut short
    by the source ("...") and titles already in the corpus left out, kept by the first byte
    of SHA-256 of the title, split by its lowest bit (0 tuning, 1 held out)."""
    seen: set[str] = set()
    out = []
    for title, kind in rows:
        key = _key(title)
        if key in seen or key in known or title.endswith(("...", "…")):
            continue
        seen.add(key)
        digest = hashlib.sha256(title.encode("utf-8")).digest()
        if digest[0] < THRESHOLDS.get(kind, 0):
            out.append((title, "heldout" if digest[-1] & 1 else "tuning", kind))
    return out


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rows = sample(postings(path), known_titles())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# title\tsplit\tthe source's class (job_title_short)"]
    lines += ["\t".join(r) for r in sorted(rows, key=lambda r: (r[1], r[2], r[0]))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tuning = sum(r[1] == "tuning" for r in rows)
    print(f"{OUT}: {tuning} tuning, {len(rows) - tuning} held out")


if __name__ == "__main__":
    main()
