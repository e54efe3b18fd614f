"""A coach's home with two clients (and the coach's own data) that look alike on purpose:
the same company, title and file names, each with words and figures of their own."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).parents[2] / "examples"
COMPANY = "Northwind Cloud"
TITLE = "ML Engineer"
# whose data: (client option, marker word, base pay written as digits)
OWNERS = {
    "own": (None, "Ownmarker", 231_017),
    "Alpha": ("Alpha", "Alphamarker", 247_113),
    "Bravo": ("Bravo", "Bravomarker", 263_419),
}


def as_(owner: str, *args: str) -> tuple[str, ...]:
    client = OWNERS[owner][0]
    return ("--client", client, *args) if client else args


def ok(owner: str, *args: str) -> str:
    result = run_cli(*as_(owner, *args))
    assert result.exit_code == 0, (owner, args, result.stderr)
    return result.stdout


def traces(owner: str) -> list[re.Pattern[str]]:
    """What in any output would give away this owner's records."""
    _client, word, base = OWNERS[owner]
    digits = str(base)
    money = rf"{digits[:3]}[,.\s\u202f]?{digits[3:]}"
    return [re.compile(word, re.IGNORECASE), re.compile(money)]


def seed(home: Path, owner: str) -> Path:
    """Give one owner the look-alike records; return the folder of their files."""
    _client, word, base = OWNERS[owner]
    folder = home.parent / f"files-{owner}"
    folder.mkdir()
    offer = yaml.safe_load((EXAMPLES / "offers" / "bigco-rsu.yaml").read_text())
    offer |= {"base": base, "title": TITLE}
    (folder / "offer.yaml").write_text(yaml.safe_dump(offer))
    resume = (EXAMPLES / "resume" / "resume.md").read_text()
    (folder / "resume.md").write_text(
        resume + f"\n- Led the {word} ranking launch, lifting revenue by 12% in 2025.\n"
    )
    (folder / "email.txt").write_text(
        f"Hi Sam,\n\nThank you for the offer. Given the {word} launch I led, I am asking for "
        f"a base of {base:,}.\n\nBest,\nKim\n"
    )
    ok(
        owner,
        "profile",
        "set",
        "--title",
        TITLE,
        "--level",
        "senior",
        "--name",
        word,
        "--location",
        "Seattle, WA",
        "--current-base",
        str(base - 1000),
    )
    added = json.loads(ok(owner, "offer", "add", str(folder / "offer.yaml"), "--json"))
    offer = str(added["offers"][0]["id"] if "offers" in added else added[0]["id"])
    (folder / "offer-number").write_text(offer)
    ok(owner, "negotiate", "start", COMPANY, "--offer", offer, "--date", "2026-11-02")
    ok(owner, "negotiate", "log", COMPANY, "note", "--note", f"{word} call", "--date", "2026-11-03")
    ok(
        owner,
        "track",
        "add",
        "application",
        "--company",
        COMPANY,
        "--role",
        TITLE,
        "--note",
        word,
        "--date",
        "2026-11-01",
        "--channel",
        "referral",
        "--variant",
        word,
    )
    ok(
        owner,
        "experiment",
        "start",
        "opener",
        "--change",
        f"{word} opener",
        "--field",
        "variant",
        "--baseline",
        "plain",
        "--candidate",
        word,
        "--start",
        "2026-11-01",
    )
    ok(owner, "proof", "import", str(folder / "resume.md"))
    ok(owner, "score", str(folder / "email.txt"), "--save", "--company", COMPANY)
    ok(owner, "plan", "--start", "2026-11-01")
    ok(owner, "plan", "review", "--week", "1", "--changed", word, "--next", word, "--no-ask")
    return folder
