"""Curated maps (roles, levels, places) kept as YAML data files beside this module."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed YAML file `name`.yaml of this folder (read once per process)."""
    import yaml

    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    # libyaml's parser when the installed PyYAML has it: these files are ours, and the pure
    # Python parser takes a tenth of a second of every market command's start-up on them
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)  # a safe loader, C or Python
    assert isinstance(data, dict), f"{name}.yaml must hold a mapping"
    return data
