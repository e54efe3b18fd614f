"""Sample real job-posting titles from the data_jobs dataset for hand labelling.

    PYTHONPATH=src:. python scripts/make_title_sample.py [SOURCE]

SOURCE is one of datajobs (the default), datajobs24, datajobs24b, datajobsb, datajobs24c,
datajobs24d, datajobs24e, datajobs24f, datajobs24g, datajobs24h, datajobs24i, datajobs24j,
datajobs24k, datajobs24l, datajobs24m, datajobs24n, datajobs24o, jobbert, jobbertb, jobbertc,
jobbertd, jobberte, jobbertf, jobbertg, jobberth, jobberti, jobbertj, jobbertk, usajobs4, usajobs5,
usajobs8, usajobs9, boards, boardsb and boardsc.

Luke Barousse's data_jobs dataset (Apache-2.0), as the author's course repositories ship it, at
the commits and SHA-256 named in tests/corpus/titles/SOURCES.md, in
~/.cache/levelset-corpus/data_jobs (not in this repository): `datajobs` (the default) is the
2023 salaried postings (data_jobs_salary_all.xlsx), `datajobs24` the postings of September to
December 2024 (job_postings_MM-2024.xlsx), `datajobs24b` and `datajobsb` second draws from those
files by other bytes of the hash (`datajobs24c` a third, `datajobs24d` to `l` more;
`f`, `g` and `h` are all tuning). `jobbert` is
the JobBERT evaluation set's vacancy titles (MIT, in ~/.cache/levelset-corpus/jobbert),
`jobbertb` to `jobbertk` more draws of them (`jobberti` all tuning). `usajobs4`
(and `usajobs5`, a second draw) is the USAJOBS postings of abigailhaddad/usajobs_historical
(public domain; ~/.cache/levelset-corpus/usajobs, the files and SHA-256 in USAJOBS); `usajobs8`
is the same collection's files of four more departments, read at the older commits whose copies
the snapshot still holds (~/.cache/levelset-corpus/usajobs_more, USAJOBS_MORE), `usajobs9` a
second draw of them. `boards` is the company job boards of sixteen AI companies as
stapply-ai/jobs (MIT) collected them (~/.cache/levelset-corpus/stapply, BOARDS), `boardsb` a
second draw of them, `boardsc` a third. The script
checks each file's SHA-256 and writes NAME_sample.tsv (title, split, the source's own class) to
~/.cache/levelset-corpus/titles. It reads no title with levelset: the sample is drawn and
split before any reading, by SHA-256 of the title alone.

The draws (thresholds, bytes of the hash, held-out thirds, order) are in title_draws.py, the
sources (files, SHA-256, reading) in title_sources.py.
"""

from __future__ import annotations

import hashlib
import sys

from tests.corpus.market_names import CORPUS
from title_draws import KEYED, LATER, THIRDS, TUNING_ONLY, drawn, threshold
from title_sources import (
    CACHE,
    FILES,
    USAJOBS_MORE,
    announcements,
    board_titles,
    postings,
    vacancies,
)

__all__ = ["FILES", "main"]  # make_place_sample reads FILES from here


def known_titles(name: str) -> set[str]:
    """Every title already in the corpus when the source was sampled, case folded and spaces
    collapsed."""
    found: set[str] = set()
    for path in (CORPUS / "titles").glob("*.tsv"):
        if path.stem.split("_", 1)[-1] in LATER[name]:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                found.add(_key(line.split("\t")[0]))
    return found


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


def sample(rows: list[tuple[str, str]], known: set[str], name: str) -> list[tuple[str, str, str]]:
    """(title, split, class): the first spelling of each title (case folded), titles cut short
    by the source ("...") and titles already in the corpus left out, kept by bytes of SHA-256 of
    the title against its class's threshold, split by the hash's last byte (its lowest bit for
    the first draws, 0 tuning and 1 held out; a third held out for the newer ones). A KEYED draw
    hashes its name, a colon and the title instead, since earlier draws read every byte of the
    title's own hash."""
    seen: set[str] = set()
    out = []
    for title, kind in rows:
        key = _key(title)
        if key in seen or key in known or title.endswith(("...", "…")):
            continue
        seen.add(key)
        key_text = f"{name}:{title}" if name in KEYED else title
        digest = hashlib.sha256(key_text.encode("utf-8")).digest()
        if drawn(digest, name) < threshold(name, kind):
            held = digest[-1] % 3 == 0 if name in THIRDS else digest[-1] & 1
            held = held and name not in TUNING_ONLY
            out.append((title, "heldout" if held else "tuning", kind))
    return out


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "datajobs"
    jobbert = (
        "jobbert",
        "jobbertb",
        "jobbertc",
        "jobbertd",
        "jobberte",
        "jobbertf",
        "jobbertg",
        "jobberth",
        "jobberti",
        "jobbertj",
        "jobbertk",
    )
    others = (
        *jobbert,
        "usajobs4",
        "usajobs5",
        "usajobs8",
        "usajobs9",
        "boards",
        "boardsb",
        "boardsc",
    )
    if name not in (*FILES, *others):
        sys.exit(f"no source {name!r}: one of {', '.join((*FILES, *others))}")
    if name in ("usajobs8", "usajobs9"):
        more = {file: sha256 for file, (_, sha256) in USAJOBS_MORE.items()}
        found = announcements(CACHE / "usajobs_more", more)
    elif name.startswith("usajobs"):
        found = announcements(CACHE / "usajobs")
    elif name.startswith("boards"):
        found = board_titles(CACHE / "stapply")
    elif name.startswith("jobbert"):
        found = vacancies(CACHE / "jobbert")
    else:
        found = [
            row
            for file, sha256 in FILES[name].items()
            for row in postings(CACHE / "data_jobs" / file, sha256)
        ]
    rows = sample(found, known_titles(name), name)
    out = CACHE / "titles" / f"{name}_sample.tsv"
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# title\tsplit\tthe source's class (job_title_short; jobbert: tech or other)"]
    lines += ["\t".join(r) for r in sorted(rows, key=lambda r: (r[1], r[2], r[0]))]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tuning = sum(r[1] == "tuning" for r in rows)
    print(f"{out}: {tuning} tuning, {len(rows) - tuning} held out")


if __name__ == "__main__":
    main()
