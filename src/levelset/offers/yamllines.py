"""Parse YAML and remember the line of every field, so problems can point at it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from levelset.errors import Problem, validation_failed
from levelset.untrusted import check_yaml, load_json


def parse_json_or_yaml(text: str, file: Path | str, *, as_json: bool) -> tuple[Any, dict[str, int]]:
    """The data of a JSON or YAML text and, for YAML, the line of each field; a syntax error
    names the file and the line."""
    if not as_json:
        return parse_yaml_with_lines(text, str(file))
    return load_json(text, str(file)), {}  # depth, number length, NaN: refused too


def parse_yaml_with_lines(text: str, file: str) -> tuple[Any, dict[str, int]]:
    """The parsed data and a map from dotted field path ("equity.vesting") to its line.

    Dates stay text, so an impossible date ("2026-13-40") is reported by the field reader
    with its line instead of failing inside the YAML parser."""
    import yaml

    loader = _text_dates_loader()
    check_yaml(text, file)  # aliases, depth, node count and number length refused first
    try:
        node = yaml.compose(text, Loader=loader)
        data = yaml.load(text, Loader=loader)  # a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(error, "problem", None) or str(error)
        problem = Problem(f"not valid YAML: {reason}", file=file, line=line)
        raise validation_failed(file, [problem]) from None
    lines: dict[str, int] = {}
    _walk(node, "", lines)
    return data, lines


@cache
def _text_dates_loader() -> Any:
    import yaml

    class TextDates(yaml.SafeLoader):
        """SafeLoader that leaves timestamps as the text the user wrote."""

    def as_text(loader: TextDates, node: yaml.Node) -> str:
        return str(loader.construct_scalar(node))  # type: ignore[arg-type]

    TextDates.add_constructor("tag:yaml.org,2002:timestamp", as_text)
    return TextDates


def _walk(node: Any, prefix: str, lines: dict[str, int]) -> None:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return
    for key, value in node.value:
        path = f"{prefix}.{key.value}" if prefix else str(key.value)
        lines[path] = key.start_mark.line + 1
        _walk(value, path, lines)
