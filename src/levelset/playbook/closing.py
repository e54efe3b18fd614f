"""The last sections: proof checklist, an example, how to talk about it, FAQ, takeaway."""

from __future__ import annotations

from levelset.plan.inputs import PlanInputs
from levelset.plan.model import Plan
from levelset.plan.negotiation import anchor_source_words, walk_away_words
from levelset.plan.wording import day, listing, lower_first, market_money, money, quote
from levelset.playbook.model import QA, Block, Check, Checklist, Paragraph, Quote, Section, Topic
from levelset.playbook.opening import offer_sits, placed_in, target_words

PLACEHOLDER_ANCHOR = "[your anchor]"
PLACEHOLDER_REASON = "[one outcome or market fact that justifies it]"


def proof_checklist(inputs: PlanInputs) -> Section:
    proof = inputs.proof
    if proof is None or not proof.checklist:
        return Section(
            "checklist",
            "Your proof checklist",
            (
                Paragraph(
                    "The checklist is ticked from your imported materials; nothing is imported "
                    "yet. Run `levelset proof import FILE`, then `levelset proof report`."
                ),
            ),
        )
    checks = tuple(Check(c.item, c.passed, c.evidence) for c in proof.checklist)
    passed = sum(1 for c in checks if c.passed)
    return Section(
        "checklist",
        "Your proof checklist",
        (
            Paragraph(
                f"{passed} of {len(checks)} items pass, as the analysis of your files found:"
            ),
            Checklist(checks),
        ),
    )


def example(inputs: PlanInputs) -> Section:
    offer = inputs.offer
    anchor = money(offer.anchor, offer.currency) if offer and offer.anchor else PLACEHOLDER_ANCHOR
    # the message is to the recruiter: the reason as they read it, never the user's caveats
    reason = offer.anchor_cited if offer and offer.anchor_cited else PLACEHOLDER_REASON
    company = offer.company if offer else "[company]"
    proof = inputs.proof
    outcome = next((b.text for b in proof.strongest if b.has_metric), None) if proof else None
    outcome_line = (
        f" In my current role I {lower_first(outcome.rstrip('.'))}, and I expect to bring "
        "that kind of result to the team."
        if outcome
        else " [One measured outcome from your work.]"
    )
    others = [a for a in offer.asks if a.lever != "base"][:1] if offer else []
    extra = (
        f" If base is fixed, I would like to discuss {others[0].lever} ({others[0].ask})."
        if others
        else ""
    )
    message = (
        f"Thank you for the offer; I am excited about the role at {company}. I am asking for a "
        f"base of {anchor}. My reason: {reason}.{outcome_line}{extra} If we can agree on that, "
        "I am ready to sign this week. Could you confirm the updated package in writing?"
    )
    blocks: list[Block] = [
        Paragraph("A counter written with your own numbers (words in brackets are yours to fill):"),
        Quote(message),
    ]
    return Section("example", "An example with your numbers", tuple(blocks))


def talk(inputs: PlanInputs) -> Section:
    target = target_words(inputs)
    market = inputs.market
    best = market.best if market else None
    if market is not None and best is not None:
        range_line = (
            f"For a {target}, I am looking at {market_money(best.p50, market.currency)} to "
            f"{market_money(best.p75, market.currency)} base, based on market data for the level."
        )
    else:
        range_line = f"For a {target}, I am looking at [your researched range] base."
    positioning = inputs.profile.positioning or "[the result you want to be known for]"
    return Section(
        "talk",
        "How to talk about it",
        (
            Paragraph(
                "Lead with the role and the result, then the number. Two lines to have ready:"
            ),
            Quote(f"What I do: {positioning}"),
            Quote(f"When asked for expectations: {range_line}"),
            Paragraph(
                "Keep both in the same words on your resume, your LinkedIn headline and in "
                "interviews, so each channel repeats the same story."
            ),
        ),
    )


def faq(inputs: PlanInputs, topic: Topic) -> Section:
    pairs = [_fair(inputs), _how_much(inputs), _say_no(inputs), _level(inputs)]
    if topic is Topic.LEVELING:
        pairs = [pairs[3], *pairs[:3]]
    return Section("faq", "Questions you may have", tuple(pairs))


def _fair(inputs: PlanInputs) -> QA:
    offer, market = inputs.offer, inputs.market
    question = "Is my offer fair?"
    if offer is not None and (sits := offer_sits(market)) is not None and market is not None:
        where, below = sits
        return QA(
            question,
            f"{offer.company}'s base of {money(offer.base, offer.currency)} sits {where} "
            f"of base pay for {market.role}{placed_in(market)}. "
            + (
                "That is below the median, a good reason to counter."
                if below
                else "That is above the median; counter on the levers around base."
            ),
        )
    return QA(question, "Add the offer and look up its range; the answer is where it sits in it.")


def _how_much(inputs: PlanInputs) -> QA:
    offer = inputs.offer
    if offer is not None and offer.anchor is not None and offer.target is not None:
        walk = f", and {walk_away_words(offer)}" if offer.walk_away else ""
        source = anchor_source_words(offer)
        return QA(
            "How much should I ask for?",
            f"Open at {money(offer.anchor, offer.currency)}, expect to land near "
            f"{money(offer.target, offer.currency)}{walk}."
            + (f" Source: {source}." if source else ""),
        )
    return QA(
        "How much should I ask for?",
        "Compute an anchor with `levelset negotiate anchor`: it starts from the 75th "
        "percentile of your range.",
    )


def _say_no(inputs: PlanInputs) -> QA:
    offer = inputs.offer
    others = [a for a in offer.asks if a.lever != "base"][:3] if offer else []
    levers = [f"{a.lever} ({a.ask})" for a in others]
    answer = (
        f"Move to the other levers on your list: {listing(levers)}."
        if levers
        else "Ask what can move instead: sign-on, equity, title, scope or the start date."
    )
    return QA("What if they say no?", answer)


def _level(inputs: PlanInputs) -> QA:
    level = inputs.level
    if level is None:
        return QA(
            "Which level should I aim at?",
            "Run `levelset level estimate` to see what your evidence supports.",
        )
    gap = (
        f" To be hired as {level.target.label}, show {level.missing[0]}."
        if level.target and level.missing
        else ""
    )
    return QA(
        "Which level should I aim at?",
        f"Your evidence supports {level.band.label} ({level.confidence} confidence).{gap}",
    )


def takeaway(inputs: PlanInputs, plan: Plan) -> Section:
    name = inputs.profile.name or "You"
    best = (
        next((b.text for b in inputs.proof.strongest if b.has_metric), None)
        if inputs.proof
        else None
    )
    proof_line = f" Lead with {quote(best, 70)}." if best else ""
    return Section(
        "takeaway",
        "The takeaway",
        (
            Paragraph(
                f"{name}: one target ({target_words(inputs)}), one signal to fix first "
                f"({lower_first(plan.signal.title)}), one number said calmly.{proof_line} Review "
                f"every week until {day(plan.end)}, and change one thing at a time."
            ),
        ),
    )
