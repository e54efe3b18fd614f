"""A job posting read into the fields levelset keeps: company, title, level, location and the
posted pay range (currency and period), from pasted text, a saved HTML page (its JSON-LD
JobPosting first, when it has one), a PDF's text, or a JSON Resume job description.

Pure: the text comes in (the use case reads the file and a PDF's text), a value goes out.
A field the posting does not state is None, never guessed from elsewhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from levelset.market.pay_text import PayRange, read_pay
from levelset.market.posting_company import ROLE_WORDS as _ROLE_WORDS
from levelset.market.posting_company import company_in
from levelset.market.posting_header import header_fields
from levelset.patterns import compiled

_LEVEL = compiled(
    r"\b(GS-?\s?\d{1,2}|(?:L|E|IC|P|M)\d{1,2}|senior|sr\.?|(?<!\bof )staff|principal|lead|"
    r"junior|jr\.?|distinguished|director|head|vp|vice president|intern|entry[- ]level|"
    r"mid[- ]level|"
    r"(?<=\s)(?:I{1,3}|IV|V)(?=\s|$|,))\b",
    re.IGNORECASE,
)
_LABEL = r"^\s*[*_#>-]*\s*(?:{names})\s*[*_]*\s*:\s*[*_]*\s*(?P<value>.*)$"
_TITLE_LABELS = "job title|position title|title|position|role"
_COMPANY_LABELS = "company|employer|organi[sz]ation|hiring organi[sz]ation|agency|department"
_LOCATION_LABELS = "locations?|work location|office location|duty location|based in"
_LEVEL_LABELS = "level|grade|seniority|pay grade"
_FRONT_COMPANY = ("company", "org", "organization", "employer")
# The Government of Canada's occupational groups as job postings write a classification.
_CANADIAN_GROUP = compiled(r"\b(IT|CS|AS|EC|EX|IS|PM|PE|FI|CO|CR|PG|EN|SE|CT)-0(\d)\b")


@dataclass(frozen=True)
class Posting:
    """What one job posting states, as read; `pay` None when it names no pay range."""

    company: str | None
    title: str | None
    level: str | None
    location: str | None
    pay: PayRange | None
    format: str  # "text", "html", "pdf", "json"

    def to_dict(self) -> dict[str, Any]:
        pay = self.pay
        return {
            "company": self.company,
            "title": self.title,
            "level": self.level,
            "location": self.location,
            "min": pay.low if pay else None,
            "max": pay.high if pay else None,
            "currency": pay.currency if pay else None,
            "period": pay.period if pay else None,
            "pay_text": pay.text if pay else None,
            "format": self.format,
        }


def read_posting(text: str, *, kind: str | None = None) -> Posting:
    """The posting in `text`; `kind` ("text", "html", "pdf", "json") when the caller knows
    the format (from a file's extension), else it is told by the text's first characters."""
    found = kind or sniff(text)
    if found == "json":
        return from_json(json.loads(text))
    if found == "html":
        return from_html(text)
    return replace(from_text(text), format=found)


def sniff(text: str) -> str:
    head = text.lstrip()[:500].lower()
    if head.startswith(("{", "[")):
        return "json"
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<div" in head:
        return "html"
    return "text"


def from_text(text: str) -> Posting:
    """Pasted text (or markdown with YAML front matter): labelled fields first, then the
    first title-like line; the pay range from the whole text."""
    front, body = _front_matter(text)
    lines = [ln.strip() for ln in body.splitlines()]
    title = front.get("title") or _labelled(lines, _TITLE_LABELS) or _title_line(lines)
    header_company, header_place = header_fields(lines)  # "Acme Corp - Austin, TX"
    if title and header_company and header_place and title.endswith(header_place):
        title = header_company  # "Staff Engineer - New York, NY": the title before its place
    title = _clean(title)
    front_company = next((front[k] for k in _FRONT_COMPANY if k in front), None)
    company = front_company or _labelled(lines, _COMPANY_LABELS) or _named(header_company)
    company = _clean(company or company_in(body))
    company = None if company and _ROLE_WORDS.search(company) else company
    location = front.get("location") or _labelled(lines, _LOCATION_LABELS) or header_place
    location = _clean(location)
    level = _clean(_labelled(lines, _LEVEL_LABELS)) or _grade(title or "") or level_of(title)
    level = level or _grade(body)
    pay = _front_pay(front) or read_pay(body)
    return Posting(company, title, level, location, pay, "text")


def _front_pay(front: Mapping[str, str]) -> PayRange | None:
    """ "salary_min: 142,701" and "salary_max: 170,800" in a job page's front matter."""
    low = front.get("salary_min") or front.get("min_salary")
    high = front.get("salary_max") or front.get("max_salary") or low
    if low is None or high is None:
        return None
    return read_pay(f"{low} - {high}", pay_field=True)


_LD_JSON = compiled(r"(?is)<script[^>]*ld\+json[^>]*>(.*?)</script>")


def from_html(page: str) -> Posting:
    """A saved page: its JSON-LD JobPosting when it has one, else its visible text, with the
    page's <h1> (or <title>) as the title and its site name as a company hint."""
    for block in _LD_JSON.findall(page):
        found = _job_posting(block)
        if found is not None:
            return replace(from_json(found), format="html")
    text = page_text(page)
    read = from_text(text)
    h1 = _tag(page, "h1")
    title = h1 or read.title or (_tag(page, "title") or "").split("|")[0].strip() or None
    lines = text.splitlines()
    company = _clean(_labelled(lines, _COMPANY_LABELS)) or _site_name(page) or read.company
    level = read.level if read.level else level_of(title)
    return replace(read, title=_clean(title), company=company, level=level, format="html")


_HIDDEN = compiled(r"(?is)<(script|style|noscript|svg|head)\b.*?</\1>")


_TAG = compiled(r"<[^>]+>")
_BLOCK = compiled(r"(?i)<br\s*/?>|</?(p|div|li|h\d|tr|section|article|ul|ol|dt|dd)\b[^>]*>")


def page_text(page: str) -> str:
    """The visible text of an HTML page, one block element a line."""
    page = _HIDDEN.sub(" ", page)
    page = _BLOCK.sub("\n", page)
    from html import unescape  # html.entities: its 2,000 names only for an HTML posting

    text = unescape(_TAG.sub(" ", page))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def from_json(data: Any) -> Posting:
    """A JSON Resume job description (title, company, location{city, region, countryCode},
    salary) or a schema.org JobPosting (title, hiringOrganization, jobLocation, baseSalary)."""
    if not isinstance(data, Mapping):
        raise ValueError("a job description is a JSON object")
    title = _clean(_text(data.get("title") or data.get("name") or data.get("position")))
    company = _clean(_organisation(data.get("company") or data.get("hiringOrganization")))
    location = _clean(_place(data.get("location") or data.get("jobLocation")))
    level = _clean(_text(data.get("level") or data.get("experience"))) or level_of(title)
    pay = _json_pay(data) or read_pay(_text(data.get("description")) or "")
    return Posting(company, title, _short_level(level), location, pay, "json")


def _json_pay(data: Mapping[str, Any]) -> PayRange | None:
    base = data.get("baseSalary") or data.get("estimatedSalary")
    if isinstance(base, Mapping):
        return _schema_salary(base)
    salary = data.get("salary")
    if salary is None:
        return None
    if isinstance(salary, int | float):
        salary = str(salary)
    return read_pay(str(salary), pay_field=True)


def _schema_salary(base: Mapping[str, Any]) -> PayRange | None:
    value = base.get("value")
    currency = str(base.get("currency") or "USD").upper()
    if isinstance(value, Mapping):
        low = value.get("minValue", value.get("value"))
        high = value.get("maxValue", low)
        unit = str(value.get("unitText") or base.get("unitText") or "YEAR")
    else:
        low = high = value
        unit = str(base.get("unitText") or "YEAR")
    if low is None:
        return None
    period = {"HOUR": "hour", "MONTH": "month"}.get(unit.upper(), "year")
    text = f"{currency} {low} - {high} per {period}"
    return PayRange(Decimal(str(low)), Decimal(str(high)), currency, period, text)


def _job_posting(block: str) -> Mapping[str, Any] | None:
    try:
        data = json.loads(block)
    except ValueError:
        return None
    items = data if isinstance(data, list) else [data, *data.get("@graph", [])]
    for item in items:
        if isinstance(item, Mapping) and "JobPosting" in str(item.get("@type")):
            return item
    return None


_FRONT_MATTER = compiled(r"(?s)\A\s*---\n(.*?)\n---\s*\n(.*)\Z")


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and not line.startswith((" ", "-")) and value.strip():
            fields[key.strip().lower()] = value.strip().strip("'\"")
    return fields, match.group(2)


_LABELLED = {
    names: compiled(_LABEL.format(names=names), re.IGNORECASE)
    for names in (_TITLE_LABELS, _COMPANY_LABELS, _LOCATION_LABELS, _LEVEL_LABELS)
}


def _labelled(lines: list[str], names: str) -> str | None:
    """The value after "Name:" on the same line, or on the next line when the label ends it."""
    pattern = _LABELLED[names]
    for i, line in enumerate(lines):
        match = pattern.match(line)
        if match is None:
            continue
        value = match.group("value").strip(" *_")
        if not value:
            value = next((ln for ln in lines[i + 1 : i + 3] if ln), "")
        if value and len(value) <= 160:
            return value
    return None


def _title_line(lines: list[str]) -> str | None:
    """The first short line that reads as a job title (a heading wins)."""
    short = [ln.lstrip("#").strip() for ln in lines if 3 <= len(ln.lstrip("#").strip()) <= 90]
    headings = [ln.lstrip("#").strip() for ln in lines if ln.startswith("#")]
    for pool in (headings, short):
        for line in pool[:40]:
            if _ROLE_WORDS.search(line) and not line.endswith((".", ":")):
                return line
    return short[0] if short else None


_ELEMENTS = {name: compiled(rf"(?is)<{name}\b[^>]*>(.*?)</{name}>") for name in ("h1", "title")}


def _tag(page: str, name: str) -> str | None:
    match = _ELEMENTS[name].search(page)
    if not match:
        return None
    from html import unescape

    text = " ".join(unescape(_TAG.sub(" ", match.group(1))).split())
    return text or None


_SITE_NAME = compiled(r'(?i)<meta[^>]+content="([^"]+)"[^>]+property="og:site_name"')
_SITE_NAME_AFTER = compiled(r'(?i)<meta[^>]+property="og:site_name"[^>]+content="([^"]+)"')
_JOIN = compiled(r"^(?:join|careers at|jobs at|work at)\s+(?:the\s+)?", re.I)


def _site_name(page: str) -> str | None:
    match = _SITE_NAME.search(page)
    match = match or _SITE_NAME_AFTER.search(page)
    if not match:
        return None
    from html import unescape

    name = unescape(match.group(1)).strip()
    return _JOIN.sub("", name)


_GS_GRADE = compiled(r"\bGS-?\s?(\d{1,2})(?!\d)")


def _grade(body: str) -> str | None:
    """A US federal grade ("hiring for GS-15", "GS-14 Step 1") or a Canadian federal
    classification ("classified as IT-04", "EC-05") stated in the text."""
    match = _GS_GRADE.search(body)
    if match:
        return f"GS-{int(match.group(1))}"
    match = _CANADIAN_GROUP.search(body)
    return f"{match.group(1)}-0{match.group(2)}" if match else None


def level_of(text: str | None) -> str | None:
    if not text:
        return None
    match = _LEVEL.search(text)
    return _short_level(match.group(1)) if match else None


_GS_LEVEL = compiled(r"GS-?\s?(\d{1,2})", re.IGNORECASE)


def _short_level(level: str | None) -> str | None:
    """ "GS15" as "GS-15", "Sr." as "Senior": one spelling per level word."""
    if not level:
        return None
    grade = _GS_LEVEL.fullmatch(level.strip())
    if grade:
        return f"GS-{int(grade.group(1))}"
    words = {"sr": "Senior", "sr.": "Senior", "jr": "Junior", "jr.": "Junior"}
    return words.get(level.strip().lower(), level.strip())


def _named(company: str | None) -> str | None:
    """A header's employer, None when it names a job instead ("Data Engineer - Austin, TX")."""
    return None if company is None or _ROLE_WORDS.search(company) else company


_MARKDOWN_LINK = compiled(r"\[([^\]]*)\]\([^)]*\)")


def _clean(value: str | None) -> str | None:
    if value is None or "{{" in str(value) or "{%" in str(value):  # a template's placeholder
        return None
    text = _MARKDOWN_LINK.sub(r"\1", str(value))  # markdown links
    text = " ".join(text.replace("**", "").replace("__", "").split()).strip(" -|:;,")
    return text[:200] or None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)


def _organisation(value: Any) -> str | None:
    if isinstance(value, Mapping):
        return _text(value.get("name"))
    return _text(value)


def _place(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, Mapping):
        inner = value.get("address", value)
        if isinstance(inner, Mapping):
            keys = ("city", "addressLocality", "region", "addressRegion", "countryCode")
            parts = [str(inner[k]) for k in keys if inner.get(k)]
            parts += [] if parts else [str(inner.get("addressCountry") or "")]
            return ", ".join(p for p in parts if p) or None
        return _text(inner)
    return _text(value)
