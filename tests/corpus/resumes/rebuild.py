"""Lay out the other projects' résumé files as SOURCES.csv says, from local git mirrors.

The files are never committed; this puts them where `measure` looks (the cache, or
$LEVELSET_RESUME_CORPUS) from bare git directories already on this machine, one per repository,
named `OWNER+NAME` under the mirror folder (default /work/.mirror; `repo/` or `repo/.git`
inside each). Every file is checked against its SHA-256; a file built here (its `path` says
"built here") is only reported, as it needs pdflatex (see SOURCES.md).

    python -m tests.corpus.resumes.rebuild [--mirrors DIR] [--into DIR]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import subprocess
import sys
from pathlib import Path

from tests.corpus.resumes.measure import SOURCES, corpus_folder


def git_dir(mirrors: Path, repository: str) -> Path | None:
    """The bare git directory of `repository` (owner/name) under `mirrors`, if there is one."""
    base = mirrors / repository.replace("/", "+")
    for candidate in (base / "repo" / ".git", base / "repo", base):
        if (candidate / "HEAD").is_file():
            return candidate
    return None


def rebuild(mirrors: Path, into: Path, sources: Path = SOURCES) -> int:
    """Write every fetchable file `sources` (a SOURCES.csv) names; return how many are missing
    or wrong."""
    problems = 0
    with sources.open(newline="") as stream:
        rows = list(csv.DictReader(stream))
    for row in rows:
        if row["repository"] == "levelset":
            continue
        target = into / row["file"]
        if "built here" in row["path"]:
            state = "present" if target.is_file() else "absent: build it (SOURCES.md)"
            print(f"{row['file']}: built here, {state}")
            problems += not target.is_file()
            continue
        found = git_dir(mirrors, row["repository"])
        if found is None:
            print(f"{row['file']}: no mirror of {row['repository']} under {mirrors}")
            problems += 1
            continue
        shown = subprocess.run(
            ["git", "--git-dir", str(found), "show", f"{row['commit']}:{row['path']}"],
            capture_output=True,
            check=False,
        )
        if shown.returncode != 0:
            print(f"{row['file']}: {shown.stderr.decode(errors='replace').strip()}")
            problems += 1
            continue
        digest = hashlib.sha256(shown.stdout).hexdigest()
        if digest != row["sha256"]:
            print(f"{row['file']}: SHA-256 {digest} is not {row['sha256']}; not written")
            problems += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(shown.stdout)
    print(f"{len(rows)} rows; {problems} missing or wrong; files in {into}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--into", type=Path, default=None)
    args = parser.parse_args(argv)
    return 1 if rebuild(args.mirrors, args.into or corpus_folder()) else 0


if __name__ == "__main__":
    sys.exit(main())
