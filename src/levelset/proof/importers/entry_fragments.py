"""Headings that cannot head a job, whatever words they hold: a label over a list, the tail of
a wrapped line.

These are checks of form, not of vocabulary: a job's heading names a role or an employer as a
name does (a capital first, no colon closing it), never as a list's label or a line's end does.
"""

from __future__ import annotations

from levelset.patterns import compiled
from levelset.proof.model import Position

# the small words a line broken inside a phrase goes on with: "in Electrical Engineering",
# "and April 2012 Semester" ("iOS Developer", "eBay" open on a lower-case name, not on these)
_JOINING_OPEN = compiled(r"(?:and|or|in|of|for|from|with|to|the|at|by|as|on|an?)\s")


def fragment_heading(position: Position) -> bool:
    """The title is no heading of a job: it closes on a colon ("Key Skills gained:" under a
    course's dates, "Research Assistants:" over the students supervised), or opens on a
    lower-case joining word ("in Electrical Engineering": the tail of the line above)."""
    title = position.title.strip()
    return title.endswith(":") or _JOINING_OPEN.match(title) is not None
