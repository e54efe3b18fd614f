"""Typer's parameter coercion without Pydantic where a value is plain text.

Typer (0.2x) coerces every parameter value through a Pydantic TypeAdapter built on each run,
even for an option left out, so every command paid for importing Pydantic and building a
schema per option before doing anything. Here each parameter defers that
work until it has a value to coerce, and a value for a `str` or `list[str]` parameter (no
custom parser) that already is text passes straight through, as Typer's own adapter would
return it; text for a `Path` parameter becomes a `Path` and goes through Typer's own path
checks. Anything else goes to Typer's adapter as before.

`install()` patches one method of Typer's parameter class; if a Typer release renames it,
nothing is patched and Typer works as shipped.
"""

from __future__ import annotations

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
