"""The user's own market evidence: job postings they saved and comps they collected, kept
in the records store and shown beside the official ranges as "your postings" and "your comps"
(base pay) and a total-pay range when any figure has bonus or equity (comps, offers).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from levelset.app.evidence_match import Matcher, offer_points
from levelset.app.undo import Deleted, keep_for_undo
from levelset.app.workspace import Workspace
from levelset.errors import InputError
from levelset.market.evidence import (
    Comp,
    OwnEvidence,
    OwnRange,
    Point,
    SavedPosting,
    comp_points,
    evidence,
    median_total,
    posting_points,
)

if TYPE_CHECKING:
    from levelset.market.report import RangeReport
    from levelset.negotiation.total_pay import TotalPay
    from levelset.offers.model import Offer
    from levelset.store.market_evidence import Stored

KINDS = {".html": "html", ".htm": "html", ".json": "json", ".pdf": "pdf"}
MAX_PDF_PAGES = 20


def read_posting_file(ws: Workspace, file: Path | None, text: str | None = None) -> SavedPosting:
    """A posting read from `file` (text, HTML, PDF or JSON) or from pasted `text`; not kept."""
    from levelset.market.postings import read_posting

    name = str(file) if file else "pasted text"
    kind = KINDS.get(file.suffix.lower()) if file else None
    if file is not None:
        text = _pdf_text(file) if kind == "pdf" else _read(file)
    if not text or not text.strip():
        raise InputError(f"{name}: empty posting", hint="paste the posting's text or give a file")
    try:
        posting = read_posting(text, kind=kind)
    except ValueError as error:
        raise InputError(f"{name}: not a job description ({error})") from None
    return SavedPosting(posting, ws.today(), file.name if file else "pasted text")


def _read(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise InputError(f"{file}: cannot read it ({error.strerror})") from None


def _pdf_text(file: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        pages = PdfReader(file).pages
        return "\n".join(page.extract_text() or "" for page in pages[:MAX_PDF_PAGES])
    except (OSError, PdfReadError, ValueError) as error:
        raise InputError(f"{file}: not a readable PDF ({error})") from None


def keep_posting(ws: Workspace, saved: SavedPosting) -> Stored:
    """Store a posting read earlier; one without a pay range is refused (it adds no number)."""
    from levelset.store.market_evidence import add_posting

    if saved.posting.pay is None:
        raise InputError(
            f"{saved.source}: no pay range found in the posting",
            hint="only postings that state pay are kept; add the figure with `market comp add`",
        )
    return add_posting(ws.store, saved)


def list_postings(ws: Workspace) -> list[Stored]:
    from levelset.store.market_evidence import list_postings as listed

    return listed(ws.store)


def remove_posting(ws: Workspace, posting_id: int) -> Deleted:
    """Remove a saved posting; a JSON job description of it is kept to add it back."""
    from levelset.store.market_evidence import remove

    gone = remove(ws.store, "posting", posting_id)
    assert isinstance(gone.item, SavedPosting)
    file = keep_for_undo(ws, f"deleted-posting-{posting_id}", _job_json(gone.item), ".json")
    what = f"posting #{posting_id} ({gone.item.posting.title or '?'})"
    return Deleted(what, file, f"levelset market posting add {file} --yes")


def _job_json(saved: SavedPosting) -> str:
    p, pay = saved.posting, saved.posting.pay
    salary = f"{pay.currency} {pay.low} - {pay.high} per {pay.period}" if pay else None
    data = {"title": p.title, "company": p.company, "level": p.level, "location": p.location,
            "salary": salary, "date": saved.on.isoformat(), "source": saved.source}  # fmt: skip
    return json.dumps(data, indent=2)


def add_comp(ws: Workspace, comp: Comp) -> Stored:
    from levelset.app.offer_records import rates
    from levelset.store.market_evidence import add_comp as added

    _check_comp(comp)
    known = rates(ws).codes
    if comp.currency not in known:
        raise InputError(
            f"comp: unknown currency {comp.currency!r}",
            hint=f"use one of {', '.join(sorted(known))}, or add a rate with `offer rates set`",
        )
    return added(ws.store, comp)


def _check_comp(comp: Comp) -> None:
    amounts = {"base": comp.base, "bonus": comp.bonus, "equity": comp.equity}
    bad = [name for name, value in amounts.items() if value is not None and value < 0]
    if bad or comp.base <= 0:
        raise InputError(f"comp: {', '.join(bad) or 'base'} must be more than 0")
    if not comp.title.strip():
        raise InputError("comp: a title is needed to match it to a range")


def list_comps(ws: Workspace) -> list[Stored]:
    from levelset.store.market_evidence import list_comps as listed

    return listed(ws.store)


def remove_comp(ws: Workspace, comp_id: int) -> Deleted:
    """Remove a comp; the command that adds it back is kept in a file and returned."""
    from levelset.store.market_evidence import remove

    gone = remove(ws.store, "comp", comp_id)
    assert isinstance(gone.item, Comp)
    command = _comp_command(gone.item)
    file = keep_for_undo(ws, f"deleted-comp-{comp_id}", command + "\n", ".sh")
    return Deleted(f"comp #{comp_id} ({gone.item.title})", file, command)


def _comp_command(comp: Comp) -> str:
    import shlex

    parts = ["levelset", "market", "comp", "add", comp.title, "--base", str(comp.base)]
    options = {"--bonus": comp.bonus, "--equity": comp.equity, "--company": comp.company,
               "--level": comp.level, "--location": comp.location, "--note": comp.note}  # fmt: skip
    for flag, value in options.items():
        if value is not None:
            parts += [flag, str(value)]
    parts += ["--currency", comp.currency, "--date", comp.on.isoformat(), "--source", comp.source]
    return shlex.join(parts)


def with_own_evidence(ws: Workspace, report: RangeReport) -> RangeReport:
    """The report with the user's evidence for its role, level and place beside it, and the
    headline asking for comps when no total-pay figure exists."""
    from levelset.app.offer_records import records_exist

    if not records_exist(ws):
        return _asking(report, None)
    own = own_evidence(ws, report)
    return _asking(replace(report, own=own), own)


def _asking(report: RangeReport, own: OwnEvidence | None) -> RangeReport:
    from levelset.market.evidence import COMP_HINT

    head = report.headline
    if head is None or (own is not None and own.total is not None):
        return report
    return replace(report, headline=replace(head, leaves_out=f"{head.leaves_out} {COMP_HINT}"))


def own_evidence(ws: Workspace, report: RangeReport) -> OwnEvidence | None:
    """The saved postings, comps and offers that match the report's role, level and place."""
    match = Matcher.of_report(ws, report)
    postings = [
        p for s in list_postings(ws) if isinstance(p := s.item, SavedPosting) and match.posting(p)
    ]
    comps = [c for s in list_comps(ws) if isinstance(c := s.item, Comp) and match.comp(c)]
    currency = report.headline.currency if report.headline else "USD"
    totals = comp_points(comps, total=True) + offer_points(ws, match)
    found = evidence(
        match.area,
        _in(ws, posting_points(postings), currency),
        _in(ws, comp_points(comps), currency),
        _in(ws, totals, currency),
    )
    return _aged(found, ws.today()) if found is not None else None


def _aged(own: OwnEvidence, today: dt.date) -> OwnEvidence:
    """Each range with the age of its oldest figure, so one older than a year is flagged."""
    from levelset.market.age import months_between

    def age(r: OwnRange) -> OwnRange:
        return replace(r, age_months=months_between(r.first, today) if r.first else None)

    return replace(own, base=tuple(age(r) for r in own.base),
                   total=age(own.total) if own.total else None)  # fmt: skip


def _in(ws: Workspace, points: Sequence[Point], currency: str) -> list[Point]:
    """The figures converted to `currency` (the shipped rates, and the user's own on top)."""
    from levelset.app.offer_records import rates

    table = rates(ws)
    return [
        replace(p, amount=table.convert(p.amount, p.currency, currency), currency=currency)
        for p in points
    ]


def total_pay_for(
    ws: Workspace, offer: Offer, title: str | None, level: str | None, place: str | None
) -> TotalPay | None:
    """The user's total-pay evidence for an offer's role, level and place, in its currency:
    comps with bonus or equity and their other offers (not this company's); None if none."""
    from levelset.app.offer_records import records_exist
    from levelset.negotiation.total_pay import TotalPay

    if not title or not records_exist(ws):
        return None
    match = Matcher.of_query(ws, title, level, place, offer.company)
    if match is None:
        return None
    comps = [c for s in list_comps(ws) if isinstance(c := s.item, Comp) and match.comp(c)]
    points = comp_points(comps, total=True) + offer_points(ws, match, leave_out=offer.company)
    if not points:
        return None
    median = median_total(_in(ws, points, offer.currency))
    return TotalPay(
        median=(median or Decimal(0)).quantize(Decimal(1)),
        currency=offer.currency,
        n=len(points),
        sources=", ".join(f"{s} {n}" for s, n in _counts(points).items()),
        area=match.area,
        dates=_span([p.on for p in points]),
    )


def _counts(points: Sequence[Point]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in points:
        counts[p.source] = counts.get(p.source, 0) + 1
    return counts


def _span(days: Sequence[dt.date | None]) -> str | None:
    known = sorted(d for d in days if d is not None)
    if not known:
        return None
    first, last = known[0].isoformat(), known[-1].isoformat()
    return first if first == last else f"{first} to {last}"


def comp_from_input(
    ws: Workspace,
    title: str,
    base: str,
    *,
    bonus: str | None = None,
    equity: str | None = None,
    currency: str = "USD",
    on: str | None = None,
    source: str = "your note",
    **text: str | None,
) -> Comp:
    """A Comp from what the user typed (amounts as 185000, 185k or $185,000)."""
    from levelset.app.offer_records import day

    return Comp(
        title=title.strip(), base=_money(base, "--base"), currency=currency.upper(),
        on=day(ws, on), source=source, bonus=_maybe(bonus, "--bonus"),
        equity=_maybe(equity, "--equity"), **text,
    )  # fmt: skip


def comp_from_command(command: str) -> Comp:
    """The comp a kept `levelset market comp add ...` line (from `remove_comp`) adds back."""
    import shlex

    words = shlex.split(command.strip())
    if words[:4] != ["levelset", "market", "comp", "add"] or len(words) < 5:
        raise InputError("not a `levelset market comp add` line", hint="the file was changed")
    title, options = words[4], dict(zip(words[5::2], words[6::2], strict=False))
    flags = {flag.removeprefix("--"): value for flag, value in options.items()}
    if {"base", "currency", "date", "source"} - flags.keys():
        raise InputError("the kept comp line lacks its base, currency, date or source")
    return Comp(
        title=title, base=_money(flags["base"], "--base"), currency=flags["currency"],
        on=dt.date.fromisoformat(flags["date"]), source=flags["source"],
        company=flags.get("company"), level=flags.get("level"), location=flags.get("location"),
        bonus=_maybe(flags.get("bonus"), "--bonus"), equity=_maybe(flags.get("equity"), "--equity"),
        note=flags.get("note"),
    )  # fmt: skip


def _money(text: str, field: str, *, salary: bool = True) -> Decimal:
    from levelset.money import to_money, to_salary

    cleaned = text.strip().lower().replace("$", "").replace(",", "").replace(" ", "")
    try:
        read = to_salary(cleaned, field=field) if salary else to_money(cleaned, field=field)
        return Decimal(str(read))
    except InputError:
        raise InputError(
            f"{field}: {text!r} is not an amount", hint="e.g. 185000 or 185k"
        ) from None


def _maybe(text: str | None, field: str) -> Decimal | None:
    return None if text is None else _money(text, field, salary=False)


def stored_dicts(rows: Sequence[Stored]) -> list[dict[str, Any]]:
    return [row.to_dict() for row in rows]
