"""What a peer heard against what was meant: the number they remember against the ask on the
sheet, the pitch they say back against the user's positioning sentence, and what to change.

Pure: the answers the user typed in (`levelset practice peer record`) and the sheet's two
sentences in, a `PeerCheck` out. Read by the plan's weekly review.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from levelset.money import format_money
from levelset.narrative.text import amounts
from levelset.patterns import compiled

CLOSE_ENOUGH = 0.01  # a remembered number within 1% of the ask is the ask
HEARD_ENOUGH = 0.6  # share of the pitch's key words said back that counts as landed
_WORD = compiled(r"\$?\d[\d,.]*[%kKmM]?|[A-Za-z][A-Za-z'+-]{2,}")
_PLACEHOLDER = "["  # the sheet's "[Your ask: ...]" / "[Your one-sentence positioning: ...]"
_BARE = compiled(r"\d{2,3}(?:\.\d+)?")
_FILLER_WORDS = (
    "the and for with that this from into over than then them they their have has had was "
    "were are been being who whom whose which what when where while will would could should "
    "about after before across also just only very more most some such each every onto your "
    "you our ours mine based base year years team teams work worked working role level"
)
_FILLER = frozenset(_FILLER_WORDS.split())


@dataclass(frozen=True)
class PeerHeard:
    """One peer's answers with the two sentences the sheet carried when they heard the pitch."""

    on: dt.date
    meant_ask: str
    meant_positioning: str
    heard: str
    number: str
    pushback: str
    company: str | None = None


@dataclass(frozen=True)
class PeerCheck:
    """What landed and what to change, sentence by sentence."""

    on: dt.date
    number_landed: bool | None  # None: no ask on the sheet to compare with
    asked: str | None
    remembered: str | None
    key_words: tuple[str, ...]
    words_heard: tuple[str, ...]
    words_missed: tuple[str, ...]
    number: str
    positioning: str
    pushback: str | None
    change: str

    def lines(self) -> tuple[str, ...]:
        found = [self.number, self.positioning]
        if self.pushback:
            found.append(self.pushback)
        return (*found, f"Change next time: {self.change}.")


def check(peer: PeerHeard, currency: str = "USD") -> PeerCheck:
    """Compare what the peer heard with what the sheet meant."""
    asked = _first_amount(peer.meant_ask, None)
    remembered = _first_amount(peer.number, asked[0] if asked else None)
    number, landed, number_fix = _number(asked, remembered, currency)  # fix "" when it landed
    key = _key_words(peer.meant_positioning)
    said = _stems(peer.heard)
    heard = tuple(w for w in key if _stem(w.lower()) in said)
    missed = tuple(w for w in key if _stem(w.lower()) not in said)
    positioning, pitch_fix = _positioning(key, heard, missed)
    pushback = peer.pushback.strip()
    answer = (
        f"Their pushback, to rehearse an answer to: \u201c{pushback}\u201d"
        if pushback and pushback.casefold() not in {"none", "nothing", "-", "n/a"}
        else None
    )
    return PeerCheck(
        on=peer.on, number_landed=landed, asked=_money(asked, currency),
        remembered=_money(remembered, currency),
        key_words=key, words_heard=heard, words_missed=missed, number=number,
        positioning=positioning, pushback=answer,
        change="; ".join(fix for fix in (number_fix, pitch_fix) if fix) or _kept_as_is(answer),
    )  # fmt: skip


def _kept_as_is(pushback: str | None) -> str:
    keep = "nothing in the pitch or the number: both landed"
    return keep + ("; rehearse an answer to their pushback" if pushback else "")


def _money(found: tuple[float, float] | None, currency: str) -> str | None:
    return format_money(found[0], currency) if found else None


def _first_amount(text: str, near: float | None) -> tuple[float, float] | None:
    """The first money amount (low, high) in `text`; a bare "215" next to an ask in the
    hundreds of thousands is read as thousands, as people say it aloud."""
    if text.strip().startswith(_PLACEHOLDER):
        return None
    found = amounts(text)
    if found:
        return found[0].low, found[0].high
    bare = _BARE.search(text)
    if bare and near and near >= 10_000:
        value = float(bare.group(0)) * 1_000
        return value, value
    return None


def _number(
    asked: tuple[float, float] | None, remembered: tuple[float, float] | None, currency: str
) -> tuple[str, bool | None, str]:
    if asked is None:
        unset = "set your anchor (levelset negotiate anchor) and print the sheet again"
        return "No ask on the sheet yet, so the number could not be checked.", None, unset
    ask = format_money(asked[0], currency)
    if remembered is None:
        return (f"Your peer remembered no number; you asked for {ask}.", False,
                f"say {ask} early, once, as one exact figure, then stop talking")  # fmt: skip
    low, high = remembered
    if high - low > CLOSE_ENOUGH * asked[0]:
        heard = f"{format_money(low, currency)}-{format_money(high, currency)}"
        return (f"Your peer remembered a range, {heard}; you asked for {ask}.", False,
                f"name one number, {ask}, not a range: the listener keeps the low end")  # fmt: skip
    gap = (low - asked[0]) / asked[0]
    heard = format_money(low, currency)
    if abs(gap) <= CLOSE_ENOUGH:
        return f"Your peer remembered {heard}: the number you asked for landed.", True, ""
    side = "below" if gap < 0 else "above"
    sentence = f"Your peer remembered {heard}, {abs(gap):.0%} {side} the {ask} you asked for."
    return sentence, False, f"say {ask} slowly, once, and repeat it when you close"


def _positioning(
    key: tuple[str, ...], heard: tuple[str, ...], missed: tuple[str, ...]
) -> tuple[str, str]:
    if not key:
        unset = "write your one-sentence positioning (levelset profile set --positioning)"
        return "No positioning sentence to compare with yet.", unset
    share = len(heard) / len(key)
    said = ", ".join(f"\u201c{w}\u201d" for w in heard) or "none of them"
    if share >= HEARD_ENOUGH and not any(_is_figure(w) for w in missed):
        return (f"Your pitch came through: {len(heard)} of {len(key)} key words said back "
                f"({said}).", "")  # fmt: skip
    gone = ", ".join(f"\u201c{w}\u201d" for w in missed)
    sentence = (
        f"Your peer said back {len(heard)} of {len(key)} key words of your positioning; "
        f"missing: {gone}."
    )
    figures = [w for w in missed if _is_figure(w)]
    if figures:
        return sentence, f"open the pitch with your result ({figures[0]}), then say what it was"
    return sentence, f"put {gone} in your first sentence and cut what comes before them"


def _key_words(text: str) -> tuple[str, ...]:
    """The positioning's words worth hearing back: figures and content words, each once."""
    if text.strip().startswith(_PLACEHOLDER):
        return ()
    seen: dict[str, str] = {}
    for word in _WORD.findall(text):
        shown = word.strip(".,'-")
        clean = shown.lower()
        if _is_figure(clean) or (len(clean) >= 4 and clean not in _FILLER):
            seen.setdefault(_stem(clean), shown)
    return tuple(seen.values())


def _stems(text: str) -> set[str]:
    return {_stem(w.strip(".,'-").lower()) for w in _WORD.findall(text)}


def _stem(word: str) -> str:
    """Figures by their digits ("$3.1M", "3.1m"); words by their first five letters."""
    if _is_figure(word):
        return "".join(ch for ch in word if ch.isdigit() or ch == ".").strip(".")
    return word[:5]


def _is_figure(word: str) -> bool:
    return any(ch.isdigit() for ch in word)
