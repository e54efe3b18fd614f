"""What the start-up table runs: one real invocation of every command, in a prepared home.

The home is `levelset demo` (a résumé, two offers, a negotiation to signature, tracked
applications, an experiment, a plan) plus a client, a posting, a comp, a practice drill and a
trial coaching-server database. A command that writes runs on a fresh copy of that home each
time, so every run finds the same records; the others read it in place. In an argument
`{home}`, `{tmp}` and `{other}` stand for the home, a scratch folder and the other home.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EX = ROOT / "examples"
RESUME = str(EX / "resume" / "resume.md")
OFFER = str(EX / "offers" / "bigco-rsu.yaml")
OTHER_OFFER = str(EX / "offers" / "startup-options.yaml")
EMAIL = str(EX / "emails" / "strong_counter.txt")
LCA = str(EX / "market" / "LCA_Disclosure_Data_FY2025_Q4_SYNTHETIC.csv")
TRIAL_DB = "sqlite:///{home}/server.sqlite"
CO = "Northwind Cloud"
POSTING = """Senior Machine Learning Engineer, Contoso (Seattle, WA)
Salary range: $180,000 - $230,000 per year. Build ranking models with the search team.
"""

MCP_HANDSHAKE = (
    '{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": '
    '"2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}}\n'
    '{"jsonrpc": "2.0", "method": "notifications/initialized"}\n'
    '{"jsonrpc": "2.0", "id": 2, "method": "tools/list"}\n'
)


@dataclass(frozen=True)
class Case:
    args: tuple[str, ...]
    writes: bool = False  # runs on a fresh copy of the home
    ready: str | None = None  # a server: timed until this text appears on stdout, then stopped
    stdin: str | None = None  # text fed on standard input (an empty stdin when None)
    first: tuple[str, ...] = ()  # a command run on the fresh copy before, not timed


def _r(*args: str, stdin: str | None = None) -> Case:
    return Case(args, stdin=stdin)


def _w(*args: str, stdin: str | None = None) -> Case:
    return Case(args, writes=True, stdin=stdin)


# fmt: off
CASES: tuple[Case, ...] = (
    _r("--version"),
    _r("paths"),
    _r("profile", "show"),
    _w("profile", "set", "--level", "staff"),
    _r("range", "Machine Learning Engineer", "--level", "senior", "--location", "San Francisco"),
    _r("range", "MLE", "--level", "senior", "--location", "Seattle", "--json"),
    _r("roles", "Sr. ML Eng"),
    _r("levels", "L5"),
    _r("places", "SF"),
    _w("market", "posting", "add", "-", "--yes", stdin=POSTING),
    _r("market", "posting", "list"),
    _w("market", "posting", "remove", "1"),
    _w("market", "comp", "add", "Senior ML Engineer", "--base", "190k", "--source", "a friend"),
    _r("market", "comp", "list"),
    _w("market", "comp", "remove", "1"),
    _r("data", "sources"),
    _r("data", "status"),
    _w("data", "import", "lca", LCA),
    _r("offer", "value", OFFER),
    _r("offer", "compare", OFFER, OTHER_OFFER),
    _w("offer", "add", OFFER),
    _r("offer", "list"),
    _r("offer", "show", "1"),
    _w("offer", "delete", "2"),
    _w("offer", "export", "--format", "json", "--output", "{tmp}/offers.json"),
    _w("offer", "import", "{other}/offers.json"),
    _r("offer", "whatif", "--offer", "1", "--shares", "4000", "--price", "120"),
    _w("offer", "rates", "set", "EUR", "1.08", "--date", "2026-11-02"),
    _w("negotiate", "start", "Fabrikam", "--offer", OTHER_OFFER),
    _r("negotiate", "status", CO),
    _w("negotiate", "anchor", CO, "--preview"),
    _w("negotiate", "draft", CO, "confirm"),
    _w("negotiate", "log", CO, "note", "--note", "called back"),
    _w("negotiate", "step", "Lumen Labs", "anchor"),
    _r("negotiate", "outcome", CO),
    _w("negotiate", "export", "--output", "{tmp}/negotiations.json"),
    _w("negotiate", "import", "{other}/negotiations.json"),
    _w("negotiate", "delete", CO),
    _w("proof", "import", RESUME),
    _r("proof", "list"),
    _w("proof", "clear", "--all"),
    _r("proof", "report"),
    _r("proof", "report", "--json"),
    _w("proof", "positions", "edit", "1", "--location", "Seattle"),
    _w("proof", "positions", "merge", "1", "2"),
    _w("proof", "positions", "drop", "2"),
    _w("proof", "positions", "move", "1", "1", "2"),
    _w("proof", "positions", "undo"),
    _r("level", "estimate"),
    _r("level", "ladder"),
    _w("practice", "negotiation", CO, "--answers", "-", stdin="I am excited.\n" * 12),
    _w("practice", "stories", "--target", "staff", "--answers", "-", stdin="We shipped.\n" * 12),
    _r("practice", "history"),
    _w("practice", "peer", "record", "--heard", "a clear ask", "--number", "215k",
       "--pushback", "the equity", "--company", CO),
    _r("score", EMAIL),
    _w("track", "add", "application", "--company", "Contoso"),
    _r("track", "list"),
    _w("track", "import", str(EX / "tracking" / "applications.csv")),
    _w("track", "export", "--output", "{tmp}/events.csv"),
    _w("track", "delete", "1"),
    _r("track", "board"),
    _w("track", "calendar", "--output", "{tmp}/follow-ups.ics"),
    _w("track", "move", "117", "talking"),
    _w("track", "card", "117", "--contacts", "Ann"),
    _r("metrics"),
    _w("experiment", "start", "short-subject", "--change", "A shorter subject line",
       "--baseline", "long", "--candidate", "short"),
    _r("experiment", "status"),
    _w("experiment", "close", "Outcome-first opening line"),
    _w("plan"),
    _r("plan", "show"),
    _w("plan", "tick", "1.1"),
    _w("plan", "review", "--no-ask"),
    _w("plan", "ics", "--output", "{tmp}/plan.ics"),
    _w("playbook", "--output", "{tmp}/playbook.md"),
    # the same after an earlier command kept the proof analysis (app.proof_analysis): the case
    # above runs first after an edit of the résumé's positions, which makes it again
    Case(("playbook", "--output", "{tmp}/playbook.md"), writes=True,
         first=("playbook",)),
    _r("demo", "--home", "{home}"),
    _r("coach", "outcomes"),
    _w("client", "add", "Grace Hopper"),
    _r("client", "list"),
    _r("client", "show", "Ada Park"),
    _w("client", "archive", "Ada Park"),
    _w("client", "cohort", "Ada Park", "spring"),
    _w("client", "note", "Ada Park", "prepared the counter"),
    _w("client", "checkin", "Ada Park", "2026-12-10"),
    _w("client", "export", "Ada Park", "--output", "{tmp}/ada.zip"),
    _w("client", "erase", "Ada Park", "--yes"),
    Case(("serve", "--port", "0", "--no-browser"), ready="levelset is running at"),
    Case(("server", "--database", TRIAL_DB, "--port", "{port}"), ready="levelset server on"),
    _w("server", "init", "--database", "sqlite:///{tmp}/s.sqlite", "--organisation", "Acme",
       "--admin-email", "a@example.com", "--password-file", "{home}/password.txt"),
    _w("server", "worker", "--database", TRIAL_DB, "--once"),
    # the handshake an assistant starts with and its first question (the tools and their
    # schemas), answered before stdin closes: an empty stdin or the handshake alone would time
    # only the start, which a server could pass by loading its tools late
    _r("mcp", stdin=MCP_HANDSHAKE),
)

PREPARE: tuple[tuple[str, ...], ...] = (
    ("client", "add", "Ada Park"),
    ("market", "posting", "add", "{home}/posting.txt", "--yes"),
    ("market", "comp", "add", "Senior ML Engineer", "--base", "185k", "--source", "a friend"),
    ("negotiate", "start", "Lumen Labs", "--offer", "2"),
    ("proof", "positions", "edit", "1", "--location", "San Francisco"),
    ("practice", "stories", "--target", "senior", "--answers", "{home}/answers.txt"),
    ("server", "init", "--database", TRIAL_DB, "--organisation", "Acme",
     "--admin-email", "a@example.com", "--password-file", "{home}/password.txt"),
)
# fmt: on


# Files to import come from another home (importing a home's own export would clash).
OTHER: tuple[tuple[str, ...], ...] = (
    ("offer", "add", OTHER_OFFER),
    ("offer", "export", "--format", "json", "--output", "{home}/offers.json"),
    ("negotiate", "start", "Fabrikam", "--offer", "1"),
    ("negotiate", "export", "--output", "{home}/negotiations.json"),
)
Run = Callable[[list[str], Path], subprocess.CompletedProcess[bytes]]


def prepare(home: Path, run: Run) -> None:
    """The demo home, and the records the demo does not hold (see the module's docstring);
    next to it, `other`: a home whose exports the import commands read."""
    other = home.parent / "other"
    for step in OTHER:
        run([arg.replace("{home}", str(other)) for arg in step], other)
    run(["demo", "--home", str(home)], home)
    (home / "posting.txt").write_text(POSTING, encoding="utf-8")
    (home / "answers.txt").write_text("We shipped it.\n" * 12, encoding="utf-8")
    (home / "password.txt").write_text("a long trial password 42\n", encoding="utf-8")
    for step in PREPARE:
        run([arg.replace("{home}", str(home)) for arg in step], home)
