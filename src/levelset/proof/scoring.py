"""A score out of 100 for one bullet, the reasons for it, and a rewrite scaffold.

The scaffold follows "<outcome> by <action>, measured by <metric>" and only reuses words and
numbers from the bullet; what is missing stays a [placeholder] for the user to fill in. It never
asks for a number where the quantity reader sees one (a result, or a count of whom or what the
work reached), even when the learned verdict reads the bullet as unmeasured: the numbers written
are named as the measure instead, and what changed is what is asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from levelset.patterns import compiled
from levelset.proof.common_words import all_common, is_common_word
from levelset.proof.features import Features, Scope, Wording
from levelset.proof.tech_names import is_tech
from levelset.proof.uptake import uptake_signals

WEIGHTS = {
    "base": 15,  # a stated piece of work, before any proof
    "metric": 30,
    "outcome": 20,
    "task": -15,
    "scope_step": 5,  # per step above "self", up to industry
    "leadership": 12,
    "cross_team": 8,
    "ml": 5,
    "vague": -5,
}
STRONG, FAIR = 65, 40
_IRREGULAR = {
    "led": "leading",
    "built": "building",
    "drove": "driving",
    "ran": "running",
    "wrote": "writing",
    "made": "making",
    "cut": "cutting",
    "grew": "growing",
    "set": "setting",
    "took": "taking",
    "won": "winning",
    "rebuilt": "rebuilding",
    "brought": "bringing",
    "rewrote": "rewriting",
    "gave": "giving",
    "kept": "keeping",
    "taught": "teaching",
    "caught": "catching",
    "held": "holding",
    "chose": "choosing",
    "became": "becoming",
    "began": "beginning",
    "drew": "drawing",
    "sat": "sitting",
    "spent": "spending",
    "sped": "speeding",
    "stepped": "stepping",
    "shipped": "shipping",
    "put": "putting",
    "got": "getting",
    "found": "finding",
    "met": "meeting",
    "hit": "hitting",
    "used": "using",
    "fed": "feeding",
    "shaped": "shaping",
    "saved": "saving",
}


@dataclass(frozen=True)
class Score:
    """Points out of 100, a strength label, and one reason per point given or taken."""

    points: int
    strength: str  # "strong", "fair" or "weak"
    reasons: tuple[str, ...]


def score(features: Features) -> Score:
    """Add points for each kind of proof present; take some off for task wording and vagueness."""
    points, reasons = 0, []
    for delta, reason in _contributions(features):
        points += delta
        reasons.append(f"{'+' if delta >= 0 else '-'}{abs(delta)} {reason}")
    points = max(0, min(100, points))
    strength = "strong" if points >= STRONG else "fair" if points >= FAIR else "weak"
    return Score(points, strength, tuple(reasons))


def _contributions(f: Features) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = [(WEIGHTS["base"], "a piece of work is named")]
    if f.has_metric:
        found.append((WEIGHTS["metric"], f"quantified result ({', '.join(f.metrics[:3])})"))
    elif f.numbers:  # numbers the reader sees, which the verdict does not take for a result
        found.append((0, f"numbers that show no result yet ({', '.join(f.numbers[:3])})"))
    else:
        found.append((0, "no number shows the result"))
    if f.wording is Wording.OUTCOME:
        found.append((WEIGHTS["outcome"], "says what changed, not only what was done"))
    elif f.wording is Wording.TASK:
        found.append((WEIGHTS["task"], f"task wording ({f.task_phrase!r}) hides the result"))
    if f.scope is not Scope.SELF:
        step = WEIGHTS["scope_step"] * f.scope.rank
        found.append((step, f"scope: {f.scope.value.replace('_', ' ')} ({f.scope_evidence})"))
    if f.has_leadership:
        found.append(
            (WEIGHTS["leadership"], f"ownership or leadership ({', '.join(f.leadership)})")
        )
    if f.has_cross_team:
        found.append((WEIGHTS["cross_team"], f"reach across teams ({', '.join(f.cross_team)})"))
    if f.has_ml_proof:
        found.append((WEIGHTS["ml"], f"ML proof ({', '.join(k.replace('_', ' ') for k in f.ml)})"))
    if f.vague and not f.has_metric:
        found.append((WEIGHTS["vague"], f"claims size without proof ({', '.join(f.vague)})"))
    return found


def scaffold(text: str, features: Features) -> str | None:
    """A rewrite frame that keeps the bullet's own words and numbers; None if already strong."""
    if (
        features.has_metric
        and features.wording is Wording.OUTCOME
        and features.scope is not Scope.SELF
    ):
        return None
    body = _strip_task(text, features).rstrip(" .;")
    granted = _granted(text, body)
    if granted is not None:
        return granted
    if features.has_metric and features.wording is Wording.OUTCOME:
        return f"{body}, for [whom: the team, teams, product or users that gained]"
    seen = features.metrics or features.numbers
    metric = ", ".join(seen) if seen else "[metric: before -> after, %, time or money saved]"
    if seen and not features.metrics and features.counted:
        metric += " and [what changed for them]"  # a count of those reached is not yet a result
    # the frame is one sentence: built on the first, the others kept after it as written
    first, rest = first_sentence(body)
    after = _result_after(first, rest, features)
    if after is not None:
        return f"{after}, measured by {metric}"
    outcome, action = _split_outcome(first, features)
    frame = f"{outcome} by {action}, measured by {metric}"
    return f"{frame}. {rest}" if rest else frame


# a sentence ends at a stop before a capital, not after an initial or a short form ("J. Smith",
# "Inc. Led", "U.S. Army"): the stop's word is looked at in `first_sentence`
_STOP = compiled(r"[.!?]\s+(?=[\"“(]?[A-Z])")
_SHORT_FORMS = frozenset(
    {"inc", "ltd", "co", "corp", "vs", "approx", "dept", "dr", "mr", "mrs", "ms", "prof"}
    | {"st", "no", "jr", "sr", "e.g", "i.e", "u.s", "u.k", "fig", "vol", "sq", "est"}
)


def first_sentence(body: str) -> tuple[str, str]:
    """The first sentence of `body` and the sentences after it ("" when there are none)."""
    for stop in _STOP.finditer(body):
        words = body[: stop.start()].split()
        word = words[-1].strip("(\"“”'").lower() if words else ""
        if len(word) > 1 and word not in _SHORT_FORMS:
            return body[: stop.start()], body[stop.end() :]
    return body, ""


def _result_after(first: str, rest: str, features: Features) -> str | None:
    """ "Both shipped a model within six months after I mentored them weekly": a result told in
    a sentence of its own, after one that says what the writer did, comes first, and the work
    after it with its subject kept (the result's subject did not do the work)."""
    if features.wording is not Wording.OUTCOME or not rest or first_sentence(rest)[1]:
        return None
    if _BY_ACTION.search(first):
        return None
    who, _, did = first.partition(" ")
    if who in ("I", "We") and opens_with_past_verb(did):
        return f"{rest} after {'I' if who == 'I' else 'we'} {did}"
    if opens_with_past_verb(first):
        return f"{rest} after I {lower_first(first)}"
    return None


_BY_ACTION = compiled(r"\s+by\s+(?=\w+ing\b)")


# a result others granted asks for what followed it, not for "by [your action]" (the paper
# or the prize is the action's result already): a paper for its citations and for who built on
# it (RULES.md: a paper at a venue earns reach and staff only with those), a prize for the field
# it was won against and what the work then did
_CITED = compiled(r"\bcit(?:ed|ations?|ing)\b", re.IGNORECASE)
_BUILT_ON = compiled(
    r"\b(?:adopted|used by|built on|builds on|in production|standard|forks?|downloads?|stars)\b",
    re.IGNORECASE,
)


def _granted(text: str, body: str) -> str | None:
    """The frame for a paper accepted at a named venue or a prize won, else None."""
    found = uptake_signals(text)
    if "uptake:venue_paper" in found:
        asks = []
        if not _CITED.search(text):
            asks.append("cited by [how many papers, or which groups]")
        if not _BUILT_ON.search(text):
            asks.append("built on by [who: a team, a product, a library or a standard using it]")
        return f"{body}, {' and '.join(asks)}" if asks else None
    words = found.get("uptake:recognised")
    if words is None:
        return None
    if _PRAISED.search(words):  # praise heard: what the work changed for those who gave it
        return f"{body}, after [what changed for them: time saved, errors gone, money kept]"
    return f"{body} [against how many others], for [what the work did: what changed, for whom]"


_PRAISED = compiled(r"\b(?:feedback|praise|kudos|recogni[sz]\w*)\b", re.IGNORECASE)


def _strip_task(text: str, features: Features) -> str:
    if features.task_phrase is None:
        return text.strip()
    after = text.split(features.task_phrase, 1)[-1].strip(" :,-")
    return after or text.strip()


def _split_outcome(body: str, features: Features) -> tuple[str, str]:
    if features.wording is Wording.OUTCOME:
        parts = _BY_ACTION.split(body, maxsplit=1)
        if len(parts) == 2:
            return parts[0], parts[1]
        return body, "[your action: what you built or decided]"
    outcome = "[outcome: what improved, for whom]"
    if features.wording is Wording.TASK:
        return outcome, f"[what you changed in] {lower_first(body)}"
    return outcome, _as_gerund(body)


def opens_with_past_verb(text: str) -> bool:
    """Whether a sentence opens with a past-tense verb ("Cut p99 latency ..."), so it reads
    after "who"."""
    first = text.split(" ", 1)[0].lower()
    return not first.endswith("ing") and _gerund(first) is not None


def lower_first(body: str) -> str:
    """The first letter lowered, unless the body opens on a name: one with capitals of its own
    ("NeurIPS", "AWS"), a technology ("Python"), a name of two capitalised words ("Apache
    Beam") or a word no dictionary holds ("Nostos"); a verb is always lowered ("Built")."""
    return body if _opens_on_name(body) else f"{body[:1].lower()}{body[1:]}"


def _opens_on_name(body: str) -> bool:
    words = body.split(" ", 2)
    first = words[0].strip(_EDGE)
    if any(c.isupper() for c in first[1:]) or (first[:1].isupper() and is_tech(body)):
        return True  # "Spring Boot and Hibernate", though "spring" is a verb too
    if not first[:1].isupper() or _gerund(first.lower()) is not None:
        return False
    second = words[1].strip(_EDGE) if len(words) > 1 else ""
    return second[:1].isupper() or not is_common_word(first.rstrip(".'’s"))


_EDGE = ",;:()[]\"'’“”!?"
# a label before the bullet's words: "Apache Beam: built ...", "Platform work: Led ..."
_LABEL = compiled(r"^(?P<label>[A-Z][^:.;,()]{0,40}?):\s+(?P<rest>\S.*)$")


def _labelled(body: str) -> str | None:
    """The action of a bullet that opens on a label: the label dropped when it is ordinary
    words ("Platform work: Built ..."), kept after the action when it names something ("building
    a Kafka source (Apache Beam)"), and named as what the work was for when the words after it
    describe a thing and say nothing done ("[what you did for] Nostos, an open-source tool")."""
    found = _LABEL.match(body)
    if found is None or len(found["label"].split()) > 5:
        return None
    label, rest = found["label"].strip(), found["rest"]
    named = _opens_on_name(label) or not all_common(label)
    if _gerund(rest.split(" ", 1)[0].lower()) is not None:
        turned = _as_gerund(rest)
        return f"{turned} ({label})" if named else turned
    return f"[what you did for] {label}, {rest}" if named else None


_SUBJECT_PRONOUN = compiled(r"^(?:I|We)\s+")


def _as_gerund(body: str) -> str:
    """ "Built the X" becomes "building the X", and "Coached and trained six" becomes "coaching
    and training six"; other openings are kept as written."""
    body = _SUBJECT_PRONOUN.sub("", body)
    labelled = _labelled(body)
    if labelled is not None:
        return labelled
    first, _, rest = body.partition(" ")
    if first.endswith(","):  # "Built, tested and shipped"
        first, rest = first[:-1], f", {rest}"
    verb = _gerund(first.lower())
    if verb is None:  # not a verb we can turn: keep the words, and ask for the action
        return f"[what you did:] {lower_first(body)}"
    joined = _JOINED_VERB.match(rest)
    while joined and (more := _gerund(joined.group(2).lower())) is not None:
        verb += _JOINERS[joined.group(1)] + more
        rest = rest[joined.end() :]
        joined = _JOINED_VERB.match(rest)
    rest = _later_verbs(rest.lstrip())
    return f"{verb}{rest}" if rest.startswith(",") else f"{verb} {rest}".strip()


# a later verb of the same list, with what it acted on: "and gave each one a model", ", built
# the loader"; not one that qualifies a noun ("a tested and documented API") or follows a
# preposition ("and based on", "and used by"), nor one inside a clause of its own ("that
# analysts used and trusted")
_LATER_VERB = compiled(
    r"(,\s+and|,|\band|;|:)\s+((?:also|then|later)\s+)?([a-z]+)(?=[,;]?\s+(\S+))"
)
_NOT_AN_OBJECT = frozenset(
    {"by", "on", "in", "to", "at", "with", "from", "for", "as", "into", "via", "using", "under"}
    | {"over", "during", "through", "across", "than", "or", "within", "upon", "after"}
)
_MOSTLY_ADJECTIVES = frozenset(
    {"automated", "detailed", "embedded", "advanced", "distributed", "dedicated", "related"}
    | {"structured", "unstructured", "supervised", "unsupervised", "targeted", "customized"}
    | {"customised", "personalized", "personalised", "integrated", "limited", "mixed", "based"}
    | {"experienced", "skilled", "varied", "sophisticated", "specialized", "specialised"}
    | {"named", "controlled", "masked", "labelled", "labeled"}
)
_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "my", "his"}
    | {"her", "each", "every", "all", "it", "them", "him", "us", "new", "both"}
)
_CLAUSE_OPENERS = compiled(
    r"\b(?:that|which|who|whom|whose|where|when|while|because|so|if)\b",
    re.IGNORECASE,
)


def _later_verbs(rest: str) -> str:
    """`rest` with each later past-tense verb of the list turned like the first ("mentoring
    them weekly and giving each one a model to own")."""
    out, start = [], 0
    for m in _LATER_VERB.finditer(rest):
        word, follower = m.group(3, 4)
        verb = _gerund(word)
        if verb is None or verb == word or follower.lower().strip(",.;") in _NOT_AN_OBJECT:
            continue
        if rest[m.end(3) : m.end(3) + 1] in ",;" and not _past_verb(follower.rstrip(",;")):
            continue  # "assigned and completed, and": a verb before a comma opens a list of verbs
        if word in _MOSTLY_ADJECTIVES and follower.lower() not in _DETERMINERS:
            continue  # "and automated testing", "and detailed reporting": a thing, not a deed
        before = rest[: m.start()]
        inside = before.count("(") > before.count(")")  # "(lab-tested and claimed data)"
        if inside or _CLAUSE_OPENERS.search(rest[start : m.start()]) or _qualifies(before):
            continue
        out.append(f"{rest[start : m.start(3)]}{verb}")
        start = m.end(3)
    return "".join(out) + rest[start:]


def _past_verb(word: str) -> bool:
    verb = _gerund(word)
    return verb is not None and verb != word


def _qualifies(before: str) -> bool:
    """Whether the words before "and" are an adjective after an article ("a tested")."""
    words = before.lower().split()
    return len(words) >= 2 and words[-1].endswith("ed") and words[-2] in ("a", "an", "the")


# a second verb joined to the first: "Coached and trained", "Built, tested and shipped"
_JOINED_VERB = compiled(r"^\s*(, and|,|and|&)\s+([a-z]+)\b", re.IGNORECASE)
_JOINERS = {", and": ", and ", ",": ", ", "and": " and ", "&": " & "}


def _gerund(word: str) -> str | None:
    """The -ing form of a past-tense verb (or the word itself when it is one), else None."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ied"):
        return word[:-3] + "ying"
    if word.endswith("eed") and len(word) > 4:
        return word[:-1] + "ing"  # "agreed" gives "agreeing"
    if word.endswith("ed") and len(word) > 4:
        return word[:-2] + "ing"  # "planned" gives "planning", "reduced" gives "reducing"
    if word.endswith("ing"):
        return word
    return None
