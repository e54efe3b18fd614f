"""Typer's parameter coercion without Pydantic where a value is plain text.

Typer (0.2x) coerces every parameter value through a Pydantic TypeAdapter built on each run,
even for an option left out, so every command paid for importing Pydantic and building a
schema per option before doing anything. Here each parameter defers that
work until it has a value to coerce, and a value for a `str` or `list[str]` parameter (no
custom parser) that already is text passes straight through, as Typer's own adapter would
return it; text for a `Path` parameter becomes a `Path` and goes through Typer's own path
checks; whole numbers and decimals for `int` and `float` parameters, and dates for
`datetime` ones, become what Typer's adapter would make of them when they are plainly within
bounds (`plain_number`, `plain_datetime`); a list of paths goes item by item. Anything else
(a value out of bounds, a malformed number or date) goes to Typer's adapter as before, so
its messages are unchanged.

`install()` patches one method of Typer's parameter class; if a Typer release renames it,
nothing is patched and Typer works as shipped.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, get_args, get_origin

from typer._coercion import RuntimeParam, build_runtime_param
from typer._param_types import coerce_cli_path

_MARK = "_levelset_deferred"


def install() -> None:
    """Defer and shortcut Typer's per-parameter coercion (once per process)."""
    from typer import core

    parameter = getattr(core, "_TyperParameter", None)
    if parameter is None or getattr(parameter, _MARK, False):
        return
    if not hasattr(parameter, "get_runtime_param"):
        return

    def get_runtime_param(self: Any) -> Any:
        if self._runtime_param is None:
            self._runtime_param = deferred(self.type_descriptor)
        return self._runtime_param

    parameter.get_runtime_param = get_runtime_param
    setattr(parameter, _MARK, True)


class Deferred(RuntimeParam):  # Typer's own base class (private: see install)
    """Coerces through Typer's adapter, built on first need; plain text passes through."""

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        descriptor = self.__dict__["descriptor"]
        if plain_text(descriptor, value):
            return list(value) if isinstance(value, list | tuple) else value
        if plain_path(descriptor, value):  # Typer's own checks, given a Path it needs no Pydantic
            info = descriptor.parameter_info
            return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
        if plain_path_list(descriptor, value):
            info = descriptor.parameter_info
            return [
                coerce_cli_path(Path(v), info, path_type=Path, param=param, ctx=ctx) for v in value
            ]
        number = plain_number(descriptor, value)
        if number is not None:
            return number
        day = plain_datetime(descriptor, value)
        if day is not None:
            return day
        real = self.__dict__.get("real")
        if real is None:  # the dataclass is frozen: set the cache as Typer's own code would
            real = build_runtime_param(descriptor)
            object.__setattr__(self, "real", real)
        return real._coerce_value(value, param=param, ctx=ctx)


def deferred(descriptor: Any) -> Deferred:
    """A runtime parameter that builds Typer's coercion only for a value it cannot pass on."""
    param = Deferred(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)
    object.__setattr__(param, "descriptor", descriptor)
    return param


def plain_text(descriptor: Any, value: Any) -> bool:
    """True when Typer's adapter would hand `value` back unchanged (as a list for lists)."""
    if descriptor.file_annotation is not None or descriptor.parameter_info.parser is not None:
        return False
    annotation = descriptor.annotation
    if annotation is str:
        return isinstance(value, str)
    if get_origin(annotation) is list and get_args(annotation) == (str,):
        return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
    return False


def plain_path(descriptor: Any, value: Any) -> bool:
    """True for text given to a `Path` parameter that Typer would turn into a `Path` (then
    check for existence and the like, as it does for a Path)."""
    if descriptor.file_annotation is not None or descriptor.parameter_info.parser is not None:
        return False
    path_type = descriptor.parameter_info.path_type
    return descriptor.annotation is Path and path_type in (None, Path) and isinstance(value, str)


def plain_path_list(descriptor: Any, value: Any) -> bool:
    """True for texts given to a `list[Path]` parameter (each checked as `plain_path` is)."""
    if descriptor.file_annotation is not None or descriptor.parameter_info.parser is not None:
        return False
    if get_origin(descriptor.annotation) is not list or get_args(descriptor.annotation) != (Path,):
        return False
    path_type = descriptor.parameter_info.path_type
    return (
        path_type in (None, Path)
        and isinstance(value, list | tuple)
        and all(isinstance(v, str) for v in value)
    )


def plain_number(descriptor: Any, value: Any) -> int | float | None:
    """The number Typer's adapter would return for an `int` or `float` parameter given a plain
    whole number or decimal (text or a default) within its bounds; None for anything else."""
    if descriptor.file_annotation is not None or descriptor.parameter_info.parser is not None:
        return None
    kind = descriptor.annotation
    if kind not in (int, float) or isinstance(value, bool):
        return None
    number: int | float
    if isinstance(value, str):
        if kind is int and _whole(value):
            number = int(value)
        elif kind is float and _decimal(value):
            number = float(value)
        else:
            return None
    elif isinstance(value, int) or (kind is float and isinstance(value, float)):
        number = kind(value)
    else:
        return None
    info = descriptor.parameter_info
    if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
        return None  # Typer's adapter clamps or names the bounds
    return number


def plain_datetime(descriptor: Any, value: Any) -> datetime | None:
    """The datetime Typer's adapter would return for a `datetime` parameter given a plain
    YYYY-MM-DD date (its first matching format, or Pydantic's reading without formats)."""
    if descriptor.file_annotation is not None or descriptor.parameter_info.parser is not None:
        return None
    if descriptor.annotation is not datetime or not isinstance(value, str):
        return None
    formats = descriptor.parameter_info.formats
    if formats is None:
        if not (
            len(value) == 10
            and value[4] == value[7] == "-"
            and _digits(value[:4] + value[5:7] + value[8:])
        ):
            return None
        formats = ["%Y-%m-%d"]
    for shape in formats:
        try:
            return datetime.strptime(value, shape)
        except ValueError:
            continue
    return None


def _digits(text: str, most: int = 18) -> bool:
    """ASCII digits only, at most `most` of them (no regex: nothing compiled at start-up)."""
    return 0 < len(text) <= most and text.isascii() and text.isdigit()


def _whole(text: str) -> bool:
    """0, 7, -3, 4000: what int() and Pydantic read alike (no sign +, no leading zero)."""
    digits = text.removeprefix("-")
    return text == "0" or (_digits(digits) and digits[0] != "0")


def _decimal(text: str) -> bool:
    """A whole number with an optional fraction: 75, 2.5, -0.25."""
    whole, dot, fraction = text.partition(".")
    return (_whole(whole) or whole == "-0") and (not dot or _digits(fraction, 17))
