"""An offer written out as the lines of a package, for confirmations and summaries."""

from __future__ import annotations

from levelset.money import format_money
from levelset.offers.model import EquityKind, Offer


def package_lines(offer: Offer) -> list[str]:
    """One "- item: value" line per part of the package; unknown essentials as placeholders."""
    money = offer.currency
    lines = [
        f"- title: {offer.title or '[JOB TITLE]'}",
        f"- level: {offer.level or '[LEVEL]'}",
        f"- base: {format_money(offer.base, money)} a year",
    ]
    if offer.bonus:
        multiplier = (
            f" x {offer.bonus.multiplier.normalize():f}" if offer.bonus.multiplier != 1 else ""
        )
        lines.append(f"- target bonus: {offer.bonus.target_pct.normalize():f}% of base{multiplier}")
    if offer.sign_on:
        parts = ", ".join(
            f"{format_money(a, money)} in year {i}" for i, a in enumerate(offer.sign_on.amounts, 1)
        )
        clawback = offer.sign_on.clawback_months
        lines.append(f"- sign-on: {parts}" + (f" ({clawback}-month clawback)" if clawback else ""))
    if offer.relocation:
        lines.append(f"- relocation: {format_money(offer.relocation, money)}")
    if offer.equity:
        lines.append(f"- equity: {_equity(offer)}")
    for name, amount in offer.benefits:
        lines.append(f"- {name.replace('_', ' ')}: {format_money(amount, money)} a year")
    lines.append(f"- location: {offer.location or '[LOCATION]'}" + _remote(offer))
    lines.append(
        f"- start date: {offer.start_date.isoformat() if offer.start_date else '[START DATE]'}"
    )
    if offer.scope:
        lines.append(f"- scope: {offer.scope}")
    return lines


def _equity(offer: Offer) -> str:
    equity = offer.equity
    assert equity is not None
    vesting = equity.vesting
    schedule = (
        f"vesting {vesting.label}% over {vesting.years} years, {vesting.cliff_months}-month "
        f"cliff, {vesting.frequency.value}"
    )
    if equity.kind is EquityKind.RSU:
        return f"RSUs worth {format_money(equity.rsu_value, offer.currency)}, {schedule}"
    strike = format_money(equity.strike, offer.currency, cents=True)
    return f"{equity.shares or 0:,.0f} options at a strike of {strike}, {schedule}"


def _remote(offer: Offer) -> str:
    return f" ({offer.remote})" if offer.remote else ""
