"""How a practice session reads in the terminal."""

from __future__ import annotations

from levelset.cli.output import console
from levelset.practice import Move, Session


def render_move(move: Move) -> None:
    out = console()
    out.print(f"  [bold]{move.score}[/bold]/100 ({move.stance.value})", highlight=False)
    if move.costly:
        out.print(f"  cost points: {move.costly}", highlight=False, markup=False)
    out.print(f"  better: {move.better}\n", highlight=False, markup=False)


def render_session(session: Session, *, transcript: bool = True) -> None:
    out = console()
    if transcript:
        for line in session.transcript():
            out.print(line, highlight=False, markup=False)
        out.print()
    else:
        out.print(f"Recruiter: {session.closing}\n", highlight=False, markup=False)
    out.print("Scores by move:", highlight=False)
    for number, move in enumerate(session.moves, 1):
        out.print(
            f"  {number}. {move.turn.kind.value:<9} {move.score:>3}  {move.stance.value}",
            highlight=False,
        )
    out.print(f"Session score: [bold]{session.score}[/bold]/100", highlight=False)
    out.print(f"Fix next time: {session.fix_next}", highlight=False, markup=False)


def render_drill(done: dict) -> None:  # type: ignore[type-arg]
    out = console()
    for story in done["stories"]:
        parts = ", ".join(k for k, v in story["parts"].items() if v) or "none"
        out.print(f"\n{story['question']}", highlight=False, markup=False)
        out.print(
            f"  {story['score']}/100  {story['words']} words (~{story['seconds']} s)  has: {parts}",
            highlight=False,
            markup=False,
        )
        out.print(f"  {story['advice']}", highlight=False, markup=False)
    out.print(f"\nDrill score: [bold]{done['score']}[/bold]/100", highlight=False)
