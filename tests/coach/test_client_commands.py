"""A coach reading a client's plan is told commands for that client: every command the plan
names carries `--client NAME` (typed as shown it acted on the coach's own records), as do a
refusal's hints; the coach's own commands (`client add`) and the user's own plan do not."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli.runner import run_cli


def _commands(text: str) -> list[str]:
    flat = " ".join(text.replace("│", " ").split())
    return re.findall(r"levelset (?:--client \S+(?: \S+)? )?\w+", flat)


def test_a_clients_plan_names_commands_for_that_client() -> None:
    assert run_cli("client", "add", "Maya Chen").exit_code == 0
    assert run_cli("client", "add", "Sam").exit_code == 0
    missing = run_cli("--client", "Sam", "plan", "show")
    assert missing.exit_code == 3
    assert "`levelset --client Sam plan` makes one" in missing.stderr, missing.stderr

    shown = run_cli("--client", "Maya Chen", "plan")
    assert shown.exit_code == 0, shown.stderr
    named = _commands(shown.stdout)
    assert len(named) >= 5 and all(c.startswith("levelset --client 'Maya Chen' ") for c in named), (
        named
    )
    review = run_cli("--client", "Maya Chen", "plan", "review")
    assert review.exit_code == 0, review.stderr
    said = _commands(review.stdout)
    assert said and all(c.startswith("levelset --client 'Maya Chen' ") for c in said), said
    own = run_cli("plan")
    assert own.exit_code == 0 and "--client" not in own.stdout
    unknown = run_cli("--client", "Nobody", "plan")
    assert unknown.exit_code == 3 and "`levelset client add NAME`" in unknown.stderr


def test_an_empty_client_name_is_refused_with_the_rule() -> None:
    refused = run_cli("client", "add", "   ")
    assert refused.exit_code == 2
    assert "a name is 1 to 200 characters, without '/'" in refused.stderr, refused.stderr
    assert run_cli("client", "list", "--json").json() == []


OFFER = Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml"
RESUME = Path(__file__).parents[2] / "examples" / "resume" / "resume.md"


def test_every_next_step_printed_for_a_client_names_that_client() -> None:
    assert run_cli("client", "add", "Maya Chen").exit_code == 0
    maya = ("--client", "Maya Chen")
    said = {
        "offer list": run_cli(*maya, "offer", "list"),
        "practice history": run_cli(*maya, "practice", "history"),
        "negotiate start": run_cli(*maya, "negotiate", "start", "Northwind", "--offer", str(OFFER)),
        "negotiate status": run_cli(*maya, "negotiate", "status", "Northwind"),
        "proof import": run_cli(*maya, "proof", "import", str(RESUME)),
    }
    for what, result in said.items():
        assert result.exit_code == 0, (what, result.stderr)
        named = _commands(result.stdout)
        assert named and all(c.startswith("levelset --client 'Maya Chen' ") for c in named), (
            what,
            named,
        )
    flat = " ".join(said["negotiate status"].stdout.split())
    assert "next: levelset --client 'Maya Chen' negotiate anchor Northwind" in flat
    own = run_cli("negotiate", "start", "Northwind", "--offer", str(OFFER))
    assert own.exit_code == 0 and "next: levelset negotiate anchor Northwind" in own.stdout
