"""Read-only tools over market data and evidence: salary_range, estimate_level."""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset.mcp.door import plain
from levelset.mcp.hints import read_only, tool

if TYPE_CHECKING:
    from typing import Annotated

    from pydantic import Field

    from levelset.mcp import models
    from levelset.mcp.door import Door
    from levelset.mcp.fields import Level, Place, Title
    from levelset.mcp.hints import Tools


def register(tools: Tools, door: Door) -> None:
    """Add the market and leveling tools to `tools`."""

    @tool(tools, read_only("Base salary range"))
    def salary_range(
        title: Title,
        level: Level = None,
        location: Place = None,
        company: Annotated[
            str | None, Field(description="A company: reads its levels, filters LCA.")
        ] = None,
        source: Annotated[str, Field(description="oews, crowd, lca or all.")] = "all",
        year: Annotated[
            int | None, Field(description="Crowd work year or LCA fiscal year.")
        ] = None,
        offer: Annotated[
            float | None,
            Field(description="An annual USD amount: the percentile it sits at in each range."),
        ] = None,
    ) -> models.SalaryRange:
        """Base-salary ranges (P10-P90; no stock, bonus or sign-on) for a role, level and place
        from every shipped source, each with its dataset, release date, area and sample size;
        cells too thin to show are hidden and listed in `hidden`. Same numbers as
        `levelset range --json`."""
        from levelset.app.market import market_range

        report = door.call(
            market_range, title, level, location, company=company, source=source.lower(),
            year=year, offer=offer,
        )  # fmt: skip
        return plain(report.to_dict())

    @tool(tools, read_only("Estimate level"))
    def estimate_level(
        target: Annotated[
            str | None,
            Field(description="A band to compare with (default: the profile's target level)."),
        ] = None,
    ) -> models.LevelEstimate:
        """The band the imported evidence (résumé, reviews, materials) supports, with each
        dimension's evidence items and their source files, what is missing for the target,
        and warnings. Same as `levelset level estimate --json`."""
        from levelset.app.leveling import estimate_level as estimate

        return plain(door.call(estimate, target).to_dict())
