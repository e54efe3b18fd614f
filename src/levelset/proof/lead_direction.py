"""Leading the work rather than people: setting the direction others follow ("owned the
roadmap"), carrying a piece of work others take part in ("drove adoption of"), being the person
others turn to ("the go-to person for") and bringing other teams together or deciding for them
("brokered a schedule between three teams"). levelset.proof.lead reads them with the rest."""

from __future__ import annotations

import re

from levelset.patterns import compiled

# setting the direction others follow: "set the direction for", "owned the roadmap", "wrote
# the engineering strategy", "held the pen on the policy", "defined the paging thresholds"
DIRECTION = compiled(
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
    r"maintain|ran|execute|executed|executing|drive|drove|own|owned|communicated) )?"
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
DROVE_WORK = compiled(
    r"\b(?:drove|drive|driving|drives|shepherded|shepherding|carried|steered|spearheaded|"
    r"orchestrat(?:ed|es|e|ing)|"
    r"pushed through|saw through|kicked off|headed|guided|guiding|guide|oversaw|oversee|oversees|"
    # leading a whole piece of work in the middle of a sentence ("Primary iOS developer for the
    # app, leading end-to-end development of"); not "leading to", "lead time"
    r"(?:leading|led|lead)(?= (?:the |an? )?(?:end-to-end|overall|full|complete) )|"
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
    # client engagements run, not "engagement" the measure a result raised ("driving higher
    # content discoverability and engagement")
    r"deployments?|operations|integrations?|releases?|engagements|cutovers?|go-lives?|"
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
GO_TO = compiled(
    r"\b(?:go-to(?! reviewer)|point (?:person|of contact)|escalation (?:point|contact)s?|"
    # the one others ask: "Act as subject matter expert on all optimization and testing tools"
    r"(?:act(?:ed|s|ing)?|served|serves|serving) as (?:the |a |an )?(?:[\w-]+ )?"
    r"(?:subject matter expert|sme)|"
    r"first port of call|"
    r"(?:single|sole|primary|main) (?:poc|contact)|"
    r"relationship management with|(?:maintain|manag|own|held|hold|buil|establish)\w* "
    # partnerships held with named companies: a point of contact (RULES.md, 2026-12-05e)
    r"(?:\w+ ){0,2}?(?:relationships?|partnerships?) with|person (?:\w+ ){0,3}"
    r"(?:were|was|got) sent to|(?:everyone|people|teams) (?:\w+ ){0,2}(?:came|turned|went) to)\b",
    re.IGNORECASE,
)
# bringing other teams together or deciding for them: "brought the iOS and Android teams onto
# one service", "coordinated the release trains of five mobile teams", "brokered a schedule
# between three teams", "negotiated the terms with", "picked the database for the company"
ACROSS = compiled(
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
