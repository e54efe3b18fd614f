"""Read-only tools over the pictures the web app draws: level_ladder, equity_whatif,
job_board (each the same use case as its page, `/ladder`, `/equity`, `/board`, and its CLI
command)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset.mcp.door import plain
from levelset.mcp.hints import read_only, tool

if TYPE_CHECKING:
    from typing import Annotated

    from pydantic import Field

    from levelset.mcp import models
    from levelset.mcp.door import Door
    from levelset.mcp.fields import OfferId, Text
    from levelset.mcp.hints import Tools


def register(tools: Tools, door: Door) -> None:
    """Add the ladder, equity and board tools to `tools`."""

    @tool(tools, read_only("Level ladder"))
    def level_ladder(
        company: Annotated[Text, Field(description="Company whose ladder (e.g. Google).")] = None,
        role: Annotated[Text, Field(description="Job title for the market ranges.")] = None,
        place: Annotated[Text, Field(description="Place for the market ranges.")] = None,
        offer_id: OfferId = None,
    ) -> models.Ladder:
        """Every band of a company's ladder, highest first, with the market range at each band
        (each range with its source, release, area and n), the user's estimated level, target
        and the offer placed on it. The latest offer and the profile fill what is not given.
        Same as `levelset level ladder --json` and the web's /ladder.json."""
        from levelset.app.ladder import LadderQuery
        from levelset.app.ladder import level_ladder as ladder

        found = door.call(ladder, LadderQuery(company, role, place, offer_id))
        return plain(found.to_dict())

    @tool(tools, read_only("Equity what-if"))
    def equity_whatif(
        kind: Annotated[Text, Field(description="rsu or options.")] = None,
        shares: Annotated[Text, Field(description="Shares (or options) granted.")] = None,
        strike: Annotated[Text, Field(description="Options: the price to buy one share.")] = None,
        price: Annotated[Text, Field(description="The share price at the exit.")] = None,
        company_value: Annotated[Text, Field(description="Or the company's exit value.")] = None,
        fully_diluted: Annotated[Text, Field(description="The company's shares today.")] = None,
        dilution: Annotated[Text, Field(description="Percent dilution per round.")] = None,
        rounds: Annotated[Text, Field(description="Funding rounds before the exit.")] = None,
        vesting: Annotated[Text, Field(description="e.g. 25/25/25/25 or front-loaded.")] = None,
        cliff: Annotated[Text, Field(description="Cliff in months.")] = None,
        offer_id: OfferId = None,
    ) -> models.EquityWhatIf:
        """What an equity grant is worth at an exit the user chooses, year by year over the
        vesting: shares vested, value at the exit, the cost to exercise options, what is left
        before tax, ownership after diluting rounds, and a general tax note (not advice). A
        stored offer's equity fills what is not given. Same as `levelset offer whatif --json`
        and the web's /equity.json."""
        from levelset.app.equity import WhatIfFields
        from levelset.app.equity import equity_whatif as whatif

        typed = WhatIfFields(kind, shares, strike, price, company_value, fully_diluted,
                             dilution, rounds, vesting, cliff, offer_id)  # fmt: skip
        return plain(door.call(whatif, typed).to_dict())

    @tool(tools, read_only("Job board"))
    def job_board() -> models.JobBoard:
        """The user's applications and outreach as cards in stage columns (applied, in touch,
        interviewing, offer, closed) read from the tracked events, with contacts, the next
        follow-up and interview dates per card. Same as `levelset track board --json` and the
        web's /board.json."""
        from levelset.app.board import job_board as board

        return plain(door.call(board).to_dict())
