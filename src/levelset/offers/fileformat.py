"""Offer files (YAML or JSON): read every field, collect every problem with file, line and field.

The format is documented in docs/offers.md. `offer_to_data` writes the same shape back, so an
exported offer can be imported again unchanged.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from levelset.errors import InputError, validation_failed
from levelset.offers.currency import shipped_rates
from levelset.offers.equityformat import read_equity
from levelset.offers.fieldreader import FieldReader
from levelset.offers.model import Bonus, Offer, SignOn
from levelset.offers.refreshers import CHOICES, parse_refreshers
from levelset.offers.textfile import read_user_text

TOP_FIELDS = (
    "company",
    "currency",
    "base",
    "bonus_target_pct",
    "bonus_multiplier",
    "sign_on",
    "sign_on_clawback_months",
    "relocation",
    "equity",
    "refreshers",
    "benefits",
    "title",
    "level",
    "location",
    "remote",
    "start_date",
    "scope",
    "offered_on",
)


def load_offer(path: str | Path, *, currencies: Iterable[str] | None = None) -> Offer:
    """Read one offer file (.yaml, .yml or .json); raise InputError listing every problem."""
    file = Path(path)
    text = read_user_text(file, "an offer file in YAML or JSON")
    data, lines = _parse_text(text, file)
    return parse_offer(data, source=str(file), lines=lines, currencies=currencies)


def parse_offer(
    data: object,
    *,
    source: str = "offer",
    lines: Mapping[str, int] | None = None,
    currencies: Iterable[str] | None = None,
) -> Offer:
    """An Offer from already-parsed data (a mapping), validated like a file."""
    reader = FieldReader(source, lines or {})
    if not isinstance(data, Mapping):
        raise validation_failed(source, [reader.problem("", _not_an_offer(data), OFFER_SHAPE)])
    _refuse_collection(reader, data)
    reader.unknown_keys(data, TOP_FIELDS, "")
    known = set(currencies) if currencies is not None else set(shipped_rates().codes)
    offer = _read_offer(reader, data, known)
    if reader.problems or offer is None:
        in_file_order = sorted(reader.problems, key=lambda p: p.line or 0)
        raise validation_failed(source, in_file_order)
    return offer


OFFER_SHAPE = "one offer as fields, at least company, currency and base"


def _refuse_collection(reader: FieldReader, data: Mapping[str, Any]) -> None:
    """An export of many offers or negotiations is not one offer: say which command reads it."""
    if not set(data) & {"offers", "negotiations"} or "company" in data:
        return
    offers = "offers" in data
    what = "a collection of offers" if offers else "a negotiation export"
    command = "offer import" if offers else "negotiate import"
    expected = f"one offer per file; read this one with `levelset {command}`"
    raise validation_failed(reader.file, [reader.problem("", f"the file holds {what}", expected)])


def _not_an_offer(data: object) -> str:
    if data is None:
        return "the file is empty"
    if isinstance(data, list):
        return "the file holds a list, not one offer"
    return f"the file holds a single value ({data!r}), not an offer"


def _read_offer(reader: FieldReader, data: Mapping[str, Any], currencies: set[str]) -> Offer | None:
    company = reader.text(data, "company", required=True)
    currency = _currency(reader, data, currencies)
    reader.currency = currency
    base = reader.money(data, "base", required=True)
    bonus = _bonus(reader, data)
    sign_on = _sign_on(reader, data)
    relocation = reader.money(data, "relocation") or Decimal(0)
    equity = read_equity(reader, data.get("equity"))
    refreshers = None
    if data.get("refreshers") is not None:
        try:
            refreshers = parse_refreshers(data["refreshers"])
        except InputError:
            reader.add("refreshers", f"{data['refreshers']!r} is not a setting", CHOICES)
    benefits = _benefits(reader, data.get("benefits"))
    start = reader.date(data, "start_date")
    offered_on = reader.date(data, "offered_on")
    if reader.problems or company is None or currency is None or base is None:
        return None
    return Offer(
        company=company,
        currency=currency,
        base=base,
        bonus=bonus,
        sign_on=sign_on,
        relocation=relocation,
        equity=equity,
        refreshers=refreshers,
        benefits=benefits,
        title=reader.text(data, "title"),
        level=reader.text(data, "level"),
        location=reader.text(data, "location"),
        remote=reader.text(data, "remote"),
        start_date=start,
        scope=reader.text(data, "scope"),
        offered_on=offered_on,
        source=reader.file,
    )


def _currency(reader: FieldReader, data: Mapping[str, Any], known: set[str]) -> str | None:
    code = reader.text(data, "currency", required=True)
    if code is None:
        return None
    if code.upper() not in known:
        close = difflib.get_close_matches(code.upper(), sorted(known), n=3, cutoff=0.6)
        codes = ", ".join(close or ["USD", "EUR", "GBP"])
        expected = f"a currency with a rate such as {codes}; see `levelset offer rates`"
        reader.add("currency", f"unknown currency {code!r}", expected)
        return None
    return code.upper()


def _bonus(reader: FieldReader, data: Mapping[str, Any]) -> Bonus | None:
    pct = reader.pct(data, "bonus_target_pct")
    multiplier = reader.number(data, "bonus_multiplier")
    if pct is None:
        if multiplier is not None:
            reader.add("bonus_multiplier", "a multiplier without a target", "bonus_target_pct too")
        return None
    return Bonus(pct, multiplier if multiplier is not None else Decimal(1))


def _sign_on(reader: FieldReader, data: Mapping[str, Any]) -> SignOn | None:
    amounts = reader.money_list(data, "sign_on")
    clawback = reader.integer(data, "sign_on_clawback_months")
    if not amounts:
        return None
    return SignOn(tuple(amounts), clawback or 0)


def _benefits(reader: FieldReader, raw: object) -> tuple[tuple[str, Decimal], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, Mapping):
        reader.add("benefits", "not a mapping", "name: yearly amount, e.g. 401k_match: 9000")
        return ()
    found = []
    for name in raw:
        amount = reader.money(raw, name, prefix="benefits")
        if amount is not None:
            found.append((str(name), amount))
    return tuple(found)


def _parse_text(text: str, file: Path) -> tuple[object, dict[str, int]]:
    from levelset.offers.yamllines import parse_json_or_yaml

    return parse_json_or_yaml(text, file, as_json=file.suffix.lower() == ".json")


def offer_to_data(offer: Offer) -> dict[str, Any]:
    """The offer in the file format (money as Decimal), ready for YAML, JSON or the store."""
    data: dict[str, Any] = {
        "company": offer.company,
        "currency": offer.currency,
        "base": offer.base,
    }
    if offer.bonus:
        data["bonus_target_pct"] = offer.bonus.target_pct
        if offer.bonus.multiplier != 1:
            data["bonus_multiplier"] = offer.bonus.multiplier
    if offer.sign_on:
        data["sign_on"] = list(offer.sign_on.amounts)
        if offer.sign_on.clawback_months:
            data["sign_on_clawback_months"] = offer.sign_on.clawback_months
    if offer.relocation:
        data["relocation"] = offer.relocation
    if offer.equity:
        from levelset.offers.equityformat import equity_to_data

        data["equity"] = equity_to_data(offer.equity)
    if offer.refreshers:
        pct = offer.refreshers.pct
        data["refreshers"] = (
            offer.refreshers.setting if offer.refreshers.setting != "custom" else pct
        )
    if offer.benefits:
        data["benefits"] = dict(offer.benefits)
    for name in ("title", "level", "location", "remote", "scope"):
        if getattr(offer, name):
            data[name] = getattr(offer, name)
    if offer.start_date:
        data["start_date"] = offer.start_date.isoformat()
    if offer.offered_on:
        data["offered_on"] = offer.offered_on.isoformat()
    return data


def plain(data: Any) -> Any:
    """Decimals as ints when whole, else exact strings; for YAML and JSON files."""
    if isinstance(data, dict):
        return {k: plain(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [plain(v) for v in data]
    if isinstance(data, Decimal):
        return int(data) if data == data.to_integral_value() else f"{data.normalize():f}"
    if isinstance(data, dt.date):
        return data.isoformat()
    return data
