"""Accuracy of title and place reading on the hand-labelled corpus (tuning and held-out).

    PYTHONPATH=src:. python scripts/evaluate_market_names.py [--misses]   # misses: tuning only
    PYTHONPATH=src:. python scripts/evaluate_market_names.py --tuning     # the tuning parts only
    PYTHONPATH=src:. python scripts/evaluate_market_names.py --places     # places only (~20 s)

Titles: the role and the band must both match the row (tests/corpus/titles); a title read as an
O*NET occupation outside the tech occupations without saying so counts as silently outside tech.
Places: the kind and the OEWS area, state or country name must match (tests/corpus/places).
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from collections import Counter
from pathlib import Path

from tests.corpus.market_names import (
    RIGHT,
    census_rows,
    census_verdict,
    place_ok,
    place_verdict,
    read_place,
    read_title,
    rows,
    title_ok,
)

from levelset.market.build import open_market, rebuild
from levelset.market.store import MarketStore
from levelset.paths import Paths

# heldout_tts: real titles from the public-domain posting corpus, added after heldout.tsv.
# tuning_tts: real titles from the tuning part of that corpus (no "engineer" titles).
# tuning_cds, heldout_cds: every title of the Canadian Digital Service postings (MIT), split by a
# hash of the title before any was run; heldout_cds is blind (measured once, misses never printed).
# tuning_aijobs: titles reported to the ai-jobs.net salary survey (CC0), tuning only (see
# SOURCES.md). tuning_open, heldout_open: the rest of those survey titles, every 18F/TTS posting
# title of that site's history and the CDS postings' French titles, split before any was run;
# heldout_open is blind. tuning_dsn, heldout_dsn: government digital-service posting titles of the
# Digital Service Network's library (CC BY 4.0), split likewise; heldout_dsn is blind.
# tuning_usajobs, heldout_usajobs: US federal posting titles (USAJOBS, public domain), a hash
# sample split likewise; heldout_usajobs is blind. tuning_ttsgsa, heldout_ttsgsa: the newer
# TTS site's posting titles (CC0), split likewise; heldout_ttsgsa is blind. tuning_datajobs,
# heldout_datajobs: 2023 job-board postings of the data_jobs dataset (Apache-2.0), a hash sample
# split likewise (scripts/make_title_sample.py); heldout_datajobs is blind. tuning_datajobs24,
# heldout_datajobs24: the same dataset's postings of September-December 2024, likewise.
# tuning_datajobs24b, heldout_datajobs24b: a second draw of those postings; tuning_jobbert,
# heldout_jobbert: a Malaysian public job board's vacancy titles (JobBERT, MIT), a third of
# each held out and blind; tuning_datajobsb, heldout_datajobsb: a second draw of the 2023
# postings, likewise. tuning_usajobs2, heldout_usajobs2: a second USAJOBS draw (2024-2025, every
# grade, other agencies' collection), a third held out and blind; tuning_usajobs3,
# heldout_usajobs3: a second draw of the first USAJOBS source, likewise; tuning_jobbertb,
# heldout_jobbertb: a second draw of the JobBERT titles, likewise. tuning_usajobs4, tuning_jobbertc,
# tuning_datajobs24c and their held-out parts: third draws of usajobs_historical, JobBERT and the
# 2024 data_jobs postings, likewise (scripts/make_title_sample.py); *_usajobs5, *_jobbertd and
# *_datajobs24d: fourth draws of the same three, likewise; *_datajobs24e and *_jobberte fifth;
# *_jobbertf a sixth JobBERT draw and *_usajobs6 a third draw of the first USAJOBS source,
# *_usajobs7 its fourth. tuning_datajobs24f: a sixth draw of the 2024 postings, all tuning;
# tuning_boardforms: titles typed in job-board forms around the jobs users reported read wrong.
# *_usajobs8: USAJOBS titles of four departments not drawn before; *_jobbertg a seventh JobBERT
# draw; a third of each held out and blind; *_usajobs9 and *_jobberth second and eighth draws of
# the same, drawn after their rules, likewise. tuning_datajobs24g and tuning_jobberti: a seventh
# draw of the 2024 postings and a ninth JobBERT draw, all tuning (mk-titles, fourth session);
# tuning_datajobs24h an eighth draw of the 2024 postings, drawn after their rules, all tuning.
# tuning_datajobs24i and tuning_jobbertj: a ninth draw of the 2024 postings and a tenth JobBERT
# draw (mk-titles, fifth session); heldout_datajobs24i and heldout_jobbertj: their held-out thirds,
# set aside unread then, labelled by hand from the titles alone and committed before any was run
# (mk-fresh); blind. tuning_datajobs24j, heldout_datajobs24j: a tenth draw of the 2024 postings
# (mk-titles, sixth session), both parts labelled by hand before any row was run; held out blind.
# tuning_datajobs24k, heldout_datajobs24k: an eleventh draw of the same postings (mk-titles,
# seventh session), likewise. tuning_datajobs24l, heldout_datajobs24l: a twelfth draw (mk-titles,
# eighth session), likewise; tuning_datajobs24m, heldout_datajobs24m a thirteenth (m13, ninth
# session), likewise, and *_datajobs24n a fourteenth, drawn after the thirteenth's rules;
# *_datajobs24o a fifteenth (titles, tenth session), by a keyed hash, split in halves, likewise,
# and *_jobbertk an eleventh JobBERT draw, drawn after it, likewise. *_boards: company job-board
# titles of sixteen AI companies (stapply-ai/jobs, MIT), a keyed hash, split in halves, likewise;
# *_boardsb a second draw of them, made after the first's rules; *_boardsc a third, made after
# the second's rules. *_uber: Uber's careers-site titles (the same collection, MIT), a company
# board no earlier part drew from, a keyed hash, split in halves, likewise. *_ashby: the Ashby
# boards of 449 other companies (the same collection, MIT), likewise; *_ashbyb a second draw of
# those boards, of the companies the first took no title from, likewise; *_ashbyc a third, of
# the companies neither took a title from, likewise.
SPLITS = {
    "titles": (
        "tuning",
        "heldout",
        "tuning_tts",
        "heldout_tts",
        "tuning_cds",
        "heldout_cds",
        "tuning_aijobs",
        "tuning_open",
        "heldout_open",
        "tuning_dsn",
        "heldout_dsn",
        "tuning_usajobs",
        "heldout_usajobs",
        "tuning_ttsgsa",
        "heldout_ttsgsa",
        "tuning_datajobs",
        "heldout_datajobs",
        "tuning_datajobs24",
        "heldout_datajobs24",
        "tuning_datajobs24b",
        "heldout_datajobs24b",
        "tuning_jobbert",
        "heldout_jobbert",
        "tuning_datajobsb",
        "heldout_datajobsb",
        "tuning_usajobs2",
        "heldout_usajobs2",
        "tuning_usajobs3",
        "heldout_usajobs3",
        "tuning_jobbertb",
        "heldout_jobbertb",
        "tuning_usajobs4",
        "heldout_usajobs4",
        "tuning_jobbertc",
        "heldout_jobbertc",
        "tuning_datajobs24c",
        "heldout_datajobs24c",
        "tuning_usajobs5",
        "heldout_usajobs5",
        "tuning_jobbertd",
        "heldout_jobbertd",
        "tuning_datajobs24d",
        "heldout_datajobs24d",
        "tuning_datajobs24e",
        "heldout_datajobs24e",
        "tuning_jobberte",
        "heldout_jobberte",
        "tuning_jobbertf",
        "heldout_jobbertf",
        "tuning_usajobs6",
        "heldout_usajobs6",
        "tuning_usajobs7",
        "heldout_usajobs7",
        "tuning_datajobs24f",
        "tuning_boardforms",
        "tuning_usajobs8",
        "heldout_usajobs8",
        "tuning_jobbertg",
        "heldout_jobbertg",
        "tuning_usajobs9",
        "heldout_usajobs9",
        "tuning_jobberth",
        "heldout_jobberth",
        "tuning_datajobs24g",
        "tuning_jobberti",
        "tuning_datajobs24h",
        "tuning_datajobs24i",
        "heldout_datajobs24i",
        "tuning_jobbertj",
        "heldout_jobbertj",
        "tuning_datajobs24j",
        "heldout_datajobs24j",
        "tuning_datajobs24k",
        "heldout_datajobs24k",
        "tuning_datajobs24l",
        "heldout_datajobs24l",
        "tuning_datajobs24m",
        "heldout_datajobs24m",
        "tuning_datajobs24n",
        "heldout_datajobs24n",
        "tuning_datajobs24o",
        "heldout_datajobs24o",
        "tuning_jobbertk",
        "heldout_jobbertk",
        "tuning_boards",
        "heldout_boards",
        "tuning_boardsb",
        "heldout_boardsb",
        "tuning_boardsc",
        "heldout_boardsc",
        "tuning_uber",
        "heldout_uber",
        "tuning_ashby",
        "heldout_ashby",
        "tuning_ashbyb",
        "heldout_ashbyb",
        "tuning_ashbyc",
        "heldout_ashbyc",
    ),
    "places": (
        "tuning",
        "tuning_typed",
        "tuning_typed2",
        "tuning_typed3",
        "tuning_typed4",
        "tuning_typed5",
        "tuning_typed6",
        "tuning_typed7",
        "tuning_typed8",
        "tuning_typed9",
        "tuning_typed10",
        "tuning_typed11",
        "heldout",
        "heldout_typed",
        "heldout_typed2",
        "heldout_typed3",
        "heldout_typed4",
        "heldout_typed5",
        "heldout_typed6",
        "heldout_typed7",
        "heldout_typed8",
    ),
}
# the Census check (scripts/make_place_check.py; not in the repository): where generated; _d3 is
# its fresh draw of 2026-12-06 (`--draw 3`: other ZIP codes, towns of 5,000 to 9,999 people),
# _d7 a second (`--draw 7`: other ZIP codes only), _d11 a third (`--draw 11`: towns of 2,000 to
# 4,999 people, other ZIP codes), _d13 a fourth (`--draw 13`: towns and townships, "Mt."/"Ft.")
CENSUS_SPLITS = (
    "census_tuning",
    "census_heldout",
    "census_tuning_d3",
    "census_heldout_d3",
    "census_tuning_d7",
    "census_heldout_d7",
    "census_tuning_d11",
    "census_heldout_d11",
    "census_tuning_d13",
    "census_heldout_d13",
)


def wall_clock() -> dt.datetime:
    """This run's time (a script is an edge: it may read the clock)."""
    return dt.datetime.now(dt.UTC)


def score(store: MarketStore, kind: str, split: str, misses: bool) -> str:
    data = rows(kind, split)
    good, silent = 0, 0
    verdicts: Counter[str] = Counter()
    for row in data:
        if kind == "titles":
            found = read_title(store, row[0])
            ok = title_ok(found, row[1], row[2])
            silent += found[2]
        else:
            found = read_place(store, row[0])
            verdicts[place_verdict(store, row)] += 1
            ok = place_ok(found, row)
        good += ok
        if misses and not ok:
            print(f"  miss {kind}/{split}: {row[0]!r} -> {found}, expected {row[1:]}")
    extra = f", {silent} silently outside tech" if kind == "titles" else ""
    if kind == "places":
        extra = " (" + ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items()) if v != "right")
        extra = extra + ")" if len(extra) > 2 else ""
    return f"{kind:6} {split:8} {good}/{len(data)} = {100 * good / len(data):.1f}%{extra}"


def score_census(store: MarketStore, split: str, misses: bool) -> str:
    data = census_rows(split.removeprefix("census_"))
    if not data:
        return f"places {split}: not generated here (scripts/make_place_check.py)"
    verdicts = Counter()
    for row in data:
        verdict = census_verdict(store, row)
        verdicts[verdict] += 1
        if misses and verdict not in RIGHT:
            print(f"  miss places/{split}: {row[0]!r} ({row[3]}): {verdict}, expected {row[2]!r}")
    good = sum(verdicts[v] for v in RIGHT)
    shown = ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items()))
    return f"places {split} {good}/{len(data)} = {100 * good / len(data):.1f}% ({shown})"


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="scripts/evaluate_market_names.py",
        description="Accuracy of title and place reading on the hand-labelled corpus "
        "(tuning and held-out splits); run with PYTHONPATH=src:. from the repository root.",
    )
    parser.add_argument(
        "--misses", action="store_true", help="Print each miss (tuning splits only)."
    )
    parser.add_argument("--tuning", action="store_true", help="Measure the tuning splits only.")
    parser.add_argument("--places", action="store_true", help="Measure places only (~20 s).")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    given = arguments(argv)
    misses, tuning_only = given.misses, given.tuning
    kinds = ("places",) if given.places else tuple(SPLITS)
    with tempfile.TemporaryDirectory() as home:
        paths = Paths(Path(home)).ensure()
        rebuild(paths, now=wall_clock)
        store = open_market(paths, now=wall_clock)
        for kind, splits in ((k, SPLITS[k]) for k in kinds):
            for split in (s for s in splits if s.startswith("tuning") or not tuning_only):
                print(score(store, kind, split, misses and split.startswith("tuning")))
        for split in (s for s in CENSUS_SPLITS if "tuning" in s or not tuning_only):
            print(score_census(store, split, misses and "tuning" in split))


if __name__ == "__main__":
    main()
