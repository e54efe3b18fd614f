"""The weekly review printed: plain when Rich would write no styles, else through Rich."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from levelset.cli.workspace import as_typed

if TYPE_CHECKING:
    from rich.console import Console

TITLE = "This week's numbers (from your tracked events)"
COLUMNS = ("sent", "responses", "positive", "interviews", "offers", "response rate")
NOT_ANSWERED = "not answered yet"
HOW_TO_ANSWER = 'Answer with `levelset plan review --changed "..." --next "..."`.'


def show_review(result: Any) -> None:
    """Print the review; the same text Rich writes, without loading Rich when it can."""
    from levelset.cli.plain_text import show

    show(result, plain_review, rich_review)


def _heading(result: Any) -> tuple[str, str]:
    """The heading's bold part and the rest."""
    from levelset.plan.wording import day

    week = result.week
    return (
        f"Week {week.number} review",
        f" ({week.phase.value}, {day(week.start)}-{day(week.end)}) · signal in focus: ",
    )


def numbers_row(numbers: Any) -> tuple[str, ...]:
    from levelset.plan.wording import percent

    return (
        str(numbers.applied),
        str(numbers.responded),
        str(numbers.positive),
        str(numbers.interviews),
        str(numbers.offers),
        f"{percent(numbers.response_rate)} (n={numbers.applied})",
    )


def _peer_title(peer: Any) -> str:
    from levelset.plan.wording import day

    return f"What your peer heard ({day(peer.on)})"


def _answers(result: Any) -> tuple[str | None, str | None]:
    return (result.answers.changed, result.answers.next_test)


def plain_review(result: Any, width: int) -> str | None:
    """The review as Rich would write it unstyled at `width`, or None if only Rich can."""
    from levelset.cli.plain_text import Page

    page = Page(width)
    bold, rest = _heading(result)
    page.line(f"{bold}{rest}{result.signal}")
    page.line(f"Items done: {len(result.done)} of {len(result.done) + len(result.open)}")
    for item in result.open:
        page.line(f"  ☐ {item.id} {item.text}")
    if result.numbers is None:
        page.line(as_typed(result.hint or ""))
    else:
        page.table(TITLE, COLUMNS, [numbers_row(result.numbers)], justify="right")
    for line in (*result.negotiation, *result.scores):
        page.line(f"  • {line}")
    for peer in result.peer:
        page.line(_peer_title(peer))
        for line in peer.lines():
            page.line(f"  • {line}")
    for question, answer in zip(result.questions, _answers(result), strict=True):
        page.line(question)
        page.line(f"  {answer or NOT_ANSWERED}")
    if not any(_answers(result)):
        page.line(as_typed(HOW_TO_ANSWER))
    return page.text()


def rich_review(result: Any, out: Console) -> None:
    """The review through Rich (a terminal, or text the plain writer does not lay out)."""
    from rich.markup import escape
    from rich.table import Table

    bold, rest = _heading(result)
    out.print(f"[bold]{bold}[/]{rest}{escape(result.signal)}")
    out.print(f"Items done: {len(result.done)} of {len(result.done) + len(result.open)}")
    for item in result.open:
        out.print(f"  ☐ {item.id} {escape(item.text)}")
    if result.numbers is None:
        out.print(f"[yellow]{escape(as_typed(result.hint or ''))}[/]")
    else:
        table = Table(title=TITLE)
        for name in COLUMNS:
            table.add_column(name, justify="right")
        table.add_row(*numbers_row(result.numbers))
        out.print(table)
    for line in (*result.negotiation, *result.scores):
        out.print(f"  • {escape(line)}")
    for peer in result.peer:
        out.print(f"[bold]{_peer_title(peer)}[/]")
        for line in peer.lines():
            out.print(f"  • {escape(line)}")
    for question, answer in zip(result.questions, _answers(result), strict=True):
        shown = escape(answer) if answer else f"[dim]{NOT_ANSWERED}[/]"
        out.print(f"[bold]{question}[/]\n  {shown}")
    if not any(_answers(result)):
        out.print(f"[dim]{escape(as_typed(HOW_TO_ANSWER))}[/]")
