"""`levelset score FILE|-`: score a negotiation email and show what to fix."""

from __future__ import annotations

from pathlib import Path

import typer

STAGE_HELP = "Negotiation step: anchor, ask, hold or confirm (changes what is required)."


def score_command(
    file: str = typer.Argument(..., help="Text file with the email, or - for standard input."),
    stage: str | None = typer.Option(None, "--stage", help=STAGE_HELP),
    prior: list[str] | None = typer.Option(
        None, "--prior", help="A figure you stated earlier in this negotiation; repeatable."
    ),
    earlier: list[Path] | None = typer.Option(
        None, "--earlier", help="An earlier message of this negotiation; repeatable."
    ),
    save: bool = typer.Option(False, "--save", help="Keep the score for `levelset metrics`."),
    company: str | None = typer.Option(
        None, "--company", help="With --save: the negotiation (company) it belongs to."
    ),
    json_output: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Score a negotiation email or message from 0 to 100 and show each phrase that cost points."""
    from levelset.app.narrative import score_and_keep
    from levelset.cli.workspace import workspace
    from levelset.errors import InputError

    text = _read(file)
    if not text.strip():
        raise InputError(f"{'standard input' if file == '-' else file}: the message is empty")
    earlier_texts = [_read(str(p)) for p in earlier or []]
    result, kept = score_and_keep(
        workspace(), text, stage, label=Path(file).name, company=company,
        prior_numbers=prior or (), prior_messages=earlier_texts, save=save,
    )  # fmt: skip
    if kept is not None:
        from levelset.cli.output import note

        note(f"saved: score {kept.score} on {kept.on}")
    if json_output:
        from levelset.cli.output import print_json

        print_json(result.to_dict() | {"source": file, "text": text})
        return
    from levelset.cli.score_view import render

    render(text, result)


def _read(file: str) -> str:
    import sys

    from levelset.errors import InputError, NotFound
    from levelset.narrative.scorer import MAX_CHARS

    if file == "-":
        return sys.stdin.read(MAX_CHARS + 1)  # bounded: longer is refused by the scorer
    path = Path(file)
    if not path.is_file():
        raise NotFound(f"no such file: {file}")
    try:
        with path.open(encoding="utf-8") as stream:
            return stream.read(MAX_CHARS + 1)
    except UnicodeDecodeError:
        raise InputError(f"{file}: not a UTF-8 text file") from None
