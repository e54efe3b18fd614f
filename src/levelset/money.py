"""Money as Decimal: parsing user input, rounding, and formatting, kept apart from arithmetic."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from levelset.errors import InputError

CENT = Decimal("0.01")
MAX_AMOUNT_CHARS = 40
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "C$", "AUD": "A$", "INR": "₹", "JPY": "¥"}


MULTIPLES = {"k": Decimal(1_000), "m": Decimal(1_000_000)}


def plain_amount(text: str) -> str:
    """An amount as people type it, as plain digits: "$192k" -> "192000", "1.2M" -> "1200000",
    "185,000" and "185 000" -> "185000". Text that is no amount is returned cleaned, unchanged
    otherwise, for the caller to refuse."""
    clean = "".join(text.split()).replace(",", "").replace("_", "").removeprefix("$")
    multiple = MULTIPLES.get(clean[-1:].lower()) if len(clean) > 1 else None
    if multiple is None:
        return clean
    try:
        number = Decimal(clean[:-1])
    except InvalidOperation:
        return clean
    return str(number * multiple) if number.is_finite() else clean


def to_money(value: object, *, field: str = "amount", allow_negative: bool = False) -> Decimal:
    """A Decimal from an int, str or Decimal (floats go through str to avoid binary noise);
    text may carry a $ sign, thousands separators and a k or M multiple."""
    if isinstance(value, bool) or value is None:
        raise InputError(f"{field}: expected an amount, got {value!r}")
    text = plain_amount(str(value))
    if len(text) > MAX_AMOUNT_CHARS:
        raise InputError(f"{field}: {text[:20]}… is too long to be an amount")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise InputError(f"{field}: {value!r} is not an amount") from None
    if not amount.is_finite():
        raise InputError(f"{field}: {value!r} is not an amount")
    if amount < 0 and not allow_negative:
        raise InputError(f"{field}: must not be negative, got {value!r}")
    return amount


MAX_YEARLY = Decimal(100_000_000)
"""The largest yearly amount (base, bonus, equity per year) we believe, in most currencies."""
# Currencies whose unit is worth much less than a dollar get a proportionally higher ceiling.
SMALL_UNITS = {"JPY": 200, "KRW": 2_000, "INR": 100, "IDR": 20_000, "VND": 30_000, "HUF": 400}


def ceiling(currency: str | None = None) -> Decimal:
    """The most a salary-like yearly amount can be in this currency (100 million by default)."""
    return MAX_YEARLY * SMALL_UNITS.get((currency or "").upper(), 1)


def plausible(amount: Decimal, *, field: str = "amount", currency: str | None = None) -> str | None:
    """Why `amount` cannot be a salary-like yearly figure, or None when it can."""
    top = ceiling(currency)
    if amount < 0:
        return f"{field}: must not be negative, got {amount:,}"
    if amount >= top:
        unit = f" {currency.upper()}" if currency else ""
        return f"{field}: {_shown(amount)} is not a plausible yearly amount (below {top:,}{unit})"
    return None


def to_salary(value: object, *, field: str = "amount", currency: str | None = None) -> Decimal:
    """An amount parsed like `to_money`, then bounded to what a yearly pay figure can be."""
    amount = to_money(value, field=field)
    reason = plausible(amount, field=field, currency=currency)
    if reason is not None:
        raise InputError(reason)
    return amount


def _shown(amount: Decimal) -> str:
    text = f"{amount:,}"
    return text if len(text) <= 24 else f"{amount:.3E}"


def round_money(amount: Decimal, places: Decimal = CENT) -> Decimal:
    """Round half up to cents (or to `places`), the way payroll does."""
    return amount.quantize(places, rounding=ROUND_HALF_UP)


def format_money(
    amount: Decimal | float | int | None, currency: str = "USD", *, cents: bool = False
) -> str:
    """$185,000 / €52,631 / 1,234 CHF; a dash for None."""
    if amount is None:
        return "—"
    value = Decimal(str(amount))
    value = round_money(value) if cents else value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    body = f"{abs(value):,.2f}" if cents else f"{abs(value):,.0f}"
    symbol = SYMBOLS.get(currency.upper())
    return f"{sign}{symbol}{body}" if symbol else f"{sign}{body} {currency.upper()}"


def format_short(amount: Decimal | float | int | None, currency: str = "USD") -> str:
    """$185k, $1.2M: for chart labels and tight tables."""
    if amount is None:
        return "—"
    value = float(amount)
    symbol = SYMBOLS.get(currency.upper(), "")
    suffix = "" if symbol else f" {currency.upper()}"
    if abs(value) >= 1_000_000:
        return f"{symbol}{value / 1_000_000:.1f}M{suffix}"
    if abs(value) >= 1_000:
        return f"{symbol}{value / 1_000:.0f}k{suffix}"
    return f"{symbol}{value:.0f}{suffix}"
