"""Offer use cases: value, compare, keep, list, show, import and export offers; exchange rates.

Each takes the Workspace. Reading an offer file needs only the currency codes known: the
shipped rates, plus the user's own when the records store already exists, so valuing a file
never creates a store just to learn them.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from levelset.app.offer_records import day as day
from levelset.app.offer_records import get_offer as get_offer
from levelset.app.offer_records import list_offers as list_offers
from levelset.app.offer_records import rates as rates
from levelset.app.offer_records import records_exist as records_exist
from levelset.app.offer_records import stored_by_reference
from levelset.app.undo import Deleted, keep_for_undo, yaml_text
from levelset.app.workspace import Workspace
from levelset.errors import InputError, Problem, validation_failed
from levelset.offers import (
    Comparison,
    MarketRange,
    MonthValue,
    Offer,
    Rate,
    Valuation,
    cash_by_month,
)

if TYPE_CHECKING:  # read from the store only when a command reads stored offers
    from levelset.offers.living import LivingComparison
    from levelset.store.offers import StoredOffer as StoredOffer

MAX_UPLOADS = 10


@dataclass(frozen=True)
class OfferValue:
    """An offer valued year by year, and month by month when asked."""

    valuation: Valuation
    months: tuple[MonthValue, ...] = ()

    def to_dict(self, monthly: bool = False) -> dict[str, Any]:
        data = self.valuation.to_dict()
        return data | {"months": [m.to_dict() for m in self.months]} if monthly else data


@dataclass(frozen=True)
class OfferComparison:
    """Offers side by side, and why a market range is missing for any of them."""

    comparison: Comparison
    notes: tuple[str, ...] = ()
    living: LivingComparison | None = None  # by the user's cost-of-living ratios, when given

    def to_dict(self) -> dict[str, Any]:
        data = self.comparison.to_dict() | {"notes": list(self.notes)}
        return data | {"living": self.living.to_dict()} if self.living else data


def set_rate(ws: Workspace, currency: str, usd_per_unit: str, as_of: str, source: str) -> Rate:
    """Keep the user's own dated rate; the newest rate for a currency is the one used."""
    from levelset.offers import make_rate
    from levelset.offers.transfer import parse_day
    from levelset.store.offers import add_rate

    today = ws.today()
    rate = make_rate(currency, usd_per_unit, parse_day(as_of, "--date", today=today), source,
                     today=today)  # fmt: skip
    return add_rate(ws.store, rate)


def read_offer_files(ws: Workspace, files: Sequence[Path]) -> list[Offer]:
    """Every file read and checked; one error listing the problems of all bad files."""
    from levelset.offers.transfer import load_offer_files

    return load_offer_files(files, currencies=rates(ws).codes)


def offer_by_reference(ws: Workspace, reference: Path) -> Offer:
    """An offer file, or a stored offer by its number ("3" or "#3") or company from `offer
    list`."""
    return offers_by_reference(ws, [reference])[0]


def offers_by_reference(ws: Workspace, references: Sequence[Path]) -> list[Offer]:
    """Each reference's offer, in order: a stored offer by its number or company, else a file;
    the files are read together (one error lists the problems of every bad file)."""
    stored = [stored_by_reference(ws, r) for r in references]
    named = [r for r, s in zip(references, stored, strict=True) if s is None]
    try:
        files = iter(read_offer_files(ws, named))
    except InputError as error:
        if error.hint is None and any(not r.exists() for r in named):
            error.hint = "a stored offer is named by its number or company: `levelset offer list`"
        raise
    return [s.dated() if s is not None else next(files) for s in stored]


def value_offer(
    ws: Workspace,
    file: Path,
    *,
    years: int = 4,
    refreshers: str | None = None,
    scenario: str | None = None,
    monthly: bool = False,
) -> OfferValue:
    """What the offer in `file` is worth each year (and each month when `monthly`)."""
    from levelset.offers import value_offer as valued

    offer = read_offer_files(ws, [file])[0]
    valuation = valued(offer, years, refreshers=refreshers, scenario=scenario, today=ws.today())
    return OfferValue(valuation, tuple(cash_by_month(valuation)) if monthly else ())


def value_offer_data(
    ws: Workspace,
    data: Mapping[str, Any],
    *,
    source: str = "offer",
    refreshers: str | None = None,
    years: int = 4,
) -> tuple[Offer, Valuation]:
    """An offer given as the fields of an offer file, checked like a file and valued; nothing
    is stored (a what-if from a form or an assistant)."""
    from levelset.offers import parse_offer
    from levelset.offers import value_offer as valued

    offer = parse_offer(dict(data), source=source, currencies=rates(ws).codes)
    return offer, valued(offer, years, refreshers=refreshers, today=ws.today())


def compare_offers(
    ws: Workspace,
    offers: Sequence[Offer],
    *,
    currency: str | None = None,
    refreshers: str | None = None,
    market: bool = True,
    growth: Decimal | None = None,
) -> OfferComparison:
    """Offers side by side, each base placed in its market range when `market`; `growth` is
    the user's assumed share price change a year (percent)."""
    from levelset.app.market_placement import market_range_for
    from levelset.offers import compare_offers as compared
    from levelset.offers.plausible import base_notes, start_notes

    ranges: list[MarketRange | None] = []
    notes: list[str] = []
    for offer in offers if market else []:
        found, why = market_range_for(ws, offer.title, offer.level, offer.location, offer.company)
        ranges.append(found)
        notes += [f"{offer.label}: {why}"] if why else []
    today = ws.today()
    notes += [
        f"{offer.label}: {note}"
        for offer in offers
        for note in base_notes(offer) + start_notes(offer, today)
    ]
    result = compared(
        offers,
        refreshers=refreshers,
        currency=currency,
        rates=rates(ws),
        markets=ranges,
        growth=growth,
        today=today,
    )
    return OfferComparison(result, tuple(notes))


def compare_files(
    ws: Workspace,
    files: Sequence[Path],
    *,
    currency: str | None = None,
    refreshers: str | None = None,
    market: bool = True,
    living: Mapping[str, str] | None = None,
) -> OfferComparison:
    """Two or more offers side by side, each a file or a stored offer (its number or company);
    with `living` (place -> the user's cost-of-living
    ratio against the first offer's place), the totals also in that place's terms."""
    from levelset.offers.living import in_reference_terms

    if len(files) < 2:
        raise InputError(
            "offer compare needs two or more offers (use `offer value` or `offer show` for one)"
        )
    offers = offers_by_reference(ws, files)
    found = compare_offers(ws, offers, currency=currency, refreshers=refreshers, market=market)
    if not living:
        return found
    terms = in_reference_terms(found.comparison, living, field="--living", place_field="--living")
    return replace(found, living=terms)


def compare_stored(
    ws: Workspace,
    ids: Sequence[int] = (),
    *,
    refreshers: str | None = None,
    market: bool = True,
    growth: Decimal | None = None,
) -> tuple[list[StoredOffer], OfferComparison | None]:
    """The stored offers chosen by id (all when none given), compared; None when none stored."""
    chosen = [s for s in list_offers(ws) if not ids or s.id in ids]
    if not chosen:
        return chosen, None
    offers = [s.offer for s in chosen]
    found = compare_offers(ws, offers, refreshers=refreshers, market=market, growth=growth)
    return chosen, found


def add_offer_files(ws: Workspace, files: Sequence[Path]) -> list[StoredOffer]:
    """Store offer files; all are checked first and nothing is stored if one is bad."""
    from levelset.store.offers import add_offers

    return add_offers(ws.store, read_offer_files(ws, files))


def add_offer_data(ws: Workspace, data: Mapping[str, Any], source: str) -> StoredOffer:
    """Store one offer given as the fields of an offer file (a form, an assistant)."""
    from levelset.offers import parse_offer
    from levelset.store.offers import add_offers

    offer = parse_offer(dict(data), source=source, currencies=rates(ws).codes)
    return add_offers(ws.store, [offer])[0]


def add_uploaded(ws: Workspace, uploads: Sequence[tuple[str, bytes]]) -> list[StoredOffer]:
    """Store uploaded offer files (name, content); problems name the file as uploaded."""
    from levelset.offers import load_offer
    from levelset.store.offers import add_offers

    codes = rates(ws).codes
    offers, problems = [], []
    with tempfile.TemporaryDirectory(prefix="levelset-offer-") as folder:
        for index, (filename, content) in enumerate(uploads[:MAX_UPLOADS]):
            name = re.sub(r"[^A-Za-z0-9._ -]", "_", Path(filename or "").name)
            path = Path(folder) / (name or f"offer-{index}.yaml")
            path.write_bytes(content)
            try:
                offers.append(load_offer(path, currencies=codes))
            except InputError as error:
                found = list(error.problems) or [Problem(error.message)]
                # Named as uploaded: the temporary folder means nothing to the user.
                problems += [replace(p, file=path.name) for p in found]
    if problems:
        raise validation_failed("offer files", problems)
    return add_offers(ws.store, offers)


def show_offer(
    ws: Workspace, offer_id: int, *, refreshers: str | None = None
) -> tuple[StoredOffer, Valuation]:
    """A stored offer and its valuation over four years."""
    from levelset.offers import value_offer as valued

    stored = get_offer(ws, offer_id)
    return stored, valued(stored.offer, 4, refreshers=refreshers, today=ws.today())


def offer_fields(ws: Workspace, offer_id: int) -> dict[str, Any]:
    """A stored offer as the fields of an offer file (to edit and save as a new offer)."""
    from levelset.offers import offer_to_data

    return offer_to_data(get_offer(ws, offer_id).offer)


def export_offers(ws: Workspace, fmt: str) -> str:
    """Every stored offer as a YAML, JSON or CSV collection that `import_offers` reads back."""
    from levelset.offers.transfer import dump_offers

    return dump_offers([s.offer for s in list_offers(ws)], fmt)


def delete_offer(ws: Workspace, offer_id: int) -> Deleted:
    """Remove a stored offer; its document is kept in the exports folder for `offer import`."""
    from levelset.store.offers import delete_offer as remove

    document = remove(ws.store, offer_id)
    file = keep_for_undo(ws, f"deleted-offer-{offer_id}", yaml_text({"offers": [document]}))
    company = document.get("company", "?")
    return Deleted(f"offer #{offer_id} ({company})", file, f"levelset offer import {file}")


def import_offers(ws: Workspace, file: Path) -> list[StoredOffer]:
    """Offers exported earlier (or written by hand) stored all or nothing."""
    from levelset.offers.transfer import read_offers
    from levelset.store.offers import add_offers

    offers = read_offers(file, currencies=rates(ws).codes)
    return add_offers(ws.store, offers)
