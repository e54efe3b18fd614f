"""The proof and level inputs of the plan and the playbook, kept in the store between commands
(issue 15): made once for the same documents, corrections, profile and code, then read back.

`store.proof_analysis` keeps one analysis per owner under a digest of what it read; here the
digest is given what else the analysis depends on (the profile, and the code that reads: the
version and the files of the packages on its path, by size and modification time, so an
upgrade or an edit in a checkout makes it again) and the values are turned to JSON and back.

Beside the analysis, each bullet's reading (`proof.agreement.understand`: its features, learned
verdicts and band, which depend on its text and the code alone) is kept under a digest of the
two (`Readings`). When the inputs change but most bullets do not (a position's title or dates
edited, a correction, a new target), the analysis is made again from the readings kept of the
unchanged bullets and only the new ones are read: what made a first `playbook` after such an
edit read every bullet again (about 90 ms). Each bullet's metric spans (what the consistency
check compares) and the rule features of the first lines the scan reads are kept the same way,
so such an analysis runs no quantity rule at all. The readings kept are those of the last analysis's
bullets, so they go with it (a cleared source, an erased owner).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import levelset
from levelset.app.workspace import Workspace
from levelset.bands import Band
from levelset.digests import sha256_hex
from levelset.plan.inputs import Bullet, CheckItem, LevelInput, ProofInput
from levelset.profile.model import Profile

if TYPE_CHECKING:
    from levelset.proof.agreement import Understood
    from levelset.proof.features import Features
    from levelset.store import Store

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


class Readings:
    """Each bullet's reading, served from those kept under a digest of its text and the code
    when there, else read (`understand`); `used` holds every one served, to be kept again."""

    def __init__(
        self,
        stamp: str,
        kept: dict[str, Any] | None = None,
        kept_sentences: dict[str, Any] | None = None,
    ) -> None:
        self.code = sha256_hex(stamp.encode())
        self.kept = kept or {}
        self.used: dict[str, Any] = {}
        self.read = 0  # bullets read afresh (not served from `kept`)
        self.kept_sentences = kept_sentences or {}
        self.sentences: dict[str, Any] = {}  # `features_of`'s, to be kept again

    def key(self, text: str) -> str:
        """The digest a bullet's reading is kept under: its text and the code that reads it."""
        return sha256_hex(f"{self.code}\n{text}".encode())

    def of(self, texts: Iterable[str]) -> dict[str, Understood]:
        """The reading of each text, by text. The rules' own features of each text (before the
        learned verdicts) are kept too and given to `proof.features.remember`, so the checks
        that read the bullets again in this command (consistency, checklist, scan) do not."""
        from levelset.proof.agreement import understand
        from levelset.proof.features import extract, metric_spans, remember

        found: dict[str, Understood] = {}
        for text in dict.fromkeys(texts):
            key = self.key(text)
            kept = self.kept.get(key)
            served = _served(kept)
            if served is None:
                extracted, spans = extract(text), metric_spans(text)
                remember(text, extracted, spans)
                seen, kept = understand(text), None
                self.read += 1
            else:
                seen, extracted, spans = served
                remember(text, extracted, spans)
            found[text] = seen
            self.used[key] = kept if kept is not None else _understood_json(seen, extracted, spans)
        return found

    def features_of(self, texts: Iterable[str]) -> None:
        """Have `extract` give each text's rule features kept under its digest, else read them
        and keep them: the first lines the scan reads (a headline, a summary's first
        sentence), which are no bullets."""
        from levelset.proof.features import extract, remember

        for text in dict.fromkeys(texts):
            key = self.key(text)
            kept: Any = self.kept_sentences.get(key)
            try:
                remember(text, _features(kept))
            except (KeyError, TypeError, ValueError, AttributeError):  # none, or another shape
                kept = _features_json(extract(text))
            self.sentences[key] = kept


def kept_readings(store: Store) -> Readings:
    """The bullets' readings kept with the last analysis, whatever its inputs (empty without
    one): for a command that reads bullets but keeps no analysis (a draft's proven outcomes)."""
    from levelset.store.proof_analysis import last_analysis

    return _readings(code_stamp(), last_analysis(store))


def kept_or_made(ws: Workspace, profile: Profile, make: Callable[[Readings], Analysis]) -> Analysis:
    """The analysis kept for these inputs, else `make(readings)`'s, kept for the next command
    with its bullets' readings (served from the last analysis's where a bullet is unchanged);
    (None, None) without reading anything when no document is stored."""
    from levelset.store.proof_analysis import inputs_digest, keep_analysis, last_analysis

    stamp = code_stamp()
    inputs = inputs_digest(ws.store, [repr(profile), stamp])
    if inputs is None:
        return None, None
    last = last_analysis(ws.store)
    if last is not None and last[0] == inputs:
        return decoded(last[1])
    readings = _readings(stamp, last)
    made = make(readings)
    kept = {"readings": readings.used, "sentences": readings.sentences}
    keep_analysis(ws.store, inputs, encoded(made) | kept)
    return made


def _readings(stamp: str, last: tuple[str, Any] | None) -> Readings:
    """The readings kept with the last analysis, to serve what is unchanged."""
    data = last[1] if last is not None and isinstance(last[1], dict) else {}
    kept, sentences = data.get("readings"), data.get("sentences")
    return Readings(
        stamp,
        kept if isinstance(kept, dict) else None,
        sentences if isinstance(sentences, dict) else None,
    )


def _understood_json(
    seen: Understood, extracted: Features, spans: Iterable[tuple[str, str]]
) -> dict[str, Any]:
    import dataclasses

    return {
        "features": dataclasses.asdict(seen.features),
        "band": dataclasses.asdict(seen.band),
        "extracted": dataclasses.asdict(extracted),
        "spans": [list(span) for span in spans],
    }


def _features_json(extracted: Features) -> dict[str, Any]:
    import dataclasses

    return dataclasses.asdict(extracted)


def _features(f: dict[str, Any]) -> Features:
    from levelset.proof.features import Features, Scope, Wording

    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in f.items()}
    fields |= {"wording": Wording(f["wording"]), "scope": Scope(f["scope"])}
    return Features(**fields)


def _served(data: Any) -> tuple[Understood, Features, list[tuple[str, str]]] | None:
    """`_understood_json`'s values made back into the reading, the rules' features and the
    metric spans; None for none or a shape this code does not know (read again then)."""
    seen = _understood(data)
    if seen is None:
        return None
    try:
        spans = [(str(kind), str(words)) for kind, words in data["spans"]]
        return seen, _features(data["extracted"]), spans
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _understood(data: Any) -> Understood | None:
    """The reading in `_understood_json`'s values; None for none or a shape this code does not
    know."""
    if not isinstance(data, dict):
        return None
    from levelset.proof.agreement import Understood
    from levelset.proof.learned import Reading, Verdict
    from levelset.proof.tracks import BulletBand

    try:
        f, b = data["features"], data["band"]
        r = b["reading"]
        features = _features(f)
        verdicts = {
            name: Verdict(v["name"], v["value"], v["probability"], tuple(v["words"]))
            for name, v in r["verdicts"].items()
        }
        reading = Reading(verdicts, Band(r["band"]), r["rank"], tuple(r["band_words"]))
        band = BulletBand(Band(b["band"]), b["rank"], tuple(b["words"]), b["track"], reading)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return Understood(features, band)


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
        data.get("items", 0),
    )
