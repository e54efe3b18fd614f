"""Which comes first in a résumé's headings, the title or the company, learned from that résumé.

Where a heading's words do not tell the title from the company ("Royal Opera House" over
"Répétiteur": neither names a job nor an organisation), the reader falls back on the form's
usual order. The résumé's other headings, told apart by their words, show its own order; when
two thirds of them or more agree, the undecided headings follow it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from levelset.patterns import compiled
from levelset.proof.headers import role_score
from levelset.proof.model import Position

UNDECIDED = "title and company told apart by their order, not their words"
FOLLOWED = "title and company told apart by the order of this résumé's other headings"
INHERITED = "no company beside this title: the company of the entry above"


def follow_habit(
    positions: Sequence[Position], first_lines: Mapping[int, str]
) -> tuple[Position, ...]:
    """The positions, undecided ones put in the order the decided ones agree on."""
    positions = _places_after_bars(positions)
    votes = [
        _company_first(p, first_lines)
        for p in positions
        if _decided(p) and INHERITED not in p.guesses
    ]
    known = [v for v in votes if v is not None]
    habit = known.count(True) > len(known) / 2
    if known.count(habit) < 2 or known.count(habit) * 3 < len(known) * 2:
        return tuple(positions)  # too few headings decided, or no clear habit among them
    return _carry_companies([_follow(p, habit, first_lines) for p in positions])


def _places_after_bars(positions: Sequence[Position]) -> Sequence[Position]:
    """ "Meekco.asia | TTDI": where the résumé's other entries show their employer's place
    after a bar, a short name after the bar of an employer without a place is its place."""
    barred = [p for p in positions if " | " in p.company]
    if len(barred) != 1 or len([p for p in positions if p.location]) < 2:
        return positions
    name, _, rest = barred[0].company.partition(" | ")
    if barred[0].location or len(rest.split()) > 3 or role_score(rest) != 0 or not name.strip():
        return positions
    mended = dataclasses.replace(barred[0], company=name.strip(), location=rest.strip())
    return [mended if p is barred[0] else p for p in positions]


def _carry_companies(positions: list[Position]) -> tuple[Position, ...]:
    """A role listed under the entry above takes that entry's company as it now reads."""
    for index, position in enumerate(positions[1:], start=1):
        if INHERITED in position.guesses:
            company = positions[index - 1].company
            positions[index] = dataclasses.replace(position, company=company)
    return tuple(positions)


def _follow(position: Position, habit: bool, first_lines: Mapping[int, str]) -> Position:
    if _decided(position) or not position.company or not position.title:
        return position
    if UNDECIDED not in position.guesses:
        return position  # told apart by a label ("Role: Director, Global Operations")
    if INHERITED in position.guesses:
        return position  # its employer is the one above, not on its line: no order to follow
    first = _company_first(position, first_lines)
    if first is None:
        return position
    guesses = tuple(FOLLOWED if g == UNDECIDED else g for g in position.guesses)
    if first == habit:  # read in the order the other headings show: that order backs it
        return dataclasses.replace(position, guesses=guesses)
    return dataclasses.replace(
        position, title=position.company, company=position.title, guesses=guesses
    )


def _decided(position: Position) -> bool:
    return bool(position.company) and role_score(position.title) != role_score(position.company)


def _company_first(position: Position, first_lines: Mapping[int, str]) -> bool | None:
    """Whether the heading's first line shows the company before the title (None: unknown)."""
    line = position.origin.line
    text = first_lines.get(line, "") if line is not None else ""
    title = text.find(position.title) if position.title else -1
    company = text.find(position.company) if position.company else -1
    if title == company == -1:
        return None
    if title == -1 or company == -1:
        return title == -1
    if company > title and _GRAMMAR_ORDER.fullmatch(text[title + len(position.title) : company]):
        return None  # "Teaching Assistant at Georgia Tech": the order of grammar, not a habit
    return company < title


# between a title and its company, words that put them in that order whatever the habit
_GRAMMAR_ORDER = compiled(r"(?i)\s*,?\s*(?:at|@)\s+")
