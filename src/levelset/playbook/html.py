"""The playbook as one self-contained HTML page: inline CSS and inline SVG, no external files."""

from __future__ import annotations

import re
from html import escape

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

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2937;max-width:46rem;
margin:2rem auto;padding:0 1rem;line-height:1.55}
h1{font-size:1.9rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;
border-bottom:1px solid #e5e7eb;padding-bottom:.2rem}
.sub{color:#6b7280;margin-top:0}code{background:#f3f4f6;padding:0 .25rem;border-radius:3px}
blockquote{border-left:4px solid #2563eb;background:#eff6ff;margin:1rem 0;padding:.6rem 1rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #e5e7eb;
padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f9fafb}
ul.proof-checks{list-style:none;padding-left:0}ul.proof-checks li{margin:.3rem 0}
.pass{color:#15803d;font-weight:bold}.fail{color:#b91c1c;font-weight:bold}
.ev{color:#6b7280}figure{margin:1rem 0}figcaption{color:#6b7280;font-size:.85rem}
dt{font-weight:bold;margin-top:.8rem}dd{margin-left:0}svg{max-width:100%;height:auto}
"""


def to_html(book: Playbook) -> str:
    """A complete HTML document of the playbook."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(book.title)} · {escape(book.person)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>{escape(book.title)}</h1>",
        f'<p class="sub">{escape(book.subtitle)} · made on {book.made_on.isoformat()}</p>',
    ]
    for section in book.sections:
        parts.append(f'<section id="{section.key}"><h2>{escape(section.title)}</h2>')
        parts += [_block(b) for b in section.blocks]
        parts.append("</section>")
    parts.append("<section><h2>Sources</h2><ul>")
    parts += [f"<li>{inline(s)}</li>" for s in book.sources]
    parts.append("</ul></section></body></html>")
    return "\n".join(parts)


def inline(text: str) -> str:
    """Escaped text with `commands` shown as code."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escape(text))


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{inline(block.text)}</p>"
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{inline(i)}</li>" for i in block.items) + "</ul>"
    if isinstance(block, Checklist):
        return (
            '<ul class="proof-checks">'
            + "".join(_check(c.passed, c.text, c.evidence) for c in block.items)
            + "</ul>"
        )
    if isinstance(block, Table):
        head = "".join(f"<th>{escape(h)}</th>" for h in block.header)
        rows = "".join(
            "<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>" for row in block.rows
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    if isinstance(block, Chart):
        return f"<figure>{block.svg}<figcaption>{inline(block.caption)}</figcaption></figure>"
    if isinstance(block, Quote):
        return f"<blockquote>{inline(block.text)}</blockquote>"
    assert isinstance(block, QA)
    return f"<dl><dt>{inline(block.question)}</dt><dd>{inline(block.answer)}</dd></dl>"


def _check(passed: bool, text: str, evidence: str) -> str:
    mark = '<span class="pass">✓ passed</span>' if passed else '<span class="fail">✗ open</span>'
    ev = f' <span class="ev">— {inline(evidence)}</span>' if evidence else ""
    return f"<li>{mark} {inline(text)}{ev}</li>"
