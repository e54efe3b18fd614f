"""A line that groups an author's posts without being their employer: a sector or a field
("Financial Services") alone over "Title, Team, Employer, Town, June 2018 – present".

A line alone over a dated line is most often the employer of the title written there. Where
the dated line names its own employer after the title and a unit of it (three parts or more,
the last an organisation's name), the line above is a heading over the posts that follow, not
their employer."""

from __future__ import annotations

from levelset.proof.headers import names_role, role_score
from levelset.proof.lines import Line, is_bullet

_PARTS = 3  # title, a unit, the employer: the fewest parts of a line naming its own employer


def heads_a_group(pending: list[Line], rest: str) -> bool:
    """Whether the one line above a dated line `rest` (its text without dates and place) only
    groups the posts (see the module)."""
    if len(pending) != 1:
        return False
    above = pending[0]
    if above.dates or above.place or is_bullet(above.text) or names_role(above.text):
        return False
    parts = [part.strip() for part in rest.split(",")]
    if len(parts) < _PARTS or not all(parts) or above.text.strip() in rest:
        return False
    return names_role(parts[0]) and role_score(parts[-1]) < 0
