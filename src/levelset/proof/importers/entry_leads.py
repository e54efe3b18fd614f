"""A title written as the lead of the entry's first bullet: the dated heading names the employer
alone ("Daher Aerospace  Nantes  Jun. 2024 – Sep. 2024") and its first bullet opens on the role,
then a dash or a colon and what was done ("• Simulation intern: Developed an ANSYS code ...",
"• Research Assistant – Language-steered drones: designing ..."). Office templates set the
role there, often in bold, where no line of the heading holds it."""

from __future__ import annotations

import dataclasses

from levelset.patterns import compiled
from levelset.proof.headers import role_score
from levelset.proof.importers.entry_state import EntryState
from levelset.proof.line_kinds import ends_in_role
from levelset.proof.lines import BULLET, Line, is_bullet

# the role (capitalised, no figures), then " – " or ": ", then the rest of the bullet
_LEAD = compiled(r"(?P<role>[A-Z][^–—:\d]{2,60}?)(?:\s+[–—]\s+|:\s+)(?P<rest>\S.*)")
_MOST_WORDS = 5  # a lead longer than this is a sentence's clause, not a title


def bullet_lead_role(text: str) -> tuple[str, str] | None:
    """(role, rest) of a bullet that opens on a role and a dash or colon, else None."""
    if not is_bullet(text):
        return None
    found = _LEAD.fullmatch(BULLET.sub("", text).strip())
    if found is None:
        return None
    role, rest = found.group("role").strip(), found.group("rest").strip()
    if len(role.split()) > _MOST_WORDS or not (role_score(role) > 0 or ends_in_role(role)):
        return None
    return role, rest


class EntryLeads(EntryState):
    """The first bullet's lead taken as the title, for `EntryReader` (`importers.entries`)."""

    def _untitled_lead(self, text: str) -> tuple[str, str] | None:
        """(role, rest) when the open position has an employer and no title yet, nothing
        read under its heading, and this first bullet opens on a role."""
        header = self.header
        if header is None or header.title or not header.company or self.bullets:
            return None
        return bullet_lead_role(text)

    def _lead_title(self, text: str, line: Line) -> None:
        found = self._untitled_lead(text)
        assert found is not None and self.header is not None
        self.header = dataclasses.replace(self.header, title=found[0])
        self._add_bullet(found[1], line)
