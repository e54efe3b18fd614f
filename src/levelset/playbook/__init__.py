"""The personal playbook: a guide in the shape of the method's articles, written from the
user's own records, rendered as Markdown, self-contained HTML or PDF."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from levelset.playbook.compose import build_playbook
    from levelset.playbook.model import Playbook, Section, Topic

_WHERE = {
    "build_playbook": "compose",
    "Playbook": "model",
    "Section": "model",
    "Topic": "model",
}

__all__ = ["Playbook", "Section", "Topic", "build_playbook"]


def __getattr__(name: str) -> object:
    """Import each public name from its module on first use: importing one module of the
    package (or the package for one name) does not load all of them (start-up, issue 15)."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
