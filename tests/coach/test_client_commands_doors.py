"""Every door names a coach's client in the commands it shows for them: the assistant's tool
answers, refusals and resources, and the web app's JSON answers under /c/<client>/ say
`levelset --client NAME ...` as the CLI does (typed without it, a command ran on the coach's own
records); a name with an apostrophe is quoted as a person would type it."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import anyio
import pytest

from levelset.shell import CLIENT_COMMANDS, for_client, quoted
from tests.cli.runner import run_cli
from tests.web.conftest import Browser

NAME = "Maya O'Neil"
TYPED = 'levelset --client "Maya O\'Neil" '
COMMAND = re.compile(r"levelset (?!--client \"Maya O'Neil\" )[a-z]+")


def _texts(value: Any) -> str:
    """Every text in plain JSON data, one a line."""
    if isinstance(value, dict):
        return "\n".join(_texts(v) for v in value.values())
    if isinstance(value, list):
        return "\n".join(_texts(v) for v in value)
    return value if isinstance(value, str) else ""


def _bare_commands(text: str) -> list[str]:
    """Commands in the text that do not name the client (a dataset's name is no command)."""
    found = [c for c in COMMAND.findall(text) if c.split()[1] in CLIENT_COMMANDS]
    return [c for c in found if c != "levelset level"]


def test_a_name_with_an_apostrophe_is_typed_in_double_quotes() -> None:
    assert quoted("Maya O'Neil") == '"Maya O\'Neil"'
    assert quoted("Maya Chen") == "'Maya Chen'" and quoted("Bo") == "Bo"
    assert quoted("O'Neil $HOME") == "'O'\"'\"'Neil $HOME'"  # double quotes would expand it
    assert for_client("run `levelset plan`", NAME) == f"run `{TYPED}plan`"
    assert (
        for_client("the levelset level map (community)", NAME)
        == "the levelset level map (community)"
    )


@pytest.mark.usefixtures("market")
def test_the_web_apps_json_names_the_client_in_its_commands(client: Browser) -> None:
    assert run_cli("client", "add", NAME).exit_code == 0
    root = "/c/Maya%20O'Neil"
    said = {p: client.get(f"{root}{p}.json") for p in ("/tracking", "/playbook")}
    for path, response in said.items():
        text = response.text
        shown = _texts(json.loads(text))
        assert TYPED in shown and not _bare_commands(shown), (path, text[:400])
        assert int(said[path].headers["content-length"]) == len(said[path].content)
    own = client.get("/tracking.json").text
    assert "levelset negotiate start" in own and "--client" not in own


def test_the_assistants_answers_name_the_client_in_their_commands(tmp_path: Path) -> None:
    from levelset.app import Workspace
    from levelset.app.clients import add_client
    from levelset.app.workspace import Owner
    from tests.mcp.conftest import client_of

    coach = Workspace.at(tmp_path)
    add_client(coach, NAME)
    coach.close()

    async def go() -> dict[str, Any]:
        ws = Workspace.at(tmp_path, owner=Owner(NAME))
        async with client_of(ws) as mcp:
            plan = await mcp.call_tool("next_actions", {})
            level = await mcp.call_tool("estimate_level", {})
            metrics = await mcp.read_resource("levelset://tracking/metrics")
        ws.close()
        return {"plan": plan.content[0].text, "level": level.content[0].text,
                "metrics": metrics.contents[0].text}  # fmt: skip

    said = anyio.run(go)
    for what, text in said.items():
        shown = _texts(json.loads(text))
        assert TYPED in shown and not _bare_commands(shown), (what, shown[:400])


def test_the_client_commands_are_the_clis_less_the_coachs_own() -> None:
    from levelset.cli.registry import COMMANDS

    coach_own = {"client", "coach", "demo", "data", "server"}
    assert set(COMMANDS) - coach_own == CLIENT_COMMANDS


@pytest.mark.usefixtures("market")
def test_a_clients_downloaded_file_keeps_their_words_as_written(client: Browser) -> None:
    """The answers name the client in commands; an exported file is data and is not touched."""
    assert run_cli("client", "add", NAME).exit_code == 0
    note = "asked about levelset plan weekly"
    added = run_cli("--client", NAME, "track", "add", "application", "--company", "Acme",
                    "--note", note)  # fmt: skip
    assert added.exit_code == 0, added.stderr
    exported = client.get("/c/Maya%20O'Neil/export/events", params={"format": "json"})
    assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
    assert note in exported.text and "--client" not in exported.text


NOTE = "asked about levelset plan weekly"  # the user's words, not a command levelset suggests


@pytest.mark.usefixtures("market")
def test_the_web_app_names_commands_but_not_in_the_clients_own_words(client: Browser) -> None:
    assert run_cli("client", "add", NAME).exit_code == 0
    added = run_cli("--client", NAME, "track", "add", "application", "--company", "Acme",
                    "--role", "levelset plan lead", "--note", NOTE)  # fmt: skip
    assert added.exit_code == 0, added.stderr
    said = client.get("/c/Maya%20O'Neil/tracking.json")
    (event,) = said.json()["events"]
    assert (event["note"], event["role"]) == (NOTE, "levelset plan lead")


def test_the_assistant_names_commands_but_not_in_the_clients_own_words(tmp_path: Path) -> None:
    from levelset.app import Workspace
    from levelset.app.clients import add_client
    from levelset.app.workspace import Owner
    from tests.mcp.conftest import client_of

    coach = Workspace.at(tmp_path)
    add_client(coach, NAME)
    coach.close()

    async def go() -> Any:
        ws = Workspace.at(tmp_path, owner=Owner(NAME))
        async with client_of(ws, allow_writes=True) as mcp:
            logged = await mcp.call_tool("log_event", {"kind": "application", "company": "Acme",
                                                       "note": NOTE})  # fmt: skip
        ws.close()
        assert not logged.is_error, logged.content[0].text
        return json.loads(logged.content[0].text)

    assert anyio.run(go)["stored"]["note"] == NOTE


WORDS = "I ship levelset plan weekly"  # the client's own positioning, quoted by the playbook
TRIAL = "levelset plan first"  # an experiment's name, and its change below
CHANGE = "levelset plan before each send"


@pytest.mark.usefixtures("market")
def test_product_sentences_quote_the_clients_words_verbatim(client: Browser) -> None:
    """A sentence of levelset's that quotes the client's words ("What I do: ...") or names
    their experiment keeps those words as typed; levelset's own commands beside them gain
    the client's name."""
    assert run_cli("client", "add", NAME).exit_code == 0
    who = ("--client", NAME)
    for args in (
        ("profile", "set", "--title", "Software Engineer", "--positioning", WORDS),
        ("experiment", "start", TRIAL, "--change", CHANGE, "--design", "before-after"),
    ):
        done = run_cli(*who, *args)
        assert done.exit_code == 0, done.stderr
    root = "/c/Maya%20O'Neil"
    for page in ("/playbook", "/tracking"):
        shown = _texts(client.get(f"{root}{page}.json").json())
        assert TYPED in shown, page
        for words in (WORDS, TRIAL, CHANGE):
            assert for_client(words, NAME) not in shown, (page, words)
    playbook = _texts(client.get(f"{root}/playbook.json").json())
    assert f"What I do: {WORDS}" in playbook


def test_the_assistant_shows_a_clients_experiment_as_named(tmp_path: Path) -> None:
    from levelset.app import Workspace
    from levelset.app.clients import add_client, client_workspace
    from levelset.app.workspace import Owner
    from levelset.store.tracking import add_experiment
    from levelset.tracking.experiments import Design, Experiment
    from tests.mcp.conftest import client_of

    coach = Workspace.at(tmp_path)
    add_client(coach, NAME)
    theirs = client_workspace(coach, NAME)
    begun = theirs.today() - dt.timedelta(days=3)
    add_experiment(theirs.store, Experiment(TRIAL, CHANGE, begun, Design.BEFORE_AFTER))
    coach.close()

    async def go() -> str:
        ws = Workspace.at(tmp_path, owner=Owner(NAME))
        async with client_of(ws) as mcp:
            report = await mcp.call_tool("experiment_report", {})
        ws.close()
        return _texts(json.loads(report.content[0].text))

    shown = anyio.run(go)
    assert TRIAL in shown and for_client(TRIAL, NAME) not in shown, shown[:600]
    assert for_client(CHANGE, NAME) not in shown


def test_the_cli_shows_a_clients_words_as_typed() -> None:
    """The CLI names levelset's commands for the client, not the client's words: an
    experiment's name and change as stored, and a refusal quoting the name just typed."""
    assert run_cli("client", "add", NAME).exit_code == 0
    who = ("--client", NAME)
    refused = run_cli(*who, "experiment", "start", TRIAL, "--change", CHANGE)
    assert refused.exit_code == 2 and f"experiment '{TRIAL}'" in refused.stderr, refused.stderr
    started = run_cli(*who, "experiment", "start", TRIAL, "--change", CHANGE,
                      "--design", "before-after")  # fmt: skip
    assert started.exit_code == 0, started.stderr
    status = " ".join(run_cli(*who, "experiment", "status").stdout.split())
    assert f"{TRIAL}: {CHANGE}" in status, status[:300]
    plan = run_cli(*who, "plan").stdout
    assert TYPED in plan  # levelset's own commands still name the client


def test_a_quote_cut_short_or_closed_up_is_still_the_clients_words() -> None:
    """levelset quotes a long sentence of the user's with its spaces closed up and its end cut
    ("“... levelset plan…”", plan.wording.quote); the cut quote is still their words."""
    from levelset.plan.wording import quote

    theirs = "I  ship levelset plan weekly " + "and then some more words " * 5
    said = f"Say your one sentence out loud, {quote(theirs)}; then run levelset plan."
    assert "…”" in said
    named = for_client(said, NAME, kept=[theirs])
    assert named.startswith(f"Say your one sentence out loud, {quote(theirs)}")
    assert named.endswith(f"then run {TYPED}plan.")
    assert for_client("“levelset plan weekly”", NAME, kept=[theirs]).count("--client") == 1


RESUME = """# Maya O'Neil

## Experience

### Senior Software Engineer, Acme — 2020 – Present
- Built the levelset plan export used by 40 engineers, cutting review time 30%
- Wrote levelset proof checks
- Led a team of 5 engineers to ship levelset score in 3 months
"""
BULLETS = (
    "Built the levelset plan export used by 40 engineers, cutting review time 30%",
    "Wrote levelset proof checks",
    "Led a team of 5 engineers to ship levelset score in 3 months",
)


@pytest.mark.usefixtures("market")
def test_a_clients_resume_bullets_are_shown_as_written(client: Browser, tmp_path: Path) -> None:
    """The proof report quotes the client's bullets (the checklist's example, the scan's
    headline, the rewrite frames): a 'levelset plan' there is theirs, as they wrote it, in the
    CLI's report and the web app's; levelset's own commands beside them name the client."""
    resume = tmp_path / "resume.md"
    resume.write_text(RESUME, encoding="utf-8")
    assert run_cli("client", "add", NAME).exit_code == 0
    imported = run_cli("--client", NAME, "proof", "import", str(resume))
    assert imported.exit_code == 0, imported.stderr
    said = " ".join(run_cli("--client", NAME, "proof", "report").stdout.split())
    shown = _texts(client.get("/c/Maya%20O'Neil/proof.json").json())
    for text in (said, shown):
        assert TYPED in text
        for bullet in BULLETS:
            theirs = " ".join(bullet.split(" levelset ")[1].split()[:2])  # 'plan export'
            assert f"{TYPED}{theirs}" not in text, (theirs, text[:3000])
    # levelset's own command beside words of theirs that go on otherwise still names the client
    assert for_client("then run levelset proof report.", NAME, kept=BULLETS).count(TYPED) == 1
