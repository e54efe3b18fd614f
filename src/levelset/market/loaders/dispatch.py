"""Which loader reads a file: the upstream kind named (levelset.market.upstreams), and the kind
a mistaken file looks like, by the header column only that kind's files have."""

from __future__ import annotations

from pathlib import Path

from levelset.errors import InputError
from levelset.market.build_db import BuildDb
from levelset.market.upstream import Result
from levelset.patterns import compiled

__all__ = ["Result", "load", "slug", "stem"]

_NOT_SLUG = compiled(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _NOT_SLUG.sub("_", text.lower()).strip("_")


def load(
    db: BuildDb,
    source: str,
    file: Path,
    *,
    release: str | None,
    name: str | None,
) -> Result:
    """Load `file` as `source` into the open build; the dataset is named after the file."""
    from levelset.market.upstreams import upstream_of

    upstream = upstream_of(source)
    if upstream.load is None:
        raise InputError(f"{source} data is shipped with levelset and not imported")
    try:
        if upstream.replaces:  # a snapshot: the earlier one goes (the build is a copy)
            for table in upstream.tables:
                db.run(f"DELETE FROM {table}")
        return upstream.load(db, file, release, name)
    except InputError as error:
        guess = _looks_like(file) if _missing_columns(error) else None
        if guess is None or guess == source:
            raise
        hint = f"it looks like a {guess} file: levelset data import {guess} {file.name}"
        raise InputError(error.message, problems=error.problems, hint=hint) from None


def _missing_columns(error: InputError) -> bool:
    return any(p.message == "missing column" for p in error.problems)


def _looks_like(file: Path) -> str | None:
    """The source whose signature column the file's header has, if any."""
    from levelset.market.loaders.staging import read_header

    try:
        header = {h.lower() for h in read_header(file)}
    except InputError:
        return None
    if "soc" in header and "a_p50" in header:  # the shipped OEWS layout
        return "oews"
    from levelset.market.upstreams import upstreams

    return next((u.key for u in upstreams() if u.signature and u.signature in header), None)


def stem(file: Path) -> str:
    return slug(file.name.removesuffix(".gz").rsplit(".", 1)[0] if file.is_file() else file.name)
