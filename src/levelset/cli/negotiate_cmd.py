"""`levelset negotiate start|status|anchor|draft|log|step|outcome|export`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from levelset.negotiation import Anchor, NegotiationRecord, Step
    from levelset.offers import MarketRange, Offer
    from levelset.store import Store

app = typer.Typer(
    help="Run a negotiation through the five steps.", no_args_is_help=True, add_completion=False
)

JSON = typer.Option(False, "--json", help="Print JSON.")
DATE = typer.Option("today", "--date", help="When it happened (YYYY-MM-DD or today).")


@app.command("start")
def start(
    company: str = typer.Argument(..., help="The company making the offer."),
    offer: Path = typer.Option(
        ..., "--offer", help="The initial offer: a .yaml or .json file, or a stored offer number."
    ),
    date: str = DATE,
    verbal: bool = typer.Option(False, "--verbal", help="Said on a call, not yet in writing."),
    note: str | None = typer.Option(None, "--note", help="Anything worth remembering."),
    json_output: bool = JSON,
) -> None:
    """Open a negotiation record with the company's initial offer."""
    from levelset.negotiation import Event, EventKind
    from levelset.offers.transfer import parse_day
    from levelset.store.negotiations import start_negotiation

    first = Event(
        0,
        EventKind.INITIAL_OFFER,
        parse_day(date, "--date"),
        note=note,
        offer=_offer(offer),
        verbal=verbal,
    )
    record = start_negotiation(_store(), first, company)
    _warn_other_company(company, first.offer)
    _show_record(record, json_output)


def _warn_other_company(company: str, offer: Offer | None) -> None:
    from rich.markup import escape

    from levelset.cli.output import note
    from levelset.store.negotiations import company_key

    if offer is None:
        return
    named, said = company_key(company), company_key(offer.company)
    if named not in said and said not in named:
        text = f"the offer file is from {offer.company}, this record is for {company}"
        note(escape(f"{text}: check you gave the right file"))


@app.command("status")
def status(
    company: str | None = typer.Argument(None, help="One company; all of them if left out."),
    json_output: bool = JSON,
) -> None:
    """Where each negotiation stands: the step, the events, the current offer."""
    from levelset.store.negotiations import list_records, load_record

    store = _store()
    if company:
        _show_record(load_record(store, company), json_output)
        return
    from levelset.cli.negotiate_view import show_records
    from levelset.cli.output import print_json

    records = list_records(store)
    if json_output:
        print_json({"negotiations": [_summary(r) for r in records]})
        return
    show_records(records)


@app.command("anchor")
def anchor(
    company: str = typer.Argument(..., help="The company."),
    percentile: float = typer.Option(75, "--percentile", min=10, max=90, help="Market percentile."),
    competing: list[Path] | None = typer.Option(
        None, "--competing", help="A competing offer file."
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
    from levelset.app.market_placement import market_range_for
    from levelset.cli.workspace import workspace
    from levelset.negotiation import compute_anchor
    from levelset.store.negotiations import load_record
    from levelset.store.offers import rate_table
    from levelset.store.profile import load_profile

    store = _store()
    record = load_record(store, company)
    offer = _current(record)
    profile = load_profile(store)
    others = [_offer(p) for p in competing or []]
    found: MarketRange | None = None
    why: str | None = "market range not used (--no-market)"
    if market:
        found, why = market_range_for(
            workspace(), offer.title, offer.level, offer.location, offer.company
        )
    base_now = current_base if current_base is not None else _decimal(profile.current_base)
    target_level = level or (profile.target_band.label if profile.target_band else None)
    result = compute_anchor(
        offer,
        market=found,
        percentile=percentile,
        competing=others,
        current_base=base_now,
        walk_away=walk_away,
        unvested_left_behind=unvested,
        target_level=target_level,
        rates=rate_table(store),
    )
    if not preview:
        from levelset.jsonable import to_jsonable
        from levelset.offers.transfer import parse_day

        on = parse_day(date, "--date")
        _log(store, record.company, "anchor_set", on=on, data=to_jsonable(result.to_dict()))
    _show_anchor(result, [why] if why else [], json_output)


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
    from levelset.app.drafting import edited_draft, fresh_draft
    from levelset.store.negotiations import draft_versions, save_draft

    store = _store()
    if edit_from is not None:
        made = edited_draft(kind, edit_from)
        origin = "edited"
    else:
        made = fresh_draft(store, company, kind, recruiter, tuple(outcome or ()))
        origin = "generated"
    versions = draft_versions(store, company, made.kind.value)
    same = versions and versions[-1].draft.body == made.body
    saved = versions[-1] if same else save_draft(store, company, made, origin)
    _show_draft(saved, json_output)


@app.command("log")
def log(
    company: str = typer.Argument(..., help="The company."),
    event: str = typer.Argument(
        ...,
        help="initial_offer, counter_sent, revised_offer, in_writing, deadline, signed, "
        "declined, note or correction.",
    ),
    offer: Path | None = typer.Option(
        None, "--offer", help="Offer file (or stored offer number) for an offer event."
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
    from levelset.negotiation import parse_event_kind
    from levelset.offers.transfer import parse_day

    kind = parse_event_kind(event)
    data: dict[str, object] = {}
    if new_date:
        data["date"] = parse_day(new_date, "--new-date").isoformat()
    if void:
        data["void"] = True
    store = _store()
    record = _log(
        store,
        company,
        kind.value,
        on=parse_day(date, "--date"),
        note=note,
        offer=_offer(offer) if offer else None,
        verbal=verbal,
        corrects=corrects,
        data=data or None,
    )
    _show_record(record, json_output)


@app.command("step")
def step(
    company: str = typer.Argument(..., help="The company."),
    to: str = typer.Argument(..., help="prepare, anchor, ask, hold or confirm."),
    json_output: bool = JSON,
) -> None:
    """Move the record to a later step of the five."""
    from levelset.negotiation import parse_step

    record = _log(_store(), company, "step", step=parse_step(to))
    _show_record(record, json_output)


@app.command("outcome")
def outcome(
    company: str = typer.Argument(..., help="The company."), json_output: bool = JSON
) -> None:
    """What the negotiation changed: the deltas, the levers improved, the days to signature."""
    from levelset.cli.negotiate_view import show_outcome
    from levelset.cli.output import print_json
    from levelset.negotiation import negotiation_outcome
    from levelset.store.negotiations import load_record
    from levelset.store.offers import rate_table

    store = _store()
    result = negotiation_outcome(load_record(store, company), rate_table(store))
    if json_output:
        print_json(result.to_dict())
        return
    show_outcome(result)


@app.command("export")
def export(
    fmt: str = typer.Option("json", "--format", help="json, yaml or csv (csv: one row per event)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here, not stdout."),
) -> None:
    """Every negotiation record with all its events, drafts and outcome."""
    from levelset.app.drafting import export_records

    text = export_records(_store(), fmt)
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
    from levelset.app.drafting import read_records
    from levelset.store.negotiations import import_records

    store = _store()
    records = import_records(store, read_records(store, file))
    if json_output:
        from levelset.cli.output import print_json

        print_json({"negotiations": [_summary(r) for r in records]})
        return
    from levelset.cli.negotiate_view import show_records

    show_records(records)


def _store() -> Store:
    from levelset.cli.workspace import workspace

    return workspace().store


def _offer(path: Path) -> Offer:
    """An offer file, or a stored offer by its number from `levelset offer list`."""
    from levelset.offers.transfer import load_offer_files
    from levelset.store.offers import get_offer, rate_table

    number = str(path).lstrip("#")
    if not path.exists() and number.isdigit():
        return get_offer(_store(), int(number)).offer
    return load_offer_files([path], currencies=rate_table(_store()).codes)[0]


def _current(record: NegotiationRecord) -> Offer:
    from levelset.errors import Conflict

    offer = record.current_offer
    if offer is None:
        raise Conflict(f"no offer logged for {record.company} yet")
    return offer


def _decimal(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _log(
    store: Store,
    company: str,
    kind: str,
    *,
    on: dt.date | None = None,
    note: str | None = None,
    offer: Offer | None = None,
    verbal: bool = False,
    step: Step | None = None,
    corrects: int | None = None,
    data: dict[str, object] | None = None,
) -> NegotiationRecord:
    from levelset.negotiation import Event, EventKind
    from levelset.store.negotiations import append_event

    event = Event(
        0,
        EventKind(kind),
        on or dt.date.today(),
        note=note,
        offer=offer,
        verbal=verbal,
        step=step,
        corrects=corrects,
        data=data,
    )
    return append_event(store, company, event)


def _summary(record: NegotiationRecord) -> dict[str, object]:
    from levelset.negotiation import negotiation_outcome

    return record.to_dict() | {"outcome": negotiation_outcome(record).to_dict()}


def _show_record(record: NegotiationRecord, json_output: bool) -> None:
    from levelset.cli.negotiate_view import show_record
    from levelset.cli.output import print_json

    if json_output:
        print_json(_summary(record))
        return
    show_record(record)


def _show_anchor(result: Anchor, notes: list[str], json_output: bool) -> None:
    from levelset.cli.negotiate_view import show_anchor
    from levelset.cli.output import print_json

    if json_output:
        print_json(result.to_dict() | {"notes": [*result.notes, *notes]})
        return
    show_anchor(result, notes)


def _show_draft(saved: object, json_output: bool) -> None:
    from levelset.cli.negotiate_view import show_draft
    from levelset.cli.output import print_json
    from levelset.store.negotiations import StoredDraft

    assert isinstance(saved, StoredDraft)
    if json_output:
        print_json(saved.draft.to_dict() | saved.to_dict())
        return
    show_draft(saved)
