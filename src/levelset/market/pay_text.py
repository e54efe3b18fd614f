"""A pay range read from the words of a job posting: "$180,000 - $240,000", "$85/hr",
"180k–240k", "USD 150,000 to 200,000 per year", "GS-15 Step 1 $128,078 to Step 10 $172,500".

Every amount in the text is found with its currency and suffix; neighbouring amounts joined
by a dash, "to" or "and" become a range; each candidate is scored by the words around it (a
salary label before it raises it; a bonus, a cap or a funding round lowers it) and the best
one wins, merged with the other ranges of the same salary block (one range per grade or
state). Pure: text in, a value out.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from levelset.patterns import compiled

HOURS_A_YEAR = Decimal(2080)
CURRENCY_SIGNS = {
    "us$": "USD", "usd": "USD", "$": "USD", "ca$": "CAD", "c$": "CAD", "cad": "CAD",
    "a$": "AUD", "aud": "AUD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "chf": "CHF", "₹": "INR", "inr": "INR", "sgd": "SGD", "s$": "SGD",
}  # fmt: skip
_SIGN = r"(?:US\$|CA\$|C\$|A\$|S\$|\$|€|£|₹|USD|CAD|AUD|EUR|GBP|CHF|INR|SGD)"
_AMOUNT = compiled(
    rf"(?<![\w$.,])(?P<pre>{_SIGN})?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?![\d.])|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<k>[kK]|[mM](?:illion)?)(?![a-zA-Z]))?"
    r"(?:\s?(?P<post>USD|CAD|AUD|EUR|GBP|CHF|INR|SGD)\b)?",
    re.IGNORECASE,
)
_JOIN = compiled(
    r"^\s*\)?\s*(?:-|–|—|~|to|and|through|up to)\s*(?:[A-Za-z]{0,4}-?\d{0,2},?\s*"
    r"(?:step\s*\d+)?\s*[-:]?\s*)?\(?\s*$",
    re.IGNORECASE,
)
_PAY_WORDS = compiled(
    r"salary|\bpay\b|compensation|\bwage|\bbase\b|\brange\b|\bote\b|remuneration|"
    r"hourly rate|\brate\b|per annum|annual|earn",
    re.IGNORECASE,
)
_CAP = compiled(
    r"maximum (?:salary|pay)|max (?:salary|pay)|cannot be offered more|capped at|cap of", re.I
)
_NOT_PAY = compiled(
    r"bonus|equity|sign[- ]?on|signing|stipend|relocation|401|revenue|raised|funding|"
    r"valuation|series [a-e]\b|arr\b|budget|reimburse|allowance|tuition|learning|\bgrant\b",
    re.IGNORECASE,
)
_HOUR = compiled(r"^\W{0,3}(?:/\s?h(?:ou)?r|per\s+hour|an\s+hour|hourly|/\s?hour|p/h)", re.I)
_YEAR = compiled(
    r"^\W{0,3}(?:/\s?y(?:ea)?r|per\s+(?:year|annum)|a\s+year|annual(?:ly)?|yearly|p\.?a\.?\b"
    r"|/\s?annum)",
    re.IGNORECASE,
)
_MONTH = compiled(r"^\W{0,3}(?:/\s?mo(?:nth)?|per\s+month|a\s+month|monthly)", re.I)
_HOUR_BEFORE = compiled(r"hourly|per hour|hour(?:ly)? rate", re.IGNORECASE)
_YEAR_BEFORE = compiled(r"annual|yearly|per year|salary", re.IGNORECASE)


@dataclass(frozen=True)
class PayRange:
    """A posted range (low == high for a single figure) in its currency and period."""

    low: Decimal
    high: Decimal
    currency: str
    period: str  # "year", "hour" or "month"
    text: str  # the words it was read from

    def yearly(self) -> tuple[Decimal, Decimal]:
        """Low and high as yearly amounts (2,080 hours, 12 months)."""
        factor = {"hour": HOURS_A_YEAR, "month": Decimal(12)}.get(self.period, Decimal(1))
        return self.low * factor, self.high * factor

    def midpoint(self) -> Decimal:
        low, high = self.yearly()
        return (low + high) / 2


@dataclass(frozen=True)
class _Amount:
    value: Decimal
    currency: str | None
    suffixed: bool
    start: int
    end: int


@dataclass(frozen=True)
class _Candidate:
    low: _Amount
    high: _Amount
    score: float

    @property
    def start(self) -> int:
        return self.low.start

    @property
    def end(self) -> int:
        return self.high.end


def read_pay(text: str, *, pay_field: bool = False) -> PayRange | None:
    """The posting's pay range, or None when the text names none. `pay_field`: the whole
    text is a salary field (a JSON `salary`), so bare numbers count as pay."""
    amounts = [a for a in _amounts(text) if a is not None]
    candidates = [c for c in _candidates(text, amounts, pay_field) if c.score > 0]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.score, -c.start))
    low, high = _merged(best, candidates, text)
    currency = best.low.currency or best.high.currency or "USD"
    period = _period(text, best)
    snippet = " ".join(text[best.start : best.end].split())
    return PayRange(min(low, high), max(low, high), currency, period, snippet)


def _amounts(text: str) -> list[_Amount | None]:
    return [_amount(m) for m in _AMOUNT.finditer(text)]


_DOTTED_THOUSANDS = compiled(r"\d{1,3}(?:\.\d{3})+")


def _amount(match: re.Match[str]) -> _Amount | None:
    raw = match.group("num")
    if _DOTTED_THOUSANDS.fullmatch(raw):  # 150.000: a European thousands mark
        raw = raw.replace(".", "")
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None
    k = (match.group("k") or "").lower()
    if k == "k":
        value *= 1000
    elif k.startswith("m"):
        value *= 1_000_000
    pre, post = match.group("pre"), match.group("post")
    sign = (post if post and pre in (None, "$") else pre or "").lower()
    return _Amount(value, CURRENCY_SIGNS.get(sign), bool(k), match.start(), match.end())


def _candidates(text: str, amounts: list[_Amount], pay_field: bool) -> list[_Candidate]:
    money = [a for a in amounts if _is_money(a, text, pay_field)]
    found: dict[tuple[int, int], _Candidate] = {}
    paired: set[int] = set()
    for row in (amounts, money):  # the second skips grade and step numbers between two sums
        for a, b in itertools.pairwise(row):
            if _joined(text[a.end : b.start], a, b) and _plausible_pair(a, b, text, pay_field):
                low, high = _completed(a, b)
                found[(a.start, b.end)] = _Candidate(low, high, _score(text, a, b, pay_field))
                paired.update((a.start, b.start))
    for a in money:
        if a.start not in paired and _single(a, text, pay_field):
            found[(a.start, a.end)] = _Candidate(a, a, _score(text, a, a, pay_field) - 2)
    return list(found.values())


def _joined(between: str, a: _Amount, b: _Amount) -> bool:
    """A dash, "to" or "and" between two sums; or only a line break between two sums that
    both carry a currency (the minimum and maximum cells of a table)."""
    if _JOIN.match(between):
        return True
    return "\n" in between and not between.strip() and bool(a.currency and b.currency)


def _completed(a: _Amount, b: _Amount) -> tuple[_Amount, _Amount]:
    """ "180-240k" and "$180,000 - 240,000": the suffix and currency of one side serve both."""
    if b.suffixed and not a.suffixed and a.value < 1000:
        a = _Amount(a.value * 1000, a.currency, True, a.start, a.end)
    currency = b.currency if b.currency and a.currency in (None, "USD") else a.currency
    return (
        _Amount(a.value, currency, a.suffixed, a.start, a.end),
        _Amount(b.value, currency, b.suffixed, b.start, b.end),
    )


def _is_money(a: _Amount, text: str, pay_field: bool) -> bool:
    if a.currency or a.suffixed or pay_field:
        return True
    return a.value >= 1000 and "," in text[a.start : a.end]


def _plausible_pair(a: _Amount, b: _Amount, text: str, pay_field: bool) -> bool:
    low, high = _completed(a, b)
    if not (_is_money(a, text, pay_field) or _is_money(b, text, pay_field)):
        return False
    if low.value <= 0 or high.value <= 0 or _year_like(low, text) or _year_like(high, text):
        return False
    small, large = sorted((low.value, high.value))
    return large / small <= 4 and _plausible_size(large)


def _single(a: _Amount, text: str, pay_field: bool) -> bool:
    if not (a.currency or a.suffixed or pay_field):
        return False
    return _plausible_size(a.value) and not _year_like(a, text)


def _plausible_size(value: Decimal) -> bool:
    return Decimal(7) <= value <= Decimal(5_000_000)


_YEAR_NUMBER = compiled(r"(19|20)\d\d")


def _year_like(a: _Amount, text: str) -> bool:
    raw = text[a.start : a.end].strip()
    return bool(_YEAR_NUMBER.fullmatch(raw))


_OPEN_AFTER_NUMBER = compiled(r"\d\s?[A-Z]{0,3}\s?\(\s?$")


def _score(text: str, a: _Amount, b: _Amount, pay_field: bool) -> float:
    before = text[max(0, a.start - 160) : a.start]
    near = text[max(0, a.start - 70) : a.start]
    after = text[b.end : b.end + 40]
    score = 1.0 + (2 if pay_field else 0)
    score += 3 if _PAY_WORDS.search(before) else 0
    score += 1 if _PAY_WORDS.search(near) else 0
    score += 1 if (_HOUR.match(after) or _YEAR.match(after) or _MONTH.match(after)) else 0
    score += 1 if a.currency or b.currency else 0
    score -= 5 if _NOT_PAY.search(near[-45:]) or _CAP.search(before[-100:]) else 0
    if _OPEN_AFTER_NUMBER.search(text[max(0, a.start - 8) : a.start]):
        score -= 2  # "(...)" right after another sum: a conversion or an aside
    high = max(a.value, b.value)
    score -= 3 if Decimal(500) < high < Decimal(10_000) and not _MONTH.match(after) else 0
    return score


_SENTENCE_END = compiled(r"[.!?]\s")


def _merged(best: _Candidate, others: list[_Candidate], text: str) -> tuple[Decimal, Decimal]:
    """Lowest low and highest high of the ranges in the best one's salary block: the ranges
    after it, close by, in the same currency and scored about as well (one per grade)."""
    low, high, end = best.low.value, best.high.value, best.end
    for other in sorted(others, key=lambda c: c.start):
        if other.start <= best.start or other.low is other.high:
            continue
        gap = text[end : other.start]
        if len(gap) > 80 or other.score < best.score - 1 or _SENTENCE_END.search(gap):
            continue
        if (other.low.currency or best.low.currency) != best.low.currency:
            continue
        low, high, end = min(low, other.low.value), max(high, other.high.value), other.end
    return low, high


def _period(text: str, best: _Candidate) -> str:
    after = text[best.end : best.end + 40]
    for period, pattern in (("hour", _HOUR), ("month", _MONTH), ("year", _YEAR)):
        if pattern.match(after):
            return period
    before = text[max(0, best.start - 60) : best.start]
    if _HOUR_BEFORE.search(before):
        return "hour"
    high = best.high.value
    if high < 500:
        return "hour"
    if high < 20_000 and not _YEAR_BEFORE.search(before):
        return "month"
    return "year"
