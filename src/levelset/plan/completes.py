"""What each missing input would add, and the command that supplies it."""

from __future__ import annotations

from levelset.plan.inputs import PlanInputs

PROFILE_HINT = (
    'Set your target with `levelset profile set --title "..." --level ...` so the plan aims '
    "at one role and level."
)
HINTS = {
    "proof": (
        "Import your resume with `levelset proof import FILE` to get items for your weakest "
        "bullets by name."
    ),
    "level": (
        "Run `levelset level estimate --target BAND` to see the scope you must show for the "
        "target level."
    ),
    "market": (
        "Set a target title and place (or run `levelset range`) to get a market range with "
        "its source and sample size."
    ),
    "offer": (
        "Add an offer with `levelset offer` and start `levelset negotiate` to get the five "
        "negotiation steps dated from its deadline."
    ),
    "tracking": (
        "Log applications and responses with `levelset track add` (or import your spreadsheet "
        "with `levelset track import`) to see your rates in each weekly review."
    ),
}
DEADLINE_HINT = (
    "Record the offer deadline in the negotiation so the five steps are dated from it (a week "
    "is assumed until then)."
)


def completions(inputs: PlanInputs) -> list[str]:
    """One sentence per missing input: what it would add and how to supply it."""
    found = []
    if not (inputs.profile.target_title and inputs.profile.target_band):
        found.append(PROFILE_HINT)
    noted = {note.split(":", 1)[0] for note in inputs.notes}  # the note says more than the hint
    found += [HINTS[name] for name in inputs.missing() if name not in noted]
    if inputs.offer is not None and inputs.offer.deadline is None:
        found.append(DEADLINE_HINT)
    found += list(inputs.notes)
    return found
