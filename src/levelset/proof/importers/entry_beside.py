"""What an entry's line holds beside its dates that is neither the company nor the place: the
kind of employment ("| Full-time |"), the tools used ("| .NET, Blazor, TOGAF"), and lists that
head nothing ("Tech stack: React, Jest, Prisma"). levelset.proof.importers.entry_opening reads
them."""

from __future__ import annotations

from levelset.patterns import compiled
from levelset.proof.importers.entry_lines import LABELLED_LIST
from levelset.proof.line_kinds import tool_list

KIND = compiled(
    r"(?i:full[- ]?time|part[- ]?time|contract|permanent|temporary|seasonal"
    r"|\((?:fully\s+)?(?:remote|hybrid|on-?site)\s+(?:role|position|job)\))"  # "(Hybrid role)"
)
BAR = compiled(r"\s*[|·•]\s*")


def without_kind(rest: str) -> str:
    """ "| Full-time | Sydney" beside the dates: the kind of employment is neither the company
    nor the place; the other parts stay. So does nothing between two bars ("Title |Feb. 2020 –
    Present| London, UK", its dates taken out)."""
    parts = BAR.split(rest)
    kept = [p for p in parts if p.strip(" ,") and not KIND.fullmatch(p.strip(" ,"))]
    return rest if len(kept) == len(parts) else " | ".join(kept)


def without_tools(rest: str) -> str:
    """ "Data Architect | .NET, Blazor, AI Agents, TOGAF" beside the dates: the tools used are
    neither the company nor the place."""
    parts = BAR.split(rest)
    kept = [p for p in parts if not tool_list(p.strip())]
    return rest if len(kept) == len(parts) else " | ".join(p for p in kept if p.strip())


def listed(text: str) -> bool:
    """ "Tech stack: React, Jest, Prisma", "Postman, Figma, Visio, LLVM": a list, no heading."""
    return bool(LABELLED_LIST.fullmatch(text)) or tool_list(text)
