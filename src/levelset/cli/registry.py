"""Every top-level command, where it lives and its one-line help.

Commands are imported only when run, so `levelset --help` never loads DuckDB, SQLAlchemy or
the web stack. Add a command here with the module path of its Typer app (or function).
"""

from __future__ import annotations

from typing import NamedTuple

DESCRIPTION = (
    "Know your level, set your salary range from real market data, prove your impact, "
    "negotiate the offer, and measure whether it worked."
)


class Entry(NamedTuple):
    target: str  # "module:attribute", a typer.Typer or a plain function
    help: str


COMMANDS: dict[str, Entry] = {
    "paths": Entry("levelset.cli.paths_cmd:paths", "Show where levelset keeps your files."),
    "profile": Entry("levelset.cli.profile_cmd:app", "Your target role, level, places and track."),
    "range": Entry(
        "levelset.cli.market_cmd:range_command", "Base-salary ranges by role, level and place."
    ),
    "roles": Entry(
        "levelset.cli.market_cmd:roles_command", "How a job title maps to a role and SOC codes."
    ),
    "levels": Entry(
        "levelset.cli.market_cmd:levels_command", "The band scale and cross-company levels."
    ),
    "places": Entry("levelset.cli.market_cmd:places_command", "How a place name is understood."),
    "market": Entry(
        "levelset.cli.market_evidence_cmd:app", "Your own evidence: postings and comps."
    ),
    "data": Entry("levelset.cli.data_cmd:app", "Market datasets: sources, rebuild, import."),
    "offer": Entry("levelset.cli.offer_cmd:app", "Value and compare job offers."),
    "negotiate": Entry(
        "levelset.cli.negotiate_cmd:app", "Run a negotiation through the five steps."
    ),
    "proof": Entry(
        "levelset.cli.proof_cmd:app", "Import your resume and materials; score the proof."
    ),
    "level": Entry("levelset.cli.level_cmd:app", "Estimate the level your evidence supports."),
    "practice": Entry(
        "levelset.cli.practice_cmd:app", "Rehearse the call, drill your stories, test on a peer."
    ),
    "score": Entry("levelset.cli.score_cmd:score_command", "Score a negotiation email or message."),
    "track": Entry("levelset.cli.track_cmd:app", "Log applications, outreach and responses."),
    "metrics": Entry(
        "levelset.cli.metrics_cmd:metrics_command",
        "Funnel, response rates, negotiation results and practice scores.",
    ),
    "experiment": Entry("levelset.cli.experiment_cmd:app", "Test one change for two weeks."),
    "plan": Entry("levelset.cli.plan_cmd:app", "Your dated 30-day plan and weekly reviews."),
    "playbook": Entry(
        "levelset.cli.playbook_cmd:playbook_command",
        "Your personal guide as Markdown, HTML or PDF.",
    ),
    "demo": Entry(
        "levelset.cli.demo_cmd:demo_command", "Open a demo home filled with a worked example."
    ),
    "coach": Entry("levelset.cli.coach_cmd:app", "The coach's dashboard and outcomes."),
    "client": Entry("levelset.cli.client_cmd:app", "A coach's clients: add, list, export, erase."),
    "serve": Entry("levelset.cli.serve_cmd:serve_command", "Open the local web app."),
    "server": Entry("levelset.cli.server_cmd:app", "The coaching server for many people."),
    "mcp": Entry(
        "levelset.cli.mcp_cmd:mcp_command", "Serve your data to an AI assistant (MCP, stdio)."
    ),
}
