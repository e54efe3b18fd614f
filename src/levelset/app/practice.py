"""Practice use cases: a mock negotiation call built from the stored record and proof, the
interview story drill and the peer-feedback sheet; every session is kept with its record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from levelset.app.workspace import Workspace
from levelset.errors import Conflict
from levelset.negotiation import EventKind, Lever, NegotiationRecord

if TYPE_CHECKING:
    # the mock call's modules load where a session is played: the plan and the playbook only
    # read the kept sessions (issue 15)
    from levelset.plan.peer import PeerHeard
    from levelset.practice import Case, Move, Session, Settings, Turn
    from levelset.store.practice import StoredPractice
    from levelset.tracking.practice import PracticePoint

_BASE_LEVERS = {Lever.BASE}


def practice_case(ws: Workspace, company: str) -> Case:
    """The user's own case for `company`: offer, anchor and its basis, competing offers,
    deadline, and the strongest proven bullets."""
    from levelset.app.drafting import proven_outcomes
    from levelset.app.negotiation import anchor_for, list_records, load_record
    from levelset.negotiation import anchor_from_dict
    from levelset.practice import Case

    record = load_record(ws, company)
    offer = record.current_offer
    if offer is None:
        raise Conflict(f"no offer logged for {record.company} yet: log one before practising")
    data = record.anchor_data
    anchor = anchor_from_dict(dict(data)) if data else anchor_for(ws, offer, market=False).anchor
    deadline = record.last(EventKind.DEADLINE)
    return Case(
        company=record.company,
        currency=offer.currency,
        offer_base=offer.base,
        anchor=anchor.anchor.amount,
        basis=anchor.anchor.cited or "",  # said to the recruiter: no caveat meant for the user
        competing=_competing(record, list_records(ws)),
        deadline=deadline.on if deadline else None,
        proof=proven_outcomes(ws.store, 3),
        levers=tuple(a.lever.wording for a in anchor.asks if a.lever not in _BASE_LEVERS),
    )


def _competing(record: NegotiationRecord, records: Sequence[NegotiationRecord]) -> tuple[str, ...]:
    from levelset.money import format_money

    found = []
    for other in records:
        offer = other.current_offer
        if other.company != record.company and offer is not None and not other.closed:
            found.append(f"{other.company}: {format_money(offer.base, offer.currency)} base")
    return tuple(found)


def settings(difficulty: str = "normal", seed: int = 0) -> Settings:
    from levelset.practice import Settings, parse_difficulty

    return Settings(parse_difficulty(difficulty), seed)


def first_turn(ws: Workspace, company: str, difficulty: str = "normal", seed: int = 0) -> Turn:
    """The recruiter's opening line for a live session."""
    from levelset.practice import next_turn

    return next_turn(practice_case(ws, company), settings(difficulty, seed), ())


@dataclass(frozen=True)
class Rehearsed:
    """A finished session and the row it was kept as (None when not saved)."""

    session: Session
    kept: StoredPractice | None

    def to_dict(self) -> dict[str, Any]:
        return self.session.to_dict() | {"kept": self.kept.to_dict() if self.kept else None}


def rehearse_negotiation(
    ws: Workspace,
    company: str,
    answers: Sequence[str],
    *,
    difficulty: str = "normal",
    seed: int = 0,
    save: bool = True,
) -> Rehearsed:
    """Run the whole mock call from the user's answers (one per recruiter line), and keep it."""
    from levelset.practice import rehearse

    session = rehearse(practice_case(ws, company), settings(difficulty, seed), answers)
    return Rehearsed(session, keep_session(ws, session) if save else None)


def keep_page_session(
    ws: Workspace,
    company: str,
    answers: Sequence[str],
    *,
    difficulty: str = "normal",
    seed: int = 0,
) -> Rehearsed:
    """Keep a call finished on the web page: the same session `practice negotiation` keeps."""
    from levelset.errors import InputError

    if not any(a.strip() for a in answers):
        raise InputError("answer: a session to keep needs at least one answer")
    return rehearse_negotiation(ws, company, answers, difficulty=difficulty, seed=seed)


def keep_session(ws: Workspace, session: Session) -> StoredPractice:
    """Store a finished mock call with its negotiation record (and its score for metrics);
    the same call kept again the same day is the same session: kept once (`already_kept`)."""
    from levelset.store.practice import add_practice

    return add_practice(
        ws.store, "negotiation", session.to_dict(), on=ws.today(), score=session.score,
        company=session.case.company, session_id=session_id(session, ws.today()),
    )  # fmt: skip


def session_id(session: Session, on: dt.date) -> str:
    """The call's identity: the company, difficulty, seed and answers given, and the day."""
    import hashlib
    import json

    settings = session.settings
    played: list[object] = [session.case.company.casefold(), settings.difficulty.value]
    played += [settings.seed, [m.answer for m in session.moves], on.isoformat()]
    return hashlib.sha256(json.dumps(played).encode()).hexdigest()[:32]


def live_move(case: Case, chosen: Settings, moves: Sequence[Move], text: str) -> Move:
    """Score one answer of a live session against the recruiter's current line."""
    from levelset.practice import answer, next_turn

    return answer(case, next_turn(case, chosen, moves), text, moves)


def practice_history(ws: Workspace, kind: str | None = None) -> list[StoredPractice]:
    """Every kept practice session (of `kind`), oldest first: scores over time."""
    from levelset.store.practice import list_practice

    return list_practice(ws.store, kind)


def practice_points(ws: Workspace) -> list[PracticePoint]:
    """Every kept rehearsal as a scored point, with the score of each part it was marked on."""
    from levelset.tracking.practice import PracticePoint

    return [
        PracticePoint(k.kind, k.on, k.score, _parts(k.kind, k.data)) for k in practice_history(ws)
    ]


def _parts(kind: str, data: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    """A mock call is marked per pushback (the mean when one repeats), a drill per story."""
    rows = data.get("moves", []) if kind == "negotiation" else data.get("stories", [])
    key = "kind" if kind == "negotiation" else "story"
    found: dict[str, list[int]] = {}
    for row in rows:
        if isinstance(row, dict) and isinstance(row.get("score"), int):
            found.setdefault(str(row.get(key)), []).append(row["score"])
    return tuple((name, round(sum(s) / len(s))) for name, s in found.items())


def practice_count(ws: Workspace) -> int:
    return len(practice_history(ws))


def story_questions(level: str) -> list[str]:
    """The questions the story drill asks for this target level."""
    from levelset.practice.stories import prompts_for

    return [p.ask for p in prompts_for(level)]


def drill_stories(
    ws: Workspace, level: str, answers: Sequence[str], *, save: bool = True
) -> dict[str, Any]:
    """Score one spoken story per question the level needs, with the bullet to borrow from."""
    from levelset.app.drafting import proven_outcomes
    from levelset.practice.stories import drill
    from levelset.store.practice import add_practice

    done = drill(level, answers, proven_outcomes(ws.store, 8))
    kept = (
        add_practice(ws.store, "stories", done.to_dict(), on=ws.today(), score=done.score)
        if save
        else None
    )
    return done.to_dict() | {"kept": kept.to_dict() if kept else None}


def peer_sheet(ws: Workspace, company: str | None = None) -> Any:
    """The one-page peer sheet: positioning, the ask (the anchor of the open negotiation)."""
    from levelset.app.profile import show_profile
    from levelset.practice.peer import PeerSheet

    profile = show_profile(ws)
    return PeerSheet(
        person=profile.name or "me",
        positioning=profile.positioning
        or "[Your one-sentence positioning: set it with levelset profile set --positioning]",
        ask=_ask(ws, company),
        made_on=ws.today(),
    )


def _ask(ws: Workspace, company: str | None) -> str:
    from levelset.app.negotiation import list_records

    open_ones = [r for r in list_records(ws) if not r.closed and r.current_offer is not None]
    chosen = [r for r in open_ones if company is None or r.company.casefold() == company.casefold()]
    if not chosen:
        return "[Your ask: log an offer and set an anchor with levelset negotiate]"
    case = practice_case(ws, chosen[-1].company)
    reason = f", based on {case.basis}" if case.basis else ""
    return f"{case.money(case.anchor)} base at {case.company}{reason}."


def write_peer_sheet(
    ws: Workspace, out: Path | None = None, company: str | None = None
) -> list[Path]:
    """Write the sheet as Markdown and PDF (to the exports folder unless `out` names a file)."""
    from levelset.playbook.render import Format, render

    book = peer_sheet(ws, company).playbook()
    base = out.with_suffix("") if out else ws.exports / f"peer-sheet-{ws.today()}"
    base.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in (Format.MD, Format.PDF):
        path = base.with_suffix(f".{fmt.value}")
        path.write_bytes(render(book, fmt))
        written.append(path)
    return written


def record_peer_answers(
    ws: Workspace, heard: str, number: str, pushback: str, company: str | None = None
) -> dict[str, Any]:
    """Keep what the peer heard, next to what was meant (the sheet's ask and positioning), for
    the plan's review; the comparison comes back at once."""
    from levelset.plan.peer import PeerHeard, check
    from levelset.practice.peer import PeerAnswers
    from levelset.store.practice import add_practice

    sheet = peer_sheet(ws, company)
    heard_now = PeerHeard(ws.today(), sheet.ask, sheet.positioning, heard, number, pushback)
    found = check(heard_now, _currency(ws, company))
    compared = PeerAnswers(heard, number, pushback).compare(sheet.ask, found.asked)
    compared |= {"number_landed": found.number_landed is True, "positioning": sheet.positioning}
    kept = add_practice(ws.store, "peer", compared, on=ws.today(), company=company)
    return compared | {"check": found, "kept": kept.to_dict()}


def peer_heard(ws: Workspace, kept: Sequence[StoredPractice]) -> tuple[PeerHeard, ...]:
    """The peer answers kept, each with the ask and positioning its sheet carried (a record
    from before positionings were kept is compared with today's)."""
    peers = [k for k in kept if k.kind == "peer"]
    if not peers:
        return ()
    today = _positioning(ws) if any("positioning" not in k.data for k in peers) else ""
    return tuple(_peer_heard(k, today) for k in peers)


def _peer_heard(kept: StoredPractice, positioning: str) -> PeerHeard:
    from levelset.plan.peer import PeerHeard

    said = {key: str(kept.data.get(key) or "") for key in ("meant", "heard", "number", "pushback")}
    return PeerHeard(
        kept.on, said["meant"], str(kept.data.get("positioning") or positioning), said["heard"],
        said["number"], said["pushback"], kept.company,
    )  # fmt: skip


def _positioning(ws: Workspace) -> str:
    from levelset.app.profile import show_profile

    return show_profile(ws).positioning or ""


def _currency(ws: Workspace, company: str | None) -> str:
    from levelset.app.negotiation import list_records

    offers = [(r.company, r.current_offer) for r in list_records(ws) if r.current_offer]
    named = [o for c, o in offers if company and c.casefold() == company.casefold()]
    chosen = named or [o for _, o in offers]
    return chosen[-1].currency if chosen else "USD"


def practice_page(
    ws: Workspace,
    company: str | None,
    answers: Sequence[str] = (),
    *,
    difficulty: str = "normal",
    seed: int = 0,
) -> dict[str, Any]:
    """The web's turn-based call: the moves so far, the recruiter's next line or the result.

    The answers travel with the page; a finished call is kept by `keep_page_session`.
    """
    from levelset.app.negotiation import list_records
    from levelset.practice import Pushback, finish, next_turn

    open_ones = [r.company for r in list_records(ws) if r.current_offer is not None]
    page: dict[str, Any] = {"companies": open_ones, "company": company, "difficulty": difficulty,
                            "seed": seed, "answers": list(answers)}  # fmt: skip
    if not company:
        return page | {"moves": [], "next": None, "session": None}
    case, chosen = practice_case(ws, company), settings(difficulty, seed)
    moves: list[Move] = []
    for text in answers:
        if next_turn(case, chosen, moves).kind is Pushback.CLOSE:
            break
        moves.append(live_move(case, chosen, moves, text))
    turn = next_turn(case, chosen, moves)
    ended = turn.kind is Pushback.CLOSE
    session = finish(case, chosen, moves).to_dict() if ended else None
    return page | {
        "moves": [m.to_dict() for m in moves],
        "next": None if ended else {"kind": turn.kind.value, "recruiter": turn.line},
        "session": session,
    }
