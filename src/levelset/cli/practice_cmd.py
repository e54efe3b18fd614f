"""`levelset practice negotiation COMPANY`, `practice stories|peer|history|delete|restore`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from levelset.app.workspace import Workspace
    from levelset.practice import Move

app = typer.Typer(
    help="Rehearse before the real call: a mock negotiation, a story drill, a peer sheet.",
    no_args_is_help=True,
    add_completion=False,
)

JSON = typer.Option(False, "--json", help="Print JSON.")
ANSWERS = typer.Option(
    None, "--answers", help="A text file with one answer a line (no prompts); - for stdin."
)


@app.command("negotiation")
def negotiation(
    company: str = typer.Argument(..., help="The negotiation (company) to rehearse."),
    answers: Path | None = ANSWERS,
    difficulty: str = typer.Option("normal", "--difficulty", help="easy, normal or hard."),
    seed: int = typer.Option(0, "--seed", help="Another seed gives other lines and order."),
    save: bool = typer.Option(True, "--save/--no-save", help="Keep the session."),
    json_output: bool = JSON,
) -> None:
    """A mock call: levelset plays the recruiter from your own offer, anchor and proof; each
    answer is scored at once, with the phrase that cost points and a better line."""
    from levelset.app.practice import rehearse_negotiation
    from levelset.cli.workspace import workspace

    if answers is None:
        _live(company, difficulty, seed, save)
        return
    done = rehearse_negotiation(
        workspace(), company, read_answers(answers), difficulty=difficulty, seed=seed, save=save
    )
    if json_output:
        from levelset.cli.output import print_json

        print_json(done.to_dict())
        return
    from levelset.cli.practice_view import render_session

    render_session(done.session)
    if done.kept is not None and done.kept.already_kept:
        typer.echo(f"Already kept as session #{done.kept.id}: the same call is stored once.")


def read_answers(file: Path) -> list[str]:
    """One answer a line; blank lines are kept as silence only when written as (silence)."""
    import sys

    from levelset.errors import InputError, NotFound

    if str(file) == "-":
        text = sys.stdin.read(200_000)
    elif not file.is_file():
        raise NotFound(f"no such file: {file}")
    else:
        try:
            text = file.read_text(encoding="utf-8")[:200_000]
        except UnicodeDecodeError:
            raise InputError(f"{file}: not a UTF-8 text file") from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise InputError(f"{file}: no answers (one answer a line)")
    return lines


def _live(company: str, difficulty: str, seed: int, save: bool) -> None:
    from levelset.app.practice import keep_session, live_move, practice_case, settings
    from levelset.cli.practice_view import render_move, render_session
    from levelset.practice import Pushback, finish, next_turn

    case, chosen = practice_case(_ws(), company), settings(difficulty, seed)
    moves: list[Move] = []
    typer.echo("Type your answer and press Enter; (silence) to say nothing; Ctrl-D to stop.\n")
    while (turn := next_turn(case, chosen, moves)).kind is not Pushback.CLOSE:
        typer.echo(f"Recruiter: {turn.line}")
        try:
            text = input("You: ")
        except EOFError:
            typer.echo()
            break
        moves.append(live_move(case, chosen, moves, text))
        render_move(moves[-1])
    session = finish(case, chosen, moves)
    render_session(session, transcript=False)
    if save and moves and keep_session(_ws(), session).already_kept:
        typer.echo("Already kept: the same call (same answers, today) is stored once.")


def _ws() -> Workspace:
    from levelset.cli.workspace import workspace

    return workspace()


@app.command("stories")
def stories(
    target: str = typer.Option(
        ..., "--target", help="The level you interview for: senior, staff, L5."
    ),
    answers: Path | None = ANSWERS,
    save: bool = typer.Option(True, "--save/--no-save", help="Keep the drill."),
    json_output: bool = JSON,
) -> None:
    """The interview story drill: the stories the level needs, each timed by its word count and
    scored for situation, your own call, the result and a metric."""
    from levelset.app.practice import drill_stories, story_questions

    if answers is not None:
        given = read_answers(answers)
    else:
        given = []
        for question in story_questions(target):
            typer.echo(f"\n{question}")
            try:
                given.append(input("Your story (one paragraph): "))
            except EOFError:
                break
    done = drill_stories(_ws(), target, given, save=save)
    if json_output:
        from levelset.cli.output import print_json

        print_json(done)
        return
    from levelset.cli.practice_view import render_drill

    render_drill(done)


peer_app = typer.Typer(
    help="A one-page peer-feedback sheet (Markdown and PDF); `record` keeps the peer's answers.",
    invoke_without_command=True,
    add_completion=False,
)
app.add_typer(peer_app, name="peer")


@peer_app.callback(invoke_without_command=True)
def peer(
    ctx: typer.Context,
    company: str | None = typer.Option(
        None, "--company", help="The negotiation to take the ask from."
    ),
    out: Path | None = typer.Option(None, "-o", "--out", help="Where to write (.md and .pdf)."),
) -> None:
    """Write the sheet: your positioning, your ask and three questions for the peer."""
    if ctx.invoked_subcommand is not None:
        return
    from levelset.app.practice import write_peer_sheet

    for path in write_peer_sheet(_ws(), out, company):
        typer.echo(str(path))


@peer_app.command("record")
def peer_record(
    heard: str | None = typer.Option(None, "--heard", help="What the peer heard."),
    number: str | None = typer.Option(None, "--number", help="The number they remember."),
    pushback: str | None = typer.Option(None, "--pushback", help="What they would push back on."),
    company: str | None = typer.Option(None, "--company", help="The negotiation it was for."),
    json_output: bool = JSON,
) -> None:
    """Type in the peer's answers to the three questions (asked for when not given)."""
    from levelset.app.practice import record_peer_answers
    from levelset.practice.peer import QUESTIONS

    given = [heard, number, pushback]
    for index, (_, question) in enumerate(QUESTIONS):
        if given[index] is None:
            given[index] = typer.prompt(question)
    heard_, number_, pushback_ = (g or "" for g in given)
    done = record_peer_answers(_ws(), heard_, number_, pushback_, company=company)
    if json_output:
        from levelset.cli.output import print_json

        print_json(done)
        return
    landed = "yes" if done["number_landed"] else "no"
    typer.echo(f"kept. The number landed: {landed}. Meant: {done['meant']}")
    for line in done["check"].lines():
        typer.echo(f"  {line}")


@app.command("history")
def history(
    kind: str | None = typer.Option(None, "--kind", help="negotiation, stories or peer."),
    json_output: bool = JSON,
) -> None:
    """Every kept rehearsal with its date and score, oldest first: your scores over time."""
    from levelset.app.practice import practice_history

    kept = practice_history(_ws(), kind)
    if json_output:
        from levelset.cli.output import print_json

        print_json([k.to_dict() for k in kept])
        return
    if not kept:
        from levelset.cli.workspace import as_typed

        typer.echo(as_typed("no practice kept yet: try levelset practice negotiation COMPANY"))
    for k in kept:
        score = f"{k.score:>3}/100" if k.score is not None else "    —  "
        typer.echo(f"#{k.id:<3} {k.on}  {k.kind:<12} {score}  {k.company or ''}".rstrip())


@app.command("delete")
def delete(
    practice_id: int = typer.Argument(..., metavar="ID", help="The session's number (history)."),
    json_output: bool = JSON,
) -> None:
    """Remove one kept practice session; a file that brings it back is kept (the command that
    restores it is printed)."""
    from levelset.app.removals import delete_practice

    deleted = delete_practice(_ws(), practice_id)
    if json_output:
        from levelset.cli.output import print_json

        print_json(deleted.to_dict())
        return
    typer.echo(f"Deleted {deleted.what}. To undo: {deleted.undo}")


@app.command("restore")
def restore(
    file: Path = typer.Argument(..., help="The file `practice delete` kept, as it printed it."),
    json_output: bool = JSON,
) -> None:
    """Bring back a deleted practice session, with its date, score and company."""
    from levelset.app.removals import restore_practice

    back = restore_practice(_ws(), file)
    if json_output:
        from levelset.cli.output import print_json

        print_json({"restored": back})
        return
    typer.echo(f"Restored {back}.")
