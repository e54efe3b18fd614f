"""Practice before the real call: a mock negotiation against the user's own case, an interview
story drill and a peer-feedback sheet. Pure: values in, values out; deterministic given a seed.

case = Case("Northwind", "USD", Decimal(185000), anchor=Decimal(205000), proof=(...,))
session = rehearse(case, Settings(Difficulty.HARD, seed=3), ["I'm looking for $205k ...", ...])
session.score, session.fix_next, [m.to_dict() for m in session.moves]
"""

from typing import TYPE_CHECKING

from levelset.lazy import names_on_first_use

if TYPE_CHECKING:
    from levelset.practice.answers import Stance, better_line, stance
    from levelset.practice.case import Case
    from levelset.practice.script import Difficulty, Pushback, parse_difficulty
    from levelset.practice.session import (
        Move,
        Session,
        Settings,
        Turn,
        answer,
        finish,
        next_turn,
        rehearse,
    )

_WHERE = {
    "Stance": "answers",
    "better_line": "answers",
    "stance": "answers",
    "Case": "case",
    "Difficulty": "script",
    "Pushback": "script",
    "parse_difficulty": "script",
    "Move": "session",
    "Session": "session",
    "Settings": "session",
    "Turn": "session",
    "answer": "session",
    "finish": "session",
    "next_turn": "session",
    "rehearse": "session",
}

__all__ = [
    "Case",
    "Difficulty",
    "Move",
    "Pushback",
    "Session",
    "Settings",
    "Stance",
    "Turn",
    "answer",
    "better_line",
    "finish",
    "next_turn",
    "parse_difficulty",
    "rehearse",
    "stance",
]


__getattr__ = names_on_first_use(__name__, _WHERE, globals())
