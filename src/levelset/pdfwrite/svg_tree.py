"""An SVG document's elements, read without xml.etree (whose import costs about 18 ms of CPU,
a tenth of a cold PDF export): tags, attributes in double or single quotes, text and the XML
entities, which is all levelset's charts write. Comments, processing instructions and a
doctype are skipped; mismatched tags are refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import overload

_TOKEN = re.compile(
    r"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>"
    r"|<(?P<close>/)?(?P<tag>[A-Za-z][\w:.-]*)(?P<attrs>(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)"
    r"\s*(?P<empty>/)?>"
    r"|(?P<text>[^<]+)",
    re.DOTALL,
)
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


class SvgSyntaxError(ValueError):
    """The text is not the well-formed markup this reader takes."""


@dataclass
class Element:
    tag: str
    attrib: dict[str, str]
    children: list[Element] = field(default_factory=list)
    text: str = ""  # all text directly inside, in order

    @overload
    def get(self, name: str) -> str | None: ...
    @overload
    def get(self, name: str, default: str) -> str: ...
    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attrib.get(name, default)

    def __iter__(self) -> Iterator[Element]:
        return iter(self.children)

    def itertext(self) -> Iterator[str]:
        yield self.text
        for child in self.children:
            yield from child.itertext()


def _unescaped(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return _NAMED[name]

    return _ENTITY.sub(one, text) if "&" in text else text


def parse(markup: str) -> Element:
    """The root element of `markup`."""
    stack: list[Element] = []
    root: Element | None = None
    at = 0
    for match in _TOKEN.finditer(markup):
        if match.start() != at:
            raise SvgSyntaxError(f"unreadable markup at character {at}")
        at = match.end()
        if match.group("text") is not None:
            if stack:
                stack[-1].text += _unescaped(match.group("text"))
            continue
        tag = match.group("tag")
        if tag is None:
            continue  # a comment, processing instruction or doctype
        if match.group("close"):
            if not stack or stack[-1].tag != tag.rsplit(":", 1)[-1]:
                open_one = f"<{stack[-1].tag}> is open" if stack else "nothing is open"
                raise SvgSyntaxError(f"</{tag}> where {open_one}")
            stack.pop()
            continue
        attrs = {
            a.group(1): _unescaped(a.group(2) if a.group(2) is not None else a.group(3))
            for a in _ATTR.finditer(match.group("attrs"))
        }
        element = Element(tag.rsplit(":", 1)[-1], attrs)
        if stack:
            stack[-1].children.append(element)
        elif root is None:
            root = element
        else:
            raise SvgSyntaxError("more than one root element")
        if not match.group("empty"):
            stack.append(element)
    if at != len(markup) or stack or root is None:
        raise SvgSyntaxError("the markup ends before its elements are closed")
    return root
