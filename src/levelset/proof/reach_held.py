"""The units and people the author leads or belongs to ("managed the payments team", "our
squad", "Managed 4 data analysts", "one of five engineers on the fraud team"): words naming
others inside such a span are the author's own line, not reach (levelset.proof.reach)."""

from __future__ import annotations

import re

from levelset.patterns import compiled

HELD = compiled(
    r"\b(?:led|leading|lead of|manag\w*|manager (?:for|of)|supervis\w*|head of|took over|"
    r"set up|grew|hired(?: and managed)?|built|joined|interviewed [\w ]{0,30} for|member of|"
    r"part of|"
    r"responsible for leading) (?:a |the |an |my |our )?"
    r"(?:(?!(?:for|with|to|by|across|from|that|who)\b)[\w-]+ ){0,4}(?:team|teams|org|"
    r"organi[sz]ation|group|guild)\b(?: of (?:[\w-]+ ){0,2}teams)?|"
    r"\b(?:our|my|own) (?:[\w-]+ ){0,2}(?:team|teams|squad|group)\b|"
    # the people the author leads: "Coached and trained six newly hired support engineers",
    # "Managed 4 data analysts" (their trade is no other function reached)
    r"\b(?:led|lead|leading|manag(?:e|ed|es|ing)|supervis\w*|directed|directing|oversaw|"
    r"overseeing|headed|hired|onboarded|coached|mentored|trained)"
    r"(?:(?:,| &|,? and) [\w-]+){0,2} (?:a |the |an |my |our |\d+\+? |two |three |four |five |"
    r"six |seven |eight |nine |ten |twelve )?"
    r"(?:(?!(?:for|with|to|by|across|from|that|who|on|in|of)\b)[\w-]+ ){0,4}(?:engineers|"
    r"developers|analysts|scientists|staff|employees|technicians|people|reports|hires|interns|"
    r"juniors|specialists)\b|"
    # the team the author sits in: "one of five engineers on the fraud team", "moved to the
    # payments team", "a mentor in a dedicated team"
    r"\b(?:on|in|within|into|moved to) (?:the|a|an) (?:[\w-]+ ){0,3}?(?:team|squad)\b|"
    # the one team the author guides is the author's own ("Guide the development team")
    r"\bguid(?:e|es|ed|ing) (?:the |my |our )?(?:[\w-]+ ){0,2}team\b|\b(?:\d[\d,]* )teams in a\b",
    re.IGNORECASE,
)
