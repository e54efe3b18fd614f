"""Read-only tools over offers and negotiations: value_offer, compare_offers,
negotiation_anchor, draft_email, score_message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset.mcp.door import plain
from levelset.mcp.hints import read_only, tool

if TYPE_CHECKING:
    from typing import Annotated, Any

    from pydantic import Field

    from levelset.mcp import models
    from levelset.mcp.door import Door
    from levelset.mcp.fields import Company, Refreshers
    from levelset.mcp.hints import Tools


def register(tools: Tools, door: Door) -> None:
    """Add the offer and negotiation tools to `tools`."""

    @tool(tools, read_only("Value an offer"))
    def value_offer(
        offer_id: Annotated[
            int | None, Field(description="A stored offer's number (see levelset://offers).")
        ] = None,
        offer: Annotated[
            dict[str, Any] | None,
            Field(
                description="Or an offer not stored, as the fields of an offer file "
                "(company, currency, base, bonus_target_pct, sign_on, equity...)."
            ),
        ] = None,
        refreshers: Refreshers = None,
    ) -> models.OfferValue:
        """An offer valued year by year over four years (base, bonus, sign-on, equity as it
        vests, guaranteed and at-risk pay): a stored one by its number, as `levelset offer
        show N --json`, or one given as offer-file fields (checked like a file, not stored)."""
        from levelset.app.offers import show_offer, value_offer_data
        from levelset.offers import offer_to_data

        if (offer_id is None) == (offer is None):
            raise _refused("give either offer_id (a stored offer) or offer (its fields)")
        if offer is not None:
            given, valuation = door.call(
                value_offer_data, offer, source="offer", refreshers=refreshers
            )
            data = {"id": None, "offer": offer_to_data(given)}
        else:
            stored, valuation = door.call(show_offer, offer_id, refreshers=refreshers)
            data = stored.to_dict()
        return plain(data | {"valuation": valuation.to_dict()})

    @tool(tools, read_only("Compare offers"))
    def compare_offers(
        offer_ids: Annotated[
            list[int], Field(description="Stored offer numbers; empty for every stored offer.")
        ] = [],  # noqa: B006 (the SDK reads the default for the schema; never mutated)
        refreshers: Refreshers = None,
        market: Annotated[
            bool, Field(description="Place each base in its market range (local data).")
        ] = True,
    ) -> models.OfferComparison:
        """Stored offers side by side: who wins in year 1, over four years and in guaranteed
        cash, each base placed in its market range with the range's source."""
        from levelset.app.offers import compare_stored

        chosen, result = door.call(compare_stored, offer_ids, refreshers=refreshers, market=market)
        missing = sorted(set(offer_ids) - {s.id for s in chosen})
        if missing:  # never compare fewer offers than asked without a word
            raise _not_stored(missing)
        data: dict[str, Any] = {
            "offers": [{"id": s.id, "company": s.offer.company} for s in chosen],
            "comparison": result.to_dict() if result else None,
            "notes": list(result.notes) if result else ["no offers stored yet"],
        }
        return plain(data)

    @tool(tools, read_only("Negotiation anchor"))
    def negotiation_anchor(
        company: Annotated[
            str | None, Field(description="A negotiation record: its current offer is used.")
        ] = None,
        offer_id: Annotated[int | None, Field(description="Or a stored offer's number.")] = None,
        percentile: Annotated[
            float, Field(description="The market percentile to anchor at.", ge=10, le=90)
        ] = 75,
    ) -> models.Anchor:
        """The anchor, target and walk-away for an offer, with an ask per lever, from the
        market range (its source, area, release and n) and the profile. Nothing is logged:
        `levelset negotiate anchor` is the command that records it."""
        from levelset.app.negotiation import anchor_for_stored, set_anchor

        if offer_id is not None:
            result = door.call(anchor_for_stored, offer_id, percentile=percentile)
        elif company:
            result = door.call(set_anchor, company, percentile=percentile, save=False)
        else:
            raise _refused("give a company (a negotiation record) or an offer_id")
        return plain(result.to_dict())

    @tool(tools, read_only("Draft an email"))
    def draft_email(
        company: Company,
        kind: Annotated[str, Field(description="counter, call, no or confirm.")] = "counter",
        recruiter: Annotated[str | None, Field(description="The recruiter's name.")] = None,
    ) -> models.Draft:
        """A draft email for a negotiation, filled from its offer, anchor and the profile.
        Returns text only: nothing is stored and nothing is ever sent."""
        from levelset.app.drafting import fresh_draft

        made = door.call(fresh_draft, company, kind, recruiter)
        return plain({"company": company, **made.to_dict()})

    @tool(tools, read_only("Score a message"))
    def score_message(
        text: Annotated[str, Field(description="The email or message to score.")],
        stage: Annotated[str | None, Field(description="anchor, ask, hold or confirm.")] = None,
        prior_numbers: Annotated[
            list[str], Field(description="Figures stated earlier in this negotiation.")
        ] = [],  # noqa: B006 (read for the schema; never mutated)
    ) -> models.MessageScore:
        """The narrative score (0-100) of a negotiation message, each component, and every
        phrase that cost points with its span. Nothing is kept."""
        from levelset.app.narrative import score

        result = door.pure(score, text, stage, prior_numbers=prior_numbers)
        return plain(result.to_dict())


def _refused(message: str) -> Exception:
    """A tool error in levelset's JSON shape for arguments that do not fit together."""
    from levelset.errors import InputError
    from levelset.mcp.door import ToolError, error_text

    return ToolError(error_text(InputError(message)))


def _not_stored(ids: list[int]) -> Exception:
    """A tool error naming the offer numbers asked for that are not stored."""
    from levelset.errors import NotFound
    from levelset.mcp.door import ToolError, error_text

    numbers = ", ".join(f"#{i}" for i in ids)
    return ToolError(
        error_text(NotFound(f"no stored offer {numbers}", hint="see levelset://offers"))
    )
