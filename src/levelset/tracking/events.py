"""Dated job-search events: applications and outreach, and what followed each of them."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from enum import StrEnum

from levelset.errors import InputError, UnknownValue
from levelset.patterns import compiled


class EventKind(StrEnum):
    APPLICATION = "application"
    OUTREACH = "outreach"
    RESPONSE = "response"
    INTERVIEW = "interview"
    OFFER = "offer"
    REJECTION = "rejection"
    WITHDRAWAL = "withdrawal"

    @property
    def is_attempt(self) -> bool:
        """Applications and outreach start a thread; every other kind follows one."""
        return self in _ATTEMPT_KINDS


_ATTEMPT_KINDS = frozenset({EventKind.APPLICATION, EventKind.OUTREACH})


class Channel(StrEnum):
    REFERRAL = "referral"
    COLD = "cold"
    RECRUITER = "recruiter"
    JOB_BOARD = "job_board"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The channel in words, as tables show it: "job board", not its key."""
        return self.value.replace("_", " ")


class Outcome(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"


KIND_ALIASES = {
    "applied": "application",
    "apply": "application",
    "app": "application",
    "message": "outreach",
    "reached out": "outreach",
    "cold message": "outreach",
    "reply": "response",
    "replied": "response",
    "heard back": "response",
    "interviewed": "interview",
    "screen": "interview",
    "onsite": "interview",
    "offered": "offer",
    "rejected": "rejection",
    "declined by company": "rejection",
    "withdrew": "withdrawal",
    "withdrawn": "withdrawal",
}
CHANNEL_ALIASES = {
    "referred": "referral",
    "ref": "referral",
    "friend": "referral",
    "network": "referral",
    "cold email": "cold",
    "cold application": "cold",
    "direct": "cold",
    "company site": "cold",
    "company website": "cold",
    "careers page": "cold",
    "website": "cold",
    "inbound": "recruiter",
    "agency": "recruiter",
    "headhunter": "recruiter",
    "recruiter reached out": "recruiter",
    "job board": "job_board",
    "jobboard": "job_board",
    "board": "job_board",
    "linkedin": "job_board",
    "linkedin easy apply": "job_board",
    "indeed": "job_board",
    "glassdoor": "job_board",
    "wellfound": "job_board",
    "angellist": "job_board",
}
OUTCOME_ALIASES = {
    "yes": "positive",
    "good": "positive",
    "interested": "positive",
    "pos": "positive",
    "+": "positive",
    "no": "negative",
    "not interested": "negative",
    "neg": "negative",
    "-": "negative",
    "declined": "negative",
    "rejected": "negative",
}


# the note of a follow-up a sheet gives no date for (a status, a ticked column): the
# application's date stands in, so it counts as a reply but never in the days to a reply
STAND_IN_DATE = "no date in the sheet: dated by the application"


@dataclass(frozen=True)
class Event:
    """One dated event. Attempts carry company, role, channel, resume version and variant;
    follow-ups name the attempt they follow by its `ref`."""

    kind: EventKind
    date: dt.date
    ref: str
    company: str = ""
    role: str = ""
    channel: Channel | None = None
    resume_version: str = ""
    variant: str = ""
    outcome: Outcome | None = None
    stage: str = ""
    negotiation_id: str = ""
    note: str = ""
    id: int | None = None

    @classmethod
    def attempt(
        cls,
        kind: EventKind,
        date: dt.date,
        company: str,
        role: str = "",
        channel: Channel | None = None,
        resume_version: str = "",
        variant: str = "",
        note: str = "",
    ) -> Event:
        """An application or outreach, keyed by its company, role and date."""
        ref = attempt_ref(company, role, date)
        return cls(kind, date, ref, company, role, channel, resume_version, variant, note=note)

    @property
    def identity(self) -> tuple[object, ...]:
        """What makes two events the same regardless of storage id, note or source: a key
        to skip re-imports with one set look-up per row."""
        return (self.kind, self.date, self.ref, self.outcome, self.stage)

    @property
    def date_stands_in(self) -> bool:
        """Whether the date is the application's, standing in for one the sheet lacked."""
        return STAND_IN_DATE in self.note

    def same_as(self, other: Event) -> bool:
        """The same event regardless of storage id, note or source (used to skip re-imports)."""
        return self.identity == other.identity

    def with_id(self, new_id: int) -> Event:
        # spelled out: dataclasses.replace costs more than the row's insert in a large import
        return Event(
            self.kind, self.date, self.ref, self.company, self.role, self.channel,
            self.resume_version, self.variant, self.outcome, self.stage, self.negotiation_id,
            self.note, new_id,
        )  # fmt: skip


def attempt_ref(company: str, role: str, date: dt.date) -> str:
    """The key of an application or outreach: company, role and date."""
    company, role, day = company.strip(), role.strip(), date.isoformat()
    if company:  # spelled out: a join over the parts left costs more than an import's row
        return f"{company} / {role} / {day}" if role else f"{company} / {day}"
    return f"{role} / {day}" if role else day


_FOUND: dict[tuple[type[StrEnum], str], str] = {}  # (enum, cell) -> value: a sheet repeats cells
_FOUND_LIMIT = 10_000
_SPACES = compiled(r"[\s_-]+")


def _lookup(what: str, value: str, enum: type[StrEnum], aliases: dict[str, str]) -> str:
    found = _FOUND.get((enum, value))
    if found is None:
        found = _resolve(what, value, enum, aliases)
        if len(_FOUND) < _FOUND_LIMIT:
            _FOUND[(enum, value)] = found
    return found


def _resolve(what: str, value: str, enum: type[StrEnum], aliases: dict[str, str]) -> str:
    key = _SPACES.sub(" ", value.strip().lower())
    names = [m.value for m in enum]
    if key.replace(" ", "_") in names:
        return key.replace(" ", "_")
    if key in aliases:
        return aliases[key]
    close = difflib.get_close_matches(key, [*names, *aliases], n=3, cutoff=0.75)
    shown = [c if c in names else f"{c} (= {aliases[c]})" for c in close]
    raise UnknownValue(what, value, shown or names)


def parse_kind(value: str) -> EventKind:
    """An event kind from its name or a common alias ("applied", "rejected", ...)."""
    return EventKind(_lookup("event kind", value, EventKind, KIND_ALIASES))


def parse_channel(value: str) -> Channel:
    """A channel from its name or a common alias ("LinkedIn" is a job board)."""
    return Channel(_lookup("channel", value, Channel, CHANNEL_ALIASES))


def parse_outcome(value: str) -> Outcome:
    return Outcome(_lookup("response", value, Outcome, OUTCOME_ALIASES))


_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%m/%d/%Y",
    "%m/%d/%y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%b %d %Y",  # the comma left out, as people type it
    "%B %d %Y",
    "%d %b %Y",
    "%d %B %Y",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%Y %H:%M",
)


_ISO_DAY = compiled(r"\d{4}-\d{2}-\d{2}")


def parse_date(value: str | dt.date) -> dt.date:
    """A date from ISO (2026-03-02), US (3/2/2026) or written (Mar 2, 2026) form."""
    if isinstance(value, dt.date):
        return value
    text = value.strip()
    if _ISO_DAY.fullmatch(text):  # the common case, without trying every format
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise InputError(f"not a date: {value!r}", hint="write dates as YYYY-MM-DD, e.g. 2026-03-02")


_EXCEL_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's serial dates (1900 system)


def parse_sheet_date(value: str) -> dt.date:
    """A spreadsheet cell's date: any form parse_date reads, or an Excel serial (46296)."""
    text = value.strip()
    if text.isdigit() and 20000 <= int(text) <= 80000:  # 1954 to 2119: a date cell as a number
        return _EXCEL_EPOCH + dt.timedelta(days=int(text))
    if text.isdigit() and len(text) in (10, 13):  # epoch seconds or milliseconds (exports, APIs)
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date()
    return parse_date(text)
