"""Counts that say the author's own scope rather than a result (RULES.md, has_metric).

A count of things or people is a result when it says how far the work reached; it is not when
the things are the author's own ("our two services"), picked out by a superlative ("the two
largest deals"), worked with or studied ("worked with three customers' data teams", "a research
initiative with 100+ users"), the span of the work ("across eight services"), artefacts the author
moved ("migrated 20+ dashboards"), an aim ("to consolidate four databases") or the author's own
sessions ("two training sessions"). `own_scope` says so from the words around a count.
"""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.numbers import NUMBER, value_of

_KINDS = frozenset({"volume", "people", "adoption", "count", "people result"})
_SUPERLATIVE = (
    r"(?:largest|biggest|smallest|worst|best|highest|lowest|slowest|fastest|oldest|newest|"
    r"latest|hardest|greatest|strongest|weakest|longest|shortest|toughest|heaviest|busiest|"
    r"costliest|noisiest|riskiest|flakiest|most|least)"
)
# "the two largest deals", "fixed the two worst causes": a number picking out the top few
_PICKED = compiled(rf"\s*{_SUPERLATIVE}\b", re.IGNORECASE)
# the author's own: "in our two services", "my three reports"
_OWN = compiled(r"\b(?:our|my)\s(?:own\s)?(?:about\s|over\s|~)?$", re.IGNORECASE)
# an aim: "the effort to consolidate four databases"
_AIM = compiled(r"\bto\s$", re.IGNORECASE)
# the span of the work, not others reached: "across eight services", "between two teams"
_SPAN = compiled(
    r"\b(?:across|between|spanning)\s(?:the\s|all\s|our\s)?(?:about\s|over\s|~)?$",
    re.IGNORECASE,
)
# people or organisations worked with or studied: "worked with three customers' data teams",
# "engaging with over 100 human participants", "a research initiative with 100+ users"
_WORKED_WITH = compiled(
    r"\b(?:work\w*|engag\w*|collaborat\w*|partner\w*|met|meet\w*|interview\w*|consult\w*|"
    r"spoke|talk\w*|research\w*|stud(?:y|ies|ied|ying)|initiative|survey\w*|sessions?)\b"
    r"(?:\s[\w'’&-]+){0,3}?\s(?:closely\s)?with\s(?:over\s|about\s|around\s|more than\s|~)?$",
    re.IGNORECASE,
)
# artefacts moved or ported: "migrating 20+ dashboards", "moved 60 services to Kubernetes", "the
# migration of 40 services"
_MOVED = compiled(
    r"\b(?:migrat\w+|mov(?:ed|ing)|port(?:ed|ing)|transferr\w+|rehost\w*|lift(?:ed|ing)-and-"
    r"shift\w*|(?:migration|move|port|transfer|rehosting)\sof)\s"
    r"(?:about\s|over\s|nearly\s|some\s|the\s|all\s|~)?$",
    re.IGNORECASE,
)
_ARTEFACTS = compiled(
    r"\b(?:services|microservices|dashboards|repositories|repos|jobs|pipelines|tables|databases|"
    r"apps|applications|servers|workloads|models|scripts|reports|websites|sites|DAGs|components|"
    r"datasets|notebooks|queries|endpoints|APIs|stacks|clusters|projects|workflows|VMs|products)\b",
    re.IGNORECASE,
)
# a collection the author built, counted by its parts: "a global library with 50+ jQuery plugins",
# "an item bank of 7,182 items" (its size, not others reached)
_COLLECTION = compiled(
    r"\b(?:library|libraries|suite|collection|bank|catalog(?:ue)?|set|toolkit|repository)\s"
    r"(?:of|with|containing)\s(?:about\s|over\s|nearly\s|some\s|~)?$",
    re.IGNORECASE,
)
# the author's own sessions: "two training sessions", "three design workshops"
_SESSIONS = compiled(
    r"\b(?:training|coaching|mentoring|design|planning|review|brainstorming|knowledge[- ]sharing|"
    r"onboarding|pairing|working|teaching|info|information|lunch-and-learn|q&a)\s"
    r"(?:sessions|workshops|meetings|calls)\b",
    re.IGNORECASE,
)

# the author's own work items closed or fixed: "closed 120 Jira tickets", "fixed 40 bugs"
_CHORES = compiled(
    r"(?:[-–]\d+)?\s(?:[\w-]+\s){0,2}?(?:tickets|issues|bugs|PRs|pull requests|tasks|stories|"
    r"defects|JIRAs?|to-?dos|action items|complaints|support cases|service requests|tests|"
    r"test cases)\b",
    re.IGNORECASE,
)

# artefacts of the author's own estate retired: "Retired three legacy ETL servers" (the work's
# scope, as artefacts moved); what the retiring saved or ended is read apart
_RETIRED = compiled(r"(?:retir|decommission|deprecat|sunset|shut down)", re.IGNORECASE)
_INFORMED = compiled(
    r"\s(?:informed|updated|posted|briefed|in the loop|in sync|aware)\b", re.IGNORECASE
)
_RETIRING = compiled(r"\w+ing\b", re.IGNORECASE)
_RETIRED_WHAT = compiled(
    r"\s(?:[\w-]+\s){0,3}?(?:services|microservices|dashboards|repositories|repos|jobs|pipelines|"
    r"tables|databases|apps|applications|servers|machines|hosts|VMs|clusters|scripts|reports|"
    r"systems|tools|endpoints|APIs|stacks|data ?centres|data ?centers)\b",
    re.IGNORECASE,
)
# the size of a unit the author runs, said after "with": "for 3 divisions in the Department of
# Obstetrics, with 40 providers, over 41,000 annual patient visits" (its scope, not a result)
_UNIT_WITH = compiled(
    r"\b(?:lead|led|leads|leading|manag\w+|run|ran|runs|running|overs(?:ee|ees|aw|eeing)|"
    r"direct(?:ed|s|ing)?|head(?:ed|s|ing)?|administer\w*)\b[^.;]{0,70}?"
    r"\b(?:departments?|divisions?|units?|hospitals?|clinics?|practices?|offices?|branch(?:es)?|"
    r"regions?|plants?|stores?|company|organi[sz]ations?|business units?)\b[^.;]{0,50}?,?\swith\s"
    r"(?:[^.;]{0,60}?(?:,\s(?:and\s)?|\sand\s))?"
    r"(?:over\s|about\s|around\s|nearly\s|more than\s|~)?$",
    re.IGNORECASE,
)

_LEADING_NUMBER = compiled(rf"\s*(?:{NUMBER})", re.IGNORECASE)
# a count that is no subject of what follows: "the results of three published papers"
_NUMBER_FIRST = compiled(rf"(?:{NUMBER})\s(?!of (?:whom|them))", re.IGNORECASE)
_OBJECT = compiled(
    r"\b(?:of|the|these|those|with|on|in|for|from|at|by|its|their|our|my)\s$", re.IGNORECASE
)
# the number and the verb alone: "Replicated three published baselines" (an adjective) or
# "Supervised three theses, two published at ACL" (a subject, after a clause's start)
_PARTICIPLE = compiled(rf"(?:{NUMBER})\s[a-z]+$", re.IGNORECASE)
_CLAUSE_START = compiled(r"(?:^|[;:,.(—–]\s*|\band\s|\bbut\s|\bwhile\s)$", re.IGNORECASE)
# one thing, not one person: "one thesis became a workshop paper" (an outcome, not a count)
_ONE_THING = compiled(
    r"one\s(?!(?:of|now|then|later|still|went|was|is|has|had|got|became|intern|hire|junior|"
    r"senior|student|engineer|analyst|mentee|report|member|developer|scientist|apprentice|"
    r"graduate|nurse|teacher|colleague|trainee|person|researcher|designer|manager|\w+ed)\b)[a-z]",
    re.IGNORECASE,
)

# a few things handled are the author's own artefacts unless others were won or acted on them:
# "won 3 new enterprise clients", "only 12 accounts used it", "three customers had escalated"
_FEW = 20
_GAINED = compiled(
    r"\b(?:won|winning|signed|signing|onboard\w*|brought|bringing|acquir\w+|land(?:ed|ing)|secur(?:ed|ing)|"
    r"attract\w*|gain\w*|add(?:ed|ing)|convert\w*|retain\w*|serv(?:e|es|ed|ing)|"
    r"support(?:s|ed|ing)|used by|adopted by|reach\w*)\s(?:[\w'’-]+\s){0,3}$",
    re.IGNORECASE,
)
_TOOLS = compiled(r"\s+(?:using|with|in)\s", re.IGNORECASE)
_FOR = compiled(r"\bfor\s(?:about\s|over\s|~)?$", re.IGNORECASE)
_CUSTOMERS = compiled(r"\b(?:customers|clients|merchants|businesses|users)\b", re.IGNORECASE)
_ACTED = compiled(
    r"(?:\s[\w'’-]+){0,3}?\s(?:now\s|all\s|each\s|had\s|have\s|then\s)?(?:use[sd]?|using|"
    r"adopt\w*|agreed|rel(?:y|ied|ies)|depend\w*|escalat\w+|switched|moved|migrated|signed|"
    r"renewed|bought|paid|chose|run|ran|went live|are live|joined)\b",
    re.IGNORECASE,
)


def own_scope(kind: str, text: str, m: re.Match[str]) -> bool:
    """Whether the count matched by `m` is the author's own scope, not a result."""
    if kind not in _KINDS:
        return False
    before = text[max(0, m.start() - 60) : m.start()]
    words = m.group(0)
    if kind == "people result":
        if _PARTICIPLE.match(words):  # "three published": a subject only after a clause's start
            return not _CLAUSE_START.search(before)
        return bool(_NUMBER_FIRST.match(words)) and bool(
            _OBJECT.search(before) or _ONE_THING.match(words)
        )
    if kind == "count":  # "fixed the two": the number ends the match, what it counts follows
        return bool(
            _PICKED.match(text, m.end())
            or _AIM.search(before)
            or _CHORES.match(text, m.end())
            or (_RETIRED.match(words) is not None and _retired(text, m))
        )
    if _INFORMED.match(text, m.end()):
        return True  # "kept the three dependent teams informed": told, not taking anything up
    if _UNIT_WITH.search(text[max(0, m.start() - 220) : m.start()]):
        return True  # "a department with 40 providers, over 41,000 annual patient visits"
    number = _LEADING_NUMBER.match(words)
    if number and _PICKED.match(words, number.end()):
        return True  # "two largest deals"
    if _OWN.search(before) or _SPAN.search(before) or _WORKED_WITH.search(before):
        return True
    if _COLLECTION.search(before):  # "a library with 50+ plugins": the author's own artefacts
        return True
    if _MOVED.search(before) and _ARTEFACTS.search(words):
        return True
    if kind == "volume" and _few(words):  # "authored 4 design documents", "owned 2 services"
        after = text[m.end() : m.end() + 40]
        served = _FOR.search(before) and _CUSTOMERS.search(words)  # "run for 6 customers"
        acted = _ACTED.match(after) and not _TOOLS.match(after)  # "3 apps using React": tools
        return not (served or _GAINED.search(before[-40:]) or acted)
    return bool(_SESSIONS.search(words))


def _retired(text: str, m: re.Match[str]) -> bool:
    """Artefacts the author retired as the work itself ("Retired three legacy servers"); not
    those a move retired after it (", retiring four legacy stacks": what the adoption ended)."""
    after_a_clause = _RETIRING.match(m.group(0)) and text[: m.start()].rstrip().endswith(",")
    return not after_a_clause and _RETIRED_WHAT.match(text, m.end()) is not None


def _few(words: str) -> bool:
    number = _LEADING_NUMBER.match(words)
    value = value_of(number.group(0)) if number else None
    # none of a harm is a level held ("zero data-loss incidents"), never a handful of artefacts
    return value is not None and 0 < value < _FEW and "+" not in words
