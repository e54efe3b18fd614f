"""The personal playbook: a guide in the shape of the method's articles, written from the
user's own records, rendered as Markdown, self-contained HTML or PDF."""

from typing import TYPE_CHECKING

from levelset.lazy import names_on_first_use

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


__getattr__ = names_on_first_use(__name__, _WHERE, globals())
