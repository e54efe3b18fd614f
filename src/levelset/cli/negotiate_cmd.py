"""`levelset negotiate start|status|anchor|draft|log|step|outcome|export|import|delete`."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from levelset.shell import quoted

if TYPE_CHECKING:
    import datetime as dt

    from levelset.app.negotiation import AnchorResult
    from levelset.app.workspace import Workspace
    from levelset.negotiation import NegotiationRecord
    from levelset.offers import Offer

app = typer.Typer(
    help="Run a negotiation through the five steps.", no_args_is_help=True, add_completion=False
)

JSON = typer.Option(False, "--json", help="Print JSON.")
DATE = typer.Option("today", "--date", help="When it happened (YYYY-MM-DD or today).")
EVENTS = (
    "initial_offer, counter_sent, revised_offer, in_writing, deadline, signed, declined, note "
    "or correction"
)
# What this command's flag for each of a refusal's fields does (negotiation/event_checks.py).
EVENT_FLAGS = {
    "offer": "--offer FILE gives the offer",
    "date": "--date YYYY-MM-DD gives the day it happened",
    "verbal": "--verbal marks an offer said on a call, not yet written",
    "note": "--note TEXT gives the text",
    "corrects": "--corrects N names the event a correction fixes",
    "new_date": "--new-date YYYY-MM-DD gives a correction's right date",
    "void": "--void says, in a correction, that the event did not happen",
    "kind": f"EVENT is one of {EVENTS}",
}


@app.command("start")
def start(
    company: str = typer.Argument(..., help="The company making the offer."),
    offer: Path = typer.Option(
        ...,
        "--offer",
        help="The initial offer: a .yaml or .json file, or a stored offer's number or company.",
    ),
    date: str = DATE,
    verbal: bool = typer.Option(False, "--verbal", help="Said on a call, not yet in writing."),
    note: str | None = typer.Option(None, "--note", help="Anything worth remembering."),
    json_output: bool = JSON,
) -> None:
    """Open a negotiation record with the company's initial offer."""
    from levelset.app import negotiation
    from levelset.cli.flag_hints import flags_for

    ws = _ws()
    first = _offer(offer)
    on = _day(date, "--date")
    with flags_for(EVENT_FLAGS):
        record = negotiation.start_negotiation(
            ws, first, company=company, on=on, note=note, verbal=verbal
        )
    _warn(negotiation.offer_warnings(company, first))
    _show_record(record, json_output)


@app.command("status")
def status(
    company: str | None = typer.Argument(None, help="One company; all of them if left out."),
    json_output: bool = JSON,
) -> None:
    """Where each negotiation stands: the step, the events, the current offer."""
    from levelset.app import negotiation

    if company:
        _show_record(negotiation.load_record(_ws(), company), json_output)
        return
    _show_records(negotiation.list_records(_ws()), json_output)


@app.command("anchor")
def anchor(
    company: str = typer.Argument(..., help="The company."),
    percentile: float = typer.Option(75, "--percentile", min=10, max=90, help="Market percentile."),
    competing: list[Path] | None = typer.Option(
        None,
        "--competing",
        help="A competing offer file (or a stored offer's number or company); repeatable.",
    ),
    current_base: Decimal | None = typer.Option(None, "--current-base", help="Your base today."),
    walk_away: Decimal | None = typer.Option(None, "--walk-away", help="Lowest base you accept."),
    unvested: Decimal | None = typer.Option(
        None, "--unvested", help="Unvested equity and bonus you leave behind."
    ),
    level: str | None = typer.Option(None, "--target-level", help="The level you aim for."),
    market: bool = typer.Option(True, "--market/--no-market", help="Use the market range."),
    preview: bool = typer.Option(False, "--preview", help="Show it without saving it."),
    date: str = DATE,
    json_output: bool = JSON,
) -> None:
    """Your anchor, realistic target, walk-away and an ask per lever, each with its reason."""
    from levelset.app.negotiation import set_anchor

    result = set_anchor(
        _ws(), company, competing=[_offer(p) for p in competing or []],
        current_base=current_base, level=level, percentile=percentile, walk_away=walk_away,
        unvested=unvested, market=market, on=_day(date, "--date"), save=not preview,
    )  # fmt: skip
    _show_anchor(result, json_output)


@app.command("draft")
def draft(
    company: str = typer.Argument(..., help="The company."),
    kind: str = typer.Argument(..., help="counter, call, no or confirm."),
    edit_from: Path | None = typer.Option(
        None, "--edit-from", help="Save your edited text (a file) as the next version."
    ),
    recruiter: str | None = typer.Option(None, "--recruiter", help="Who you write to."),
    outcome: list[str] | None = typer.Option(
        None, "--outcome", help="A result with a metric, for the case; repeat for two."
    ),
    json_output: bool = JSON,
) -> None:
    """Draft the counter email, a call talk track, the reply to a no, or the confirmation."""
    from levelset.app.drafting import anchor_note, save_draft, save_draft_file

    if edit_from is not None:
        saved = save_draft_file(_ws(), company, kind, edit_from)
    else:
        saved = save_draft(_ws(), company, kind, recruiter=recruiter, outcomes=tuple(outcome or ()))
        _warn([note] if (note := anchor_note(_ws(), company)) else [])
    if json_output:
        from levelset.cli.output import print_json

        print_json(saved.draft.to_dict() | saved.to_dict())
        return
    from levelset.cli.negotiate_view import show_draft

    show_draft(saved)


@app.command("log")
def log(
    company: str = typer.Argument(..., help="The company."),
    event: str = typer.Argument(
        ...,
        help=f"{EVENTS}.",
    ),
    offer: Path | None = typer.Option(
        None, "--offer", help="Offer file (or stored offer's number or company) for an offer event."
    ),
    date: str = DATE,
    note: str | None = typer.Option(None, "--note", help="A note for the event."),
    verbal: bool = typer.Option(False, "--verbal", help="The offer was only said, not written."),
    corrects: int | None = typer.Option(None, "--corrects", help="Event number to correct."),
    new_date: str | None = typer.Option(None, "--new-date", help="Correction: the right date."),
    void: bool = typer.Option(False, "--void", help="Correction: the event did not happen."),
    json_output: bool = JSON,
) -> None:
    """Add a dated event to the record (events are never changed; correct with `correction`)."""
    from levelset.app.negotiation import EventInput, log_event, offer_warnings
    from levelset.cli.flag_hints import flags_for
    from levelset.negotiation import parse_event_kind

    kind = parse_event_kind(event)
    data: dict[str, object] = {}
    if new_date:
        data["date"] = _day(new_date, "--new-date").isoformat()
    if void:
        data["void"] = True
    given = EventInput(
        kind, _day(date, "--date"), note=note, offer=_offer(offer) if offer else None,
        verbal=verbal, corrects=corrects, data=data or None,
    )  # fmt: skip
    anchor = f"`levelset negotiate anchor {quoted(company)}` computes and saves the anchor"
    with flags_for({**EVENT_FLAGS, "anchor": anchor}):
        record = log_event(_ws(), company, given)
    _warn(offer_warnings(record.company, given.offer))
    _show_record(record, json_output)


@app.command("step")
def step(
    company: str = typer.Argument(..., help="The company."),
    to: str = typer.Argument(..., help="prepare, anchor, ask, hold or confirm."),
    json_output: bool = JSON,
) -> None:
    """Move the record to a later step of the five."""
    from levelset.app.negotiation import move_step
    from levelset.cli.flag_hints import flags_for
    from levelset.negotiation import parse_step

    ending = f"`levelset negotiate log {quoted(company)} {to.strip().lower()}` logs it"
    with flags_for(
        {"kind": ending, "step": "STEP is one of prepare, anchor, ask, hold or confirm"}
    ):
        record = move_step(_ws(), company, parse_step(to))
    _show_record(record, json_output)


@app.command("outcome")
def outcome(
    company: str = typer.Argument(..., help="The company."), json_output: bool = JSON
) -> None:
    """What the negotiation changed: the deltas, the levers improved, the days to signature."""
    from levelset.app import negotiation
    from levelset.cli.output import print_json

    result = negotiation.outcome(_ws(), company)
    if json_output:
        print_json(result.to_dict())
        return
    from levelset.cli.negotiate_view import show_outcome  # Rich: for the table only

    show_outcome(result)


@app.command("export")
def export(
    fmt: str = typer.Option("json", "--format", help="json, yaml or csv (csv: one row per event)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here, not stdout."),
) -> None:
    """Every negotiation record with all its events, drafts and outcome."""
    from levelset.app.drafting import export_records

    text = export_records(_ws(), fmt)
    if output is None:
        typer.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8")


@app.command("import")
def import_(
    file: Path = typer.Argument(..., help="A JSON or YAML file from `negotiate export`."),
    json_output: bool = JSON,
) -> None:
    """Read records exported earlier; every event is checked again; all or nothing."""
    from levelset.app.drafting import import_records

    _show_records(import_records(_ws(), file), json_output)


@app.command("delete")
def delete(
    company: str = typer.Argument(..., help="The company whose record to remove."),
    json_output: bool = JSON,
) -> None:
    """Remove a negotiation record with its events and drafts; it is kept in a JSON file that
    `levelset negotiate import` brings back."""
    from levelset.app.drafting import delete_record
    from levelset.cli.output import print_json

    deleted = delete_record(_ws(), company)
    if json_output:
        print_json(deleted.to_dict())
        return
    typer.echo(f"Deleted {deleted.what}. To undo: {deleted.undo}")


def _ws() -> Workspace:
    from levelset.cli.workspace import workspace

    return workspace()


def _warn(warnings: list[str]) -> None:
    """Each warning on stderr, so --json output stays one JSON document."""
    from levelset.cli.output import note as remark

    for warning in warnings:
        remark(warning)


def _day(text: str, option: str) -> dt.date:
    from levelset.app.offers import day

    return day(_ws(), text, option)


def _offer(path: Path) -> Offer:
    """An offer file, or a stored offer by its number from `levelset offer list`."""
    from levelset.app.offers import offer_by_reference

    return offer_by_reference(_ws(), path)


def _show_records(records: list[NegotiationRecord], json_output: bool) -> None:
    from levelset.app.negotiation import summary

    if json_output:
        from levelset.cli.output import print_json

        print_json({"negotiations": [summary(r) for r in records]})
        return
    from levelset.cli.negotiate_view import show_records

    show_records(records)


def _show_record(record: NegotiationRecord, json_output: bool) -> None:
    from levelset.app.negotiation import summary
    from levelset.cli.output import print_json

    if json_output:
        print_json(summary(record))
        return
    from levelset.cli.negotiate_view import show_record  # Rich: for the table only

    show_record(record)


def _show_anchor(result: AnchorResult, json_output: bool) -> None:
    from levelset.cli.output import print_json

    if json_output:
        print_json(result.to_dict())
        return
    from levelset.cli.negotiate_view import show_anchor  # Rich: for the table only

    show_anchor(result.anchor, result.notes)
