"""Draft use cases (fresh from the record and profile, edited by the user, versioned) and
negotiation records exported and imported."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from levelset.app.undo import Deleted, keep_for_undo
from levelset.app.workspace import Workspace
from levelset.errors import InputError
from levelset.negotiation import (
    Draft,
    DraftFacts,
    DraftKind,
    EventKind,
    NegotiationRecord,
    anchor_from_dict,
    draft,
    negotiation_outcome,
)
from levelset.negotiation.recordfile import ImportedRecord, records_from_data
from levelset.offers.textfile import read_user_text
from levelset.store import Store
from levelset.store.negotiations import StoredDraft as StoredDraft


def fresh_draft(
    ws: Workspace,
    company: str,
    kind: str,
    recruiter: str | None = None,
    outcomes: tuple[str, ...] = (),
) -> Draft:
    """A new draft of `kind` from the record's current offer and anchor and the profile."""
    from levelset.app.profile import show_profile
    from levelset.store.negotiations import load_record

    store = ws.store
    record = load_record(store, company)
    profile = show_profile(ws)
    outcomes = outcomes or proven_outcomes(store)
    data = record.anchor_data
    deadline = record.last(EventKind.DEADLINE)
    facts = DraftFacts(
        company=record.company,
        offer=record.current_offer,
        anchor=anchor_from_dict(dict(data)) if data else None,
        your_name=profile.name,
        recruiter=recruiter,
        positioning=profile.positioning,
        outcomes=outcomes,
        deadline=deadline.on if deadline else None,
    )
    return draft(kind, facts)


def anchor_note(ws: Workspace, company: str) -> str | None:
    """Why the drafts leave the anchor to fill in: the saved one is not above the current
    offer (a revised offer reached it); None when it still fits or none is saved."""
    from levelset.negotiation.drafts import anchor_behind
    from levelset.store.negotiations import load_record

    record = load_record(ws.store, company)
    data = record.anchor_data
    return anchor_behind(anchor_from_dict(dict(data)), record.current_offer) if data else None


def save_draft(
    ws: Workspace,
    company: str,
    kind: str,
    *,
    text: str | None = None,
    subject: str | None = None,
    recruiter: str | None = None,
    outcomes: tuple[str, ...] = (),
) -> StoredDraft:
    """Keep a draft as the next version of its kind: the user's `text` (edited), else a fresh
    one (generated). The same text as the latest version is not saved twice."""
    from levelset.store.negotiations import draft_versions
    from levelset.store.negotiations import save_draft as saved

    chosen = draft_kind(kind)
    if text is None:
        made, origin = fresh_draft(ws, company, chosen.value, recruiter, outcomes), "generated"
    else:
        made, origin = Draft(chosen, subject, text.strip("\n")), "edited"
    versions = draft_versions(ws.store, company, chosen.value)
    if versions and versions[-1].draft.body == made.body:
        return versions[-1]
    return saved(ws.store, company, made, origin)


def draft_history(ws: Workspace, company: str, kind: str) -> list[StoredDraft]:
    """Every saved version of one draft kind, oldest first (NotFound: no such negotiation)."""
    from levelset.store.negotiations import draft_versions

    return draft_versions(ws.store, company, draft_kind(kind).value)


def latest_drafts(ws: Workspace, company: str) -> list[tuple[Draft, StoredDraft | None]]:
    """For each kind, the latest stored version, or a fresh draft (None) when none is saved."""
    from levelset.store.negotiations import draft_versions

    found: list[tuple[Draft, StoredDraft | None]] = []
    for kind in DraftKind:
        versions = draft_versions(ws.store, company, kind.value)
        latest = versions[-1] if versions else None
        found.append((latest.draft if latest else fresh_draft(ws, company, kind.value), latest))
    return found


def proven_outcomes(store: Store, count: int = 2) -> tuple[str, ...]:
    """The user's strongest imported bullets that carry a metric, best first."""
    from rapidfuzz import fuzz

    from levelset.app.proof_analysis import kept_readings
    from levelset.proof.report import judge
    from levelset.store.proof import load_materials

    materials = load_materials(store)
    # a bullet read by an earlier command and kept (same text, same code) is not read again
    understood = kept_readings(store).of(b.text for b in materials.bullets())
    judged = judge(materials, understood)
    ranked = sorted((r for r in judged if r.features.has_metric), key=lambda r: -r.score.points)
    chosen: list[str] = []
    for report in ranked:
        text = report.bullet.text
        # The same claim often appears in the resume and on LinkedIn in slightly other words.
        if all(fuzz.token_set_ratio(text, kept) < 85 for kept in chosen):
            chosen.append(text)
    return tuple(chosen[:count])


def save_draft_file(ws: Workspace, company: str, kind: str, file: Path) -> StoredDraft:
    """The user's own text in `file` as the next version; a first line "Subject: ..." becomes
    the subject."""
    draft_kind(kind)
    text = read_user_text(file, "your edited draft as text")
    if not text.strip():
        raise InputError(f"{file}: the edited draft is empty")
    first, _, rest = text.partition("\n")
    if first.lower().startswith("subject:"):
        subject = first.split(":", 1)[1].strip()
        return save_draft(ws, company, kind, text=rest, subject=subject)
    return save_draft(ws, company, kind, text=text)


def draft_kind(kind: str) -> DraftKind:
    try:
        return DraftKind(kind.strip().lower())
    except ValueError:
        from levelset.errors import UnknownValue

        raise UnknownValue("draft", kind, [k.value for k in DraftKind]) from None


def read_records(ws: Workspace, file: Path) -> list[ImportedRecord]:
    """The records of an export file (JSON or YAML), every event checked again."""
    from levelset.app.offer_records import rates
    from levelset.offers.yamllines import parse_json_or_yaml

    text = read_user_text(file, "a JSON or YAML file from `levelset negotiate export`")
    data, _ = parse_json_or_yaml(text, file, as_json=file.suffix.lower() == ".json")
    codes = rates(ws).codes
    return records_from_data(data, source=str(file), currencies=codes, today=ws.today())


def import_records(ws: Workspace, file: Path) -> list[NegotiationRecord]:
    """Records exported earlier, checked again and stored all or nothing."""
    from levelset.store.negotiations import import_records as stored

    return stored(ws.store, read_records(ws, file))


def delete_record(ws: Workspace, company: str) -> Deleted:
    """Remove a negotiation record with its events and drafts; the kept JSON file brings it
    back with `negotiate import`."""
    from levelset.store.negotiations import load_record
    from levelset.store.removal import delete_record as remove

    record = load_record(ws.store, company)  # NotFound, with the closest names, if absent
    text = export_records(ws, "json", only=record.company)
    file = keep_for_undo(ws, "deleted-negotiation", text, suffix=".json")
    remove(ws.store, record.company)
    return Deleted(
        f"the negotiation with {record.company}", file, f"levelset negotiate import {file}"
    )


def export_records(ws: Workspace, fmt: str, *, only: str | None = None) -> str:
    """Every record (or the `only` company's) with events, drafts and outcome, as JSON or
    YAML, or its events as CSV."""
    from levelset.jsonable import to_jsonable
    from levelset.store.negotiations import draft_versions, list_records

    store = ws.store
    records = [r for r in list_records(store) if only is None or r.company == only]
    if fmt == "csv":
        return _events_csv(records)
    data = []
    for record in records:
        drafts = [d.draft.to_dict() | d.to_dict() for d in draft_versions(store, record.company)]
        outcome = negotiation_outcome(record).to_dict()
        data.append(record.to_dict() | {"drafts": drafts, "outcome": outcome})
    plain = to_jsonable({"negotiations": data})
    if fmt == "json":
        return json.dumps(plain, indent=2, ensure_ascii=False) + "\n"
    if fmt == "yaml":
        import yaml

        return str(yaml.safe_dump(plain, sort_keys=False, allow_unicode=True))
    raise InputError(f"format: {fmt!r} is not one of json, yaml, csv")


def _events_csv(records: list[NegotiationRecord]) -> str:
    columns = ["company", "seq", "kind", "date", "verbal", "step", "corrects", "note", "base"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for record in records:
        for event in record.events:
            row: dict[str, Any] = {
                "company": record.company,
                "seq": event.seq,
                "kind": event.kind.value,
                "date": event.on.isoformat(),
                "verbal": event.verbal,
                "step": event.step.value if event.step else "",
                "corrects": event.corrects or "",
                "note": event.note or "",
                "base": event.offer.base if event.offer else "",
            }
            writer.writerow(row)
    return buffer.getvalue()
