"""What others gained from the work, said without the usual verbs of change.

The outcome verdict read results by their verbs ("reduced", "grew") and amounts; the leave-one-
batch-out misses of the tuning half were results said in other shapes (issue 12):

- `gain:others_enabled`: people or teams given a capability ("enabling the Insurance Innovation
  team to manage", "helped Amplixs employees to build", "enabled client to adopt"); users in
  general given a feature ("allows users to search") describe a product, not a result, and
  are left out.
- `gain:resulted`: the work said to have led somewhere ("resulting in", "which led to",
  "contributing to securing", "this shift resulted in").
- `gain:uptake_count`: people counted as they took the work up ("500 000+ downloads", "172
  users engaged", "62 subscribed", "over 2,000 active users", "engaging over 2,000 users").
- `gain:won`: something won from others: funding, a grant, an award, a deal or contract, a
  promotion ("received $750 in funding", "closed first deal", "promoted and rewarded").
- `gain:they_achieved`: the people the work was for, named again as the subject of what they
  then achieved ("Both shipped a model to production", "one of whom now leads", "both now run
  the weekly review", "which they passed"): people who achieved a result (RULES.md).

Each is a signal with the bullet's own words; the weights are learned with the rest
(levelset.proof.signals, scripts/train_bullets.py).
"""

from __future__ import annotations

import re

from levelset.patterns import compiled

_RULES: tuple[tuple[str, str], ...] = (
    (
        "gain:others_enabled",
        r"\b(?:enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?|empower(?:s|ed|ing)?|help(?:s|ed|ing)?|"
        r"let(?:s|ting)?|freeing|freed) (?:the |our |their |its |all |every |both |each |"
        r"\d[\d,.]*\+? |several |many |)(?:[\w'’&-]+ ){0,3}?"
        r"(?:teams?|analysts|engineers|developers|employees|staff|clients?|customers|"
        r"customer|colleagues|managers|operators|agents|clerks|nurses|doctors|clinicians|teachers|"
        r"researchers|scientists|marketing|sales|finance|support|operations|stakeholders|"
        r"partners|departments?|leadership|executives|them|us)\b,? (?:to |in |with )?"
        r"(?!(?:the|a|an|be|our|their|its)\b)[a-z]+",
    ),
    (
        "gain:resulted",
        r"\b(?:result(?:s|ed|ing)? in|(?:which|that|this|it) (?:\w+ )?(?:led|leads) to|"
        r"leading to|contribut(?:ed|ing) to (?:an? |the )?(?:[\w-]+ )?"
        r"(?:\w+ing|growth|increase|reduction|savings?|revenue|success|wins?)\b|"
        r"this (?:shift |change |work |tool |system )?(?:helped|enabled|allowed|meant|saved|cut)|"
        r"which (?:helped|enabled|allowed|saved|cut|reduced|increased|improved|made))\b",
    ),
    (
        "gain:uptake_count",
        r"(?:\d[\d,. ]*\+?|over|more than|thousands of|hundreds of) ?[kKmM]?\+? "
        r"(?:[\w-]+ ){0,2}?(?:downloads|installs|subscribers|sign-?ups|"
        r"(?:active |paying |new |returning )(?:users|customers|clients|members|subscribers)|"
        r"(?:users|customers|clients|people|members|participants) "
        r"(?:engaged|subscribed|signed up|joined|enrolled|adopted|onboarded|converted|returned))\b"
        r"|\b\d[\d,.]*\+? (?:subscribed|signed up|enrolled|converted|returned)\b"
        # people the work drew in, the verb before them: "engaging over 2,000 users"
        r"|\b(?:engag(?:ing|ed)|attract(?:ing|ed)|acquir(?:ing|ed)|gain(?:ing|ed)|win(?:ning)?|won)"
        r" (?:over |more than |nearly |about |~)?\d[\d,. ]*\+? ?[kKmM]?\+? (?:[\w-]+ )?"
        r"(?:users|customers|clients|players|subscribers|followers|readers|visitors|members|"
        r"listeners|viewers|learners|donors)\b",
    ),
    (
        "gain:won",
        r"\b(?:received|won|secured|raised|awarded|earned|granted|attracted) (?:a |an |the |"
        r"over |more than )?(?:[\w$€£₹.,-]+ ){0,3}?(?:funding|grants?|awards?|prizes?|"
        r"scholarships?|fellowships?|investment|financing|contracts?|deals?)\b|"
        r"\b(?:closed|signed|won|landed) (?:the |our |its |a |an |\d+ |first |several |"
        r"multiple |new |key )*(?:[\w-]+ )?(?:deals?|contracts?|accounts?|clients|customers|"
        r"partnerships?)\b|"
        r"\b(?:was |got |been )?(?:promoted|rewarded|commended|nominated) "
        r"(?:to|for|as|and|twice|early|on)\b",
    ),
    (
        "gain:they_achieved",
        r"\b(?:both|each of them|all of them|(?:one|two|three|four|five|six|\d+|all|most|"
        r"several|many) of (?:them|whom)|they (?:both|all|each)),? "
        r"(?:(?:now|then|later|also|have|had|went on to|since|each|all|both|were|was|got) )*"
        r"(?:shipped|passed|launched|released|delivered|published|graduated|landed|earned|"
        r"promoted|lead|leads|run|runs|own|owns|became|won|presented)\b|"
        # "they" alone only before a result of their own ("which they passed", "they shipped in
        # the next release"), not before a duty ("where they run the tests")
        r"\bthey (?:(?:later|then|all|both|each|were|got) )*(?:shipped|passed|graduated|won|"
        r"promoted)\b",
    ),
)
_PATTERNS = tuple((name, compiled(p, re.IGNORECASE)) for name, p in _RULES)
# users, students or machines given a feature describe a product ("allows users to search")
_PRODUCT_SUBJECT = compiled(
    r"\b(?:users?|students?|visitors|shoppers|players|robots?|applications?|apps?|systems?|"
    r"models?|agents? to (?:call|use))\b",
    re.IGNORECASE,
)


def gain_signals(text: str) -> dict[str, str]:
    """Each way the bullet says what others gained, with the words that say it."""
    found: dict[str, str] = {}
    for name, pattern in _PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        if name == "gain:others_enabled" and _PRODUCT_SUBJECT.search(match.group(0)):
            continue
        found[name] = match.group(0)
    return found
