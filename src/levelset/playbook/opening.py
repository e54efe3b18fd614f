"""The first sections: the short answer, why it matters, strong signal, mistakes, role nuance."""

from __future__ import annotations

import datetime as dt

from levelset.percentiles import ordinal
from levelset.plan.inputs import MarketInput, PlanInputs
from levelset.plan.model import Plan
from levelset.plan.negotiation import first_day
from levelset.plan.wording import band_label, bullets_with, listing, market_money, money, quote
from levelset.playbook.chart import market_chart
from levelset.playbook.model import Block, Bullets, Paragraph, Section, Topic
from levelset.profile.model import Track


def placed_in(market: MarketInput) -> str:
    """ " (OEWS blend at senior, Seattle-Tacoma-Bellevue, WA, May 2025, n=113,470)": the range
    an offer's percentile is read in, so the percentile carries its source, area, date and n."""
    return f" ({market.offer_source})" if market.offer_source else ""


def elsewhere(inputs: PlanInputs) -> str | None:
    """The offer's own area when it is not the area of the target's ranges, else None: its
    numbers (anchor, placement) are read there and say so."""
    offer, market = inputs.offer, inputs.market
    if offer is None:
        return None
    area = offer.market.area if offer.market else (market.offer_area if market else None)
    return area if area and area != (market.location if market else None) else None


def offer_sits(market: MarketInput | None) -> tuple[str, bool] | None:
    """Where the offer's base sits ("at about the 62nd percentile", or "between P25 and P50"
    on a thin range, no finer) and whether that is below the middle; None when not placed."""
    if market is None:
        return None
    if market.offer_percentile is not None:
        at = market.offer_percentile
        return f"at about the {ordinal(at)} percentile", at < 50
    if market.offer_band:
        top = market.offer_band.rsplit("P", 1)[-1]
        return market.offer_band, top.isdigit() and int(top) <= 50
    return None


TASK_LIMIT = 3
NO_TITLE = "[TARGET ROLE]"  # a placeholder, like every missing fact in the playbook
SET_TARGET = (
    'Name your target with `levelset profile set --title "..." --level ...`: '
    "what sets a level apart depends on the role."
)


def target_words(inputs: PlanInputs) -> str:
    """ "staff ML Engineer in Seattle, WA", with what is known."""
    profile = inputs.profile
    title = profile.target_title or NO_TITLE
    band = f"{profile.target_band.label} " if profile.target_band else ""
    place = f" in {listing(list(profile.locations), 'or')}" if profile.locations else ""
    return f"{band}{title}{place}"


def short_answer(inputs: PlanInputs, plan: Plan, topic: Topic) -> Section:
    target = target_words(inputs)
    lead = {
        Topic.SALARY: f"Ask for a number you can defend for a {target}, not a number you hope for.",
        Topic.LEVELING: f"Read as a {target} by showing scope at that level, with proof.",
        Topic.NEGOTIATION: "Counter once, with one number, one reason and one clear ask.",
    }[topic]
    blocks: list[Block] = [Paragraph(f"{lead} {_answer_detail(inputs, topic)}")]
    blocks.append(Paragraph(f"Fix this first: {plan.signal.title}. {plan.signal.why}"))
    chart = market_chart(inputs)
    if chart is not None:
        blocks.append(chart)
    return Section("short_answer", "The short answer", tuple(blocks))


def _answer_detail(inputs: PlanInputs, topic: Topic) -> str:
    offer, market, level = inputs.offer, inputs.market, inputs.level
    best = market.best if market else None
    if topic is Topic.LEVELING and level is not None:
        return (
            f"Your evidence reads as {level.band.label} today ({level.confidence} confidence)"
            + (
                f"; to read as {level.target.label} you need {level.missing[0]}."
                if level.target and level.missing
                else "."
            )
        )
    if offer is not None and offer.anchor is not None:
        area = elsewhere(inputs)
        whose = f"{offer.company}'s offer in {area}" if area else offer.company
        return (
            f"For {whose}, that number is {money(offer.anchor, offer.currency)} base "
            f"against their {money(offer.base, offer.currency)}"
            + (f"; the reason: {offer.anchor_reason}." if offer.anchor_reason else ".")
        )
    if market is not None and best is not None:
        return (
            "The market for that role pays a median base salary of "
            f"{market_money(best.p50, market.currency)} and "
            f"{market_money(best.p75, market.currency)} at the 75th percentile "
            f"({best.provenance}); bonus and stock come on top."
        )
    return "Look up your range first (`levelset range`): without it every number is a guess."


def why_it_matters(inputs: PlanInputs, plan: Plan) -> Section:
    blocks: list[Block] = []
    offer, market = inputs.offer, inputs.market
    if offer is not None and offer.anchor is not None:
        gap = offer.anchor - offer.base
        blocks.append(
            Paragraph(
                f"The distance between {offer.company}'s base and your anchor is "
                f"{money(gap, offer.currency)} a year, before bonus and equity. A base raise "
                "also lifts every later raise and bonus that is a percent of it."
            )
        )
    if market is not None and (sits := offer_sits(market)) is not None:
        where, below = sits
        blocks.append(
            Paragraph(
                f"The offer's base sits {where} of base pay for {market.role}"
                f"{placed_in(market)}: "
                + (
                    "below the middle, so there is room to ask."
                    if below
                    else "above the middle, so your case rests on proof more than on the market."
                )
            )
        )
    if plan.deadline is not None and plan.company:
        first = first_day(inputs, plan.start)
        blocks.append(Paragraph(_timing(plan.company, plan.deadline, first)))
    blocks.append(
        Paragraph(
            "A reader who understands your level in seconds moves you forward; one who has to "
            f"guess files you a level lower. Your target is {target_words(inputs)}."
        )
    )
    return Section("why", "Why it matters for you", tuple(blocks))


def _timing(company: str, deadline: dt.date, start: dt.date) -> str:
    when = f"{deadline:%A} {deadline.day} {deadline:%B}"
    if deadline < start:
        return (
            f"Time matters too: {company} asked for an answer by {when}, which leaves no "
            "day for the steps. Ask them for a new date first; the plan spreads the five "
            "steps over a week until you record one."
        )
    return (
        f"Time matters too: {company} expects an answer by {when}, and the plan spaces the "
        "five steps up to that day."
    )


def strong_signal(inputs: PlanInputs) -> Section:
    proof, market, offer = inputs.proof, inputs.market, inputs.offer
    cues: list[str] = []
    best = market.best if market else None
    cues.append(
        f"A researched range: median {market_money(best.p50, market.currency)}, 75th percentile "
        f"{market_money(best.p75, market.currency)} ({best.provenance})."
        if market is not None and best is not None
        else "A researched range: not yet in your records (`levelset range`)."
    )
    strong = [b for b in proof.strongest if b.has_metric][:3] if proof else []
    if strong:
        cues += [f"Outcome with a number, your own: {quote(b.text)}" for b in strong]
    elif proof is None:
        cues.append("Outcomes with numbers: import your resume (`levelset proof import FILE`).")
    else:
        cues.append("Outcomes with numbers: none found yet in what you imported.")
    if offer is not None and offer.anchor_cited:  # a rule of thumb is no evidence to cite
        cues.append(f"A reason tied to evidence: {offer.anchor_cited}.")
    cues.append("A calm, direct ask: one number, no apology, a date for the next step.")
    intro = Paragraph(
        "Strong signal is specific and easy to check. Here is what it looks like, filled in "
        "from your records where they have it:"
    )
    return Section(
        "strong_signal", "What strong signal looks like, and yours", (intro, Bullets(tuple(cues)))
    )


def mistakes(inputs: PlanInputs) -> Section:
    found = _task_mistakes(inputs) + _data_mistakes(inputs)
    if inputs.level is not None:
        found += list(inputs.level.warnings)
    if not found:
        sources = listing(list(inputs.proof.sources)) if inputs.proof else ""
        text = (
            f"None of the usual mistakes showed up in what you imported ({sources})."
            if inputs.proof
            else "Import your resume (`levelset proof import FILE`) to have it checked for "
            "task wording, missing numbers and contradictions."
        )
        return Section("mistakes", "Mistakes found in your materials", (Paragraph(text),))
    return Section(
        "mistakes",
        "Mistakes found in your materials",
        (Paragraph("These come from your own files and records:"), Bullets(tuple(found))),
    )


def _task_mistakes(inputs: PlanInputs) -> list[str]:
    proof = inputs.proof
    if proof is None:
        return []
    found = [
        f"Task wording instead of an outcome: {quote(b.text, 70)} ({b.source})."
        for b in proof.bullets
        if b.task_wording
    ][:TASK_LIMIT]
    missing = len(proof.bullets) - len(proof.with_metric)
    if missing:
        found.append(
            f"Claims without proof: {bullets_with(missing, len(proof.bullets), 'no metric')}."
        )
    found += [f"Channels disagree: {c}." for c in proof.contradictions[:2]]
    if proof.scan_passed is False and proof.scan_line:
        found.append(
            f"Your first line, {quote(proof.scan_line, 70)}, names no role and no outcome."
        )
    return found


def _data_mistakes(inputs: PlanInputs) -> list[str]:
    found = []
    if inputs.offer is not None and inputs.market is None:
        found.append("Negotiating without data: no market range is on record for this offer.")
    offer = inputs.offer
    if offer is not None and offer.asks and all(a.lever == "base" for a in offer.asks):
        found.append("Looking only at base: your asks name no other lever.")
    return found


ML_WORDS = {"ml", "ai", "mlops", "llm"}
ML_PHRASES = ("machine learning", "data scien", "research scien", "applied scien")


def is_ml(title: str) -> bool:
    """Whether a title names machine-learning work (ML engineer, data scientist...)."""
    lowered = title.lower()
    words = set("".join(c if c.isalpha() else " " for c in lowered).split())
    return bool(words & ML_WORDS) or any(p in lowered for p in ML_PHRASES)


def _nuance(target: str, track: Track) -> str:
    if track is Track.LEADERSHIP:
        return (
            f"For a {target}, your own technical work is no longer what is measured. What sets "
            "the level is what your team delivered, the people you grew and the priorities you "
            "set for others."
        )
    if is_ml(target):
        return (
            f"For a {target}, shipping a model is the floor. What sets the level is how "
            "your decisions changed what platform, product and research partners could do."
        )
    return (
        f"For a {target}, delivering your own work is the floor. What sets the level is "
        "the decisions other teams built on and the problems you chose to solve."
    )


def role_nuance(inputs: PlanInputs) -> Section:
    title = inputs.profile.target_title or NO_TITLE
    band = band_label(inputs.profile.target_band) if inputs.profile.target_band else ""
    heading = f"{band} {title}".strip()
    proof = inputs.proof
    cross = (
        [b for b in proof.bullets if b.scope in {"several teams", "organisation", "company"}]
        if proof
        else []
    )
    blocks: list[Block] = [Paragraph(_nuance(heading, inputs.profile.track))]
    if not inputs.profile.target_title:
        blocks.insert(0, Paragraph(SET_TARGET))
    if cross:
        blocks.append(
            Paragraph(f"Your best example of reach beyond your team: {quote(cross[0].text)}")
        )
    else:
        blocks.append(
            Paragraph(
                "None of your bullets shows work across teams yet; one example of a decision "
                "that other teams built on will read more senior than three solo wins."
            )
        )
    return Section("role", f"Role nuance: {heading}", tuple(blocks))
