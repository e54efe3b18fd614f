"""O*NET text release: occupations and their titles (alternate and reported).

Accepts the folder of a text release (or its zip), with the upstream names ("Occupation
Data.txt", "Alternate Titles.txt", "Sample of Reported Titles.txt", "Read Me.txt") or the
prefixed names levelset ships (onet27_Occupation_Data.txt.gz...).
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from levelset.errors import InputError, Problem
from levelset.market.build_db import BuildDb
from levelset.market.loaders.staging import (
    Check,
    Staged,
    open_text,
    require_columns,
    run_checks,
    stage_delimited,
)
from levelset.market.onet_titles import bare_sql, key_sql
from levelset.patterns import compiled

PARTS = {
    "occupations": "occupation_data",
    "alternate": "alternate_titles",
    "reported": "sample_of_reported_titles",
    "readme": "read_me",
}
SOC_CHECK = Check(
    '"o*net-soc code"',
    "NOT regexp_matches(coalesce(trim(\"o*net-soc code\"), ''), '^\\d\\d-\\d\\d\\d\\d\\.\\d\\d$')",
    "not an O*NET-SOC code",
    "such as 15-1299.08",
)


@dataclass(frozen=True)
class OnetLoad:
    rows: int  # occupations + titles
    occupations: int
    titles: int
    release: str


@contextmanager
def release_folder(path: Path) -> Iterator[Path]:
    """The folder holding the release files: the path itself, or a zip unpacked to a temp dir."""
    if path.is_dir():
        yield path
        return
    if path.suffix.lower() == ".zip" or zipfile.is_zipfile(path):
        from levelset.untrusted import unpack

        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / path.name  # errors then name the zip, not a temp dir
            folder.mkdir()
            unpack(path, folder)  # size, count and ratio limits; names kept inside
            yield folder
        return
    yield path.resolve().parent  # one file of the release given: use its (named) folder


_NOT_LETTERS = compiled(r"[^a-z]+")


def find_parts(folder: Path) -> dict[str, Path]:
    """Each release part by its normalised name; a missing required part -> InputError."""
    found: dict[str, Path] = {}
    for file in sorted(folder.rglob("*")):
        key = _NOT_LETTERS.sub("_", file.name.lower().removesuffix(".gz")).removesuffix("_txt")
        for part, stem in PARTS.items():
            if key.endswith(stem) and part not in found:
                found[part] = file
    missing = [PARTS[p] for p in ("occupations", "alternate") if p not in found]
    if missing:
        problems = [
            Problem("missing part of the O*NET release", file=folder.name, field=m) for m in missing
        ]
        raise InputError(
            f"{folder.name}: not an O*NET text release (missing {', '.join(missing)})",
            problems=problems,
            hint="give the release's folder or its zip, e.g. db_27_0_text.zip",
        )
    return found


_RELEASE = compiled(r"O\*NET\s+([\d.]+)")


_FILE_RELEASE = compiled(r"onet_?(\d\d)")


def release_of(parts: dict[str, Path]) -> str:
    """'27.0' from the first line of the Read Me ('O*NET 27.0 Database')."""
    if "readme" in parts:
        with open_text(parts["readme"]) as stream:
            found = _RELEASE.search(stream.readline())
        if found:
            return found.group(1)
    found = _FILE_RELEASE.search(parts["occupations"].name.lower())
    return f"{found.group(1)}.0" if found else "unknown"


def load(db: BuildDb, path: Path, *, dataset: str | None = None) -> OnetLoad:
    """Replace the O*NET tables with this release."""
    with release_folder(path) as folder:
        parts = find_parts(folder)
        release = release_of(parts)
        name = dataset or f"onet_{release}"
        occupations = _stage(db, "onet_occ_stage", parts["occupations"], ("title",))
        alternate = _stage(db, "onet_alt_stage", parts["alternate"], ("alternate title",))
        reported = (
            _stage(db, "onet_rep_stage", parts["reported"], ("reported job title",))
            if "reported" in parts
            else None
        )
    db.run("DELETE FROM onet_occupations")
    db.run("DELETE FROM onet_titles")
    db.run(_occupations_sql(occupations), [name])
    db.run(_titles_sql(occupations, "title", "'occupation'", "NULL"), [name])
    short = "NULLIF(trim(\"short title\"), 'n/a')" if "short title" in alternate.columns else "NULL"
    db.run(_titles_sql(alternate, '"alternate title"', "'alternate'", short), [name])
    if reported is not None:
        db.run(_titles_sql(reported, '"reported job title"', "'reported'", "NULL"), [name])
    counts = db.rows(
        "SELECT (SELECT count(*) FROM onet_occupations), (SELECT count(*) FROM onet_titles)"
    )[0]
    return OnetLoad(int(counts[0]) + int(counts[1]), int(counts[0]), int(counts[1]), release)


def _stage(db: BuildDb, table: str, file: Path, needed: tuple[str, ...]) -> Staged:
    staged = stage_delimited(db, table, file, delim="\t", quote="")
    require_columns(staged, ("o*net-soc code", *needed))
    run_checks(db, staged, [SOC_CHECK])
    return staged


def _occupations_sql(staged: Staged) -> str:
    description = "trim(description)" if "description" in staged.columns else "NULL"
    return (
        'INSERT INTO onet_occupations SELECT trim("o*net-soc code"), '
        'left(trim("o*net-soc code"), 7), trim(title), '
        f"{description}, ? FROM {staged.table}"
    )


def _titles_sql(staged: Staged, title: str, kind: str, short: str) -> str:
    text = f"trim({title})"
    return (
        'INSERT INTO onet_titles SELECT trim("o*net-soc code"), '
        f'left(trim("o*net-soc code"), 7), {text}, {kind}, {short}, ?, '
        f"{key_sql(text)}, {bare_sql(text)} "
        f"FROM {staged.table} WHERE coalesce({text}, '') <> ''"
    )
