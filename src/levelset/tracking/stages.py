"""Free-text status columns and yes/no cells, as real trackers write them.

Trackers keep one `status` (or `stage`, `list`) per application: "Applied", "Phone screen",
"Received offer", "Rejected"... Each known status becomes the dated event it stands for. A
follow-up column holding a tick instead of a date ("True", "yes", "x") stands for the event
too, dated by the row's status date when the sheet has one, else by the application's date.
"""

from __future__ import annotations

from levelset.patterns import compiled
from levelset.tracking.events import EventKind

_FLAGS = {
    "true": True, "yes": True, "y": True, "x": True, "✓": True, "✔": True, "1": True,
    "false": False, "no": False, "n": False, "0": False,
}  # fmt: skip

# (pattern, kind): the first that matches wins, so offers and rejections go before interviews.
_STATUSES: tuple[tuple[str, EventKind | None], ...] = (
    (r"withdr|pulled out|declined (the )?offer|i declined", EventKind.WITHDRAWAL),
    (r"offer|accepted|hired", EventKind.OFFER),
    (r"reject|not (selected|moving|progress)|declined|unsuccessful|turned down|no hire",
     EventKind.REJECTION),
    (r"interview|screen|onsite|on-site|phone|technical|final|round|assessment|take[- ]?home|"
     r"case study|hiring manager|recruiter call", EventKind.INTERVIEW),
    (r"appl|submitted|sent|saved|wish ?list|bookmark|to apply|interested|waiting|pending|"
     r"no (response|reply)|ghost|in progress|open", None),
)  # fmt: skip
_STATUS_RULES = tuple((compiled(pattern), kind) for pattern, kind in _STATUSES)
KNOWN = "applied, screen, interview, offer, rejected, withdrawn"


def flag(text: str) -> bool | None:
    """True or False for a yes/no cell, None when the cell says something else."""
    return _FLAGS.get(text.strip().lower())


def status_kind(text: str) -> tuple[bool, EventKind | None]:
    """(known, the event kind it stands for); known with None is a status with no event."""
    lowered = text.strip().lower()
    for rule, kind in _STATUS_RULES:
        if rule.search(lowered):
            return True, kind
    return False, None
