"""How old each source's numbers are, and a flag on any older than a year.

Each row says the date its numbers describe (`as_of`): the crowd snapshot, the OEWS reference
month, the end of an LCA fiscal year. Given today's date (from the workspace clock; the core
never reads a clock), a row's age in whole months is shown and a row older than STALE_MONTHS
is flagged "dated" in the table, the caveats and the headline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from levelset.patterns import compiled

if TYPE_CHECKING:  # only the type: the dates alone stay cheap to import (negotiation.anchor)
    from levelset.market.report import SourceRange

STALE_MONTHS = 12
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                       "sep", "oct", "nov", "dec"), start=1)}  # fmt: skip


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from one date to a later one (0 within the same month)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return max(0, months - (1 if later.day < earlier.day else 0))


_RELEASE = compiled(r"([A-Za-z]{3})[a-z]*\.? (\d{4})")


def release_date(release: str) -> dt.date | None:
    """'May 2025' -> 2025-05-12 (the OEWS reference pay period holds the 12th)."""
    found = _RELEASE.match(release.strip())
    if not found or found.group(1).lower() not in _MONTHS:
        return None
    return dt.date(int(found.group(2)), _MONTHS[found.group(1).lower()], 12)


def fiscal_year_end(year: int) -> dt.date:
    """The last day of a US federal fiscal year (FY2025 ends on 2025-09-30)."""
    return dt.date(year, 9, 30)


def aged(ranges: Sequence[SourceRange], today: dt.date | None) -> list[SourceRange]:
    """The rows with their age in months, flagged "dated" past STALE_MONTHS."""
    if today is None:
        return list(ranges)
    out = []
    for row in ranges:
        if row.as_of is None:
            out.append(row)
            continue
        months = months_between(row.as_of, today)
        flags = (*row.flags, "dated") if months > STALE_MONTHS else row.flags
        out.append(replace(row, age_months=months, flags=flags))
    return out


def dated_notes(ranges: Sequence[SourceRange]) -> list[str]:
    """One phrase per source older than a year: "crowd (ai-jobs.net): 23 months old"."""
    seen: dict[str, str] = {}
    for row in ranges:
        if "dated" in row.flags and row.as_of is not None:
            name = row.label.split(" ")[0] if row.source.startswith("oews") else row.label
            seen.setdefault(name, f"{name}: {row.age_months} months old ({row.as_of.isoformat()})")
    return list(seen.values())


def age_caveats(ranges: Sequence[SourceRange]) -> list[str]:
    notes = dated_notes(ranges)
    if not notes:
        return []
    return [
        f"Older than {STALE_MONTHS} months: {'; '.join(notes)}. Pay has likely moved since; "
        "read these numbers as of their date, not as today's."
    ]
