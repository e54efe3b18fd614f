"""Parse YAML and remember the line of every field, so problems can point at it."""

from __future__ import annotations

from typing import Any

from levelset.errors import Problem, validation_failed


def parse_yaml_with_lines(text: str, file: str) -> tuple[Any, dict[str, int]]:
    """The parsed data and a map from dotted field path ("equity.vesting") to its line."""
    import yaml

    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(error, "problem", None) or str(error)
        problem = Problem(f"not valid YAML: {reason}", file=file, line=line, expected="YAML")
        raise validation_failed(file, [problem]) from None
    lines: dict[str, int] = {}
    _walk(node, "", lines)
    return data, lines


def _walk(node: Any, prefix: str, lines: dict[str, int]) -> None:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return
    for key, value in node.value:
        path = f"{prefix}.{key.value}" if prefix else str(key.value)
        lines[path] = key.start_mark.line + 1
        _walk(value, path, lines)
