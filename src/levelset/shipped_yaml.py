"""Parsing the YAML data files shipped inside the package (ours, so trusted in shape).

A shipped file's data also ships as JSON (`data/prebuilt/shipped_yaml.json`, keyed by the
text's length and CRC-32), read instead of the YAML when the text is the one it was made from:
the same values without importing PyYAML (about 10 ms of a cold command). `python -m
levelset.shipped_yaml` (or `make patterns`) writes it again; a file whose data JSON cannot
hold exactly (a date) is left out, and any other text, a map edited since included, is parsed
as YAML: slower, never different (`tests/core/test_shipped_yaml.py`).
"""

from __future__ import annotations

import json
import zlib
from functools import cache
from pathlib import Path
from typing import Any

PREBUILT = Path(__file__).parent / "data" / "prebuilt" / "shipped_yaml.json"
PACKAGES = ("levelset.market.curated", "levelset.offers")  # where the shipped YAML files are


def parse(text: str) -> Any:
    """The data of a shipped YAML text: from its JSON twin when shipped, else read by
    libyaml's safe loader when the installed PyYAML has it (the pure Python one takes several
    times longer at every start-up)."""
    found = _prebuilt().get(key(text))
    if found is not None:
        return json.loads(found)
    return parse_yaml(text)


def parse_yaml(text: str) -> Any:
    """The data of a YAML text, read as YAML (a safe loader, C or Python)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


def key(text: str) -> str:
    """What identifies a text cheaply: its length and CRC-32."""
    return f"{len(text)}:{zlib.crc32(text.encode('utf-8')):08x}"


@cache
def _prebuilt() -> dict[str, str]:
    try:
        found = json.loads(PREBUILT.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def shipped_texts() -> list[str]:
    """The text of every YAML file shipped beside the modules that read it here."""
    from importlib import resources  # here alone: its import costs a cold command ~10 ms

    return [
        entry.read_text(encoding="utf-8")
        for package in PACKAGES
        for entry in sorted(resources.files(package).iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".yaml")
    ]


def twins() -> dict[str, str]:
    """The JSON of each shipped text whose data JSON holds exactly (same values and types)."""
    made = {}
    for text in shipped_texts():
        data = parse_yaml(text)
        try:
            encoded = json.dumps(data, ensure_ascii=False, sort_keys=True)
        except TypeError:  # a date, say: parsed as YAML at run time
            continue
        if _typed(json.loads(encoded)) == _typed(data):
            made[key(text)] = encoded
    return made


def _typed(value: Any) -> Any:
    if isinstance(value, dict):
        return {(type(k).__name__, k): _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


if __name__ == "__main__":
    made = json.dumps(twins(), ensure_ascii=False, indent=0, sort_keys=True)
    PREBUILT.write_text(made + "\n", encoding="utf-8")
    print(PREBUILT)
