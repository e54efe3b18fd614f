"""The equity what-if use case: a grant of RSUs or options at an exit the user moves, year by
year; a stored offer's equity fills every field the user leaves blank."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from levelset.app.workspace import Workspace
from levelset.errors import Problem, validation_failed
from levelset.money import plain_amount
from levelset.offers.model import Equity, EquityKind, Frequency, Vesting
from levelset.offers.vesting import NAMED_SCHEDULES

if TYPE_CHECKING:
    from levelset.offers.whatif import WhatIf
    from levelset.store.offers import StoredOffer


@dataclass(frozen=True)
class WhatIfFields:
    """The what-if as typed (text, None when left blank)."""

    kind: str | None = None  # rsu or options
    shares: str | None = None
    strike: str | None = None
    price: str | None = None  # share price at the exit
    company_value: str | None = None  # the company's value at the exit
    fully_diluted: str | None = None  # the company's share count today
    dilution: str | None = None  # percent per round
    rounds: str | None = None
    vesting: str | None = None  # 25/25/25/25, even, front-loaded, back-loaded
    cliff: str | None = None  # months
    offer: int | None = None  # the stored offer whose equity fills the blanks

    def blank(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self) if f.name != "offer")


@dataclass(frozen=True)
class Slider:
    """The range control over the exit: the field it sets and its span."""

    field: str  # "price" or "company_value"
    value: Decimal
    maximum: Decimal
    step: Decimal

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "value": self.value, "min": 0, "max": self.maximum,
                "step": self.step}  # fmt: skip


@dataclass(frozen=True)
class EquityAnswer:
    """The what-if, the slider over its exit, and the offer it started from."""

    fields: WhatIfFields  # as used: the user's, else the offer's
    result: WhatIf | None
    slider: Slider | None
    offer: str | None  # "Northwind Cloud L5 (offer 1)"
    offers: tuple[tuple[int, str], ...]  # stored offers with equity, to pick from
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "fields": {f.name: getattr(self.fields, f.name) for f in fields(self.fields)},
            "result": self.result.to_dict() if self.result else None,
            "slider": self.slider.to_dict() if self.slider else None,
            "offer": self.offer,
            "offers": [{"id": i, "label": label} for i, label in self.offers],
            "notes": list(self.notes),
        }


def equity_whatif(ws: Workspace, typed: WhatIfFields) -> EquityAnswer:
    """The what-if for the typed fields over the chosen (or latest) offer's equity; with
    neither, just the offers to start from. InputError names each bad field."""
    from levelset.app.offers import get_offer, list_offers

    stored = [s for s in list_offers(ws) if s.offer.equity is not None]
    choices = tuple((s.id, f"{s.offer.label} (offer {s.id})") for s in stored)
    chosen = get_offer(ws, typed.offer) if typed.offer is not None else None
    if chosen is None and typed.blank() and stored:
        chosen = stored[-1]
    used = _merge(typed, chosen)
    if used.blank():
        return EquityAnswer(used, None, None, None, choices)
    result = _work_out(used)
    label = f"{chosen.offer.label} (offer {chosen.id})" if chosen else None
    return EquityAnswer(used, result, _slider(used, result), label, choices, _notes(chosen))


def _notes(chosen: StoredOffer | None) -> tuple[str, ...]:
    equity = chosen.offer.equity if chosen else None
    if equity is None or equity.shares is not None or equity.grant_value is None:
        return ()
    if equity.share_price or equity.preferred_price or equity.fmv_409a:
        return ("the offer gives the grant as a value: its shares are that value divided by "
                "the share price",)  # fmt: skip
    return (
        "the offer gives the grant as a value without a share price: it counts as one share "
        "per dollar of the grant, so a share price of $2 means the grant doubled",
    )


def _merge(typed: WhatIfFields, chosen: StoredOffer | None) -> WhatIfFields:
    """The typed fields, each blank one filled from the offer's equity."""
    if chosen is None or chosen.offer.equity is None:
        return typed
    given = {f.name: v for f in fields(typed) if (v := getattr(typed, f.name)) not in (None, "")}
    return replace(_from_equity(chosen.offer.equity), **{**given, "offer": chosen.id})


def _from_equity(equity: Equity) -> WhatIfFields:
    price = equity.share_price or equity.preferred_price or equity.fmv_409a
    shares = equity.shares
    if shares is None and equity.grant_value is not None:  # a value only: shares of its price
        shares = equity.grant_value / price if price else equity.grant_value
        price = price or Decimal(1)
    exit_value = equity.exit_values[0] if equity.exit_values else None
    return WhatIfFields(
        kind=equity.kind.value, shares=_text(shares), strike=_text(equity.strike),
        price=_text(price), company_value=_text(exit_value),
        fully_diluted=_text(equity.fully_diluted_shares), vesting=equity.vesting.label,
        cliff=str(equity.vesting.cliff_months),
    )  # fmt: skip


def _text(value: Decimal | None) -> str | None:
    return None if value is None else f"{value.quantize(Decimal('0.0001')).normalize():f}"


def _work_out(used: WhatIfFields) -> WhatIf:
    from levelset.offers.whatif import Exit, Grant, what_if

    problems: list[Problem] = []
    kind = _kind(used.kind, problems)
    vesting = _vesting(used.vesting, used.cliff, problems)
    shares = _amount(used.shares, "shares", problems) or Decimal(0)
    strike = _amount(used.strike, "strike", problems) or Decimal(0)
    exit = Exit(
        price=_amount(used.price, "price", problems),
        company_value=_amount(used.company_value, "company_value", problems),
        fully_diluted_shares=_amount(used.fully_diluted, "fully_diluted", problems),
        dilution_pct=_amount(used.dilution, "dilution", problems) or Decimal(0),
        rounds=int(_amount(used.rounds, "rounds", problems) or 0),
    )
    if problems:
        raise validation_failed("equity what-if", problems)
    return what_if(Grant(kind, shares, vesting, strike), exit)


def _kind(text: str | None, problems: list[Problem]) -> EquityKind:
    value = (text or "rsu").strip().lower().rstrip("s")
    found = {"rsu": EquityKind.RSU, "option": EquityKind.OPTIONS, "iso": EquityKind.OPTIONS,
             "nso": EquityKind.OPTIONS}.get(value)  # fmt: skip
    if found is None:
        problems.append(Problem(f"{text!r} is not a kind of equity", field="kind",
                                expected="rsu or options"))  # fmt: skip
        return EquityKind.RSU
    return found


def _amount(text: str | None, field: str, problems: list[Problem]) -> Decimal | None:
    if text is None or not text.strip():
        return None
    clean = text.strip()
    billions = clean[-1:].lower() == "b" and len(clean) > 1  # company values: "2B", "1.5b"
    try:
        value = Decimal(plain_amount(clean[:-1] if billions else clean))
        value = value * 1_000_000_000 if billions else value
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        problems.append(Problem(f"{text!r} is not a number", field=field, expected="a number"))
        return None
    return value


def _vesting(text: str | None, cliff: str | None, problems: list[Problem]) -> Vesting:
    name = (text or "even").strip().lower()
    if name in NAMED_SCHEDULES:
        pcts = tuple(Decimal(p) for p in NAMED_SCHEDULES[name])
    else:
        try:
            pcts = tuple(Decimal(p) for p in re.split(r"[/,\s]+", name) if p)
        except InvalidOperation:
            expected = "percent per year, e.g. 25/25/25/25, or even, front-loaded, back-loaded"
            problems.append(Problem(f"{text!r} is not a schedule", field="vesting",
                                    expected=expected))  # fmt: skip
            pcts = (Decimal(100),)
    months = _amount(cliff, "cliff", problems)
    return Vesting(pcts, int(months) if months is not None else 12, Frequency.QUARTERLY)


def _slider(used: WhatIfFields, result: WhatIf) -> Slider:
    """The exit's range: from nothing to four times the typed exit (at least 1)."""
    by_value = result.exit.by_company_value
    value = (result.exit.company_value if by_value else result.exit.price) or Decimal(0)
    reference = max(value, result.grant.strike * 2, Decimal(1))
    maximum = _round_up(reference * 4)
    return Slider("company_value" if by_value else "price", value, maximum, maximum / 200)


def _round_up(value: Decimal) -> Decimal:
    """Up to 1, 2 or 5 times a power of ten."""
    power = Decimal(10) ** (len(str(int(value))) - 1)
    for factor in (1, 2, 5, 10):
        if factor * power >= value:
            return Decimal(factor) * power
    return value
