"""Arguments checked against a tool's input schema, and results against its output schema.

Only the part of JSON Schema that the tools' schemas use (tools.json: type, anyOf,
properties, required, additionalProperties, items, minimum, maximum), read as pydantic reads
the same signature: a whole number given as 3.0 or "3" is 3, a number given as text is read,
an object or list given as JSON text is parsed; a string is never made from a number. Every
problem names its argument, e.g. `offer_id: must be at least 1`.
"""

from __future__ import annotations

import json
import math
from typing import Any

Schema = dict[str, Any]
Problems = list[tuple[str, str]]  # (where, what is wrong)
WORDS = {"string": "text", "integer": "a whole number", "number": "a number",
         "boolean": "true or false", "null": "null", "object": "an object",
         "array": "a list"}  # fmt: skip
TRUE, FALSE = {"true", "1", "yes", "on", "t", "y"}, {"false", "0", "no", "off", "f", "n"}


class Refused(Exception):
    """No reading of the value fits the schema."""


def arguments(schema: Schema, given: Any) -> tuple[dict[str, Any], Problems]:
    """The arguments read against `schema` (absent ones left out), and what does not fit."""
    if not isinstance(given, dict):
        return {}, [("arguments", "must be an object of named arguments")]
    problems: Problems = []
    read: dict[str, Any] = {}
    properties: dict[str, Schema] = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in given:
            problems.append((name, "is required"))
    for name, value in given.items():
        if name not in properties:
            continue  # as pydantic: an argument the tool does not take is ignored
        read[name] = _read(properties[name], value, name, problems, lax=True)
    return read, problems


def result(schema: Schema, value: Any) -> Problems:
    """What in a tool's result does not fit its output schema (nothing is converted)."""
    problems: Problems = []
    _read(schema, value, "result", problems, lax=False)
    return problems


def _read(schema: Schema, value: Any, where: str, problems: Problems, *, lax: bool) -> Any:
    if "anyOf" in schema:  # the first branch whose type takes the value reads it
        for branch in schema["anyOf"]:
            if _takes(branch, value, lax=lax):
                return _bounded(schema, _read(branch, value, where, problems, lax=lax), where,
                                problems)  # fmt: skip
        expected = " or ".join(WORDS.get(b.get("type", ""), "a value") for b in schema["anyOf"])
        problems.append((where, f"must be {expected} (got {_kind(value)})"))
        return value
    kind = schema.get("type")
    if kind is None:
        return value
    try:
        read = _typed(kind, value, lax=lax)
    except Refused:
        problems.append((where, f"must be {WORDS.get(kind, kind)} (got {_kind(value)})"))
        return value
    if kind == "object":
        read = _object(schema, read, where, problems, lax=lax)
    elif kind == "array" and "items" in schema:
        read = [_read(schema["items"], v, f"{where}[{i}]", problems, lax=lax)
                for i, v in enumerate(read)]  # fmt: skip
    return _bounded(schema, read, where, problems)


def _object(schema: Schema, value: dict[str, Any], where: str, problems: Problems,
            *, lax: bool) -> dict[str, Any]:  # fmt: skip
    properties: dict[str, Schema] = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in value:
            problems.append((f"{where}.{name}", "is required"))
    extra = schema.get("additionalProperties", True)
    read = {}
    for name, item in value.items():
        if name in properties:
            read[name] = _read(properties[name], item, f"{where}.{name}", problems, lax=lax)
        elif isinstance(extra, dict):
            read[name] = _read(extra, item, f"{where}.{name}", problems, lax=lax)
        elif extra is False:
            problems.append((f"{where}.{name}", "is not expected here"))
        else:
            read[name] = item
    return read


def _takes(schema: Schema, value: Any, *, lax: bool) -> bool:
    if "anyOf" in schema:
        return any(_takes(branch, value, lax=lax) for branch in schema["anyOf"])
    try:
        _typed(schema.get("type", ""), value, lax=lax)
    except Refused:
        return "type" not in schema
    return True


def _typed(kind: str, value: Any, *, lax: bool) -> Any:
    """`value` as JSON type `kind`, or Refused."""
    if kind == "null":
        if value is None:
            return None
    elif kind == "string":
        if isinstance(value, str):
            return value
    elif kind == "boolean":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower() if lax and isinstance(value, str | int) else None
        if text in TRUE or text in FALSE:
            return text in TRUE
    elif kind in ("integer", "number"):
        return _numeric(kind, value, lax=lax)
    elif kind in ("object", "array"):
        if lax and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                raise Refused from None
        if isinstance(value, dict if kind == "object" else list):
            return value
    raise Refused


def _numeric(kind: str, value: Any, *, lax: bool) -> int | float:
    if isinstance(value, bool):
        raise Refused
    if lax and isinstance(value, str):
        try:
            value = int(value.strip()) if kind == "integer" else float(value.strip())
        except ValueError:
            raise Refused from None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        if kind == "number":
            return value
        if value.is_integer() and lax:
            return int(value)
    raise Refused


def _bounded(schema: Schema, value: Any, where: str, problems: Problems) -> Any:
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and "minimum" in schema and value < schema["minimum"]:
        problems.append((where, f"must be at least {schema['minimum']}"))
    if number and "maximum" in schema and value > schema["maximum"]:
        problems.append((where, f"must be at most {schema['maximum']}"))
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"
