"""Lay out the posting files as SOURCES.csv says, from local git mirrors.

The files are never committed; this puts them where `measure` looks (the cache, or
$LEVELSET_POSTING_CORPUS) from bare git directories already on this machine, one per
repository, named `OWNER+NAME` under the mirror folder (default /work/.mirror), checking every
file against its SHA-256 (the same steps as the résumé corpus's rebuild).

    python -m tests.corpus.postings.rebuild [--mirrors DIR] [--into DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.corpus.postings.measure import SOURCES, corpus_folder
from tests.corpus.resumes.rebuild import rebuild


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--into", type=Path, default=None)
    args = parser.parse_args(argv)
    return 1 if rebuild(args.mirrors, args.into or corpus_folder(), SOURCES) else 0


if __name__ == "__main__":
    sys.exit(main())
