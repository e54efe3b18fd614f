"""What the message asks for and why: the anchor, the reason, the ask and the levers."""

from __future__ import annotations

from levelset.narrative import lexicon
from levelset.narrative.message import Check, Loss, Message
from levelset.narrative.model import Span, Stage

WIDE_RANGE = 0.15  # a range wider than this share of its low end invites the low end


def anchor(msg: Message) -> Check:
    """A specific number or a tight range, not a vague 'a bit more'."""
    if not msg.amounts:
        vague = msg.in_body(lexicon.VAGUE_AMOUNT)
        where = vague[0] if vague else _ask_place(msg)
        text = "asks for more without naming a number" if vague else "names no number or range"
        return Check(
            losses=(
                Loss(
                    where,
                    f"The message {text}.",
                    "Name one figure (e.g. a base of $X) or a tight range taken from market data.",
                    1.0,
                    "missing",
                ),
            )
        )
    evidence = tuple(a.span for a in msg.amounts)
    wide = [a for a in msg.amounts if a.is_range and (a.high - a.low) > WIDE_RANGE * a.low]
    losses = tuple(
        Loss(
            a.span,
            "This range is wide; the reader will settle on its low end.",
            "Narrow the range so its bottom is a number you would be glad to accept.",
            0.4,
            "weak",
        )
        for a in wide[:1]
    )
    if msg.stage in (Stage.HOLD, Stage.CONFIRM) and any(a.is_range for a in msg.amounts):
        rng = next(a for a in msg.amounts if a.is_range)
        losses += (
            Loss(
                rng.span,
                "At this step a range reopens what was already anchored.",
                "Restate the single figure you are holding to.",
                0.3,
                "weak",
            ),
        )
    return Check(evidence=evidence, losses=losses)


def reason(msg: Message) -> Check:
    """A reason tied to delivered outcomes (with a metric) or to market data."""
    market = msg.in_body(lexicon.MARKET)
    outcomes = [
        s
        for s in msg.in_body(lexicon.OUTCOME_VERB)
        if lexicon.METRIC.search(msg.sentence_at(s).text)
    ]
    needs = msg.in_body(lexicon.NEED)
    need_losses = tuple(
        Loss(
            n,
            "This reason is about your needs, not the value you bring.",
            "Replace it with an outcome you delivered or the market range for the role.",
            0.5,
        )
        for n in needs[:1]
    )
    if market or outcomes:
        evidence = tuple(dict.fromkeys(msg.sentence_at(s) for s in (market[:1] + outcomes[:1])))
        return Check(evidence=evidence, losses=need_losses)
    bare = msg.in_body(lexicon.OUTCOME_VERB)
    if bare:
        weak = Loss(
            msg.sentence_at(bare[0]),
            "The outcome has no number, so it is hard to weigh.",
            "Add the measured result: a percentage, a cost saved, a time cut.",
            0.4,
            "weak",
        )
        return Check(evidence=(bare[0],), losses=(weak, *need_losses))
    if needs:
        return Check(
            losses=(
                Loss(
                    needs[0],
                    "The only reason given is your needs, not your value.",
                    "Replace it with an outcome you delivered or the market range.",
                    1.0,
                    "weak",
                ),
            )
        )
    where = msg.sentence_at(msg.amounts[0].span) if msg.amounts else _ask_place(msg)
    missing = Loss(
        where,
        "No reason backs the request.",
        "Add one sentence: the market range for this level, or an outcome with its metric.",
        1.0,
        "missing",
    )
    return Check(losses=(missing,))


def ask(msg: Message) -> Check:
    """One clear request: exactly one sentence that asks, stating what is wanted."""
    asks = _ask_sentences(msg)
    open_asks = msg.in_body(lexicon.OPEN_ASK)
    if not asks and not open_asks:
        return Check(
            losses=(
                Loss(
                    msg.body_end,
                    "There is no request in the message.",
                    "End the body with one direct sentence saying what you ask for.",
                    1.0,
                    "missing",
                ),
            )
        )
    if not asks:
        return Check(
            losses=(
                Loss(
                    open_asks[0],
                    "Asking whether there is room is not an ask.",
                    "Say what you want: 'Could you bring the base to $X?'",
                    0.6,
                    "weak",
                ),
            )
        )
    losses = tuple(
        Loss(
            extra,
            "A second, separate request dilutes the first.",
            "Fold every item into one ask sentence, or drop the lesser one.",
            0.25,
            "weak",
        )
        for extra in asks[1:3]
    )
    return Check(evidence=(asks[0],), losses=losses)


def levers(msg: Message) -> Check:
    """Levers beyond base pay named: equity, sign-on, bonus, level, scope and so on."""
    found = {
        name: spans[0]
        for name, pattern in lexicon.LEVERS.items()
        if (spans := msg.in_body(pattern))
    }
    if len(found) >= 2:
        return Check(evidence=tuple(found.values()))
    base = msg.in_body(lexicon.BASE)
    where = base[0] if base else (msg.amounts[0].span if msg.amounts else _ask_place(msg))
    if found:
        loss = Loss(
            where,
            "Only one lever besides base is on the table.",
            "Name a second lever (sign-on, equity, level or start date) as a trade-off.",
            0.3,
            "weak",
        )
        return Check(evidence=tuple(found.values()), losses=(loss,))
    loss = Loss(
        where,
        "Only base pay is discussed.",
        "Add the other levers you care about: equity, sign-on bonus, level, scope.",
        1.0,
        "missing",
    )
    return Check(losses=(loss,))


def _ask_sentences(msg: Message) -> list[Span]:
    seen: list[Span] = []
    starts: set[int] = set()  # sentences do not overlap: a start names one
    for match in msg.in_body(lexicon.ASK):
        sentence = msg.sentence_at(match)
        if sentence.start not in starts and not _only_scheduling(msg, sentence):
            starts.add(sentence.start)
            seen.append(sentence)
    return seen


def _only_scheduling(msg: Message, sentence: Span) -> bool:
    """'Could we talk on Thursday?' is a next step, not a second negotiation ask."""
    if not lexicon.SCHEDULING.search(sentence.text):
        return False
    return not any(sentence.start <= a.span.start < sentence.end for a in msg.amounts)


def _ask_place(msg: Message) -> Span:
    asks = _ask_sentences(msg)
    return asks[0] if asks else msg.body_end
