"""Sample real typed US place strings from job postings for hand labelling.

    PYTHONPATH=src:. python scripts/make_place_sample.py [odd]

Reads the `job_location` field of Luke Barousse's data_jobs postings of September to December
2024 (Apache-2.0; the four files, commit and SHA-256 named in tests/corpus/titles/SOURCES.md, in
~/.cache/levelset-corpus/data_jobs, not in this repository), keeps the distinct strings of the
postings whose `job_country` is the United States, less strings already in the place corpus
(case folded), draws them by SHA-256 of the string as written (bytes 3-4 below DRAW of 65,536)
and splits them by the place corpus's own rule (scripts/make_place_check.py `held_out`: a fifth,
by the first byte of SHA-256 of the folded text). It writes places_sample.tsv (string, split,
postings) to ~/.cache/levelset-corpus/places. With `odd` (the second draw, made after the
first was labelled) it keeps instead every string not of the plain "Town, ST" form (states
alone, full state names, a board's "(+2 others)",
federal short forms such as "FT SM HOUSTON, Texas") not already in the corpus, and writes
places_odd_sample.tsv. It reads no place with levelset: the sample is
drawn and split before any reading.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

from tests.corpus.market_names import CORPUS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_place_check import held_out
from make_title_sample import FILES

CACHE = Path.home() / ".cache" / "levelset-corpus"
DRAW = 3_000
WORLD_DRAW = 5_000  # of 2,573 distinct strings: about 190


# the corpus files each draw was labelled into: left out of what it excludes, so it is drawn again
# the same
LATER = {
    "first": ("tuning_typed4", "heldout_typed2", "tuning_typed5", "heldout_typed3"),
    "odd": ("tuning_typed5", "heldout_typed3"),
    "world": ("tuning_typed7", "heldout_typed4"),
}


def known_places(draw: str) -> set[str]:
    found: set[str] = set()
    for path in (CORPUS / "places").glob("*.tsv"):
        if path.stem in LATER[draw]:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                found.add(line.split("\t")[0].casefold())
    return found


def locations(files: str = "datajobs24", everywhere: bool = False) -> Counter[str]:
    import openpyxl

    seen: Counter[str] = Counter()
    for name, sha256 in FILES[files].items():
        path = CACHE / "data_jobs" / name
        if hashlib.sha256(path.read_bytes()).hexdigest() != sha256:
            sys.exit(f"{path}: SHA-256 differs from tests/corpus/titles/SOURCES.md")
        rows = (
            openpyxl.load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True)
        )
        head = next(rows)
        where, country = head.index("job_location"), head.index("job_country")
        for row in rows:
            if (everywhere or row[country] == "United States") and row[where]:
                seen[" ".join(str(row[where]).split())] += 1
    return seen


PLAIN = re.compile(r"[A-Za-z .'-]+, [A-Z]{2}")


def world() -> None:
    """The third draw: the 2023 postings' strings of every country (FILES["datajobs"]), drawn
    by bytes 5-6 of SHA-256 of the string as written (below WORLD_DRAW of 65,536), split alike."""
    known = known_places("world")
    seen = locations("datajobs", everywhere=True)
    chosen = [
        (text, n)
        for text, n in sorted(seen.items())
        if text.casefold() not in known
        and int.from_bytes(hashlib.sha256(text.encode()).digest()[4:6]) < WORLD_DRAW
    ]
    out = CACHE / "places" / "places_world_sample.tsv"
    lines = [f"{t}\t{'heldout' if held_out(t) else 'tuning'}\t{n}" for t, n in chosen]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(seen)} distinct strings, {len(chosen)} drawn -> {out}")


def main() -> None:
    if sys.argv[1:] == ["world"]:
        return world()
    odd = sys.argv[1:] == ["odd"]
    known = known_places("odd" if odd else "first")
    seen = locations()
    chosen = [
        (text, n)
        for text, n in sorted(seen.items())
        if text.casefold() not in known
        and (
            not PLAIN.fullmatch(text)
            if odd
            else int.from_bytes(hashlib.sha256(text.encode()).digest()[2:4]) < DRAW
        )
    ]
    out = CACHE / "places" / ("places_odd_sample.tsv" if odd else "places_sample.tsv")
    lines = [f"{t}\t{'heldout' if held_out(t) else 'tuning'}\t{n}" for t, n in chosen]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(seen)} distinct US strings, {len(chosen)} drawn -> {out}")


if __name__ == "__main__":
    main()
