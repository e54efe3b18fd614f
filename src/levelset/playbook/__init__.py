"""The personal playbook: a guide in the shape of the method's articles, written from the
user's own records, rendered as Markdown, self-contained HTML or PDF."""

from levelset.playbook.compose import build_playbook
from levelset.playbook.model import Playbook, Section, Topic

__all__ = ["Playbook", "Section", "Topic", "build_playbook"]
