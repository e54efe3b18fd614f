"""The `equity:` block of an offer file: RSUs or options, and the vesting schedule."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from levelset.offers.fieldreader import FieldReader, split_list, to_decimal
from levelset.offers.model import Equity, EquityKind, Frequency, Vesting
from levelset.offers.vesting import NAMED_SCHEDULES, check_vesting

EQUITY_FIELDS = (
    "type",
    "grant_value",
    "shares",
    "share_price",
    "strike",
    "fmv_409a",
    "preferred_price",
    "fully_diluted_shares",
    "exit_values",
    "vesting",
    "vesting_years",
    "cliff_months",
    "frequency",
)
SCHEDULE = "percent per year adding up to 100, e.g. [25, 25, 25, 25] or 5/15/40/40"
P = "equity"


def read_equity(reader: FieldReader, raw: object) -> Equity | None:
    """The equity block, or None when the offer has none; problems go to `reader`."""
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        reader.add(P, "not a mapping", "grant_value (or shares, share_price), vesting, ...")
        return None
    reader.unknown_keys(raw, EQUITY_FIELDS, P)
    kind = _kind(reader, raw)
    vesting = _vesting(reader, raw)
    known = len(reader.problems)
    values = {
        name: reader.money(raw, name, prefix=P)
        for name in ("grant_value", "share_price", "strike", "fmv_409a", "preferred_price")
    }
    counts = {n: reader.number(raw, n, prefix=P) for n in ("shares", "fully_diluted_shares")}
    exits = reader.money_list(raw, "exit_values", prefix=P) or []
    if kind is None or vesting is None:
        return None
    equity = Equity(kind, vesting, exit_values=tuple(exits), **values, **counts)
    if len(reader.problems) == known:  # a bad amount is not also reported as missing
        _check_amounts(reader, equity)
    return equity


def _kind(reader: FieldReader, raw: Mapping[str, Any]) -> EquityKind | None:
    text = str(raw.get("type") or ("options" if "strike" in raw else "rsu")).strip().lower()
    aliases = {"rsu": "rsu", "rsus": "rsu", "option": "options", "options": "options"}
    if text not in aliases:
        reader.add(f"{P}.type", f"unknown equity type {raw.get('type')!r}", "rsu or options")
        return None
    return EquityKind(aliases[text])


def _vesting(reader: FieldReader, raw: Mapping[str, Any]) -> Vesting | None:
    pcts = _schedule(reader, raw)
    cliff = reader.integer(raw, "cliff_months", prefix=P)
    frequency_text = str(raw.get("frequency") or "quarterly").strip().lower()
    frequency_text = {"yearly": "annual", "annually": "annual"}.get(frequency_text, frequency_text)
    if frequency_text not in {f.value for f in Frequency}:
        reader.add(
            f"{P}.frequency",
            f"unknown frequency {frequency_text!r}",
            "monthly, quarterly or annual",
        )
        return None
    if pcts is None:
        return None
    vesting = Vesting(pcts, 12 if cliff is None else cliff, Frequency(frequency_text))
    for problem in check_vesting(vesting, f"{P}.vesting"):
        reader.add(problem.field or P, problem.message, problem.expected)
    return vesting


def _schedule(reader: FieldReader, raw: Mapping[str, Any]) -> tuple[Decimal, ...] | None:
    value = raw.get("vesting", "even")
    years = reader.integer(raw, "vesting_years", prefix=P)
    if isinstance(value, str) and value.strip().lower() in NAMED_SCHEDULES:
        name = value.strip().lower()
        if name == "even" and years:
            share = (Decimal(100) / years).quantize(Decimal("0.0001"))
            return (*(share for _ in range(years - 1)), Decimal(100) - share * (years - 1))
        return tuple(Decimal(p) for p in NAMED_SCHEDULES[name])
    parts = [to_decimal(item) for item in split_list(value)]
    if not parts or any(p is None for p in parts):
        reader.add(f"{P}.vesting", f"{value!r} is not a schedule", SCHEDULE)
        return None
    if years and years != len(parts):
        message = f"vesting_years is {years} but the schedule lists {len(parts)} years"
        reader.add(f"{P}.vesting_years", message, "the same number of years, or leave it out")
    return tuple(p for p in parts if p is not None)


def _check_amounts(reader: FieldReader, equity: Equity) -> None:
    if equity.shares is not None and equity.shares == 0:
        reader.add(f"{P}.shares", "a grant of 0 shares", "more than 0 shares, or no equity block")
    if equity.kind is EquityKind.RSU:
        _check_rsu(reader, equity)
    else:
        _check_options(reader, equity)


def _check_rsu(reader: FieldReader, equity: Equity) -> None:
    by_shares = equity.shares is not None or equity.share_price is not None
    if equity.grant_value is not None and by_shares:
        message = "both grant_value and shares/share_price are given"
        reader.add(f"{P}.grant_value", message, "grant_value, or shares and share_price, not both")
    elif equity.grant_value is None and (equity.shares is None or equity.share_price is None):
        reader.add(f"{P}.grant_value", "missing", "grant_value, or shares and share_price")


def _check_options(reader: FieldReader, equity: Equity) -> None:
    if equity.grant_value is not None:
        expected = "options valued from shares, strike and prices; leave grant_value out"
        reader.add(f"{P}.grant_value", "a grant_value on options", expected)
    if equity.shares is None:
        reader.add(f"{P}.shares", "missing", "the number of option shares")
    if equity.strike is None:
        reader.add(f"{P}.strike", "missing", "the strike (exercise) price per share")
    if equity.exit_values and not equity.fully_diluted_shares:
        expected = "the fully diluted share count, to turn an exit value into a share price"
        reader.add(f"{P}.fully_diluted_shares", "missing", expected)


def equity_to_data(equity: Equity) -> dict[str, Any]:
    """The equity block in the file format."""
    data: dict[str, Any] = {"type": equity.kind.value}
    for name in (
        "grant_value",
        "shares",
        "share_price",
        "strike",
        "fmv_409a",
        "preferred_price",
        "fully_diluted_shares",
    ):
        value = getattr(equity, name)
        if value is not None:
            data[name] = value
    if equity.exit_values:
        data["exit_values"] = list(equity.exit_values)
    data["vesting"] = list(equity.vesting.year_pcts)
    data["cliff_months"] = equity.vesting.cliff_months
    data["frequency"] = equity.vesting.frequency.value
    return data
