"""Putting the checks together into one explainable 0-100 score."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from levelset.errors import InputError, Problem
from levelset.narrative import closing, form, substance, tone
from levelset.narrative.language import reads_as_english
from levelset.narrative.message import Check, Message, read_message
from levelset.narrative.model import Component, Finding, NarrativeScore, Stage, parse_stage
from levelset.narrative.text import amounts
from levelset.narrative.weights import LABELS, WEIGHTS
from levelset.patterns import compiled

CHECKS: dict[str, Callable[[Message], Check]] = {
    "anchor": substance.anchor,
    "reason": substance.reason,
    "ask": substance.ask,
    "levers": substance.levers,
    "confidence": tone.confidence,
    "enthusiasm": tone.enthusiasm,
    "next_step": closing.next_step,
    "in_writing": closing.in_writing,
    "concise": form.concise,
    "consistent": form.consistent,
}
_NUMBER_ONLY = compiled(r"^\s*[$€£]?\s*[\d,]+(\.\d+)?\s*[kKmM]?\s*$")


def score_message(
    text: str,
    stage: str | Stage | None = None,
    prior_numbers: Iterable[float | int | Decimal | str] = (),
    prior_messages: Iterable[str] = (),
) -> NarrativeScore:
    """Score a negotiation message 0-100. Deterministic: the same input gives the same result.

    `prior_numbers` are figures stated earlier in the same negotiation (numbers, or text such
    as "$195k"); `prior_messages` are earlier messages whose figures are read the same way.
    Every point lost is a Finding naming the exact span of `text` and a suggested fix.
    """
    _check_length(text)
    chosen = parse_stage(stage)
    prior = _prior_figures(prior_numbers, prior_messages)
    msg = read_message(text, chosen, prior)
    weights = WEIGHTS[chosen]
    checks = {
        name: check(msg) if weights[name] > 0 else Check(applicable=False)
        for name, check in CHECKS.items()
    }
    total = sum(weights[n] for n, c in checks.items() if c.applicable) or 1.0
    components = tuple(_component(n, c, weights[n] * 100 / total) for n, c in checks.items())
    earned = sum(c.earned for c in components if c.applicable)
    return NarrativeScore(
        score=round(earned),
        stage=chosen,
        words=msg.words,
        components=components,
        numbers=tuple(a.low for a in msg.amounts),
        notes=() if reads_as_english(text) else (NOT_ENGLISH,),
    )


def _component(name: str, check: Check, weight: float) -> Component:
    if not check.applicable:
        return Component(name, LABELS[name], 0.0, 0.0, False, (), ())
    shares = sum(loss.share for loss in check.losses)
    scale = 1.0 / shares if shares > 1.0 else 1.0  # never lose more than the part is worth
    findings = tuple(
        Finding(name, loss.span, loss.message, loss.fix, loss.share * scale * weight, loss.kind)
        for loss in check.losses
    )
    earned = weight * max(0.0, 1.0 - shares)
    return Component(name, LABELS[name], weight, earned, True, check.evidence, findings)


def _prior_figures(
    numbers: Iterable[float | int | Decimal | str], messages: Iterable[str]
) -> tuple[float, ...]:
    figures: list[float] = []
    for number in numbers:
        if isinstance(number, str) and not _NUMBER_ONLY.match(number):
            found = [a.high for a in amounts(number)]
            if not found:
                message = f"earlier figure {number!r} is not an amount"
                problem = Problem(message, field="prior", expected="an amount: 205000, $205k")
                raise InputError(message, problems=[problem])
            figures += found
        elif isinstance(number, str):
            figures += [a.high for a in amounts(number)] or [float(number.replace(",", ""))]
        else:
            figures.append(float(number))
    for message in messages:
        figures += [a.high for a in amounts(message)]
    return tuple(figures)


NOT_ENGLISH = (
    "This message does not read as English. The rules read English words only, so this "
    "score and its findings say little about it."
)
MAX_CHARS = 20_000  # about 3,000 words: far beyond any email, and scored in well under a second


def _check_length(text: str) -> None:
    """Refuse a text too long to be one message, before any rule reads it."""
    if len(text) > MAX_CHARS:
        message = f"longer than {MAX_CHARS:,} characters: paste only the one email to score"
        expected = f"at most {MAX_CHARS:,} characters"
        raise InputError(message, problems=[Problem(message, field="message", expected=expected)])
