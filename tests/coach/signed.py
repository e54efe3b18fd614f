"""Clients who signed an offer through the CLI: what the outcomes and the offer book read."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).parents[2] / "examples"


def sign(
    folder: Path,
    client: str,
    *,
    base: int,
    level: str = "senior",
    target: str = "senior",
    place: str = "Seattle, WA",
    start: str = "2026-11-10",
    day: str = "2026-11-20",
) -> None:
    """Add `client`, aim them at `target`, and sign an offer at `level` and `base`."""
    offer = yaml.safe_load((EXAMPLES / "offers" / "bigco-rsu.yaml").read_text())
    offer |= {"base": base, "level": level, "location": place, "company": "Northwind Cloud"}
    path = folder / f"{client}.yaml"
    path.write_text(yaml.safe_dump(offer))
    company = "Northwind Cloud"
    aim = ("--level", target) if target else ()
    for args in (
        ("client", "add", client),
        ("--client", client, "profile", "set", "--title", "ML Engineer", *aim),
        ("--client", client, "negotiate", "start", company, "--offer", str(path), "--date", start),
        ("--client", client, "negotiate", "log", company, "signed", "--date", day),
    ):
        result = run_cli(*args)
        assert result.exit_code == 0, (args, result.stderr)
