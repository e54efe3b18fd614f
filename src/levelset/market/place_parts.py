"""A posting's location line in parts: "Compute Labs, Remote, Redmond, WA", "Seattle, WA
(Hybrid)", "Mountain View, CA, USA", "Austin, TX 78701", "New York, NY; San Francisco, CA".

Pure: which parts may name a place, whether the line says remote, and the readings to try, most
of the line first. The place reader looks each reading up as if it were typed alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from levelset.patterns import compiled

# several places offered: each alternative is read on its own, the first that reads wins
# "Santa Clara, OR" is Oregon: "or" and "and" part places only between two words
# a list's own lower-case "or" after its comma ("Austin, Denver, or Boston") parts places too
_ALTERNATIVES = compiled(
    r"\s*(?:;|\||(?<![,\s])\s+(?:or|and)\s+|\s/\s|(?-i:,\s+or\s+))\s*", re.IGNORECASE
)
_PARTS = compiled(r"\s*(?:,|\(|\)|\[|\]|\s[-–—]\s|:)\s*")
# how the work is done, not where
_MODES = compiled(
    r"^(?:hybrid|on-?site|in[- ]office|in[- ]person|office|flexible|full[- ]time|"
    r"multiple locations|various locations|relocation|hq|headquarters|data cent(?:er|re))$",
    re.IGNORECASE,
)
# "Remote-First" and "remote friendly" alike: a mark of the work, never a town ("Friendly, MD")
_REMOTE = compiled(r"^(?:fully |100% )?remote(?:[- ](?:first|friendly|ok|eligible))?$", re.I)
# a part that says remote and where: "(Belgium remote)", "(remote US)", "Remote in Portugal"
_PART_REMOTE = compiled(
    r"^(?:(.+?)\s+remote|remote\s+(?:(?:in|within)\s+)?(?:the\s+)?(.+))$", re.IGNORECASE
)
_US = compiled(r"^(?:usa|us|u\.s\.a?\.?|united states(?: of america)?)$", re.IGNORECASE)
_ZIP = compiled(r"\s+\d{5}(?:-\d{4})?$")
# words around a metro's name in LinkedIn and posting lines: "Greater Boston", "Dallas-Fort
# Worth Metroplex", "San Francisco Bay Area", "Los Angeles Metropolitan Area", "NYC Metro"
AREA_WORDS = compiled(
    r"^(?:greater|metro) "  # "Metro Detroit"
    r"|(?: bay)?(?: (?:metro(?:politan)?|metroplex)(?: area| region)?| area| region)$"
)


@dataclass(frozen=True)
class LocationLine:
    """The readings of a location line, and whether it says the work is remote."""

    readings: tuple[str, ...]  # most of the line first: "Labs, Redmond, WA", "Redmond, WA"
    remote: bool
    us: bool  # the line names the United States as its country


def split_line(text: str) -> LocationLine:
    """The parts of a location line that may name a place, as readings to try in order."""
    readings: list[str] = []
    remote = us = False
    for alternative in _ALTERNATIVES.split(text):
        parts, said_remote, said_us = _named_parts(alternative)
        remote, us = remote or said_remote, us or said_us
        readings += _spans(parts)
    return LocationLine(tuple(dict.fromkeys(readings)), remote, us)


def line_parts(text: str) -> list[str]:
    """The parts of a line that may name a place, in order, marks of the work and of remote
    left out: "Poland, Romania (Remote)" -> ["Poland", "Romania"]."""
    return _named_parts(text)[0]


def _named_parts(alternative: str) -> tuple[list[str], bool, bool]:
    parts: list[str] = []
    remote = us = False
    for raw in _PARTS.split(alternative):
        part = _ZIP.sub("", raw.strip(" .")).strip()
        if not part or _MODES.match(part):
            continue
        within = None if _REMOTE.match(part) else _PART_REMOTE.match(part)
        if within:  # "Brussels, Belgium (Belgium remote)": remote, and where
            remote, part = True, within[1] or within[2]
        if _REMOTE.match(part):
            remote = True
        elif _US.match(part):
            us = True
        elif part not in parts:  # named twice: "Belgium", then "Belgium remote"
            parts.append(part)
    return parts, remote, us


def alternatives(text: str) -> list[str]:
    """The places a line offers ("Seattle or Remote", "Austin, TX; Denver, CO"), a remote mark
    offered on its own left out: [] when the line offers one place only."""
    found = [a for a in _ALTERNATIVES.split(text) if a.strip() and not _REMOTE.match(a.strip())]
    return found if len(found) > 1 else []


def remote_offered(text: str) -> bool:
    """Whether remote work is offered beside a place ("Seattle or Remote"), not as its mode."""
    return any(_REMOTE.match(a.strip()) for a in _ALTERNATIVES.split(text)) and bool(
        [a for a in _ALTERNATIVES.split(text) if a.strip() and not _REMOTE.match(a.strip())]
    )


def _spans(parts: list[str]) -> list[str]:
    """The line's parts without its first ones, longest first: a leading name that is no place
    ("Compute Labs") is dropped; a trailing one never is ("Ottawa, ON" is not some Ottawa)."""
    return [", ".join(parts[start:]) for start in range(len(parts))]
