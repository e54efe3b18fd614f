"""Playbook use cases: the personal guide from the workspace's records, in md, html or pdf."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from levelset.app.workspace import Workspace

if TYPE_CHECKING:
    from levelset.playbook.model import Playbook
    from levelset.playbook.render import Format


@dataclass(frozen=True)
class RenderedPlaybook:
    """A playbook, the format it was rendered in, and its bytes."""

    book: Playbook
    format: Format
    data: bytes

    @property
    def name(self) -> str:
        return f"levelset-playbook-{self.book.topic.value}.{self.format.value}"


def playbook(ws: Workspace, topic: str | None = None) -> Playbook:
    """The playbook for a topic (salary by default) over the current plan, or a fresh one."""
    from levelset.app.plan_inputs import gather
    from levelset.playbook.personal import parse_topic, personal_playbook
    from levelset.store.plan import current_plan_id, load_plan

    chosen = parse_topic(topic)
    current = load_plan(ws.store)[1] if current_plan_id(ws.store) is not None else None
    return personal_playbook(gather(ws), current, chosen, ws.today())


def render_playbook(
    ws: Workspace, topic: str | None = None, fmt: str = "md", fallback_font: str | None = None
) -> RenderedPlaybook:
    """The playbook as Markdown, a self-contained HTML page or a PDF.

    `fallback_font` (a .ttf path the door reads from LEVELSET_PDF_FALLBACK_FONT) is tried
    first for characters the shipped PDF font lacks.
    """
    from levelset.playbook.render import parse_format, render

    chosen = parse_format(fmt)
    book = playbook(ws, topic)
    return RenderedPlaybook(book, chosen, render(book, chosen, fallback_font))


def export_playbook(
    ws: Workspace,
    topic: str | None = None,
    fmt: str = "md",
    output: Path | None = None,
    fallback_font: str | None = None,
) -> tuple[Path, RenderedPlaybook]:
    """Write the rendered playbook to `output` (default: the exports folder)."""
    from levelset.app.exports import write_export

    made = render_playbook(ws, topic, fmt, fallback_font)
    return write_export(output or ws.exports / made.name, made.data), made
