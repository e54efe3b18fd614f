"""Trackers' own export layouts, recognised by their headers and read without a mapping.

A preset names which of the tracker's columns hold levelset's company, role, date, status and
status date, and which status values mean a job was saved but never applied to (those rows
are left out, not imported as applications).

Only layouts seen in a real export are listed, each with where it was seen:

- **Huntr** (huntr.co board export, one row per job card): `id, createdAt, title, salary,
  location, url, rootDomain, htmlDescription, deadline, color, lastMovedAt, boardId,
  boardName, listId, listName, companyId, companyName, companyDomain, creatorUser...`, as in
  the sample exports kept by the keenlychuang/huntr-to-notion project
  (data/sample_data/*.csv). The export has no application date: the card's `createdAt`
  stands for it, and `lastMovedAt` (the day the card reached its list) dates the status the
  list name gives. Cards on the wishlist were never applied to.

Teal's export is not listed: no real Teal export or documentation of its columns was found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from levelset.errors import InputError
from levelset.patterns import compiled
from levelset.tracking.columns import SAVED_JOBS, normalise


class _Row(Protocol):
    def get(self, name: str) -> str: ...


R = TypeVar("R", bound=_Row)


@dataclass(frozen=True)
class Preset:
    name: str
    signature: frozenset[str]  # normalised headers that together identify the export
    columns: tuple[tuple[str, str], ...]  # (levelset name, normalised header)
    not_applied: str = ""  # a pattern for status values of jobs saved but not applied to
    note: str = ""  # what the user should know about the reading


PRESETS: tuple[Preset, ...] = (
    Preset(
        name="Huntr",
        signature=frozenset({"createdat", "listname", "companyname", "boardname"}),
        columns=(
            ("company", "companyname"),
            ("role", "title"),
            ("date", "createdat"),
            ("status", "listname"),
            ("status_date", "lastmovedat"),
        ),
        not_applied=r"^\s*(wish ?list|saved|bookmark(ed)?|to apply|interested)\s*$",
        note="Huntr's export has no application date: each card's creation date stands for it",
    ),
)


def detect(headers: Sequence[str]) -> Preset | None:
    """The tracker whose export has these headers, if levelset knows its layout."""
    names = {normalise(h) for h in headers}
    return next((p for p in PRESETS if p.signature <= names), None)


def preset_columns(preset: Preset, headers: Sequence[str]) -> tuple[dict[str, str], list[str]]:
    """(levelset name -> the header as written, the headers the preset does not read)."""
    by_norm = {normalise(h): h for h in headers}
    found = {name: by_norm[key] for name, key in preset.columns if key in by_norm}
    return found, [h for h in headers if h.strip() and h not in found.values()]


def never_applied(preset: Preset | None, status: str) -> bool:
    """A card the tracker keeps for a job the user saved but did not apply to."""
    return bool(preset and preset.not_applied and compiled(preset.not_applied, re.I).search(status))


def applied_only(preset: Preset | None, rows: list[R], file: str) -> tuple[list[R], int]:
    """(the rows of jobs applied to, how many saved-only rows were left out)."""
    kept = [row for row in rows if not never_applied(preset, row.get("status"))]
    if rows and not kept:
        raise InputError(
            f"{file}: every row is a job saved but not applied to; nothing imported",
            hint="move the cards you applied for out of the wishlist, or import another file",
        )
    return kept, len(rows) - len(kept)


# Exports whose numeric dates are always month first, whatever the user's locale: LinkedIn's
# "Job Applications.csv" writes "1/5/26, 2:14 PM".
_MONTH_FIRST = (frozenset({"application_date", "company_name", "job_title", "resume_name"}),)


def date_order(headers: Sequence[str]) -> str | None:
    """The order of a known export's numeric dates ("mdy"), None for any other sheet."""
    names = {normalise(h) for h in headers}
    return "mdy" if any(signature <= names for signature in _MONTH_FIRST) else None


def refuse_saved_jobs(headers: list[str], mapping: dict[str, str], file: str) -> None:
    """LinkedIn's Saved Jobs list holds jobs saved, not applied to: it is no tracker."""
    names = {normalise(h) for h in headers}
    if names >= SAVED_JOBS and "date" not in mapping:
        raise InputError(
            f"{file} is LinkedIn's Saved Jobs list: jobs you saved, not applications; "
            "nothing imported",
            hint="import LinkedIn's Job Applications.csv, or name the date you applied with "
            "--map date=COLUMN",
        )
