"""The leveling rubric: what each band looks like on five dimensions, in levelset's own words.

Informed by the shape most public engineering ladders share (scope widens from a task to the
company, impact is measured at that scope, direction replaces execution, influence replaces
supervision), written for ML and data engineers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from levelset.bands import Band
from levelset.proof.features import Scope


class Dimension(StrEnum):
    SCOPE = "scope"
    IMPACT = "impact"
    DEPTH = "ambiguity_and_depth"
    LEADERSHIP = "leadership"
    ML = "ml"

    @property
    def label(self) -> str:
        return {
            "scope": "Scope",
            "impact": "Impact",
            "ambiguity_and_depth": "Ambiguity and technical depth",
            "leadership": "Leadership and influence",
            "ml": "ML-specific proof",
        }[self.value]


@dataclass(frozen=True)
class Expectation:
    """What a band expects on one dimension, and how to say it is missing."""

    band: Band
    dimension: Dimension
    expects: str
    need: str


# The widest scope a band's work normally reaches.
TYPICAL_SCOPE = {
    Band.ENTRY: Scope.SELF,
    Band.MID: Scope.TEAM,
    Band.SENIOR: Scope.TEAM,
    Band.STAFF: Scope.SEVERAL_TEAMS,
    Band.SENIOR_STAFF: Scope.ORGANISATION,
    Band.PRINCIPAL: Scope.COMPANY,
}

_E, _M, _S, _ST, _SS, _P = list(Band)
_TEXT: dict[Band, dict[Dimension, tuple[str, str]]] = {
    _E: {
        Dimension.SCOPE: (
            "Well-defined tasks inside one project.",
            "one finished task you can point to",
        ),
        Dimension.IMPACT: (
            "Delivers assigned work that others review.",
            "one piece of work that shipped",
        ),
        Dimension.DEPTH: (
            "Learns the stack; solves problems with guidance.",
            "one technical problem you solved",
        ),
        Dimension.LEADERSHIP: (
            "Asks for and uses feedback.",
            "nothing more: leadership is not expected yet",
        ),
        Dimension.ML: (
            "Trains or evaluates models offline.",
            "one model you trained and evaluated",
        ),
    },
    _M: {
        Dimension.SCOPE: (
            "Owns features or components for the team.",
            "one component or feature the team relies on",
        ),
        Dimension.IMPACT: (
            "Ships results with at least one measured effect.",
            "one result with a number",
        ),
        Dimension.DEPTH: (
            "Solves defined problems end to end without help.",
            "one problem you took from idea to production",
        ),
        Dimension.LEADERSHIP: (
            "Owns own work; helps teammates.",
            "one example of owning a piece of work",
        ),
        Dimension.ML: (
            "Puts a model into production or runs an experiment.",
            "one model in production or one experiment with its result",
        ),
    },
    _S: {
        Dimension.SCOPE: (
            "Owns a system or project for the team, end to end.",
            "one project you owned for your team from start to finish",
        ),
        Dimension.IMPACT: (
            "Several measured outcomes at team scope.",
            "three outcomes with numbers, each saying who gained",
        ),
        Dimension.DEPTH: (
            "Designs systems and chooses between approaches for the team.",
            "one design you chose and defended",
        ),
        Dimension.LEADERSHIP: (
            "Leads projects and mentors others.",
            "one project you led or one person you mentored",
        ),
        Dimension.ML: (
            "Production models with online measurement and scale.",
            "one production model with its A/B result or serving scale",
        ),
    },
    _ST: {
        Dimension.SCOPE: (
            "Work that changes how several teams build.",
            "one piece of work that several teams adopted",
        ),
        Dimension.IMPACT: (
            "Measured outcomes that reach several teams.",
            "two measured outcomes that reached several teams",
        ),
        Dimension.DEPTH: (
            "Sets technical direction where the problem is still vague.",
            "one example of technical direction across several teams",
        ),
        Dimension.LEADERSHIP: (
            "Leads across team lines without authority.",
            "one initiative you led across several teams",
        ),
        Dimension.ML: (
            "ML platforms, standards or methods other teams use.",
            "one ML system, method or standard that several teams use",
        ),
    },
    _SS: {
        Dimension.SCOPE: (
            "Problems that span an organisation of many teams.",
            "one result at the scale of your organisation",
        ),
        Dimension.IMPACT: (
            "Organisation-level results with numbers.",
            "one measured result for the whole organisation",
        ),
        Dimension.DEPTH: (
            "Defines the multi-year technical strategy of an area.",
            "one technical strategy or roadmap you defined for an organisation",
        ),
        Dimension.LEADERSHIP: (
            "Grows leaders; aligns several groups.",
            "one example of aligning an organisation or growing other leads",
        ),
        Dimension.ML: (
            "Owns the ML approach of an organisation.",
            "one ML direction you set for an organisation",
        ),
    },
    _P: {
        Dimension.SCOPE: (
            "Company-wide or industry-wide problems.",
            "one result for the whole company or the field",
        ),
        Dimension.IMPACT: (
            "Results that move the company or the field.",
            "one measured company-level or industry-level result",
        ),
        Dimension.DEPTH: (
            "Known for setting direction in a field.",
            "one direction the company or the field followed",
        ),
        Dimension.LEADERSHIP: (
            "Shapes the engineering culture of a company.",
            "one company-wide change you led",
        ),
        Dimension.ML: (
            "Research or systems the field adopts (papers, open source).",
            "one paper, patent or open-source system others adopted",
        ),
    },
}

RUBRIC: tuple[Expectation, ...] = tuple(
    Expectation(band, dim, expects, need)
    for band, dims in _TEXT.items()
    for dim, (expects, need) in dims.items()
)


def expectation(band: Band, dimension: Dimension) -> Expectation:
    """What `band` expects on `dimension`."""
    return next(e for e in RUBRIC if e.band is band and e.dimension is dimension)


def rubric_table() -> list[dict[str, str]]:
    """The rubric as rows (band, dimension, expects), for docs and the web page."""
    return [
        {"band": e.band.value, "dimension": e.dimension.value, "expects": e.expects} for e in RUBRIC
    ]
