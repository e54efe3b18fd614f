"""Rich rendering of the equity what-if and the job board."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.table import Table

from levelset.cli.output import console
from levelset.money import format_money


def show_whatif(answer: dict[str, Any]) -> None:
    out = console()
    result = answer["result"]
    if result is None:
        out.print("No grant to work out: give --shares and --price (or --company-value with "
                  "--fully-diluted), or add an offer with equity.")  # fmt: skip
        return
    if answer.get("offer"):
        out.print(f"[dim]from {escape(answer['offer'])}[/]")
    exit_ = result["exit"]
    out.print(f"[bold]{result['kind'].upper()}: {result['shares']:,} shares at "
              f"${result['price_per_share']:,.2f} a share[/] (by {exit_['by']})")  # fmt: skip
    if result["ownership_now_pct"] is not None:
        out.print(f"Your part of the company: {result['ownership_now_pct']:.4f}% now, "
                  f"{result['ownership_at_exit_pct']:.4f}% after the rounds")  # fmt: skip
    table = Table(title="Year by year at this exit (before tax)")
    for column in ("year", "vested", "vested so far", "worth", "cost to exercise", "yours"):
        table.add_column(column, justify="right")
    for y in result["years"]:
        table.add_row(str(y["year"]), f"{y['vested']:,}",
                      f"{y['vested_total']:,} ({y['pct_of_grant']}%)", format_money(y["gross"]),
                      format_money(y["exercise_cost"]), format_money(y["net"]))  # fmt: skip
    out.print(table)
    if result["underwater"]:
        out.print("[red]At this exit the options are under water: worth nothing.[/]")
    for line in result["assumptions"]:
        out.print(f"[dim]- {escape(line)}[/]")
    for line in result["tax_note"]:
        out.print(f"[yellow]tax:[/] {escape(line)}")


def show_board(board: dict[str, Any]) -> None:
    out = console()
    for column in board["columns"]:
        out.print(f"\n[bold]{column['label']}[/] ({len(column['cards'])})")
        for card in column["cards"]:
            role = f" ({card['role']})" if card["role"] else ""
            extra = []
            if card["follow_up"]:
                extra.append(
                    f"follow up {card['follow_up']}" + (" [due]" if card["follow_up_due"] else "")
                )
            if card["interviews"]:
                extra.append("interviews " + "; ".join(str(i["date"]) for i in card["interviews"]))
            if card["contacts"]:
                extra.append("contacts " + "; ".join(card["contacts"]))
            tail = f" [dim]{escape(' · '.join(extra))}[/]" if extra else ""
            out.print(
                f"  #{card['id']} {escape(card['company'] + role)} since {card['since']}{tail}"
            )
    if board["follow_ups_due"]:
        out.print(f"\n{board['follow_ups_due']} follow-up(s) due.")
