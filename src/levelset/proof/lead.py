"""Who led: the kinds of leading a bullet shows or denies, wherever they stand in it.

"Fraud losses dropped 22% ...; I led the four-person effort", "a rotation I set up", "set the
direction for", "drove adoption of" and "took over" show the author leading without opening on
a leading verb; "led to", "owned my tickets" and "ran the unit tests" deny it. Roles held and
people grown are read in levelset.proof.lead_people. Each finding is a signal with the bullet's
own words; levelset.proof.signals adds them to the rest and their weights are learned.
"""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.lead_denied import NOT_LEADING, OWN_TASK, ROUTINE
from levelset.proof.lead_direction import ACROSS, DIRECTION, DROVE_WORK, GO_TO
from levelset.proof.lead_needs import NEEDS as _NEEDS
from levelset.proof.lead_people import OWN_ROLE, PEOPLE_WORK, THEIR_ROLE, grew_people
from levelset.proof.lead_taught import TAUGHT

# a bullet that opens on leading: "Led the rewrite ...", "Owned the churn model end to end"
_OPENS = compiled(
    r"^(?:[^:.;]{1,60}:\s*)?(?:co-|[a-z]+(?:, [a-z]+)? and )?(?:(?:led|owned|headed|spearheaded|"
    r"oversaw|steered|championed|captained|pioneered)\b(?! (?:to|up|by|clear)\b)|"
    # directing people or work, not traffic ("Directed traffic to the new cluster"), and the
    # present "Oversee" of résumés written in the present tense
    r"(?:directed|directs|directing)\b(?! (?:to|at)\b)(?! (?:[\w-]+ )?(?:traffic|requests|"
    r"calls|queries|users|customers|visitors|flows?|packets|it|them)\b)|oversee\b|"
    # overseeing is leading whatever follows; the present "Leads" before a name ("Leads GT&O")
    r"(?:oversees|overseeing|spearheads|spearheading)\b(?! by\b)|"
    r"(?:leads|heads)(?= (?-i:[A-Z]))|"
    # the present "Own" of résumés written in the present tense ("Own talent development,
    # recruitment, coaching", "Own production, analytics, and strategy for"), not "own up to"
    r"own\b(?! (?:up|to|my|our|the team's)\b)(?=,? [\w-])|"
    # the present and the gerund ("Leads the", "Leading a team of") only before what is led:
    # "Leading indicators for churn" and "Leads from the webinar" lead nobody
    r"(?:leads|leading|heads|heading|owns|spearheading|oversees|overseeing)(?= (?:the|a|an|our|"
    r"its|my|all|both|every|several|multiple|cross-[a-z]+|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten)\b))",
    re.IGNORECASE,
)
# leading told in the first person, wherever it stands: "I led", "which I proposed", "a
# rotation I set up", "the training program I designed and ran", "with me as the engineer who";
# "I made" only a call or a decision ("I have made the optimisation of the queries" leads nobody)
_FIRST_PERSON = compiled(
    r"\b(?:I|me as the \w+ who)\s+(?:\w+\s+){0,2}?(?:led|lead|ran|run|set up|put in place|"
    r"proposed|scoped|staffed|started|founded|introduced|own(?:ed)?|chose|decided|hired|"
    r"steward(?:ed)?|coordinated|organi[sz]ed|built and ran|designed and ran|brought in|"
    # "I managed the entire sales cycle" is a seller's own work (RULES.md, 2026-12-06n), not leading
    r"convinced|persuaded|pushed for|championed|mentored|coached|set|"
    r"managed(?! (?:the |my )?(?:entire |whole |full |complete )?sales (?:cycle|process))|"
    r"made (?:the |a |that )?(?:call|case|decision|choice)|review every|approve every)\b|"
    r"\b(?:thanks to|on|at|following) my (?:own )?(?:proposal|proposition|initiative|suggestion)\b",
    re.IGNORECASE,
)
# taking charge: "took over", "taking charge of", "picked up the abandoned", "ended up owning"
_TOOK_CHARGE = compiled(
    r"\b(?:(?:took|take|takes|taking|played|play|plays|playing|had|has|have|held|holds) "
    r"(?:a |the )?(?:leading|lead|leadership) role|"
    # "Took the responsibility of the release planning" (English written as a second language)
    r"t(?:ook|ake|aking) (?:the |personal |full |sole )?responsibility (?:of|for)|"
    r"t(?:ook|ake|aking) (?:on )?(?:over|charge|ownership|the lead|the helm|"
    r"responsibility|people management|"
    r"the role(?! of (?:an? )?(?:[\w-]+ ){0,3}?(?:intern|member|assistant|trainee|student|"
    r"apprentice)\b))|"
    # taking on a role is not leading it ("Took on the role of a software engineer intern", "took
    # on a dual role to support"); a lead role is read above
    r"took on(?! (?:the |a |an )?(?:[\w-]+ )?roles?\b)|"
    # ownership held: "Held technical ownership of the core banking integration"
    r"(?:held|holds|hold|had|has|have|with) (?:technical |full |overall |end-to-end |sole )?"
    r"ownership (?:of|for)|pick(?:ed)? up (?:the )?(?:abandoned|"
    r"orphaned|stalled|unowned|neglected)|ended up owning|stepped (?:in|up|into)|"
    r"put together (?:a|an|the) (?:[\w-]+ ){0,2}(?:team|group|crew|task force|squad)|"
    r"pulled together (?:\w+ ){0,3}(?:from|engineers|people|teams)|made the (?:call|case)|"
    r"called and (?:ran|facilitated|chaired)|in charge of|accountable for|owned the decision|"
    r"(?:had|has|with) the final (?:say|call)|sign-off|signed off (?:on|every|each|all|the)|"
    r"(?:responsible for|tasked with|charged with|entrusted with) (?:leading|running|owning|"
    r"managing|"
    r"coordinating|supervising|directing|overseeing|mentoring|coaching)|"
    r"(?:built|reached|won|brokered) (?:\w+ ){0,2}(?:consensus|buy-in|agreement)|"
    r"got (?:[\w,&'’-]+ ){1,9}to (?:agree|adopt|commit|sign|share|switch|standardi[sz]e)|"
    r"(?:was |as )?the (?:only|sole) (?:[\w-]+ ){0,2}?(?:engineer|developer|scientist|person) "
    r"(?:on|behind) (?:the |a |this )?(?:project|product|system|app)|pushed for|"
    r"(?:was )?trusted with|ran point on|agreed (?:by|with) (?:the |their )?(?:[\w,&-]+ ){0,5}?"
    r"(?:teams|groups|owners|leads)|until (?:they|he|she|the \w+) (?:could|were able to|can)|"
    r"talked (?:[\w,&'’-]+ ){1,6}into|under my (?:leadership|"
    r"direction|supervision|guidance|management|mentorship|coaching|tutelage)|"
    r"delegated (?:[\w-]+ ){0,3}?(?:tasks|work|"
    r"ownership|responsibilit(?:y|ies))|I (?:take|took|make|made) (?:the |all |final )?"
    r"(?:[\w-]+ )?decisions?|budget (?:holder|owner)|(?:[\w-]+ )?approver (?:for|of|on)|"
    # taking another organisation's people through a review (RULES.md, 2026-12-05e)
    r"(?:took|taking|walked|walking) (?:[\w'’-]+ ){1,4}?through (?:our|the|a|their) "
    r"(?:[\w-]+ ){0,2}?(?:review|audit|process|onboarding)|"
    r"while (?:the|my|our) (?:[\w-]+ ){0,2}?(?:manager|lead|director|head|owner|role) "
    r"(?:was|were) (?:on|away|out|open|vacant)|"
    r"(?:responsible|in charge) (?:for|of) (?:the |a |my |our )?(?:[\w-]+ )?(?:team|squad|"
    r"crew|group) of|(?:handled|handling) (?:a |the )?(?:[\w-]+ )?(?:team|squad|crew) of|"
    # the one who decides, heads a response, or holds the money: "the decision maker for the
    # vector store", "Headed up incident response", "Managed a $2M annual cloud budget"
    r"\bdecision[- ]?makers? (?:for|on|of|in)\b|\bheaded up\b(?! to\b)|"
    r"\b(?:managed|managing|manage|owned|owning|ran|held|oversaw|controlled) (?:a |the |an |our |"
    r"my )?(?:[\w$€£₹.,+-]+ ){0,3}?budgets?\b|"
    r"(?:^|\b)final (?:say|call|decision)|\bmy call\b|mine to (?:write|set|decide|defend|make|"
    r"call)|"
    r"(?:I |and |to )?decid(?:e|ed|es|ing) (?:which|what|who|whether|where)|"
    # decisions of a kind held: "Made key architectural decisions for the platform"; not
    # "made data-driven decisions"
    r"\b(?:made|make|makes|making|drove|own(?:ed)?) (?:the |all |key |final |major |critical )?"
    r"(?:architectural|architecture|technical|design|technology|product|hiring|staffing|"
    r"scoping|prioriti[sz]ation|build-vs-buy) (?:decisions|calls)\b|"
    r"(?:in charge of|responsible for) the (?:decision|choice)|"
    r"without my (?:review|approval|sign-off|say-so)|"
    r"(?:comes?|goes|went|go|pass(?:es|ed)?) through me|"
    # the delivery of a piece of work held ("Responsible for the delivery of the data platform
    # programme"): running work with others, as "Responsible for" projects (RULES.md, 2026-12-06j)
    r"(?:responsible|accountable) for (?:the )?(?:end-to-end |overall |successful )?"
    r"(?:delivery|execution|rollout|roll-out|implementation) of\b|"
    r"(?:responsible|accountable) for (?:the |our |all )?(?:[\w-]+ )?(?:hiring|budget|roadmap|"
    r"strategy|direction|planning|staff|people|crew|team|teams|squad)\b(?!['’])|"
    r"(?:scaled|expanded) (?:the |my |our |a )?(?:[\w-]+ )?(?:team|org|organi[sz]ation|group|"
    r"function|department)\b(?!['’])|\bmy (?:[\w-]+ )?(?:team|squad|crew|group) of\b|"
    r"(?:made|make) responsible (?:of|for)|in charge for|technical leading|"
    # a duty of leading named as a noun: "Responsible of the coordination of the technicians"
    r"(?:responsible|in charge|accountable) (?:of|for) (?:the )?(?:coordination|supervision|"
    r"management|direction|leadership|organi[sz]ation|animation|steering) of|"
    r"(?:(?:took|taking|take|takes) care of|look(?:s|ed|ing)? after) (?:the |our |all )?"
    r"(?:new (?:arrivals|joiners|hires|"
    r"colleagues|starters)|juniors|interns|trainees|apprentices|newcomers)|"
    r"manag(?:ed|e|es|ing) (?:the |our |a |an |all |two |three |several |"
    r"multiple )?(?:(?!(?:to|for|with|by)\b)[\w-]+ ){0,3}?"
    r"(?:schedule|timeline|backlog|budget|releases?|programmes?|programs?|projects?|portfolio|"
    r"initiatives?|roadmap|launch|delivery|migrations?|rollouts?|roll-outs?|cutover|go-live|"
    r"transitions?)\b(?! (?:tools?|software|scripts?)\b)|"
    # a piece of work managed, not a thing ("Managed the implementation of the new OA system",
    # "Managed the redesign of the website"; "Managed 12 TB of research data" leads nobody)
    r"manag(?:ed|e|es|ing) (?:the |our |a |an )?(?:[\w-]+ ){0,2}?(?:implementation|redesign|"
    r"fabrication|creation|construction|installation|renovation|execution|overhaul|relaunch|"
    r"build-out|requirements? gathering)\b(?= of\b| and\b)|"
    r"ran (?:the |our |a )(?:[\w-]+ )?(?:kitchen|shop|store|ward|desk|"
    r"site|floor|shift|office|lab|warehouse|restaurant|line|crew|team|department|unit|clinic|"
    r"branch|depot|project|programme|program)(?! tests?\b)|(?:given|put in) charge|given (?:the )?"
    r"(?:ownership|lead|responsibility) (?:of|for)|"
    r"kept (?:the |all )?(?:\w+ )of us|talked (?:[\w,&'’-]+ ){1,6}out of|"
    r"turned around (?:a |an |the |our )?(?:[\w-]+ ){0,3}?(?:project|team|programme|program|"
    r"effort|launch)|turned (?:a|the|our) team|(?:co-)?chair(?:ed|ing) (?!by\b))\b",
    re.IGNORECASE,
)
# leading told without a leading verb: as a noun phrase opening the bullet ("Guidance of two
# junior analysts", "Direction of a team of 4", "Ownership of the release process"), in the
# passive with the author as agent ("was planned and led by me", "was entrusted to me", "under
# my coordination") or as a decision held ("Decisions on which models go to production are mine")
_WITHOUT_VERB = compiled(
    r"^(?:[^:.;]{1,40}:\s*)?(?:management|leadership|leading|direction|supervision|guidance|"
    r"ownership|coaching|mentoring|formation and follow-up|piloting|animation|gestion|"
    r"stewardship|mentorship|oversight|headship|chairing|steering) (?:of|for)\b|"
    # coordinating people, not requests or two sides: "Coordination of a team of four analysts"
    r"^(?:[^:.;]{1,40}:\s*)?coordination (?:of|for) (?:a |an |the |our )?(?:[\w-]+ ){0,2}?"
    r"(?:team|teams|group|crew|squad|staff|people)\b|"
    r"\b(?:made|make|makes|gave|give|gives|did|do) (?:the |a )?(?:formation|training|onboarding|"
    r"induction) (?:of|to|for)\b|\breports? (?:directly )?to me\b|"
    r"\b(?:was|were|is|are|been|got) (?:[\w-]+ ){0,3}?(?:led|run|started|planned|coordinated|"
    r"organi[sz]ed|managed|owned|driven|founded|introduced|chaired|decided|steered|supervised)"
    r"(?: and [\w-]+)? by me\b|\b(?:entrusted|handed over|given|assigned) (?:\w+ ){0,2}?to me\b|"
    r"\bunder my (?:coordination|responsibility|ownership|lead)\b|"
    r"\b(?:decisions?|calls?|architecture|design|roadmap)\b[^.;]{0,60}\b(?:is|are) mine\b|"
    r"(?<!for )(?<!in )(?<!of )(?<!with )\bproject management\b(?! (?:tools?|software|skills?|"
    r"certificat\w*|course\w*|methodolog\w*|platforms?|apps?|systems?|office|professional)\b)|"
    r"\b(?:project|team|technical|people|program(?:me)?|engineering|delivery) leadership\b"
    r"(?! (?:team|group|meetings?|forum|offsite)\b)|"
    r"\bprovid(?:e|ed|es|ing) (?:[\w,&-]+ ){0,4}?(?:leadership|direction|vision|oversight|"
    r"mentorship)\b(?! (?:team|group)\b)|"
    # guidance given to people ("Provided technical guidance to a team of 5 developers"), not
    # guidance given to users on a product
    r"\b(?:provid(?:e|ed|es|ing)|gave|give|gives|offer(?:ed|s)?) (?:[\w-]+ ){0,2}?guidance "
    r"(?:to|for) (?:a |the |our |my |\d+ |two |three |four |five |six |new |junior )?"
    r"(?:[\w-]+ ){0,3}?(?:team|teams|engineers|developers|juniors|analysts|interns|staff|"
    r"colleagues|members|hires)\b",
    re.IGNORECASE,
)
# starting a practice that others join: "set up a weekly model review", "started the guild"
_STARTED = compiled(
    r"\b(?:set up|started|founded|co-founded|launched|instituted|established|establishing|"
    r"founding|created|hosted|"
    r"ran|chaired|convened|introduced|introducing|replaced|bootstrapped|kicked off)"
    r"(?:, and still run,)? (?:a |an |the |our |its )?"
    r"(?:weekly |monthly |quarterly |"
    r"fortnightly |daily |regular |first |internal |joint |cross-team )?(?:[\w'’-]+ ){0,2}?"
    r"(?:review|forum|guild|rotation|clinic|reading group|office hours|working group|council|"
    r"committee|demo day|bug bash|post-mortem|postmortem|retro|retrospective|design review|"
    r"(?<!neural )network|practice|programme|program|course|bootcamp|hackathon|summit|meetup|"
    # a laboratory founded ("Establishing a research laboratory with a driving simulator")
    r"process|status meeting|stand-?up|data contract|on-call|laboratory|laboratories)(?:es|s)?\b"
    # "process enhancements" and "process automation" are work on a process, not one started
    r"(?! (?:enhancements?|improvements?|automation|optimi[sz]ations?|changes)\b)|"
    # a way of working put in place ("Implemented an internal Dogfooding QA process",
    # "Implemented refined agile processes"), not a network or a program built
    r"\bimplemented (?:an? |the |our )?(?:[\w'’-]+ ){0,3}?(?:process(?:es)?|practices?|"
    r"ceremon(?:y|ies))\b(?! (?:enhancements?|improvements?|automation|optimi[sz]ations?)\b)",
    re.IGNORECASE,
)
# running sessions, classes or a programme for others: "ran weekly coding workshops", "taught
# a weekly SQL clinic", "ran the interview calibration sessions", "ran quarterly planning",
# "facilitating coding classes"; not "facilitated communication" nor "attended the workshops"
_RAN_FOR_OTHERS = compiled(
    r"\b(?:ran|run|runs|running|hosted|hosts|hosting|held|holds|holding|facilitat(?:ed|es|e|"
    r"ing)|taught|teach(?:es|ing)?|"
    r"organi[sz](?:ed|es|e|ing))\s+(?:(?!(?:by|from|with|in|at|to)\b)\S+\s+){0,4}?(?:workshops?|"
    r"sessions?|class(?:es)?|clinics?|planning|stand-?ups?|calibrations?|lectures?|seminars?|"
    r"tutorials?|bootcamps?|courses?|program(?:me)?s?|office hours|sprints?|scrum|ceremonies|"
    r"webinars?|livestreams?)\b|"
    # teaching conducted for others ("Conducted training sessions for 30 new analysts"), not
    # interviews, tests or user research
    r"\bconduct(?:ed|s|ing)? (?:[\w-]+ ){0,2}?(?:training|workshops?|classes|lectures?|seminars?|"
    r"tutorials?|bootcamps?|courses?|onboarding|(?:pair-programming|pairing|mentoring|coaching|"
    r"knowledge[- ]sharing) sessions)\b|"
    # events run for others (RULES.md: a school or conference coordinated): "Plans and
    # Coordinates large scale Events", "Setting up recruitment fairs and networking events"
    r"\bcoordinat(?:e|es|ed|ing) (?:the |a |an |all |our )?(?:[\w-]+ ){0,3}?(?:events?|"
    r"conferences?|fairs?|summits?|hackathons?|meetups?)\b|"
    r"\bsett?(?:ing)? up (?:[\w-]+ ){0,2}?(?:fairs|events|meetups|conferences|hackathons)\b|"
    # delivering teaching to others ("Delivered technical workshops to"), not sprints or slides
    r"\bdeliver(?:ed|s|ing)? (?:[\w-]+ ){0,3}?(?:workshops?|lectures?|seminars?|tutorials?|"
    r"bootcamps?|courses?|training(?: sessions)?|classes)\b|"
    # training given to others ("provided training as needed"), not training received
    r"\bprovid(?:ed|es|e|ing) (?:[\w-]+ ){0,2}?training\b|"
    # events and meetings organised, hosted or facilitated for others ("Organized the LHM
    # Summit", "Facilitated the retro after the failed launch", "Convened the weekly sync",
    # "Organized a team of 6"); not an app "for organizing meetups" nor "the team's retro notes"
    # organised into a wiki. 13 of the 15 tuning rows the form held were labelled leading, the
    # two that were not are the two left out
    r"(?<!\bfor )\b(?:organi[sz](?:ed|es|e|ing)|host(?:ed|s|ing)|facilitat(?:ed|es|e|ing)|"
    r"conven(?:ed|es|e|ing))\s+(?:(?!(?:by|from|with|in|at|to|for)\b)\S+\s+){0,4}?(?:events?|"
    r"talks|meetings|meetups?|hackathons?|conferences?|summits?|retros?|retrospectives?|"
    r"ceremon(?:y|ies)|discussions|reviews|fests?|syncs?|games|competitions?|"
    r"team of \d+)\b(?! (?:notes|logistics)\b)",
    re.IGNORECASE,
)


# opening on a verb of growing people or founding a group, or of gathering people:
# "Chaired the review board", "Mentored five interns", "Organised the first ML conference"
_OPENS_PEOPLE = compiled(
    r"^(?:co-)?(?:chaired|founded|co-founded|mentored|coached|supervised|co-supervised|"
    r"hired(?! (?:into|as|onto|on|by|in)\b)|"
    r"line-managed|instituted|initiated|sponsored|shepherded|rallied|persuaded|convinced|"
    r"recruited|convened|trained and managed|hired and trained|built and managed|"
    r"grew the (?:[\w-]+ ){0,2}?(?:team|org|organi[sz]ation|group|function|department|practice|"
    r"crew|squad|community|guild)|"
    r"organi[sz]ed (?:and (?:ran|led|hosted) )?(?:the |a |an |our )?(?:[\w-]+['’]s )?"
    r"(?:first |yearly |annual |"
    r"weekly |monthly |internal |regular |company's )?(?:[\w-]+ ){0,2}?(?:conference|summit|"
    r"hackathon|meetup|workshops?|sessions?|events?|offsite|rota|volunteers|reading group|"
    r"day|week|series|programme|program|training|course|guild|community))\b",
    re.IGNORECASE,
)


def lead_signals(text: str) -> dict[str, str]:
    """Each kind of leading the bullet shows or denies, with the words that show it."""
    found: dict[str, str] = {}
    lower = text.lower()
    for name, pattern in (
        ("lead:opens", _OPENS),
        ("lead:own_role", OWN_ROLE),
        ("lead:their_role", THEIR_ROLE),
        ("lead:first_person", _FIRST_PERSON),
        ("lead:took_charge", _TOOK_CHARGE),
        ("lead:without_verb", _WITHOUT_VERB),
        ("lead:started", _STARTED),
        ("lead:ran_for_others", _RAN_FOR_OTHERS),
        ("lead:taught", TAUGHT),
        ("lead:people_work", PEOPLE_WORK),
        ("lead:direction", DIRECTION),
        ("lead:drove_work", DROVE_WORK),
        ("lead:go_to", GO_TO),
        ("lead:across", ACROSS),
        ("lead:opens_people", _OPENS_PEOPLE),
        ("lead:own_task", OWN_TASK),
        ("lead:routine", ROUTINE),
        ("lead:not_leading", NOT_LEADING),
    ):
        needs = _NEEDS.get(name)
        if needs is not None and not any(word in lower for word in needs):
            continue
        match = pattern.search(text)
        if match:
            found[name] = match.group(0).strip()
    grown = grew_people(text)
    if grown:
        found.setdefault("lead:grew_people", grown)
    return found
