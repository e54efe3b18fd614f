"""The units and people the author leads or belongs to ("managed the payments team", "our
squad", "Managed 4 data analysts", "one of five engineers on the fraud team"): words naming
others inside such a span are the author's own line, not reach (levelset.proof.reach)."""

from __future__ import annotations

import re

from levelset.patterns import compiled

# the people a unit is made of: "a team of five analysts", "of 6 engineers and 2 data scientists"
_PEOPLE = (
    r"(?:engineers|developers|analysts|scientists|researchers|designers|operators|agents|"
    r"specialists|technicians|interns|students|people)\b"
)
_MADE_OF = rf" of (?:[\w-]+ ){{0,3}}?{_PEOPLE}(?: and (?:[\w-]+ ){{0,3}}?{_PEOPLE})?"

HELD = compiled(
    # the verbs of running a unit, perhaps in a list ("Built and scaled a global engineering
    # team", "Leading, supporting, and planning the work of multiple engineering teams"), and a
    # size with a plus ("Managed 20+ person deal teams"): however many, the author's own line
    r"\b(?:led|leading|lead of|manag\w*|manager (?:for|of)|supervis\w*|head of|took over|"
    # a unit the author stood up or reorganised is the author's own ("Stood up the SRE function",
    # "Reorganised the data org into domain teams")
    r"set up|stood up|reorgani[sz]ed|restructured|"
    r"grew|hired(?: and managed)?|built|joined|interviewed [\w ]{0,30} for|member of|"
    r"part of|overs(?:aw|ee|ees|eeing)|directed|directing|headed|heading|scaled|"
    r"(?:line|people) (?:manager|lead) (?:for|of)|"
    r"responsible for leading)(?:(?:,| &|,? and) (?!(?:the|a|an)\b)[\w-]+){0,3},? "
    r"(?:(?:the |a |an |my |our )?(?:managers|leads|heads|work|planning) of )?"
    r"(?:a |the |an |my |our )?"
    r"(?:(?!(?:for|with|to|by|across|from|that|who)\b)[\w+-]+ ){0,4}(?:team|teams|org|"
    r"organi[sz]ation|group|groups|guild|department|function|squad|squads)\b"
    rf"(?:{_MADE_OF})?"
    # the teams it was grown or split into: "Scaled the engineering org to 9 autonomous teams"
    r"(?: (?:of|into|to) (?:[\w-]+ ){0,3}teams)?"
    # and its size after it: "head of the maths department (6 teachers)"
    r"(?: \(\d[\d,]*\+? (?:[\w-]+ ){0,2}?[\w-]+\))?|"
    # a head of a function for the organisation the author runs: "Head of engineering for a
    # forty-person organisation of four teams"
    r"\b(?:head|director|vp|manager) of (?:[\w&-]+ ){1,3}for (?:a|an|the) (?:[\w-]+ ){0,2}"
    r"(?:organi[sz]ation|org|group|department|division)\b(?: of (?:[\w-]+ ){0,2}teams)?|"
    # one team whose direction, plans or hiring the author holds is the author's own ("Set the
    # quarterly priorities for the ingestion team", "Owned hiring, performance and roadmap for
    # the recommendations team"); several teams given direction are others (RULES.md), and a
    # group's strategy or planning was labelled either way (tuning rows), so it stays open
    r"\b(?:roadmap|priorities|agenda|standards|strategy|planning|hiring|headcount|okrs) for "
    r"the (?!(?:whole|entire)\b)(?:[\w-]+ ){1,2}(?:team|squad)\b(?!['’])|"
    r"\b(?:our|my|own) (?:[\w-]+ ){0,2}(?:team|teams|squad|group)\b|"
    # the people the author leads: "Coached and trained six newly hired support engineers",
    # "Managed 4 data analysts" (their trade is no other function reached)
    r"\b(?:led|lead|leading|manag(?:e|ed|es|ing)|supervis\w*|directed|directing|oversaw|"
    r"overseeing|headed|hired|onboarded|coach(?:ed|es|ing)?|mentor(?:ed|ing)?(?: to| for| of)?|"
    # people grown or line-managed: "Line manager for five ML engineers", "Guidance of two
    # junior analysts", "People lead for the five engineers of the mobile squad"
    r"trained|guid(?:ed|ing|ance (?:of|for|to))|(?:line|people) (?:manager|lead) (?:for|of|to))"
    r"(?:(?:,| &|,? and) [\w-]+){0,2} (?:a |the |an |my |our |\d+\+? |two |three |four |five |"
    r"six |seven |eight |nine |ten |twelve )?"
    r"(?:(?!(?:for|with|to|by|across|from|that|who|on|in|of)\b)[\w-]+ ){0,4}(?:engineers|"
    r"developers|analysts|scientists|staff|employees|technicians|people|reports|hires|interns|"
    r"juniors|specialists|teachers|nurses|reporters)\b"
    # and the unit they make up: "the five engineers of the mobile squad"
    r"(?: (?:of|on|in) (?:the|my|our) (?:[\w-]+ ){0,2}(?:team|squad|group|department))?|"
    # the people of a team the author is given or runs: "Supervised a team of five analysts",
    # "Led a team of 6 engineers and 2 data scientists"
    rf"\ba team{_MADE_OF}|"
    # the team the author sits in: "one of five engineers on the fraud team", "moved to the
    # payments team", "a mentor in a dedicated team"
    r"\b(?:on|in|within|into|moved to) (?:the|a|an) (?:[\w-]+ ){0,3}?(?:team|squad)\b|"
    # the system the author is on call for ("On-call for payments, 1 week in 5", "Carried the
    # pager for the data platform", "Wrote about thirty runbooks for the platform")
    r"\b(?:on[- ]call|pager|runbooks?) (?:[\w-]+ ){0,3}?for (?:the )?(?:[\w-]+ ){0,2}?"
    r"[\w-]+\b|"
    # an executive post the author holds ("As COO I oversaw", "As Vice President of
    # Communications at", "I was the acting CTO"): the author's title, not an audience
    r"\b(?:as|was) (?:the |an? )?(?:interim |acting |former )?(?:ceo|cfo|cto|coo|ciso|cio|"
    r"cmo|vp|vice president|director)\b(?: of (?:[\w&-]+ ){0,2}[\w&-]+)?|"
    # the one team the author guides is the author's own ("Guide the development team")
    r"\bguid(?:e|es|ed|ing) (?:the |my |our )?(?:[\w-]+ ){0,2}team\b|\b(?:\d[\d,]* )teams in a\b",
    re.IGNORECASE,
)

# teams a prize or a place was won among: "Top 10% ... (out of 60 teams)", "2nd prize amongst 75+
# teams": rivals in a contest, not others the work reached (4 tuning rows, none reach)
RANKED = compiled(
    r"\b(?:out of|among(?:st)?|beating|ahead of) (?:over |more than |some )?\d[\d,]*\+? "
    r"(?:[\w-]+ ){0,2}?(?:teams|participants|entries|competitors|contestants|submissions)\b",
    re.IGNORECASE,
)

# an article after "of" goes on the same noun phrase ("the managers of the search groups")
_ARTICLES = compiled(r"(?<!\bof )\b(?:the|a|an)\b", re.IGNORECASE)


def held_spans(text: str) -> list[tuple[int, int]]:
    """Where the units and people the author leads or belongs to are named, unless the span runs
    over a second noun phrase ("built the attribution model the marketing team uses": the team
    is the model's user, not the author's)."""
    return [m.span() for m in HELD.finditer(text) if len(_ARTICLES.findall(m.group(0))) < 2]
