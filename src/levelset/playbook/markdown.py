"""The playbook as Markdown (charts left out: Markdown has no inline SVG everywhere)."""

from __future__ import annotations

from levelset.playbook.model import (
    QA,
    Block,
    Bullets,
    Chart,
    Checklist,
    Paragraph,
    Playbook,
    Quote,
    Table,
)


def to_markdown(book: Playbook) -> str:
    """Markdown text of the whole playbook."""
    lines = [f"# {book.title}", "", f"*{book.subtitle} · made on {book.made_on.isoformat()}*", ""]
    for section in book.sections:
        lines += [f"## {section.title}", ""]
        for block in section.blocks:
            lines += _block(block) + [""]
    lines += ["## Sources", ""] + [f"- {s}" for s in book.sources] + [""]
    return "\n".join(lines)


def _block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Bullets):
        return [f"- {item}" for item in block.items]
    if isinstance(block, Checklist):
        return [
            f"- [{'x' if c.passed else ' '}] {c.text}" + (f" — {c.evidence}" if c.evidence else "")
            for c in block.items
        ]
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Chart):
        return [f"*Chart: {block.caption}* (see the HTML or PDF playbook)"]
    if isinstance(block, Quote):
        return [f"> {line}" for line in block.text.splitlines()]
    assert isinstance(block, QA)
    return [f"**{block.question}**", "", block.answer]


def _table(table: Table) -> list[str]:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return [row(table.header), row(tuple("---" for _ in table.header))] + [
        row(r) for r in table.rows
    ]
