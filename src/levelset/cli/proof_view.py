"""Rich rendering of the proof report for the terminal."""

from __future__ import annotations

from rich.table import Table

from levelset.cli.output import console, escape, hang
from levelset.proof.report import BulletReport, ProofReport

# wording is not proof: say what task and activity wording mean, not that they prove it
_WORDING = {"task": "task wording", "activity": "an activity"}


def _proves(item: BulletReport) -> str:
    f = item.features
    tags = []
    if f.has_metric:
        tags.append("metric")
    tags.append(_WORDING.get(f.wording.value, f.wording.value))
    if f.wording.value == "activity" and not f.has_metric:
        tags.append("no result")  # reach or ownership alone is not a result
    if f.scope.rank:
        tags.append(f.scope.value.replace("_", " "))
    if f.has_leadership:
        tags.append("leadership")
    if f.has_cross_team:
        tags.append("cross-team")
    tags.extend(f"ML {k.replace('_', ' ')}" for k in f.ml)
    if len(tags) == 1 and f.wording.value == "task":
        tags.append("nothing proven")
    return ", ".join(tags)


def show_report(report: ProofReport) -> None:
    """The report as tables: bullets, checklist, scan and consistency."""
    out = console()
    band = report.profile.target_band.label if report.profile.target_band else "level not set"
    title = report.target_title or "no target title"
    guessed = (
        ""
        if report.profile.target_title
        else " [dim](latest title; set yours with `levelset profile set`)[/]"
    )
    if not report.sources:
        out.print(
            "Nothing imported yet: run `levelset proof import resume.pdf linkedin.zip "
            "stories.yaml`, then this report shows what each bullet proves."
        )
        return
    out.print(f"[bold]Proof report[/] for {escape(title)} ({band}){guessed}")
    out.print(f"[dim]sources: {escape(', '.join(report.sources) or 'none')}[/]")
    counts = {
        s: sum(1 for b in report.bullets if b.score.strength == s)
        for s in ("strong", "fair", "weak")
    }
    out.print(
        f"{len(report.bullets)} bullets and stories: [green]{counts['strong']} strong[/], "
        f"[yellow]{counts['fair']} fair[/], [red]{counts['weak']} weak[/]"
    )
    _bullets(report)
    _checklist(report)
    _scan(report)
    _consistency(report)


def _bullets(report: ProofReport) -> None:
    one_source = len(report.sources) == 1
    narrow = console().width < _WIDE
    where_title = f" (all from {escape(report.sources[0])})" if one_source else ""
    table = Table(title=f"What each bullet proves{where_title}", show_lines=True)
    table.add_column("score", justify="right")
    table.add_column("bullet, what it proves, and a rewrite frame", ratio=4)
    if not narrow:
        table.add_column("where" if one_source else "source", ratio=1)
    for item in report.bullets:
        colour = {"strong": "green", "fair": "yellow", "weak": "red"}[item.score.strength]
        text = f"{_escape(item.bullet.text)}\n[cyan]proves:[/] {_proves(item)}"
        if item.rewrite:
            text += f"\n[dim]try: {_escape(item.rewrite)}[/]"
        where = _where(item, one_source)
        if narrow:
            table.add_row(
                f"[{colour}]{item.score.points}[/]", f"{text}\n[dim]at {escape(where)}[/]"
            )
        else:
            table.add_row(f"[{colour}]{item.score.points}[/]", text, escape(where))
    console().print(table)


# Below this many columns a column of its own for where each bullet was read leaves the
# bullet too little room, so the place is written under the bullet instead.
_WIDE = 100


def _where(item: BulletReport, one_source: bool) -> str:
    """Where the bullet was read: the line or field alone when every bullet is from one file."""
    origin = item.bullet.origin
    return (origin.where or origin.source) if one_source else str(origin)


def _escape(text: str) -> str:
    return text.replace("[", "\\[")


def _checklist(report: ProofReport) -> None:
    out = console()
    out.print(f"\n[bold]Proof checklist[/] ({report.passed}/{len(report.checklist)} passed)")
    for item in report.checklist:
        mark = "[green]\\[x][/]" if item.passed else "[red]\\[ ][/]"
        out.print(f"{mark} {item.item}")
        for line in item.evidence[:3]:
            hang("", f"[dim]{_escape(line)}[/]", 6)
        if item.fix:
            hang("[yellow]fix:[/]", _escape(item.fix), 6)


def _scan(report: ProofReport) -> None:
    out, scan = console(), report.scan
    mark = "[green]passes[/]" if scan.passed else "[red]does not pass[/]"
    out.print(f"\n[bold]10-second scan[/] {mark}")
    hang("first line:", f"{_escape(scan.line or '(none)')} [dim]{scan.source or ''}[/]")
    hang("", _escape(scan.advice))
    if scan.suggestion and not scan.passed:
        hang("[dim]try:[/]", f"[dim]{_escape(scan.suggestion)}[/]")


def _consistency(report: ProofReport) -> None:
    out, result = console(), report.consistency
    out.print(
        f"\n[bold]Consistency across channels[/] "
        f"({_escape(', '.join(result.channels) or 'none')}; {_escape(result.matcher)})"
    )
    for finding in result.contradictions:
        hang("[red]contradiction[/]", _escape(finding.message))
    for finding in result.one_channel[:8]:
        hang("[yellow]one channel[/]", _escape(finding.message))
    if len(result.one_channel) > 8:
        out.print(f"  [dim]... and {len(result.one_channel) - 8} more in one channel only[/]")
    if len(result.channels) < 2:
        out.print("  nothing to compare yet: import a second channel (LinkedIn export or stories)")
    for finding in result.matches[:5]:
        hang("[green]match[/]", _escape(finding.message))
