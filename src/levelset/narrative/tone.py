"""How the message sounds: confident (no apology, hedge or undercut) and committed."""

from __future__ import annotations

from levelset.narrative import lexicon
from levelset.narrative.message import Check, Loss, Message

TOO_FEW_WORDS = 5
_WHY = {
    "apology": "Apologising frames a normal request as an imposition.",
    "hedge": "This softener makes the ask sound optional.",
    "undercut": "This tells the reader you will accept less than you asked for.",
}


def confidence(msg: Message) -> Check:
    """Every apology, hedge and undercut costs points, each tied to its exact phrase."""
    hits = []
    for weakener in lexicon.WEAKENERS:
        for span in msg.matches(weakener.pattern):
            hits.append((span, weakener))
    if msg.words < TOO_FEW_WORDS:  # silence is not confidence
        return Check(
            losses=(
                Loss(
                    msg.body_start,
                    "There is too little text to judge the tone.",
                    "Write the message: the number, the reason and the ask.",
                    1.0,
                    "missing",
                ),
            )
        )
    hits.sort(key=lambda hit: hit[0].start)
    losses: list[Loss] = []
    covered: list[tuple[int, int]] = []
    for span, weakener in hits:
        if any(start <= span.start < end for start, end in covered):
            continue  # "I'm so sorry to ask" is one apology, not two
        covered.append((span.start, span.end))
        losses.append(
            Loss(
                span,
                _WHY[weakener.category],
                weakener.fix,
                weakener.cost,
                weakener.category,
            )
        )
    return Check(losses=tuple(losses))


def enthusiasm(msg: Message) -> Check:
    """Enthusiasm for the role and a signal of commitment if the ask is met."""
    keen = msg.in_body(lexicon.ENTHUSIASM)
    committed = msg.in_body(lexicon.COMMITMENT)
    losses: list[Loss] = []
    if not keen:
        losses.append(
            Loss(
                msg.body_start,
                "The message does not say you want the job.",
                "Open with one line on why you are excited about the role or team.",
                0.5,
                "missing",
            )
        )
    if not committed:
        where = msg.body_end
        losses.append(
            Loss(
                where,
                "Nothing says what happens if they meet the ask.",
                "Add a commitment: 'If we can get there, I am ready to sign.'",
                0.5,
                "missing",
            )
        )
    return Check(evidence=tuple(keen[:1] + committed[:1]), losses=tuple(losses))
