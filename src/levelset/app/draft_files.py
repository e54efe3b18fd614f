"""A negotiation draft ready to send: any saved version (the latest unless asked) as a message
file the mail program opens as an unsent draft (.eml), or as plain text. The file says which
version it is (its name, and in a message a header), so an earlier version sent or kept can be
told from the latest. levelset sends nothing itself."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.message import EmailMessage

from levelset.app.workspace import Workspace
from levelset.errors import NotFound

VERSION_HEADER = "X-Levelset-Draft"


@dataclass(frozen=True)
class DraftFile:
    """One draft's version (`version` None: a fresh draft, not saved yet) and how many
    versions of its kind are kept."""

    company: str
    kind: str
    subject: str | None
    body: str
    version: int | None
    of: int = 0  # versions kept of this kind
    origin: str = "not saved yet"  # generated or edited
    saved_at: dt.datetime | None = None

    @property
    def which(self) -> str:
        """ "counter for Acme, version 2 of 3 (edited, saved 2026-12-04 10:20 UTC)"."""
        head = f"{self.kind} for {self.company}"
        if self.version is None:
            return f"{head}, not saved yet (a fresh draft)"
        when = f", saved {self.saved_at:%Y-%m-%d %H:%M} UTC" if self.saved_at else ""
        return f"{head}, version {self.version} of {self.of} ({self.origin}{when})"

    def filename(self, suffix: str) -> str:
        stem = re.sub(r"[^A-Za-z0-9]+", "-", f"{self.company}-{self.kind}").strip("-").lower()
        tail = f"v{self.version}" if self.version is not None else "unsaved"
        return f"{stem or 'draft'}-{tail}.{suffix}"

    def eml(self) -> str:
        """An unsent message (no recipient: the user fills it in their mail program)."""
        message = EmailMessage()
        message["Subject"] = self.subject or ""
        message["X-Unsent"] = "1"  # mail programs open it as a draft to edit and send
        message[VERSION_HEADER] = self.which  # which version this is; not part of the text
        message.set_content(self.body)
        return message.as_string()

    def text(self) -> str:
        head = f"Subject: {self.subject}\n\n" if self.subject else ""
        return f"{head}{self.body.rstrip()}\n"


def draft_file(ws: Workspace, company: str, kind: str, version: int | None = None) -> DraftFile:
    """One draft of a negotiation: the saved `version`, or the latest one (a fresh draft when
    none is saved); NotFound for an unknown kind, negotiation or version."""
    from levelset.app.drafting import draft_history, fresh_draft
    from levelset.negotiation.drafts import DraftKind

    kinds = [k.value for k in DraftKind]
    if kind not in kinds:
        raise NotFound(f"no draft kind {kind!r}", hint=f"kinds: {', '.join(kinds)}")
    kept = draft_history(ws, company, kind)
    if version is None and not kept:
        made = fresh_draft(ws, company, kind)
        return DraftFile(company, kind, made.subject, made.body, None)
    chosen = kept[-1] if version is None else next((d for d in kept if d.version == version), None)
    if chosen is None:
        saved = f"versions 1 to {len(kept)}" if kept else "none is saved yet"
        raise NotFound(f"no version {version} of the {kind} draft for {company}", hint=saved)
    draft = chosen.draft
    return DraftFile(company, kind, draft.subject, draft.body, chosen.version, len(kept),
                     chosen.origin, chosen.created_at)  # fmt: skip
