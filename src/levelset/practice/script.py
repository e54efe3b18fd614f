"""The recruiter's side of a mock call: kinds of pushback and several wordings of each.

Every line here was written for levelset. Placeholders are filled from the user's own case:
{company}, {offer} (the offered base), {anchor} (the user's number), {deadline}, {competitor}.
"""

from __future__ import annotations

from enum import StrEnum

from levelset.errors import UnknownValue


class Pushback(StrEnum):
    """What the recruiter pushes with."""

    NUMBER = "number"  # "what number did you have in mind?"
    BAND = "band"  # "this is the top of the band"
    EQUITY = "equity"  # "we don't negotiate equity"
    DEADLINE = "deadline"  # "we need an answer by Friday"
    LEVEL = "level"  # "the level is set by the interview"
    SILENCE = "silence"  # the recruiter says nothing and waits
    PRESS = "press"  # after a concession: take the ground given and ask for more
    CLOSE = "close"  # the call ends


class Difficulty(StrEnum):
    EASY = "easy"
    NORMAL = "normal"
    HARD = "hard"


def parse_difficulty(value: str | Difficulty) -> Difficulty:
    if isinstance(value, Difficulty):
        return value
    try:
        return Difficulty(value.strip().lower())
    except ValueError:
        raise UnknownValue("difficulty", value, [d.value for d in Difficulty]) from None


# How many pushbacks after the opening question, and the extra turns a concession may open.
ROUNDS = {Difficulty.EASY: 3, Difficulty.NORMAL: 4, Difficulty.HARD: 5}
PRESSES = {Difficulty.EASY: 1, Difficulty.NORMAL: 2, Difficulty.HARD: 3}

LINES: dict[Pushback, tuple[str, ...]] = {
    Pushback.NUMBER: (
        "Before I go back to the team: what number did you have in mind?",
        "Let's make this concrete. What base would get you to a yes?",
        "Help me out here: what figure are you actually looking for?",
        "If you could name one number for the base, what would it be?",
    ),
    Pushback.BAND: (
        "Honestly, {offer} is already the top of the band for this role.",
        "I checked with comp: {offer} sits at the very top of what this level pays.",
        "The band tops out right where we are. There isn't room above {offer}.",
        "We went to the ceiling of the range to get you {offer}; that's as far as it goes.",
    ),
    Pushback.EQUITY: (
        "The equity grant is standard for the level. We don't negotiate equity.",
        "Grants come from a fixed table here, so the equity part isn't something I can move.",
        "Everyone at this level gets the same stock package; that part is not up for discussion.",
        "I'll be straight with you: equity is off the table. It's set centrally.",
    ),
    Pushback.DEADLINE: (
        "We have other finalists, so we'd need your answer by {deadline}.",
        "The hiring manager wants this closed. Can you give us a yes by {deadline}?",
        "I can only hold this offer until {deadline}; after that it goes to the next candidate.",
        "Timing matters on our side: we need a decision by {deadline} at the latest.",
    ),
    Pushback.LEVEL: (
        "The level comes out of the interview loop, and the loop said this level.",
        "Leveling was decided by the panel; I can't reopen it at this stage.",
        "The interviewers calibrated you at this level, and that sets the band we work in.",
        "Level isn't a negotiation point for us: the debrief fixed it.",
    ),
    Pushback.SILENCE: (
        "(The recruiter says nothing and waits.)",
        "(A long pause on the line. The recruiter waits for you to fill it.)",
        "(Silence. The recruiter lets your last words sit.)",
        "(No answer comes. The line stays quiet.)",
    ),
    Pushback.PRESS: (
        "Great, so we can go ahead at {offer} then?",
        "Glad you're flexible. Shall I write it up at {offer} as it stands?",
        "Good to hear. Then I'll tell the team you're fine with the current package.",
        "Okay, so the number you mentioned was more of a wish than a need?",
        "Perfect. If that works, could you also confirm a start date two weeks earlier?",
        "That helps. So if we can't move on base, you'd still sign this week?",
    ),
    Pushback.CLOSE: (
        "Let me take that back to the team and come back to you.",
        "Understood. I'll put that to the hiring manager and call you back.",
        "Thanks, that's clear. I'll see what I can do and get back to you.",
        "Fair enough. I'll bring that to comp and follow up.",
    ),
}
