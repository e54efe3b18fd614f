"""Rich output for `levelset negotiate ...`: records, the anchor, drafts and the outcome."""

from __future__ import annotations

from collections.abc import Sequence

from rich.markup import escape
from rich.table import Table

from levelset.app.drafting import StoredDraft
from levelset.cli.output import console
from levelset.cli.table_fit import fit
from levelset.money import format_money
from levelset.negotiation import Anchor, NegotiationRecord, Outcome, Step
from levelset.negotiation.outcome import Delta
from levelset.shell import quoted

NEXT = {  # each command whole, so it can be copied as it stands
    Step.PREPARE: "levelset negotiate anchor COMPANY",
    Step.ANCHOR: "levelset negotiate draft COMPANY counter, then "
    "levelset negotiate log COMPANY counter_sent",
    Step.ASK: "levelset negotiate log COMPANY revised_offer --offer FILE (when they answer)",
    Step.HOLD: "levelset negotiate draft COMPANY no (if they refuse), or "
    "levelset negotiate step COMPANY confirm",
    Step.CONFIRM: "levelset negotiate draft COMPANY confirm, then "
    "levelset negotiate log COMPANY signed",
}


# An event in the table, in words (the command takes the ids: `negotiate log X counter_sent`)
EVENT_WORDS = {"initial_offer": "initial offer", "counter_sent": "counter sent",
               "revised_offer": "revised offer", "in_writing": "offer in writing",
               "anchor_set": "anchor set"}  # fmt: skip


def show_record(record: NegotiationRecord) -> None:
    out = console()
    out.print(
        f"[bold]{escape(record.company)}[/]: step [bold]{record.step.value}[/]: "
        f"{record.step.meaning}"
    )
    table = Table(title="Events (corrections applied; the log itself never changes)")
    for name in ("#", "date", "event", "detail"):
        table.add_column(name)
    for event in record.effective():
        table.add_row(
            str(event.seq),
            event.on.isoformat(),
            EVENT_WORDS.get(event.kind.value, event.kind.value),
            escape(_detail(event)),
        )
    from levelset.cli.table_fit import stacked_if_narrow

    out.print(stacked_if_narrow(table, out.width))
    current = record.current_offer
    if current is not None:
        out.print(f"current offer: base {format_money(current.base, current.currency)}")
    if record.verbal_only:
        out.print("[yellow]The latest offer is verbal: get it in writing before you sign.[/]")
    if record.step in NEXT:
        command = NEXT[record.step].replace("COMPANY", quoted(record.company))
        out.print(f"[dim]next: {escape(command)}[/]")


def show_records(records: Sequence[NegotiationRecord]) -> None:
    table = Table(title="Negotiations")
    for name in ("company", "step", "offers", "current base", "first offer"):
        table.add_column(name)
    for record in records:
        offers = record.offer_events()
        current = record.current_offer
        base = format_money(current.base, current.currency) if current else ""
        first = offers[0].on.isoformat() if offers else ""
        table.add_row(escape(record.company), record.step.value, str(len(offers)), base, first)
    from levelset.cli.table_fit import stacked_if_narrow

    console().print(stacked_if_narrow(table, console().width))


def show_anchor(anchor: Anchor, notes: Sequence[str]) -> None:
    out = console()
    money = anchor.currency
    offered = format_money(anchor.offer_base, money)
    out.print(f"[bold]{escape(anchor.company)}[/]: offered base {offered}")
    table = Table(title="Anchor, target and walk-away (base)")
    for name in ("", "amount", "why", "source"):
        table.add_column(name)
    areas = {b.figure: b.area for b in anchor.basis}
    for name in ("anchor", "target", "walk_away"):
        figure = getattr(anchor, name)
        amount = format_money(figure.amount, money) if figure.amount is not None else "[YOURS]"
        area = areas.get(name)  # a competing offer's place, as the negotiation page shows it
        source = f"{figure.source}, {area}" if area and area not in figure.source else figure.source
        cells = (amount, figure.reason, source)
        table.add_row(name.replace("_", "-"), *(escape(c) for c in cells))
    out.print(fit(table, out.width))
    asks = Table(title="Ask per lever")
    for name in ("lever", "ask", "why", "source"):
        asks.add_column(name)
    for ask in anchor.asks:
        asks.add_row(ask.lever.label, *(escape(c) for c in (ask.ask, ask.reason, ask.source)))
    out.print(fit(asks, out.width))
    if anchor.market is not None:
        market = anchor.market
        said = f"market range: {market.described}; {market.provenance}"
        out.print(f"[dim]{escape(said)}{'; ' + escape(market.note) if market.note else ''}[/]")
    for note in (*anchor.notes, *notes):
        out.print(f"[dim]{escape(note)}[/]")


def show_draft(saved: StoredDraft) -> None:
    out = console()
    draft = saved.draft
    out.print(f"[dim]{draft.kind.value} draft, version {saved.version} ({saved.origin})[/]")
    if draft.subject:
        out.print(f"Subject: {draft.subject}", markup=False)
    out.print("")
    out.print(draft.body, markup=False)
    if draft.placeholders:
        out.print("")
        out.print(
            f"[yellow]Fill in before {'the call' if draft.kind.value == 'call' else 'sending'}:[/] "
            + escape(", ".join(draft.placeholders)),
            markup=True,
        )


def show_outcome(outcome: Outcome) -> None:
    out = console()
    out.print(f"[bold]{escape(outcome.company)}[/]: {outcome.status}")
    table = Table(title=f"Initial offer against final ({outcome.currency or '—'})")
    for name in ("", "initial", "final", "change", "%"):
        table.add_column(name, justify="right")
    for label, delta in (
        ("year-1 total", outcome.year1_total),
        ("4-year value", outcome.four_year_total),
        ("base", outcome.base),
    ):
        table.add_row(label, *_delta_cells(delta, outcome.currency or "USD"))
    from levelset.cli.table_fit import stacked_if_narrow

    out.print(stacked_if_narrow(table, out.width))
    levers = ", ".join(lever.label for lever in outcome.levers_improved) or "none"
    out.print(f"levers improved: [bold]{len(outcome.levers_improved)}[/] ({levers})")
    days = outcome.days_to_signature
    out.print(f"days from first offer to signature: {days if days is not None else 'not signed'}")


def _delta_cells(delta: Delta | None, money: str) -> list[str]:
    if delta is None:
        return ["—", "—", "—", "—"]
    pct = f"{delta.percent:+}%" if delta.percent is not None else "—"
    change = format_money(delta.absolute, money)
    change = change if delta.absolute < 0 else f"+{change}"
    return [format_money(delta.initial, money), format_money(delta.final, money), change, pct]


def _detail(event: object) -> str:
    from levelset.negotiation import Event

    assert isinstance(event, Event)
    parts = []
    if event.offer is not None:
        parts.append(f"base {format_money(event.offer.base, event.offer.currency)}")
        parts.append("verbal" if event.verbal else "written")
    if event.step is not None:
        parts.append(f"to {event.step.value}")
    if event.data and "anchor" in event.data:
        amount = event.data["anchor"].get("amount")
        money = str(event.data.get("currency", "USD"))
        parts.append(f"anchor {format_money(amount, money) if amount is not None else '?'}")
    if event.note:
        parts.append(event.note)
    return "; ".join(parts)
