"""The arguments each write compiled ahead is run with by tests/store/test_prepared_writes.py,
which compares the shipped SQL with what SQLAlchemy sends: every declared write is named here,
in an order that keeps the database's references (a source before its items)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from levelset.store.clients import RECORD_TABLES

NOW = dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC)
DAY = dt.date(2026, 11, 2)
PROFILE = {
    f"new_{c}": v
    for c, v in (
        ("name", "Ada"),
        ("target_title", None),
        ("target_band", "staff"),
        ("locations", '["Seattle"]'),
        ("track", "ic"),
        ("positioning", None),
        ("current_base", 150_000),
        ("currency", "USD"),
        ("updated_at", NOW),
    )
}
_EXPERIMENT: dict[str, Any] = {
    "name": "subject",
    "change": "a shorter subject",
    "start": DAY,
    "design": "before_after",
    "field": "variant",
    "baseline": "",
    "candidate": "",
    "metric": "responded",
    "window_days": 28,
    "wait_days": 14,
    "status": "open",
    "closed_on": None,
    "verdict": None,
    "created_at": NOW,
}
# The arguments each write is run with here, in this order (a source before its items).
ARGUMENTS: dict[str, dict[str, Any]] = {
    "proof.add_source": {
        "name": "cv.md",
        "channel": "resume",
        "digest": "0" * 64,
        "document": "{}",
        "imported_at": NOW,
    },
    "proof.add_item": {"source_id": 1, "kind": "story", "ordinal": 0, "data": "{}"},
    "proof.drop_items": {"source_id": 1},
    "proof.drop_source": {"source_id": 1},
    "proof.add_correction": {"source": "cv.md", "data": "{}", "created_at": NOW},
    "proof.drop_correction": {"id": 1},
    "proof.drop_corrections_of": {"source": "cv.md"},
    "proof.drop_every_correction": {},
    "proof_analysis.forget": {},
    "proof.forget_analysis": {},
    "proof_analysis.keep": {"inputs": "a" * 64, "data": "{}", "made_at": NOW},
    "market_evidence.add_posting": {
        "company": "Acme",
        "title": "ML Engineer",
        "level": "Senior",
        "location": "Austin, TX",
        "pay_min": "85.50",
        "pay_max": "97.25",
        "currency": "USD",
        "period": "hour",
        "pay_text": "$85.50 - $97.25/hr",
        "format": "text",
        "source": "posting.txt",
        "seen_on": DAY,
        "created_at": NOW,
    },
    "market_evidence.add_comp": {
        "company": "Initech",
        "title": "Staff ML Engineer",
        "level": None,
        "location": None,
        "base": "231000.50",
        "bonus": "20000",
        "equity": None,
        "currency": "EUR",
        "seen_on": DAY,
        "source": "recruiter band",
        "note": "verbal",
        "created_at": NOW,
    },
    "market_evidence.drop_posting": {"id": 1},
    "market_evidence.drop_comp": {"id": 1},
    "offers.add": {
        "number": 1,
        "company": "Contoso",
        "currency": "USD",
        "base": "150000",
        "document": "{}",
        "source_file": None,
        "created_at": NOW,
    },
    "offers.drop": {"id": 1},
    "profile.add": PROFILE,
    "profile.update": {**PROFILE, "new_name": "Grace"},
    "plan.add": {"start": DAY, "focus": "salary", "data": "{}", "created_at": NOW},
    "plan.add_answers": {
        "plan_id": 1,
        "week": 2,
        "changed": "a shorter subject",
        "next_test": "two follow-ups",
        "answered_at": NOW,
    },
    "plan.drop_answers": {"plan_id": 1, "week": 2},  # after: one review a week of a plan
    "plan.tick": {"plan_id": 1, "item_id": "1.1", "ticked_at": NOW},
    "plan.untick": {"plan_id": 1, "item_id": "1.1"},
    "offers.add_rate": {
        "currency": "EUR",
        "usd_per_unit": "1.08",
        "as_of": dt.date(2026, 11, 2),
        "source": "a bank",
        "recorded_at": NOW,
    },
    "tracking.add_event": {
        "kind": "application",
        "date": DAY,
        "ref": "Contoso / MLE / 2026-11-02",
        "company": "Contoso",
        "role": "MLE",
        "channel": None,
        "resume_version": "",
        "variant": "short",
        "outcome": None,
        "stage": "",
        "negotiation_id": "",
        "note": "",
        "source": "a test",
        "created_at": NOW,
    },
    "tracking.set_note": {"event_id": 1, "new_note": "contacts: Ann"},
    "tracking.drop_event": {"id": 1},
    "tracking.drop_attempt": {"id": 1, "ref": "Contoso / MLE / 2026-11-02"},
    "tracking.add_experiment": _EXPERIMENT,
    "tracking.close_experiment": {
        "experiment": "subject",
        "new_status": "closed",
        "new_closed_on": DAY,
        "new_verdict": "keep",
        "new_result": "{}",
    },
    "tracking.add_score": {
        "scored_on": DAY,
        "score": 71,
        "stage": "offer",
        "company": "Contoso",
        "label": "a",
        "components": "{}",
        "created_at": NOW,
    },
    "negotiations.add": {"company": "Northwind", "company_key": "northwind", "created_at": NOW},
    "negotiations.add_event": {
        "negotiation_id": 1,
        "seq": 1,
        "kind": "initial_offer",
        "occurred_on": DAY,
        "note": "",
        "offer_document": "{}",
        "verbal": True,
        "step": None,
        "corrects": None,
        "data": None,
        "recorded_at": NOW,
    },
    "negotiations.add_draft": {
        "negotiation_id": 1,
        "kind": "counter",
        "version": 1,
        "subject": "Re: offer",
        "body": "Thank you.",
        "origin": "generated",
        "created_at": NOW,
    },
    "practice.add": {
        "negotiation_id": 1,
        "kind": "negotiation",
        "company": "Northwind",
        "score": 3,
        "practised_on": DAY,
        "data": "{}",
        "created_at": NOW,
        "session_id": None,
    },
    "practice.drop": {"id": 1},
    "removal.unlink_practice": {"record": 1},
    "removal.drop_drafts": {"id": 1},
    "removal.drop_events": {"id": 1},
    "removal.drop_negotiation": {"id": 1},
    "removal.put_back_experiment": {
        **{k: v for k, v in _EXPERIMENT.items() if k != "name"},
        "name": "opener",
        "result": "{}",
    },
    "removal.drop_experiment": {"name": "opener"},
    "clients.add": {
        "name": "Grace Hopper",
        "name_key": "grace hopper",
        "email": None,
        "note": None,
        "cohort": "spring",
        "created_at": NOW,
    },
    "clients.set_archived_on": {"client": 1, "new_archived_on": DAY},
    "clients.set_cohort": {"client": 1, "new_cohort": "autumn"},
    "clients.set_next_checkin": {"client": 1, "new_next_checkin": DAY},
    "clients.add_note": {"written_on": DAY, "text": "prepared the counter", "created_at": NOW},
    "clients.drop": {"id": 3},  # Grace, after the test's two clients (3 again in each turn)
    "accounts.add_organisation": {"name": "Acme", "created_at": NOW},
    "accounts.add_email": {"email_key": "", "org_id": 1},  # the key: the turn's number
    "accounts.add_user": {
        "email": "a@example.com",
        "email_key": "",
        "name": "Ada",
        "role": "admin",
        "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",
        "client_id": None,
        "failed_logins": 0,
        "created_at": NOW,
    },
    "accounts.remove_empty_organisation": {"org": 999},  # none such: nothing removed
    # last: each turn ends with the owner's records erased, children first
    **{f"records.erase_{name}": {} for name in reversed(RECORD_TABLES)},
}
# Arguments that follow the turn (the user, a client, a client of another tenant): a number
# each turn makes anew. (A negotiation is 1 in every turn: the last turn's was deleted, and
# SQLite gives the next row the highest key + 1.)
_TURNED = {
    "offers.add": ("number",),
    "accounts.add_email": ("email_key",),  # an address is taken once in a database
    "accounts.add_user": ("email_key",),
}


def arguments(name: str, turn: int) -> dict[str, Any]:
    """The arguments of write `name` in turn 0, 1 or 2."""
    return ARGUMENTS[name] | dict.fromkeys(_TURNED.get(name, ()), turn + 1)
