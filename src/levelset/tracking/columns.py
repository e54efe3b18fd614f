"""The columns a tracking spreadsheet may have, and the other names people give them."""

from __future__ import annotations

from levelset.patterns import compiled

# One row per application (the sheet most job seekers keep): follow-ups are dated columns.
APPLICATION_COLUMNS: dict[str, tuple[str, ...]] = {
    "company": ("company", "company_name", "employer", "organization", "organisation", "org"),
    "role": (
        "role",
        "title",
        "job_title",
        "position",
        "job",
        "role_title",
        "job_position",
        "position_title",
        "job_name",
    ),
    "date": (
        "date",
        "date_applied",
        "applied",
        "applied_on",
        "application_date",
        "applied_date",
        "date_sent",
        "sent_on",
        "sent",
        "date_of_application",
    ),
    "type": ("type", "attempt_type", "application_type"),
    "channel": ("channel", "source", "via", "how_applied", "how", "applied_via"),
    "resume_version": (
        "resume_version",
        "resume",
        "cv",
        "cv_version",
        "resume_used",
        "resume_name",
    ),
    "variant": (
        "variant",
        "message_variant",
        "message",
        "template",
        "pitch",
        "cover_letter",
        "outreach_variant",
    ),
    "response_date": (
        "response_date",
        "replied_on",
        "reply_date",
        "heard_back",
        "heard_back_on",
        "response_on",
        "first_response",
        "date_of_response",
    ),
    "response": ("response", "reply", "response_type", "outcome", "response_outcome"),
    "interview_date": (
        "interview_date",
        "interview",
        "interviewed_on",
        "first_interview",
        "screen_date",
        "date_of_interview",
    ),
    "interview_stage": ("interview_stage", "interview_type", "interview_round"),
    "status": (
        "status",
        "stage",
        "current_status",
        "application_status",
        "list",
        "pipeline_stage",
        "state",
    ),
    "status_date": (
        "status_date",
        "updated",
        "last_updated",
        "date_updated",
        "updated_at",
        "modified",
        "last_modified",
        "status_updated",
    ),
    "offer_date": ("offer_date", "offer", "offered_on", "date_of_offer"),
    "rejection_date": ("rejection_date", "rejected", "rejected_on", "rejection"),
    "withdrawal_date": ("withdrawal_date", "withdrawn", "withdrew", "withdrawn_on"),
    "negotiation_id": ("negotiation_id", "negotiation", "negotiation_record"),
    "note": ("note", "notes", "comments", "comment"),
}

# One row per event: what `levelset track export --format csv` writes.
EVENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "kind": ("kind", "event", "event_kind", "event_type"),
    "date": ("date", "event_date", "on"),
    "application": ("application", "ref", "application_ref", "follows"),
    "company": APPLICATION_COLUMNS["company"],
    "role": APPLICATION_COLUMNS["role"],
    "channel": APPLICATION_COLUMNS["channel"],
    "resume_version": APPLICATION_COLUMNS["resume_version"],
    "variant": APPLICATION_COLUMNS["variant"],
    "outcome": ("outcome", "result", "response"),
    "stage": ("stage", "interview_stage"),
    "negotiation_id": APPLICATION_COLUMNS["negotiation_id"],
    "note": APPLICATION_COLUMNS["note"],
    "id": ("id",),
}

REQUIRED = {"applications": ("company", "date"), "events": ("kind", "date")}
EMPTY = {"", "-", "n/a", "na", "none", "null", "—"}


_NOT_ALNUM = compiled(r"[^a-z0-9]+")


def normalise(header: str) -> str:
    """'Date Applied ' -> 'date_applied'."""
    return _NOT_ALNUM.sub("_", header.strip().lower()).strip("_")


def map_columns(
    headers: list[str], table: dict[str, tuple[str, ...]]
) -> tuple[dict[str, str], list[str]]:
    """(canonical name -> header as written, headers we do not know); first match wins."""
    by_alias = {alias: name for name, aliases in table.items() for alias in aliases}
    mapping: dict[str, str] = {}
    unknown: list[str] = []
    for header in headers:
        name = by_alias.get(normalise(header))
        if name is None:
            if header.strip():
                unknown.append(header)
        elif name not in mapping:
            mapping[name] = header
    return mapping, unknown


def chosen(
    overrides: dict[str, str], headers: list[str], table: dict[str, tuple[str, ...]]
) -> dict[str, str]:
    """The user's own mapping (levelset name -> header as written), checked against the file.

    An unknown name or a header the file lacks is an InputError listing what there is.
    """
    from levelset.errors import InputError

    by_norm = {normalise(h): h for h in headers}
    found: dict[str, str] = {}
    for name, header in overrides.items():
        if name not in table:
            known = ", ".join(table)
            raise InputError(f"{name!r} is not a column levelset reads", hint=f"one of: {known}")
        written = by_norm.get(normalise(header))
        if written is None:
            listed = ", ".join(headers)
            raise InputError(f"no column {header!r} in the file", hint=f"its columns: {listed}")
        found[name] = written
    return found


def parse_pairs(pairs: list[str]) -> dict[str, str]:
    """ "role=Job Position" pairs as a mapping; InputError for a pair without '='."""
    from levelset.errors import InputError

    found: dict[str, str] = {}
    for pair in pairs:
        name, sep, header = pair.partition("=")
        if not sep or not name.strip() or not header.strip():
            raise InputError(f"{pair!r} is not NAME=COLUMN", hint="e.g. --map role='Job Position'")
        found[name.strip().lower()] = header.strip()
    return found


SAVED_JOBS = {"saved_date", "job_url", "job_title", "company_name"}


def detect_format(headers: list[str]) -> str:
    """'events' when the sheet has a kind column, else 'applications'."""
    names = {normalise(h) for h in headers}
    return "events" if names & set(EVENT_COLUMNS["kind"]) else "applications"
