"""Shipped regular-expression programs: the same patterns as `re.compile`, none compiled at a
cold start of the proof rules, and a stale or foreign file only ever slower (issue 15)."""

from __future__ import annotations

import json
import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from levelset import patterns

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = patterns.read(patterns.PROGRAMS)
needs_this_engine = pytest.mark.skipif(
    not SHIPPED, reason="the shipped programs were written by another Python's engine"
)

# Counts what re's own compiler builds for levelset's modules while the core's rules load.
PROBE = """
import re, sys
from re import _compiler
compile_ = _compiler.compile
ours = []

def counting(p, flags=0):
    frame = sys._getframe(1)
    while frame and frame.f_globals.get("__name__", "").split(".")[0] in ("re", "levelset"):
        name = frame.f_globals.get("__name__", "")
        if name.startswith("levelset.") and name != "levelset.patterns":
            ours.append(name)
            break
        frame = frame.f_back
    return compile_(p, flags)

_compiler.compile = counting
import levelset.app.proof, levelset.proof.report, levelset.proof.importing
import levelset.narrative.closing, levelset.market.titles, levelset.practice.answers
print(len(ours), sorted(set(ours)))
"""


@needs_this_engine
def test_loading_the_rules_compiles_no_pattern() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.split()[0] == "0", done.stdout


# An LCA disclosure file's fiscal period read from its name (the refusal of a .txt file comes
# after the name is read): the rule is one of the shipped ones, compiled by no one at run time.
LCA_PERIOD = (
    PROBE.split("import levelset.app.proof")[0]
    + """
from pathlib import Path
from levelset.errors import InputError
from levelset.market.upstreams import lca
try:
    lca.load(None, Path("LCA_Disclosure_Data_FY2024_Q3.txt"), None, None)
except InputError:
    pass
print(len(ours), sorted(set(ours)))
"""
)


@needs_this_engine
def test_reading_an_lca_files_period_compiles_no_pattern() -> None:
    done = subprocess.run(
        [sys.executable, "-c", LCA_PERIOD], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.split()[0] == "0", done.stdout


# A posting read (its pay, employer and level), a title cleaned and a level parsed: the market's
# rules are shipped ones, none compiled from text at run time (but the patterns built from a
# posting's own initials, such as "CDS", in posting_company).
MARKET_READING = (
    PROBE.split("import levelset.app.proof")[0]
    + """
from levelset.market.employers import employer_key
from levelset.market.levels import parse_level
from levelset.market.postings import from_html, read_posting
from levelset.market.title_clean import clean_title
read_posting(\"""Senior Data Scientist
Company: Contoso Ltd
Location: Seattle, WA
Level: L5
Contoso is hiring. Pay: $150,000 - $180,000 a year. Join the Contoso team.
\""")
from_html("<html><head><title>Data Engineer | Acme</title></head><body><h1>Data Engineer</h1>"
          "<p>Salary 120.000 - 140.000 € per year</p><br/></body></html>")
clean_title("Senior Member of Technical Staff, Machine-Learning")
parse_level("SDE 2", "Amazon")
employer_key("Procter & Gamble Co.")
print(len(ours), sorted(set(ours)))
"""
)


@needs_this_engine
def test_reading_a_posting_and_a_level_compiles_no_pattern() -> None:
    done = subprocess.run(
        [sys.executable, "-c", MARKET_READING], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.split()[0] == "0", done.stdout


# The CLI's own rules, and the names' and untrusted files' ones, shipped as the core's are.
OUTSIDE_THE_CORE = (
    PROBE.split("import levelset.app.proof")[0]
    + """
import levelset.names, levelset.untrusted, levelset.cli.plain_text, levelset.cli.market_cmd
print(len(ours), sorted(set(ours)))
"""
)


@needs_this_engine
def test_the_cli_names_and_untrusted_files_compile_no_pattern() -> None:
    done = subprocess.run(
        [sys.executable, "-c", OUTSIDE_THE_CORE], capture_output=True, text=True, cwd=ROOT,
        check=True,
    )  # fmt: skip
    assert done.stdout.split()[0] == "0", done.stdout


@needs_this_engine
def test_the_shipped_programs_are_current_for_every_rule() -> None:
    script = (
        "import runpy, sys; sys.argv = ['x']; "
        "ns = runpy.run_path('scripts/compile_patterns.py', run_name='check'); "
        "import json; print(json.dumps(sorted(ns['ask_every_rule']())))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    asked = [(pattern, flags) for pattern, flags in json.loads(done.stdout)]
    stale = [key for key in asked if SHIPPED.get(key) != patterns.program(*key)]
    assert not stale, "run scripts/compile_patterns.py: stale or missing programs"
    assert len(asked) > 250


@needs_this_engine
def test_a_shipped_program_makes_the_pattern_re_compile_makes() -> None:
    for pattern, flags in list(SHIPPED)[:60]:
        ours, theirs = patterns.compiled(pattern, flags), re.compile(pattern, flags)
        assert ours is not theirs
        assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (
            theirs.pattern,
            theirs.flags,
            theirs.groups,
            theirs.groupindex,
        )
        for text in ("Cut p99 latency from 80 ms to 12 ms for 3 teams", "Led 2 engineers in 2021"):
            assert [m.span() for m in ours.finditer(text)] == [
                m.span() for m in theirs.finditer(text)
            ]


def test_a_pattern_not_shipped_compiles_as_usual() -> None:
    found = patterns.compiled(r"(?P<n>\d+) widgets?", re.IGNORECASE)
    assert found.match("12 Widgets").group("n") == "12"  # type: ignore[union-attr]


def test_a_file_from_another_engine_or_damaged_is_not_used(tmp_path: Path) -> None:
    written = tmp_path / "programs.marshal.zlib"
    patterns.write({(r"a+b", 0)}, written)
    assert set(patterns.read(written)) == {(r"a+b", 0)}
    foreign = marshal.loads(written.read_bytes())
    written.write_bytes(marshal.dumps(foreign | {"engine": ("cpython-9", 1, 4)}))
    assert patterns.read(written) == {}
    patterns.write({(r"a+b", 0)}, written)
    mine = marshal.loads(written.read_bytes())
    written.write_bytes(marshal.dumps(mine | {"programs": {(r"a+b", 0): b"\x00 not zlib"}}))
    assert patterns.read(written).get((r"a+b", 0)) is None  # one damaged program: compiled
    written.write_bytes(b"\x00 not marshal")
    assert patterns.read(written) == {}


def _raw_re_calls(folder: Path) -> list[str]:
    """Where a module calls `re.compile`, `re.search`, ... itself instead of going through
    `levelset.patterns.compiled` (a bytes pattern excepted: `compiled` takes text)."""
    import ast

    calls = {"compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer"}
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            named = node.func.value
            if not (isinstance(named, ast.Name) and named.id == "re"):
                continue
            first = node.args[0] if node.args else None
            text = not (isinstance(first, ast.Constant) and isinstance(first.value, bytes))
            if node.func.attr in calls | {"split"} and text:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} re.{node.func.attr}")
    return found


@pytest.mark.parametrize("package", ["proof", "web", "tracking"])
def test_the_rules_of_proof_web_and_tracking_go_through_patterns(package: str) -> None:
    assert _raw_re_calls(ROOT / "src" / "levelset" / package) == []
