"""Curated maps (roles, levels, places) kept as YAML data files beside this module."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed YAML file `name`.yaml of this folder (read once per process)."""
    from levelset import shipped_yaml

    text = Path(__file__).with_name(f"{name}.yaml").read_text(encoding="utf-8")
    data = shipped_yaml.parse(text)
    assert isinstance(data, dict), f"{name}.yaml must hold a mapping"
    return data
