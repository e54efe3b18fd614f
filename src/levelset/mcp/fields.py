"""The argument types the tool modules share, with their descriptions (pydantic `Field`s).

Read only where the tools' schemas are made (`levelset.mcp.declared`, at build time and in a
test) and by the type checker: the tool modules name these in annotations, which stay text at
run time, so `levelset mcp` never imports pydantic.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

Title = Annotated[str, Field(description='A job title, e.g. "Machine Learning Engineer", "MLE".')]
Level = Annotated[
    str | None, Field(description='A level: "senior", "L5", "E5", "SDE II", "IC4", "staff"...')
]
Place = Annotated[
    str | None, Field(description='A place: "Seattle", "San Francisco", "NYC", "Remote"...')
]
Company = Annotated[str, Field(description="The company of a negotiation record.")]
Refreshers = Annotated[
    str | None, Field(description="Refresher grants assumed: none, typical or a yearly amount.")
]
Text = str | None
OfferId = Annotated[
    int | None, Field(description="A stored offer's number (see levelset://offers).", ge=1)
]
OptionalText = Annotated[str | None, Field(description="Optional.")]

__all__ = ["Any", "Company", "Field", "Level", "OfferId", "Place", "Refreshers",
           "Text", "Title"]  # fmt: skip
