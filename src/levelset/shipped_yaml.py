"""Parsing the YAML data files shipped inside the package (ours, so trusted in shape)."""

from __future__ import annotations

from typing import Any


def parse(text: str) -> Any:
    """The data of a shipped YAML text, read by libyaml's safe loader when the installed
    PyYAML has it (the pure Python one takes several times longer at every start-up)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # a safe loader, C or Python
