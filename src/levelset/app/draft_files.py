"""A negotiation draft ready to send: its latest version as a message file the mail program
opens as an unsent draft (.eml), or as plain text. levelset sends nothing itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage

from levelset.app.workspace import Workspace
from levelset.errors import NotFound


@dataclass(frozen=True)
class DraftFile:
    """One draft's latest version (None: a fresh draft, not saved yet)."""

    company: str
    kind: str
    subject: str | None
    body: str
    version: int | None

    def filename(self, suffix: str) -> str:
        stem = re.sub(r"[^A-Za-z0-9]+", "-", f"{self.company}-{self.kind}").strip("-").lower()
        return f"{stem or 'draft'}.{suffix}"

    def eml(self) -> str:
        """An unsent message (no recipient: the user fills it in their mail program)."""
        message = EmailMessage()
        message["Subject"] = self.subject or ""
        message["X-Unsent"] = "1"  # mail programs open it as a draft to edit and send
        message.set_content(self.body)
        return message.as_string()

    def text(self) -> str:
        head = f"Subject: {self.subject}\n\n" if self.subject else ""
        return f"{head}{self.body.rstrip()}\n"


def draft_file(ws: Workspace, company: str, kind: str) -> DraftFile:
    """The latest version of one draft of a negotiation; NotFound for an unknown kind or
    negotiation."""
    from levelset.app.drafting import latest_drafts
    from levelset.negotiation.drafts import DraftKind

    kinds = [k.value for k in DraftKind]
    if kind not in kinds:
        raise NotFound(f"no draft kind {kind!r}", hint=f"kinds: {', '.join(kinds)}")
    for draft, stored in latest_drafts(ws, company):
        if draft.kind.value == kind:
            version = stored.version if stored else None
            return DraftFile(company, kind, draft.subject, draft.body, version)
    raise NotFound(f"no {kind} draft for {company}")  # pragma: no cover - every kind is drafted
