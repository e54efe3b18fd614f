"""Words of leading that lead nobody: a sense that is not leading ("led to", "owned up to",
"drove a van", "mentored by"), ownership of one's own work only, and a chore on a schedule.
levelset.proof.lead reports them as denials beside the kinds of leading it finds."""

from __future__ import annotations

import re

from levelset.patterns import compiled

# a word of leading in a sense that is not: "leading indicators", "owned up to", "steered
# clear of", "directed traffic", "drove a van", "the team that led", "mentored by"
NOT_LEADING = compiled(
    # a promotion told as the bullet ("Promoted from analyst to manager") is a title change;
    # sales leads are prospects ("Lead generation for the sales team")
    r"^(?:was |got )?promoted (?:from|to)\b|\blead (?:generation|gen|scoring|nurturing|magnets?)\b|"
    r"\b(?:leading (?:indicators?|zeros?|edge|causes?|provider|brand)|owned up|"
    r"steer(?:ed|ing)? clear|directed (?:traffic|requests|queries|calls)|drove (?:a|the) "
    r"(?:[\w-]+ )?(?:van|truck|car|bus|forklift)|team (?:that|which) (?:\w+ ){0,4}(?:lead|led)\b|"
    r"(?:was |were |being |got )?(?:led|mentored|coached|trained|managed|supervised|guided|"
    r"taught|advised|onboarded|hired) by|ran (?:the )?(?:unit |integration )?tests|"
    r"(?:was|were|being|got) (?:mentored|coached|trained|supervised|guided|taught|advised|"
    r"onboarded|hired)|(?:assist(?:ed|ing)|participat(?:ed|ing)|took part|involved|"
    r"help(?:ed|ing)) (?:in|with) (?:\w+,? ){0,2}?(?:training|mentoring|"
    r"coaching|onboarding|hiring|leading|running|organi[sz]ing|interviewing)|"
    r"steer(?:ed|ing) (?:the |a )?"
    r"(?:robot|arm|car|vehicle|boat|drone|ship|rover)|"
    r"ran (?:\d[\d,]*|hundreds of|thousands of) (?:gpu |cpu )?hours|"
    # guidance received: "Received mentorship from the staff engineer"
    r"receiv(?:ed|ing|es?) (?:[\w-]+ )?(?:mentorship|mentoring|coaching|training|guidance) "
    r"(?:from|by)|"
    r"(?:led|owned) (?:[\w-]+ ){0,5}?(?:independently|solo|single-handedly|on my own)\b|"
    r"ran (?:the |a |some )?(?:experiments|queries|"
    r"jobs|scripts|sweeps|benchmarks|simulations))\b",
    re.IGNORECASE,
)

# owning only one's own work: "owned my tickets", "responsible for my own deployments", "the
# module for my service", "owned the bug"; ownership that leads nobody
OWN_TASK = compiled(
    r"\b(?:own(?:ed|s)?|took ownership of|responsible for|in charge of|handled|managed)\s+"
    r"(?:my|my own)\b|\bfor my own\b|\bmy (?:own )?(?:service|services|tickets?|tasks?|part|"
    r"bugs?|module|modules|deployments?)\b|"
    r"\b(?:own(?:ed)?|took ownership of) (?:the|a|this|one) (?:bug|ticket|task|fix|issue)\b",
    re.IGNORECASE,
)

# a chore on a schedule: "owned the weekly release", "ran the monthly dependency upgrades";
# leading of a kind, but the band of a routine duty, not of a project
ROUTINE = compiled(
    r"\b(?:own(?:ed|s)?|ran|run|runs|in charge of|responsible for|handled|did|took care of)\s+"
    r"(?:the |our |my )?(?:team's )?(?:weekly|daily|nightly|monthly|fortnightly|biweekly|"
    r"quarterly|recurring|routine|regular)\b",
    re.IGNORECASE,
)
