"""Who was affected by a piece of work: the author's own team, or others, told by the phrase.

A hiring manager reads "for the finance team", "negotiated scope with product" and "the
logistics partner's depots" as work that reached others, and "our team's sprint board", "the
support chat" and "managed the payments squad" as the author's own line or a domain named. The
same noun ("support", "product", "team") is both, and its place in the phrase tells which.

A small lexicon (below) names the parties: partner functions, organisational units,
executives, outside organisations and people of other trades, and the author's own side.
Each mention is read in its phrase without a parser: the words before it (a relation such as
"with", "for", "persuaded"; an owner such as "my", "our" or a unit the author leads), the word
after it (a function followed by a thing, "support emails", names a domain, not people), a
possessive, or a verb the party then acts with. Each kind of party in each place is a signal
with its words (`party:function>rel`, `party:unit>own`, ...), and two summaries say whether
anyone beyond the author's team was named in a place that affects them. The weights are
learned (scripts/train_bullets.py); the signals only name what the words say.
"""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.party_things import a_thing
from levelset.proof.reach_held import RANKED, held_spans
from levelset.proof.reach_words import COMMUNITY
from levelset.proof.who import words

# partner functions and engineering specialities, named as a group of people
FUNCTIONS = words(
    "finance legal sales marketing support operations ops hr procurement compliance security "
    "sre product design research risk privacy tax treasury audit accounting payroll logistics "
    "it engineering infrastructure infra platform analytics qa devops underwriting claims "
    "actuarial editorial gtm recruiting recruitment talent communications pr brand growth "
    "pricing billing payments fraud clinical manufacturing warehouse facilities ux mobile web "
    "backend frontend ml search ads credit lending merchandising fulfilment fulfillment "
    "cybersecurity procurement purchasing controlling"
)
FUNCTION_PAIRS = words(
    "supply-chain customer-success customer-service customer-support data-science "
    "data-engineering data-platform call-centre call-center service-desk help-desk "
    "go-to-market trust-and-safety business-development"
)
UNITS = words(
    "team teams org orgs organisation organisations organization organizations group groups "
    "department departments division divisions unit units office offices squad squads guild "
    "guilds function functions committee committees entity entities subsidiaries branches "
    "chapter chapters"
)
EXECUTIVES = words(
    "ceo cfo cto coo ciso cio cmo vp vps executives c-suite c-level board directors "
    "leadership governors"
)
OUTSIDE = words(
    "client clients partner partners vendor vendors supplier suppliers contractors agency "
    "agencies government governments legislature legislatures legislators ministry ministries "
    "regulator regulators council councils municipalities hospital hospitals clinic clinics "
    "schools universities bank banks insurer insurers retailers businesses companies firms "
    "institutions ngos nonprofits charities donors funders sponsors "
    "media reporters journalists press policymakers officials conference conferences upstream "
    "w3c ietf iso consortium"
)
# a community is a party only as reach reads one (reach_words.COMMUNITY): a field's or a
# project's ("the open-source community"), not the author's own audience ("the student community")
_COMMUNITY = compiled(rf"\b(?:{COMMUNITY})", re.IGNORECASE)
_COMMUNITY_WORDS = words("community communities")
TRADES = words(
    "analysts designers underwriters actuaries clinicians nurses doctors physicians lawyers "
    "accountants marketers recruiters researchers scientists agents drivers supervisors "
    "planners traders pharmacists teachers editors operators dispatchers auditors translators "
    "moderators buyers sellers merchants brokers adjusters interviewers faculty administrators "
    "representatives reps"
)
USERS = words("users customers members subscribers visitors consumers people patients")
OWN = words("teammates colleagues coworkers co-workers peers stakeholders management manager")
_EXEC_PAIRS = words(
    "senior-management top-management upper-management executive-leadership senior-leadership "
    "executive-team leadership-team executive-committee steering-committee board-members"
)
_OWN_PAIRS = words("team-members management-team")

# words that relate the work to a party: done with, for, to or across them, or them moved
RELATIONS = words(
    "with for to across between among alongside by from serving serve served supporting "
    "helping helped help enabling enabled enable partnered partnering persuaded convinced "
    "trained taught advised briefed presented onboarded showed showing told pitched "
    "coordinated liaised negotiated involving engaged engaging represented before"
)
_OWNERS = words("my our own his her")
# verbs of running a unit: the unit after them is the author's own line
_LEADS = words(
    "led lead leads leading managed manage manages managing headed heads supervised oversaw "
    "oversee ran run runs built grew joined hired"
)
_COUNTS = words(
    "two three four five six seven eight nine ten twelve several multiple many other others "
    "every all each both various cross-functional"
)
# words that may stand between a relation and the party it relates ("with the growth PM")
_BETWEEN = words("the a an its their of and & key external internal local regional global")
# after a function, a word that names people or their unit keeps it a party; a content word
# makes the function a domain ("support emails", "finance dashboards", "product quality")
_AFTER_PARTY = words(
    "and or & , . ; : to on in at by with for from about during after before that who which "
    "when via as so into across over through ( ) — – - until till while since under against "
    "because than if whenever throughout behind per every each twice once weekly monthly daily"
)
_ACTS = words(
    "use uses used rely relies relied adopted adopt took take takes now still then agreed "
    "signed approved asked cite cites cited kept keep fund funded picked run runs reads read "
    "build builds built"
)
# functions that are verbs after "to": "to support", "to design", "to research"
_VERB_AFTER_TO = words("support design research audit market brand")

_TOKEN = compiled(r"[a-z0-9]+(?:[-'’&/][a-z0-9]+)*(?:['’]s?)?|[.,;:()!?—–]", re.IGNORECASE)


def party_signals(text: str) -> dict[str, str]:
    """Each party the bullet names, by kind and place, with its words, and two summaries."""
    held = held_spans(text)  # a unit the author runs or sits in
    ranked = [m.span() for m in RANKED.finditer(text)]
    communities = [m.span() for m in _COMMUNITY.finditer(text)]
    tokens = list(_TOKEN.finditer(text))
    bare = [_bare(m.group(0)) for m in tokens]
    found: dict[str, str] = {}
    i = 0
    while i < len(bare):
        kind, size = _kind(bare, i)
        if bare[i] in _COMMUNITY_WORDS and _inside(tokens[i].start(), communities):
            kind, size = "outside", 1
        if kind is None:
            i += 1
            continue
        start, end = tokens[i].start(), tokens[i + size - 1].end()
        if kind == "function" and i + size < len(bare) and bare[i + size] in UNITS:
            end = tokens[i + size].end()  # its words with its unit: "the finance team"
        shown = text[start:end]
        place = _place(bare, tokens, i, size, kind, held)
        if _inside(start, ranked):
            place = "ranked"  # teams a prize was won among ("out of 60 teams") are rivals
        if place != "verb":
            phrase = _phrase(text, tokens, bare, i, end)
            # the author's own people, rivals and a thing named reach nobody
            if place not in ("own", "ranked", "domain"):
                found.setdefault(f"party:{kind}", shown)
            found.setdefault(f"party:{kind}>{place}", phrase)
        i += size
    _summaries(found)
    return found


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in spans)


def _kind(bare: list[str], i: int) -> tuple[str | None, int]:
    """The kind of party at token `i` and how many tokens name it."""
    pair = "-".join(bare[i : i + 2]) if i + 1 < len(bare) else ""
    triple = "-".join(bare[i : i + 3]) if i + 2 < len(bare) else ""
    if triple in FUNCTION_PAIRS:
        return "function", 3
    for group, kind in (
        (_EXEC_PAIRS, "executive"),
        (_OWN_PAIRS, "own"),
        (FUNCTION_PAIRS, "function"),
    ):
        if pair in group:
            return kind, 2
    word = bare[i]
    if word in FUNCTION_PAIRS or word in _EXEC_PAIRS:
        return ("function" if word in FUNCTION_PAIRS else "executive"), 1
    for group, kind in (
        (UNITS, "unit"),
        (FUNCTIONS, "function"),
        (EXECUTIVES, "executive"),
        (OUTSIDE, "outside"),
        (TRADES, "trade"),
        (USERS, "users"),
        (OWN, "own"),
    ):
        if word in group:
            return kind, 1
    return None, 1


def _place(
    bare: list[str],
    tokens: list[re.Match[str]],
    i: int,
    size: int,
    kind: str,
    held: list[tuple[int, int]],
) -> str:
    """Where the party stands: own, verb, domain, poss, acts, rel, count, named or bare."""
    before = _before(bare, i)
    if kind == "function" and size == 1 and bare[i] in _VERB_AFTER_TO and i and bare[i - 1] == "to":
        return "verb"
    start = tokens[i].start()
    if any(a <= start < b for a, b in held):
        return "own"
    # "our vendor", "our clients" are organisations outside, whoever's they are
    if kind != "outside" and any(w in _OWNERS for w in before):
        return "own"
    if kind == "unit":
        return "domain" if _unit_as_word(bare, i, before) else _unit_place(bare, i, before)
    if kind == "function" and i + size < len(bare) and bare[i + size] in UNITS:
        return _unit_place(bare, i + size, _before(bare, i + size))  # "the payments squad"
    last = tokens[i + size - 1].group(0).lower()
    if last.endswith(("'s", "’s", "s'", "s’")):
        return "poss"
    after = bare[i + size] if i + size < len(bare) else "."
    if kind == "function" and after not in _AFTER_PARTY and not _names_people(after):
        return "domain"
    if kind == "outside" and a_thing(bare, i, after):
        return "domain"
    if after in _ACTS:
        return "acts"
    if _related(before):
        return "rel"
    if any(w in _COUNTS or w[0].isdigit() for w in before):
        return "count"
    return "bare"


def _unit_as_word(bare: list[str], i: int, before: list[str]) -> bool:
    """A unit's word naming no unit of people: before a thing it qualifies ("unit tests", "office
    hours", "team code reviews", "a group project"), or a program's functions ("Lambda
    functions", "auxiliary functions"; "the SRE function" and "business functions" are units)."""
    word = bare[i]
    if word in ("function", "functions"):
        return not any(w in FUNCTIONS or w == "business" for w in before[:3])
    after = bare[i + 1] if i + 1 < len(bare) else "."
    return not word.endswith("s") and after in _UNIT_THINGS


# what a unit's word qualifies when it names a thing, not people
_UNIT_THINGS = words(
    "test tests testing hours hour player players code productivity workflow workflows progress "
    "readiness award awards project projects building meeting meetings economics price prices "
    "cost costs conversion conversions vector vectors circle circles supplies space spaces "
    "chat chats channel channels calendar calendars spirit morale outing outings lunch lunches"
)


def _related(before: list[str]) -> bool:
    """Whether a relation governs the party: "with the finance leads", "for two partner banks";
    not "to" before a verb ("to ensure compliance", "to conduct research", "to improve support":
    the verb's object, not a party the work was for)."""
    for k, word in enumerate(before):
        if word in RELATIONS:
            nearer = before[k - 1] if k else ""
            return not (word == "to" and nearer and not _in_phrase(nearer))
    return False


def _in_phrase(word: str) -> bool:
    """A word that may stand in a party's noun phrase after its relation: an article, a count,
    an owner, a party's own word ("for the finance team", "to two partner banks")."""
    return (
        word in _BETWEEN
        or word in _COUNTS
        or word in _OWNERS
        or word[0].isdigit()
        or word in _PARTY_WORDS
    )


def _unit_place(bare: list[str], i: int, before: list[str]) -> str:
    """A unit's place: "the team" is the author's own; "the finance team", "three teams",
    "with other teams" are others."""
    if _run_by_author(before):  # a unit the author runs: "Managed the payments squad"
        return "own"
    named = []  # the words that name the unit: back to the nearest article or relation
    for word in before:
        if word in _BETWEEN or word in RELATIONS or word in _COUNTS:
            break
        named.append(word)
    if any(w in _COUNTS or w[0].isdigit() for w in before):
        # one team of a size or of mixed trades is the team the author works in ("a
        # cross-functional team of 8", "a 10-person committee"); several teams are others
        return "own" if _one_own_unit(bare[i], before) else "count"
    if named and all(w in _GENERIC for w in named):
        return "own"  # "the development team", "the project team": the author's own line
    if not named:
        return "rel" if bare[i].endswith("s") and any(w in RELATIONS for w in before) else "own"
    if any(w in FUNCTIONS or w in OUTSIDE or w in EXECUTIVES for w in named):
        return "named_function"
    return "named"


_PARTY_WORDS = FUNCTIONS | FUNCTION_PAIRS | OUTSIDE | TRADES | EXECUTIVES | UNITS | USERS
# names that any team of builders carries: "the development team" is the author's own
_GENERIC = words("development dev project delivery scrum agile software technical tech core")
_SINGLE_COUNTS = words("cross-functional")


def _one_own_unit(unit: str, before: list[str]) -> bool:
    """A singular unit whose only count is a size or "cross-functional": one team."""
    if unit.endswith("s"):
        return False
    counts = [w for w in before if w in _COUNTS or w[0].isdigit()]
    return all(w in _SINGLE_COUNTS or w[0].isdigit() for w in counts)


def _run_by_author(before: list[str]) -> bool:
    """Whether the words before a unit are a verb of running it, an article and at most two
    words naming it ("managed the payments squad"; not "built the model the marketing team")."""
    for k, word in enumerate(before[:4]):
        if word in _LEADS:
            return True
        if word in ("the", "a", "an"):
            return k + 1 < len(before) and before[k + 1] in _LEADS
        if word in RELATIONS or k >= 2:
            return False
    return False


def _before(bare: list[str], i: int) -> list[str]:
    """Up to four words before token `i`, back to the nearest punctuation."""
    out: list[str] = []
    for word in reversed(bare[max(0, i - 4) : i]):
        if not word[0].isalnum():
            break
        out.append(word)
    return out


def _names_people(word: str) -> bool:
    return word in UNITS or word in TRADES or word in EXECUTIVES or word in _PEOPLE_HEADS


_PEOPLE_HEADS = words(
    "lead leads leaders managers partner partners staff people owners counterparts members"
)


def _phrase(text: str, tokens: list[re.Match[str]], bare: list[str], i: int, end: int) -> str:
    """The party with the words of its phrase before it ("with the finance team")."""
    first = i
    while first > 0 and i - first < 4 and bare[first - 1][0].isalnum():
        first -= 1
        if bare[first] in RELATIONS or bare[first] in _OWNERS:
            break
        if bare[first] in ("the", "a", "an") and first > 0 and bare[first - 1] not in RELATIONS:
            break  # "the marketing team", not "the attribution model the marketing team"
    return text[tokens[first].start() : end]


_OTHERS = ("function", "executive", "outside", "trade")
_AFFECTED = ("rel", "poss", "acts", "count", "named", "named_function")


def _summaries(found: dict[str, str]) -> None:
    """`party:beyond` when a party outside the author's team stands where the work affects it;
    `party:own_only` when only the author's own side is named."""
    beyond = [
        words
        for name, words in found.items()
        if name.count(">") == 1 and _affects(*name.removeprefix("party:").split(">"))
    ]
    if beyond:
        found["party:beyond"] = beyond[0]
    elif any(n.endswith(">own") or n == "party:own" for n in found):
        found["party:own_only"] = next(
            w for n, w in found.items() if n.endswith(">own") or n == "party:own"
        )


def _affects(kind: str, place: str) -> bool:
    if kind == "unit":
        return place in ("count", "named", "named_function", "rel", "poss", "acts")
    return kind in _OTHERS and place in _AFFECTED


def _bare(token: str) -> str:
    lower = token.lower()
    for end in ("'s", "’s", "'", "’"):
        if lower.endswith(end) and len(lower) > len(end):
            return lower[: -len(end)]
    return lower
