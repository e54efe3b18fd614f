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
from levelset.proof.lead_needs import NEEDS as _NEEDS
from levelset.proof.lead_people import OWN_ROLE, PEOPLE_WORK, THEIR_ROLE, grew_people

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
    r"\b(?:set up|started|founded|co-founded|launched|instituted|established|created|hosted|"
    r"ran|chaired|convened|introduced|introducing|replaced|bootstrapped|kicked off)"
    r"(?:, and still run,)? (?:a |an |the |our |its )?"
    r"(?:weekly |monthly |quarterly |"
    r"fortnightly |daily |regular |first |internal |joint |cross-team )?(?:[\w'’-]+ ){0,2}?"
    r"(?:review|forum|guild|rotation|clinic|reading group|office hours|working group|council|"
    r"committee|demo day|bug bash|post-mortem|postmortem|retro|retrospective|design review|"
    r"(?<!neural )network|practice|programme|program|course|bootcamp|hackathon|summit|meetup|"
    r"process|status meeting|stand-?up|data contract|on-call)(?:es|s)?\b"
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
    r"\bprovid(?:ed|es|e|ing) (?:[\w-]+ ){0,2}?training\b",
    re.IGNORECASE,
)


# setting the direction others follow: "set the direction for", "owned the roadmap", "wrote
# the engineering strategy", "held the pen on the policy", "defined the paging thresholds"
_DIRECTION = compiled(
    r"\b(?:set|sets|setting|defin(?:e|ed|es|ing)|shap(?:e|ed|es|ing)|charted|drew up|laid out|"
    r"owned|owning|owns|wrote|writing|held the pen on|authored|drafted|develop(?:ed|s|ing)?|"
    # "established" as an adjective ("in compliance with established coding standards") sets
    # nothing
    r"(?<!with )(?<!following )(?<!per )(?<!to )(?<!the )establish(?:ed|es|ing)?|"
    r"creat(?:e|ed|es|ing)|designed|designing|evolv(?:e|ed|es|ing)|introduc(?:e|ed|es|ing)|"
    # the rules and habits others keep: "Enforced Responsible AI policies", "Fostered a DevOps
    # culture of continuous improvement"
    r"enforc(?:e|ed|es|ing)|foster(?:ed|s|ing)?|instill(?:ed|s|ing)?|cultivat(?:e|ed|es|ing)|"
    # "Generate roadmaps based on business goals"
    r"generat(?:e|ed|es|ing)|"
    r"dr(?:ive|ove|ives|iving))\s+"
    # "Developed and implemented a secure SDLC policy", "Evolve a database-specific, agile
    # delivery model": a second verb and a comma between the words before the thing set
    r"(?:and (?:implemented|implement|rolled out|enforced|introduced|documented|maintained|"
    r"maintain|ran) )?"
    r"(?:the |a |an |our |its |their )?(?:[\w-]+['’]s )?(?:[\w()-]+,? ){0,3}?(?:direction|"
    r"strateg(?:y|ies)|roadmaps?|visions?|"
    r"standards?|kpis|okrs|(?:delivery|operating|engagement|service|support) model|"
    r"charter|principles|goals|priorities|agenda|polic(?:y|ies)|guidelines|handbook|playbook|terms|"
    r"(?:chargeback|cost[- ]allocation|staffing|pricing|governance) model|"
    r"governance|culture|"
    r"ladder|thresholds|process|rubric|protocol|conventions|criteria|matrix|curriculum|rota|"
    # what others learn from or report within: "the Data Science syllabus for the organization",
    # "new management structure to rightsize span of control"
    r"syllabus|(?:management|organi[sz]ational|org|reporting|team) structure|"
    r"assignments|bar)\b|"
    # the way others work made one: "Standardized and documented the tagging and release
    # process", "standardized the Python and R dependencies" (RULES.md: set standards)
    r"\bstandardi[sz](?:e|ed|es|ing)(?: and [\w-]+)? (?:the |a |an |our |its |all )?"
    r"(?:[\w/&()'’-]+ ){0,5}?(?:process(?:es)?|dependencies|practices|workflows?|templates?|"
    r"conventions|tooling|design system|procedures?|interfaces?|deployments?|environments?)\b|"
    # an approver of others' work or spend: "Review and approve all drafts", "Co-approve ...
    # all expenses"
    r"\b(?:co-)?approv(?:e|ed|es|ing)(?: and [\w-]+)? (?:the |all |every |each )?"
    r"(?:[\w-]+ ){0,3}?(?:drafts|expenses|budgets?|spend(?:ing)?|purchases|hires|hiring|"
    r"releases|designs|documentation|contracts|invoices|timesheets)\b|"
    r"\b(?:kept|keeping|ran|running|maintained) (?:the |our |a |its )?(?:[\w-]+ ){0,3}?roadmap\b|"
    # the architecture others build on (RULES.md: "architected", "designed *the* architecture")
    r"\b(?:architected|designed (?:the |our |an? )?(?:[\w'’-]+ ){0,6}?architectures?)\b|"
    # a whole system designed from nothing, the foundation others build on (RULES.md, cases of
    # 2026-12-06), and the RFC others follow (RULES.md: "wrote the RFC")
    r"\b(?:designed|architected)(?: and [\w-]+)? (?:a |an |the |our )?(?:[\w-]+ ){0,4}?"
    r"(?:system|platform|architecture|stack) from (?:the ground up|scratch)\b|"
    r"\b(?:wrote|authored|drafted|writing) the (?:[\w-]+ ){0,3}?rfcs?\b|"
    # a way of working set for others: "Established a standardized, scalable, and secure
    # approach for development", "Defined the team's ways of working"
    r"(?<!['’]s )(?<!the )(?<!with )(?<!following )(?<!per )(?<!to )(?<!an )"
    r"\b(?:established|defined|set|introduced|standardi[sz]ed) (?:the |a |an |our )?"
    r"(?:[\w'’-]+,? ){0,4}?(?:approach|methodology|ways? of working|best practices)\b|"
    # a service level or target set for the team: "Set SLOs of 99.9% availability"
    r"\b(?:set|sets|setting|defined|defines|defining)\s(?:the |our |its )?(?:[\w-]+ )?"
    r"(?:SLOs|SLIs|SLAs|error budgets)\b",
    re.IGNORECASE,
)
# carrying a piece of work that others take part in: "drove adoption of", "drove the move
# from", "shepherded the GDPR project", "carried the programme from ... to"; not "drove a 10%
# increase", which is a cause
_DROVE_WORK = compiled(
    r"\b(?:drove|drive|driving|drives|shepherded|shepherding|carried|steered|spearheaded|"
    r"orchestrat(?:ed|es|e|ing)|"
    r"pushed through|saw through|kicked off|headed|guided|guiding|guide|oversaw|oversee|oversees|"
    r"overseeing|supervised|supervising|directed|directing|direct|"
    # coordinating a piece of work runs it ("Coordinated the release trains of"); coordinating
    # "with" another team, or "between" two, takes part in theirs (RULES.md)
    r"coordinat(?:ed|e|es|ing)(?! with\b)(?!(?: [\w-]+){0,2} between\b))\s+"
    r"(?:the |a |an |our |its |all |multiple |several |\w+ )?(?:[\w-]+ ){0,3}?"
    r"(?:adoption|moves?|migrations?|rollouts?|roll-outs?|efforts?|programmes?|programs?|"
    r"initiatives?|transitions?|transformations?|consolidation|projects?|changes?|overhaul|"
    r"rewrites?|launch(?:es)?|"
    r"push|work|shifts?|switch|development|delivery|implementations?|design|build|construction|"
    r"(?:winter |summer )?schools?|conferences?|summits?|curricul(?:um|a)|"
    r"deployments?|operations|integrations?|releases?|engagements?|cutovers?|go-lives?|"
    # running the meetings and calls where others' work is decided
    r"(?:review |status |planning |governance |escalation |bridge |incident )"
    r"(?:meetings?|calls?))\b|"
    # "piloted" a whole change or unit, as English written as a second language says led;
    # "piloted the tool with five users" runs a trial
    r"\bpilot(?:ed|ing|s)? (?:the |our |a )?(?:[\w-]+ ){0,2}?(?:transformations?|departments?|"
    r"teams)\b|"
    # rolling the work out to other teams is driving its adoption
    r"\brolled out (?:[\w'’-]+ ){1,6}?to (?:the |all |every |both |our )?(?:[\w'’-]+ ){0,3}?"
    r"(?:teams|groups|squads|departments|offices|sites|regions|labs|wards|plants)\b",
    re.IGNORECASE,
)
# the person others turn to: "the go-to person for", "point person", "was the person new
# engineers were sent to", "first port of call"
_GO_TO = compiled(
    r"\b(?:go-to(?! reviewer)|point (?:person|of contact)|escalation (?:point|contact)s?|"
    # the one others ask: "Act as subject matter expert on all optimization and testing tools"
    r"(?:act(?:ed|s|ing)?|served|serves|serving) as (?:the |a |an )?(?:[\w-]+ )?"
    r"(?:subject matter expert|sme)|"
    r"first port of call|"
    r"(?:single|sole|primary|main) (?:poc|contact)|"
    r"relationship management with|(?:maintain|manag|own|held|hold|buil)\w* (?:\w+ ){0,2}?"
    r"relationships? with|person (?:\w+ ){0,3}"
    r"(?:were|was|got) sent to|(?:everyone|people|teams) (?:\w+ ){0,2}(?:came|turned|went) to)\b",
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
# bringing other teams together or deciding for them: "brought the iOS and Android teams onto
# one service", "coordinated the release trains of five mobile teams", "brokered a schedule
# between three teams", "negotiated the terms with", "picked the database for the company"
_ACROSS = compiled(
    r"\b(?:brought (?:\w+ ){0,5}?(?:teams|groups|squads|departments) (?:onto|together|into|around|"
    r"on|under|to)|coordinated (?:the )?(?:[\w-]+ ){0,4}?(?:of|across|between|among|with) (?:the )?"
    r"(?:[\w,&-]+ ){0,5}?(?:teams|groups|squads|departments|responders|engineering)|brokered|"
    r"negotiated (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:terms|agreement|contract|deal|scope|sla)|"
    r"held (?:the |our )?(?:\w+ ){0,2}?(?:teams|groups) to|"
    r"aligned (?:the )?(?:[\w,&-]+ ){0,5}?(?:teams|groups|squads|departments|leads) "
    r"(?:on|around|behind)|"
    r"(?:picked|chose|selected|decided on) (?:the |a |an )?(?:[\w-]+ ){0,3}?for (?:the |our )?"
    r"(?:company|team|org|organi[sz]ation|group|department)|decision record|deciding what|"
    r"(?:picked|took) (?:up|on) ownership|"
    r"volunteered to (?:own|lead|run|take (?:over|charge|ownership|the lead))|"
    r"maintained (?:an? |the )?(?:popular )?open[- ]source|"
    r"wrote the (?:[\w-]+ )?(?:draft|proposal|rfc|design) (?:that|which) became|"
    r"^decided\b|\bI decided\b|(?:restructured|reorgani[sz]ed) (?:the |our |its )?"
    r"(?:[\w-]+['’]s )?(?:[\w-]+ ){0,2}?"
    r"(?:process|team|teams|group|org|organi[sz]ation|department)\b|"
    # work handed out: "Allocated work to the offshore team", "task allocation for the team"
    r"(?:task|work) allocation|allocat(?:ed|es|e|ing) (?:the |their |all )?(?:[\w-]+ ){0,2}?"
    r"(?:tasks|work)\b|"
    r"assign(?:ed|s|ing)? (?:the |their |all )?(?:[\w-]+ ){0,2}?(?:tasks|work|patients|reporters|"
    r"crews|shifts|docks|tickets|stories|workload|beds|routes)|(?:giving|gave|split(?:ting)?) the "
    r"(?:tasks|work)|reviewed (?:their|all|every) (?:[\w-]+ ){0,2}?(?:work|code|designs?|changes)|"
    r"(?:corrected|checked) their (?:work|code)|reviewed (?:the )?(?:[\w-]+ )?"
    r"(?:designs?|code|work|changes|plans) of (?:the )?(?:[\w,&-]+ ){0,5}?(?:teams|squads|groups|"
    r"engineers|juniors|interns)|(?:transitioned|moved|switched|migrated) (?:the |our |its )?"
    r"(?:whole |entire )?(?:company|organi[sz]ation|org|department|division|teams) "
    r"(?:from|to|onto|off)|validated (?:all|every) (?:the )?(?:[\w-]+ ){0,2}?"
    r"(?:choices|designs|decisions)|who worked on what|pair(?:ed|ing) people up|"
    r"(?:convinced|persuaded) (?:the |our |my |all |both |\w+ ){0,4}?(?:team|teams|org|group|"
    r"groups|"
    r"leads|managers|director|engineers|everyone)|"
    r"pair(?:ed|-programmed| programmed) (?:\w+ )?with (?:\w+ ){0,2}?"
    r"(?:juniors?|new hires|interns|grads)|"
    r"(?:built|grew|formed|assembled|stood up|staffed|started)(?: and (?:scaled|grew|led|ran))? "
    r"(?!by\b)(?:the |a |an |our |its )?"
    r"(?:[\w-]+ ){0,3}?(?:team|group|function|squad|department)(?=\s*(?:$|[,;.:()]|(?:of|"
    r"from|for|that|which|to|in|at|with|and|who)\b))|"
    r"^(?:architected|proposed and (?:built|ran|shipped|delivered|drove))|"
    r"facilitated (?:the |our |a )?(?:[\w-]+ ){0,3}?(?:planning|retros?|retrospectives?|"
    r"reviews?|workshops?|offsites?|sessions?)|"
    r"(?:built|started|founded|grew) and (?:led|ran|managed)|my (?:design|proposal|rfc|plan|"
    r"framework|process) (?:[\w-]+ ){0,6}?(?:became|was adopted|is now|now))\b",
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
        ("lead:people_work", PEOPLE_WORK),
        ("lead:direction", _DIRECTION),
        ("lead:drove_work", _DROVE_WORK),
        ("lead:go_to", _GO_TO),
        ("lead:across", _ACROSS),
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
