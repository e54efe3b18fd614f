"""The proof and level inputs of the plan and the playbook, kept in the store between commands
(issue 15): made once for the same documents, corrections, profile and code, then read back.

`store.proof_analysis` keeps one analysis per owner under a digest of what it read; here the
digest is given what else the analysis depends on (the profile, and the code that reads: the
version and the files of the packages on its path, by size and modification time, so an
upgrade or an edit in a checkout makes it again) and the values are turned to JSON and back.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import levelset
from levelset.app.workspace import Workspace
from levelset.bands import Band
from levelset.plan.inputs import Bullet, CheckItem, LevelInput, ProofInput
from levelset.profile.model import Profile

Analysis = tuple[ProofInput | None, LevelInput | None]
PACKAGE = Path(levelset.__file__).parent
CODE_PARTS = ("proof", "leveling", "plan", "profile", "data")  # besides the top-level modules


def code_stamp() -> str:
    """What changes when the code or data the analysis runs on changes (about 0.5 ms)."""
    parts = [levelset.__version__]
    folders = [PACKAGE / name for name in CODE_PARTS]
    for entry in os.scandir(PACKAGE):
        if entry.is_file() and entry.name.endswith(".py"):
            parts.append(_stamp(entry))
    while folders:
        for entry in os.scandir(folders.pop()):
            if entry.is_dir():
                if entry.name != "__pycache__":
                    folders.append(Path(entry.path))
            else:
                parts.append(_stamp(entry))
    return "\n".join(sorted(parts))


def _stamp(entry: os.DirEntry[str]) -> str:
    stat = entry.stat()
    return f"{entry.path} {stat.st_size} {stat.st_mtime_ns}"


def kept_or_made(ws: Workspace, profile: Profile, make: Callable[[], Analysis]) -> Analysis:
    """The analysis kept for these inputs, else `make()`'s, kept for the next command;
    (None, None) without reading anything when no document is stored."""
    from levelset.store.proof_analysis import inputs_digest, keep_analysis, kept_analysis

    inputs = inputs_digest(ws.store, [repr(profile), code_stamp()])
    if inputs is None:
        return None, None
    kept = kept_analysis(ws.store, inputs)
    if kept is not None:
        return decoded(kept)
    made = make()
    keep_analysis(ws.store, inputs, encoded(made))
    return made


def encoded(analysis: Analysis) -> dict[str, Any]:
    """The analysis as JSON-able values."""
    import dataclasses

    proof, level = analysis
    return {
        "proof": None if proof is None else dataclasses.asdict(proof),
        "level": None if level is None else dataclasses.asdict(level),
    }


def decoded(data: dict[str, Any]) -> Analysis:
    """`encoded`'s values made back into the analysis."""
    proof, level = data["proof"], data["level"]
    return (
        None if proof is None else _proof(proof),
        None if level is None else _level(level),
    )


def _proof(data: dict[str, Any]) -> ProofInput:
    bullets = tuple(Bullet(**(b | {"reasons": tuple(b["reasons"])})) for b in data["bullets"])
    return ProofInput(
        bullets,
        tuple(CheckItem(**c) for c in data["checklist"]),
        data["scan_line"],
        data["scan_passed"],
        tuple(data["scan_missing"]),
        data["scan_suggestion"],
        tuple(data["contradictions"]),
        tuple(data["sources"]),
    )


def _level(data: dict[str, Any]) -> LevelInput:
    target = data["target"]
    return LevelInput(
        Band(data["band"]),
        data["confidence"],
        None if target is None else Band(target),
        tuple(data["missing"]),
        tuple(data["warnings"]),
    )
