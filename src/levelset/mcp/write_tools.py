"""Write tools, present only when the server starts with `--allow-writes`: each adds one
record (append only) and returns exactly what it stored. There is no delete, export or send."""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset.mcp.door import plain
from levelset.mcp.hints import append_only, tool

if TYPE_CHECKING:
    from typing import Annotated, Any

    from pydantic import Field

    from levelset.mcp import models
    from levelset.mcp.door import Door
    from levelset.mcp.fields import OptionalText
    from levelset.mcp.hints import Tools

SOURCE = "assistant"  # how the records say where they came from


def register(tools: Tools, door: Door) -> None:
    """Add the append-only write tools to `tools`."""

    @tool(tools, append_only("Log a tracking event"))
    def log_event(
        kind: Annotated[
            str,
            Field(description="application, outreach, response, interview, offer, rejection..."),
        ],
        date: Annotated[str | None, Field(description="YYYY-MM-DD; default today.")] = None,
        company: OptionalText = None,
        role: OptionalText = None,
        channel: Annotated[
            str | None, Field(description="referral, cold, recruiter, job_board or other.")
        ] = None,
        resume: Annotated[str | None, Field(description="The résumé version used.")] = None,
        variant: Annotated[str | None, Field(description="The message variant used.")] = None,
        outcome: Annotated[
            str | None, Field(description="For a response: positive or negative.")
        ] = None,
        stage: Annotated[str | None, Field(description="For an interview: its stage.")] = None,
        note: OptionalText = None,
    ) -> models.Stored:
        """Add one dated event to the user's tracking log, checked like `levelset track add`
        (a duplicate application is refused). Returns the stored event with its id."""
        from levelset.app.tracking import EventFields
        from levelset.app.tracking import log_event as logged
        from levelset.tracking import to_json_data

        fields = EventFields(
            kind, date, company, role, channel, resume, variant, outcome, stage, note=note
        )
        event = door.call(logged, fields, source=SOURCE)
        return plain({"stored": to_json_data([event])[0]})

    @tool(tools, append_only("Add an offer"))
    def add_offer(
        offer: Annotated[
            dict[str, Any],
            Field(
                description="The fields of an offer file: company, title, level, location, "
                "currency, base, bonus_target_pct, sign_on, equity {type, grant_value, vesting}, "
                "... as in docs/offers.md (company, currency and base required)."
            ),
        ],
    ) -> models.Stored:
        """Store one offer, checked like an offer file. Returns the stored offer with its
        number; a stored offer is never changed or deleted."""
        from levelset.app.offers import add_offer_data

        stored = door.call(add_offer_data, offer, SOURCE)
        return plain({"stored": stored.to_dict()})
