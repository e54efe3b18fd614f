"""Numbers as written in a bullet: the grammar the quantity rules share, and their values.

Digits or words ("twenty", "forty-two"), multipliers ("40k", "1.5 lakh", "₹4.2 crore",
"€2,4 Mio."), group separators of any locale ("12 000", "1.200", "2,50,000", thin spaces), and
the currency marks written before or after an amount.
"""

from __future__ import annotations

from levelset.patterns import compiled

WORD_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "dozen": 12,
}  # fmt: skip
# counts in round figures, read at their least ("dozens of teams" is at least two dozen)
_ROUND = {
    "tens": 10,
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1e6,
    "billions": 1e9,
}
_SCALE = {
    "k": 1e3, "thousand": 1e3, "thousands": 1e3, "billions": 1e9,
    "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6, "mio": 1e6,
    "milhões": 1e6, "millones": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9, "mrd": 1e9,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
    "millionen": 1e6, "millions": 1e6, "milioni": 1e6, "miljoen": 1e6,
    "mill": 1e6, "mia": 1e9, "md": 1e9, "mld": 1e9,
}  # fmt: skip


def _by_first_letter(words: list[str]) -> str:
    """An alternation of the words grouped by their first letter, longest first in each group:
    the engine tries each alternative in turn, so one test of the first letter spares the rest
    (the number rules run at every position of every bullet)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))


WORDS = _by_first_letter(list(WORD_VALUES))
# group separators: comma, dot, thin and no-break spaces, the Swiss apostrophe (1'200)
_SEP = r"[,.\u202f\u2009\u00a0 '’]"
DIGITS = (  # Indian grouping (2,50,000), groups of three, or plain digits with decimals
    rf"(?<![\d.,])(?:\d{{1,3}}(?:,\d{{2}})+,\d{{3}}(?!\d)|\d{{1,3}}(?:{_SEP}\d{{3}})+(?!\d)(?:[.,]\d+)?|"
    r"\d+(?:[.,]\d+)?(?![.,]?\d))"  # never the head of a longer figure ("$0,1" of "$0,1.0")
)
MULT = (
    r"(?:\s?(?:k|K|mm|MM|mn|M|bn|Bn|B|b)(?![\w-])|\s(?:thousands?|million|billions?|lakhs?|lacs?|"
    r"crores?|cr|milhões|millones|millions|Millionen|milioni|miljoen)\b|\s?(?:Mio|Mrd|Mia|Mld)\.?|"
    r"\s(?:mill|Mill|Md)\.|(?<=\d)Cr\b\.?)"
)
# "tens of thousands of", "dozens of": a count in round figures, always followed by "of"
ROUND = r"\b(?:(?:tens|hundreds) of )?(?:dozens|hundreds|thousands|millions|billions)(?= of\b)"
NUMBER = (
    rf"(?:(?<![\d.,])(?:{DIGITS}){MULT}?\+?|"
    r"\b(?:a (?:few |couple of )?|several )(?:dozen|hundred|thousand|million)\b|"
    # "half a million", "a quarter of a million", "a handful of", "scores of", "a couple of"
    r"\b(?:half an?|a quarter of an?|three quarters of an?) (?:dozen|hundred|thousand|million|"
    r"billion)\b|\b(?:a handful|scores|a couple) of\b|"
    rf"\b(?:{WORDS}) and a half\b|"
    rf"\b(?:{WORDS})(?:[- ](?:{WORDS})){{0,2}}\b|{ROUND})"
)
CODES = (
    r"USD|EUR|GBP|INR|JPY|CNY|CHF|CZK|SEK|NOK|DKK|PLN|AUD|CAD|BRL|SGD|NZD|HKD|MXN|ZAR|KES|NGN|HUF|"
    r"RON|TRY|IDR|THB|KRW|TWD|AED|SAR|ILS|EGP|PKR|BDT|VND|CLP|COP|ARS|UAH|RUB"
)
CUR_BEFORE = (
    rf"(?:US\$|A\$|C\$|R\$|S\$|HK\$|NZ\$|[$€£¥₹₩₽₦₺₱₫₴₪]|\b(?:{CODES}|Rs\.?|kr|KSh|Ksh|SFr\.?|"
    # a code glued to its figure too: "USD40k", "Rs18 lakh"
    r"Fr\.)(?![A-Za-z_])|\bRs\.)"
)
CUR_AFTER = (
    rf"(?:[$€£¥₹₦]|\b(?:{CODES}|kr|zł|Kč|Ft|lei|"
    r"dollars|euros?|Euro|pounds|rupees|yen|francs|kronor|kroner|(?:de|d['’]) ?(?:euros|dólares|"
    r"dollars|pesos|reais))\b)"
)


# a figure given as about or at most: "~900", "≈ 15 min", "ca. 35 %", "> 1 h"
ABOUT = r"(?:(?:~|≈|∼|ca\.|c\.|approx\.?|>|<|≥|≤)\s?)?"


_NUMBER_AND_UNIT = compiled(r"([\d.,\u202f\u2009\u00a0 '’]*\d)\s?([a-zõ]*)")


def value_of(words: str) -> float | None:
    """The value of a number as written: "2M" 2e6, "1.5 lakh" 150000, "12 000" 12000,
    "2,4 Mio." 2400000, "twenty" 20; None when the words hold no number."""
    text = words.strip().rstrip("+*†‡").replace("·", ".").lower()
    m = _NUMBER_AND_UNIT.match(text)
    if m is None:
        return _word_value(text)
    digits, suffix = m.group(1), m.group(2)
    return _digit_value(digits) * _SCALE.get(suffix, 1.0)


_INDIAN_GROUPS = compiled(r"\d{1,3}(?:,\d{2})+,\d{3}")
_THOUSANDS_GROUPS = compiled(r"\d{1,3}(?:[,.\u202f\u2009\u00a0 '’]\d{3})+")
_NOT_DIGIT = compiled(r"\D")


def _digit_value(digits: str) -> float:
    if _INDIAN_GROUPS.fullmatch(digits):  # Indian grouping
        return float(digits.replace(",", ""))
    if _THOUSANDS_GROUPS.fullmatch(digits):
        return float(_NOT_DIGIT.sub("", digits))
    last = max(digits.rfind(","), digits.rfind("."))
    if last < 0:
        return float(_NOT_DIGIT.sub("", digits))
    whole, fraction = _NOT_DIGIT.sub("", digits[:last]), digits[last + 1 :]
    return float(f"{whole or 0}.{fraction}")


_LOWER_WORDS = compiled(r"[a-z]+")


def _word_value(text: str) -> float | None:
    total, found = 0.0, False
    for token in _LOWER_WORDS.findall(text):
        value = WORD_VALUES.get(token)
        if value is None and token in _ROUND:  # "hundreds": two hundred at least
            value = 2 * _ROUND[token] if not found else _ROUND[token]
        if value is None:
            continue
        total = (total or 1) * value if found and value >= 100 else total + value
        found = True
    return total if found else None
