"""The terminal view of a narrative score: the message with costly spans highlighted."""

from __future__ import annotations

from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from levelset.cli.output import console
from levelset.narrative import NarrativeScore

STYLE = {"missing": "black on yellow", "weak": "bold yellow", "hedge": "bold yellow"}
COST = "bold white on red"


def render(text: str, result: NarrativeScore) -> None:
    """Print the score, the highlighted message, the components and the numbered fixes."""
    out = console()
    colour = "green" if result.score >= 75 else "yellow" if result.score >= 50 else "red"
    stage = result.stage.value if result.stage else "any step"
    out.print(
        Text.assemble(
            ("Narrative score ", "bold"),
            (f"{result.score}/100", f"bold {colour}"),
            f"  ({stage}, {result.words} words)",
        )
    )
    for note in result.notes:
        out.print(Text(f"note: {note}", style="bold yellow"))
    out.print()
    out.print(_highlighted(text, result))
    out.print()
    out.print(_components(result))
    if not result.findings:
        out.print(Text("Nothing to fix: no rule found a weak spot in this message.", style="green"))
        return
    out.print(Text("What to fix", style="bold"))
    for number, finding in enumerate(result.findings, 1):
        quote = f'"{finding.span.text}"' if finding.span.text else "(something missing here)"
        said = Text.assemble(
            (f"-{finding.points:.1f} ", "red"),
            (f"{quote} ", "italic"),
            f"line {text.count(chr(10), 0, finding.span.start) + 1}: ",
            finding.message,
        )
        row = Table.grid(padding=(0, 1, 0, 0))  # a wrapped line stays under its text
        row.add_column(no_wrap=True, min_width=4)
        row.add_column()
        row.add_row(Text(f"[{number}]", style="bold"), said)
        out.print(row)
        fix = Text(f"fix: {finding.fix}", style="green")
        out.print(Padding(fix, (0, 0, 0, 5)))


def _highlighted(text: str, result: NarrativeScore) -> Text:
    """The message with each finding's span styled and numbered like the list below it."""
    shown = Text()
    marks = sorted(enumerate(result.findings, 1), key=lambda m: (m[1].span.start, m[0]))
    cursor = 0
    for number, finding in marks:
        span = finding.span
        if span.start < cursor:  # overlapping spans: the first one keeps the highlight
            shown.append(f"[{number}]", style="bold red")
            continue
        shown.append(text[cursor : span.start])
        shown.append(span.text, style=STYLE.get(finding.kind, COST))
        shown.append(f"[{number}]", style="bold red")
        cursor = span.end
    shown.append(text[cursor:].rstrip())
    return shown


def _components(result: NarrativeScore) -> Table:
    table = Table(title="Components", show_lines=False)
    table.add_column("component")
    table.add_column("points", justify="right")
    table.add_column("of", justify="right")
    for component in result.components:
        if not component.applicable:
            continue
        style = "green" if component.earned >= component.weight - 0.05 else "yellow"
        table.add_row(
            component.label, Text(f"{component.earned:.1f}", style=style), f"{component.weight:.1f}"
        )
    return table
