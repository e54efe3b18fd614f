"""The shape of the message: concise enough to read at once, numbers consistent over time."""

from __future__ import annotations

from levelset.money import format_short
from levelset.narrative.message import Check, Loss, Message
from levelset.narrative.model import Stage
from levelset.narrative.text import word_count

WORD_LIMIT = {Stage.ANCHOR: 220, Stage.ASK: 220, Stage.HOLD: 150, Stage.CONFIRM: 180}
DEFAULT_LIMIT = 220
TOO_SHORT = 25
LONG_SENTENCE = 40
SAME_FIGURE = (0.6, 1.6)  # a prior number this close is taken to be the same figure


def concise(msg: Message) -> Check:
    """Short enough to read in one pass; no run-on sentences."""
    limit = WORD_LIMIT.get(msg.stage, DEFAULT_LIMIT) if msg.stage else DEFAULT_LIMIT
    longest = max(msg.body, key=lambda s: word_count(s.text), default=msg.body_end)
    losses: list[Loss] = []
    if msg.words > limit:
        share = min(1.0, 2 * (msg.words - limit) / limit)
        losses.append(
            Loss(
                longest,
                f"{msg.words} words is long for this step (aim under {limit}).",
                "Cut to the number, one reason, the ask and the next step; start here.",
                share,
            )
        )
    elif msg.words < TOO_SHORT:
        losses.append(
            Loss(
                msg.body_start,
                f"At {msg.words} words there is no room for a reason.",
                "Add one sentence with the reason behind your number.",
                1.0 if msg.words < TOO_SHORT / 2 else 0.4,
                "weak",
            )
        )
    runs = [s for s in msg.body if word_count(s.text) > LONG_SENTENCE and s != longest]
    for sentence in runs[:2]:
        losses.append(
            Loss(
                sentence,
                "This sentence runs long and buries its point.",
                "Split it, and put the number or the ask first.",
                0.2,
                "weak",
            )
        )
    return Check(losses=tuple(losses))


def consistent(msg: Message) -> Check:
    """Figures agree with the ones stated earlier in the same negotiation."""
    pairs = [(a, p) for a in msg.amounts if (p := _same_figure(a.low, msg.prior)) is not None]
    if not pairs:
        return Check(applicable=False)
    losses: list[Loss] = []
    for amount, prior in pairs:
        if amount.low < prior * 0.99:
            losses.append(
                Loss(
                    amount.span,
                    f"{amount.span.text} is below the {format_short(prior)} you stated"
                    " earlier; it reads as a retreat.",
                    f"Restate {format_short(prior)}, or trade it for another lever.",
                    1.0,
                )
            )
        elif amount.low > prior * 1.03:
            losses.append(
                Loss(
                    amount.span,
                    f"{amount.span.text} is above the {format_short(prior)} you stated"
                    " earlier; moving the anchor up costs trust.",
                    "Hold to the earlier figure unless something new justifies it.",
                    0.5,
                    "weak",
                )
            )
    return Check(evidence=tuple(a.span for a, _ in pairs), losses=tuple(losses))


def _same_figure(value: float, prior: tuple[float, ...]) -> float | None:
    close = [p for p in prior if SAME_FIGURE[0] * p <= value <= SAME_FIGURE[1] * p]
    return min(close, key=lambda p: abs(p - value)) if close else None
