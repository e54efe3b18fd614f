"""Who else a piece of work reached: the signals the learned cross-team verdict reads.

Reach is told by who was affected, not by one word: a partner function ("with the finance
team", "for the sales org", "finance's planning tool"), other engineering teams, counted or
named ("across four product teams", "the search, ads and feeds teams"), the organisation or
company as a whole, executives as an audience, and organisations outside the company
(customers' teams, partner banks, regulators, upstream projects, conferences). Its near misses
are signals too: the author's own team, users in general, unnamed stakeholders.

Each signal is a name and the bullet's own words that raised it; levelset.proof.signals adds
them to the rest, and the weights come from the tuning half (scripts/train_bullets.py).
"""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.reach_held import RANKED as _RANKED
from levelset.proof.reach_held import held_spans
from levelset.proof.reach_words import COMMUNITY as _COMMUNITY
from levelset.proof.reach_words import COUNT as _COUNT
from levelset.proof.reach_words import FUNCTIONS as _FUNCTIONS
from levelset.proof.reach_words import TRADES as _TRADES
from levelset.proof.reach_words import UNITS as _UNITS

_RULES: list[tuple[str, str]] = [
    # "with the finance team", "for the sales org", "from the marketing org", "to the policy team"
    (
        "reach:function_unit",
        rf"\b(?:{_FUNCTIONS})(?:,? (?:and |& )?(?:{_FUNCTIONS}))* (?:{_UNITS})\b",
    ),
    # "with product, design and data science", "between product and legal"
    (
        "reach:with_functions",
        rf"\b(?:with|for|between|alongside|across|among) (?:the )?(?:{_FUNCTIONS})"
        rf"(?:,? (?:and |& )?(?:the )?(?:{_FUNCTIONS}))+\b",
    ),
    # "with finance", "for marketing", "teamed up with procurement"
    (
        "reach:with_function",
        # "to support compliance", "to design the schema": a verb after "to", not a function
        rf"\b(?!to (?:support|design|research|search|audit|secure) (?![\w-]+ed\b)[\w-])"
        # or a function let do something: "This allowed marketing to make web changes"
        rf"(?:with|for|from|alongside|to|by|(?:allow|enabl|let|help)\w*(?= [\w ]{{0,30}}\bto\b)) "
        rf"(?:the )?(?:{_FUNCTIONS})\b(?! (?:model|models|"
        r"feature|features|service|pipeline|code|data|api|stack|system|quality|results?|"
        r"metrics?|latency|ranking|engine|page|app|team's)\b)",
    ),
    # the same function word followed by the name of a thing, not a group: "for the pricing
    # tables", "for mobile deployment", "to the billing state machine" (a domain, not people)
    (
        "reach:function_as_domain",
        rf"\b(?:with|for|from|to|by|on) (?:the )?"
        rf"(?!(?:(?:{_FUNCTIONS})[ -]){{1,3}}(?:[\w-]+ )?(?:{_UNITS})\b)"
        rf"(?:{_FUNCTIONS}) (?!(?:{_FUNCTIONS}|{_UNITS}|and|or|to|on|in|"
        r"by|with|through|so|for|about|during|across|after|before|that|who|when|via|at|as|"
        # words that end the function's noun phrase: "with legal until it was cleared"
        r"around|over|on|until|till|while|since|under|against|because|than|if|whenever|"
        r"throughout|behind|per|every|each|twice|once|weekly|monthly|daily)\b)[a-z][\w-]*",
    ),
    # functions named together as the people involved: "finance and engineering", "data
    # science, platform and product"
    (
        "reach:function_list",
        rf"\b(?:{_FUNCTIONS})(?:, (?:{_FUNCTIONS}))*,? (?:and|&) (?:{_FUNCTIONS})\b"
        rf"(?! (?:model|models|features?|services?|pipelines?|code|data|apis?|stack|systems?|"
        r"metrics?|results|pages?|apps?|tables|queries|products|jobs|logs|engines?|"
        # work of those kinds done by the author: "data engineering and analytics
        # implementations", "operations and mobile messaging development"
        r"implementations?|development|messaging|solutions?|projects?|platforms?|initiatives?|"
        r"tools?|dashboards?|reports?|infrastructure|architecture|workflows?|use cases)\b)",
    ),
    # "the mobile team's release", "finance's planning tool", "the insurer's actuarial team"
    (
        "reach:other_possessive",
        r"\b(?!(?:our|my|own|the|this|his|her|a|an|one)\b)[\w-]+ (?:team|org|organi[sz]ation|"
        r"group|department|division|company)'s\b|\b(?:customer|client|partner|vendor|insurer|"
        rf"bank|hospital|provider|acquirer)'s\b|\b(?:{_FUNCTIONS})'s\b",
    ),
    # "across four product teams", "from five teams", "every ML team", "14 downstream teams"
    (
        "reach:team_count",
        rf"\b(?:{_COUNT}) (?:[\w-]+ ){{0,2}}(?:teams|orgs|organi[sz]ations|groups|divisions|"
        r"departments|squads|companies|labs|business units|product lines)\b|"
        r"\bevery (?:[\w-]+ ){0,2}team\b",
    ),
    # "the search, ads and feeds teams"
    (
        "reach:named_teams",
        r"\b(?:[\w-]+, )+(?:and |& )?[\w-]+ (?:and|&) [\w-]+ (?:teams|orgs|groups)\b|"
        r"\b[\w-]+ (?:and|&) [\w-]+ teams\b",
    ),
    # "the architecture team", "the ML platform team": a team named, not the author's own words
    (
        "reach:the_x_team",
        r"\bthe (?!(?:same|whole|entire|new|core|small|team)\b)(?:[\w-]+ ){1,2}"
        r"(?:team|teams|org|group|department|division)\b",
    ),
    # the organisation or company as a whole
    (
        "reach:whole_company",
        # a whole body reached: "union-wide", "Club-wide programs" (RULES.md, 2026-12-06n)
        r"\b(?:company|org|organi[sz]ation|division|firm|union|club|enterprise|department|"
        r"campus|school|district|agency|bank|group|hospital|university|college|business)[- ]wide\b|"
        r"\bacross the (?:whole |entire )?(?:company|org|organi[sz]ation|division|business|"
        r"group)\b|\bfor the (?:whole |entire )?"
        r"(?:company|org|organi[sz]ation|division)\b|\bhow the (?:company|org|organi[sz]ation|"
        r"division)\b|\bin the (?:division|org|organi[sz]ation)\b|"
        # a saving for the organisation as a whole: "saving the company over $400k"
        r"\b(?:sav(?:e|es|ed|ing)|earn(?:s|ed|ing)?) the (?:whole |entire )?(?:company|bank|firm|"
        r"business|organi[sz]ation|group|hospital|university|council|agency)\b",
    ),
    # "the company's new ledger" is often the author's own work; weighed apart
    ("reach:company_possessive", r"\bthe (?:company|org|organi[sz]ation|division)'s\b"),
    # the work taken up elsewhere: "integrated into", "adopted by", "now used by every service"
    (
        "reach:taken_up",
        r"\b(?:integrated into|adopted (?:by|across|in)|built into|merged (?:into|upstream)|"
        r"upstreamed|used (?:by|across|in) (?:every|all|other|\d|the \w+ (?:team|org))|"
        r"every (?:new )?(?:service|product|pipeline|engineer|team|model)|shared|team-specific|"
        r"common (?:library|platform|service|layer))\b",
    ),
    # the people of other functions as beneficiaries
    (
        "reach:beneficiaries",
        rf"\b(?:{_TRADES})\b",
    ),
    # people of a trade who then do their work otherwise: "claims handlers now spend", "the
    # night crew finds", "the reception staff phone fewer patients", "translators get"
    (
        "reach:trade_acts",
        rf"\b(?:{_TRADES})(?: (?:in|at|of|on) (?:the |two |three |all |each |every |\d+ )?"
        r"(?:[\w-]+ ){0,2}?[\w-]+)? (?:(?:now|no longer|still|then|all|each|also|mostly|finally) )*"
        r"(?:spend|find|finds|get|gets|see|sees|phone|call|make|plan|clear|close|use|open|read|"
        r"stopped|skip|handle|file|log|work|receive|run|book|check|need|match|start|finish|"
        r"leave|keep|kept|catch|answer)\b",
    ),
    # another function or team that then does something with the work: "finance closes the
    # books", "support use it still", "the warehouse and billing teams picked it up", "the VP
    # now reads", "HR then fixed", "operations dropped the daily recount"
    (
        "reach:others_act",
        rf"\b(?:(?:{_FUNCTIONS})(?:,? (?:and |& )?(?:{_FUNCTIONS}))*(?: (?:{_UNITS}))?|"
        r"(?:\w+ )?teams|the (?!(?:same|whole|entire|team)\b)(?:[\w-]+ ){1,2}team|ceo|cfo|cto|vps?|"
        r"the board)"
        r",? (?:who |which |they )?(?:(?:now|still|then|all|also|later|finally|each) )*"
        r"(?:use[sd]?|rel(?:y|ies|ied) on|reads?|open(?:s|ed)?|call(?:s|ed)?|build(?:s)? on|"
        r"built against|cite[sd]?|trust(?:s|ed)?|closes?|closed|finish(?:es|ed)?|sign(?:s|ed)? off|"
        r"stopped|dropped|pick(?:s|ed)? (?:it |them )?up|asked for|agreed|fixed|adopted|"
        r"switched|moved|took (?:it|them) up|attend)\b",
    ),
    # a team the author runs: its members are not reach
    (
        "reach:led_unit",
        r"\b(?:manag\w*|manager (?:for|of)|supervis\w*|head of|took over|set up|grew|"
        r"hired(?: and managed)?|built) (?:a |the |an )?(?:[\w-]+ ){0,3}"
        r"(?:team|teams|org|organi[sz]ation|group)\b|\ba team of\b",
    ),
    # a paper at a venue is the author's own result, unless others cite or adopt it
    ("reach:venue", r"\b(?:neurips|icml|iclr|acl|emnlp|cvpr|kdd|naacl|aaai|sigir|www)\b"),
    # executives and governing groups as audience or sponsor
    (
        "reach:executives",
        # "head of" alone is mostly the author's own title or manager ("Interim head of data",
        # "Reported to the head of data": 1 of 7 tuning rows reach); heads in the plural are others
        r"\b(?:ceo|cfo|cto|coo|ciso|vps?|vice president|heads of|directors?|executive team|"
        r"executives|(?:senior|top|upper) management|senior leaders(?:hip)?|"
        r"c-suite|c-level|"
        r"leadership team|board (?:of directors|members|meetings?)|(?:to|for|with) the board|"
        r"steering committee|council|review board)\b",
    ),
    # the field and open source: stars, contributors, downloads, code merged upstream, papers
    # cited, reviewing or chairing for venues, a standard or benchmark others use
    (
        "reach:open_source",
        # open source used or tools named ("open-source technology stack", "GitHub Actions")
        # reach nobody
        r"\b(?:open[- ]source[ds]?(?! (?:tech\w*|stack|tools?|frameworks?|software|"
        r"components?|databases?|solutions?|based)\b)|github(?! actions| copilot| pages| packages)|"
        r"stars|forks|contributors|downloads?|downloaded|"
        # "contributed to" alone is any share of any work ("Contributed to the quarterly OKRs", "to
        # a migration"): a thing contributed is named first, or it went upstream
        r"pull requests?|merged (?:into|upstream|in)|contributed (?:[\w-]+ ){1,4}(?:to|upstream)|"
        r"contributed upstream|"
        r"cited|citations?|used by (?:teams|companies|researchers|engineers) at|"
        r"(?:reviewed|reviewer|reviewing|area chair|program committee|programme committee)"
        r"(?: papers)? (?:for|at|of)|standard (?:test set|benchmark)|later papers|"
        # a hub the work went to, not one it was hosted on or built with ("Deployed on Hugging Face
        # Spaces", "npm, Rollup and GitHub Packages"): 1 of 4 and 0 of 2 tuning rows were reach
        r"(?:upstream|merged|contributed|ported) (?:[\w-]+ ){0,3}(?:to |into |in )?hugging face|"
        r"(?:to|on|into) (?:pypi|crates\.io))\b",
    ),
    # a vendor, agency or contractor the work was done with or for (not data "across vendors")
    (
        "reach:vendor",
        r"\b(?:with|for|to) (?:the|a|an|our|two|three|several) (?:[\w-]+ )?"
        r"(?:vendors?|suppliers?|contractors?|agenc(?:y|ies)|consultanc(?:y|ies))\b",
    ),
    # organisations outside the company
    (
        "reach:outside",
        r"\b(?:customers'|clients'|partners'|(?:enterprise |key )?customers' \w+|"
        r"partner (?:banks|hospitals|marketplaces|organi[sz]ations|companies|universities|labs|"
        # one university is mostly the author's own ("University Honors Program", 1 of 10 tuning
        # rows reach); universities in the plural are others
        r"teams|engineers)|hospital partners|portfolio companies|universities|"
        # "regulatory requirements" name no regulator (3 of 10 tuning rows were reach)
        # labs of other organisations ("university labs", "major labs"), not lab classes taught
        # or run ("weekly labs", "programming labs", "student labs": 4 tuning rows, none reach)
        r"(?:\w+ )?(?<!computer )(?<!programming )(?<!coding )(?<!student )(?<!weekly )"
        r"(?<!teaching )(?<!chemistry )(?<!physics )(?<!biology )(?<!practical )labs\b|"
        r"regulators?\b|auditors|"
        r"government|"
        # a field's or a project's community outside the employer (reach_words.COMMUNITY)
        rf"{_COMMUNITY}|"
        # a partner's organisation, not the partner API or website the author built or called
        # ("for the partner APIs", "Revenue from the partner API": 3 tuning rows, none reach)
        r"upstream|meetups?|conferences?|ecosystem|"
        r"partner (?!(?:apis?|websites?|sites?|portals?|sdks?|endpoints?|feeds?)\b)\w+|"
        r"cloud provider|vendor'?s engineers|acquired company|(?:gave|presented) (?:a |the |an )?"
        r"(?:[\w-]+ ){0,2}talk at|spoke at|keynote)",
    ),
    # client companies worked with directly, as a services firm works ("escalation calls with
    # customers", "customer projects", "for 6 customers", "helping enterprise customers"); not
    # users in general nor "customer engagement" measured
    (
        "reach:clients_served",
        r"\b(?:with|for|to|helping) (?:our |the |top |key |enterprise |global |\d+\+? |"
        r"more than \d+ |several |multiple |many |various |large number of )*"
        # clients named by their kind ("for regional customers", "for global finance clients")
        r"(?!(?:potential|prospective)\b)(?:[\w-]+ ){0,2}?(?:customers|clients)\b"
        r"(?!['’]s? (?:needs|data))|"
        # "client side" is the browser's half of a web app, not a client's ("customer side" is)
        r"\b(?:customer|client)[- ](?:projects|engagements|calls|outages?|escalations?|"
        r"facing projects)\b|\bcustomer[- ]side\b|\b(?:enterprise|corporate|b2b|public sector) "
        r"(?:customers|clients)\b",
    ),
    # one client organisation the work was done for, named by its kind rather than counted:
    # "for a global chemical client", "For a Pharma Client:", "for a leading Spanish banking
    # institution", "for a leading cosmetics brand", "enabled client to adopt"
    (
        "reach:client_org",
        r"\b(?:for|with|to|helping|serving) (?:a|an|one|our|the|various|several|multiple|"
        r"\d+\+?) (?:(?!(?:for|with|to|and|of|the|a|an|in|on)\b)[\w&.'’-]+ ){0,3}"
        r"(?:client|customer|bank|banking institution|institution|brand|retailer|insurer|"
        r"manufacturer|firm|agency|smes?)\b(?!s? (?:data|records|accounts|base|experience|"
        r"satisfaction|engagement|feedback|churn|support|service|journeys?)\b)|"
        r"\b(?:enabled|enabling|helped|helping|allowed|allowing) (?:the |our |a )?clients? to\b|"
        # a client named by its own name: "for GE client", "with Acme customer"
        r"\b(?:for|with|to) (?-i:[A-Z][\w&.-]*) (?:client|customer)\b",
    ),
    # working as another party's partner or liaison: "Partnered with IT and the provisioning
    # teams", "in partnership with Topher Design", "Liaised with the city council"
    (
        "reach:partnered",
        r"\b(?:partner(?:ed|ing|s)? (?:closely |directly )?with|in partnership with|"
        r"liais(?:e|ed|es|ing) with|as (?:a |the )?liaison (?:between|with|to))\b"
        # product managers or owners of the author's own work are the author's own line
        # (RULES.md, "People worked with, named by their trade"); "with product" is a function
        r"(?! (?:my |our |the )?(?:team's )?(?:PMs?|POs?|product (?:managers?|owners?))\b)",
    ),
    # other units of the business worked with or for: "across multiple consumer banking
    # brands", "for various departments", "with external partners" (not "across three regions")
    (
        "reach:units_served",
        r"\b(?:with|for|across) (?:our |the |its |all |multiple |several |various |key |\d+\+? |"
        r"many |other )*(?:[\w-]+ ){0,2}?(?:partners|brands|subsidiaries|business units|"
        r"business lines|lines of business|product lines|departments|divisions|agencies|"
        r"franchisees|BUs)\b",
    ),
    # people of several functions worked with or led: "collaborate cross-functionally",
    # "cross-functional team meetings", "Led and coached cross-functional teams" (several teams,
    # RULES.md); not one cross-functional team the author works in, nor partners left unnamed
    (
        "reach:cross_functional",
        r"\bcross[- ]functional(?:ly\b| teams\b| (?!(?:team|partners?|stakeholders?)\b)[\w-]+)|"
        # work across team lines: "cutting cross-team hand-offs", "through cross-team
        # collaboration" (6 tuning rows, all reach)
        r"\bcross[- ]team\b",
    ),
    # a company's IT named as the people served ("Helped Unilever IT win an award", "the IT
    # department"), and teams at other sites ("between onsite and offshore teams")
    (
        "reach:it_or_sites",
        r"(?-i:\b[A-Z][\w&-]+ IT\b)(?! (?:systems?|infrastructure|services?|assets?)\b)|"
        r"(?-i:\bIT (?:team|teams|department|org|organi[sz]ation|staff|function)\b)|"
        r"\b(?:onsite|on-site|offshore|nearshore|overseas) (?:and (?:the )?(?:onsite|on-site|"
        r"offshore|nearshore) )?teams\b",
    ),
    # near misses: the author's own team, users in general, stakeholders left unnamed
    (
        "reach:own_team",
        r"\b(?:our|my|own) (?:team|teams|squad|services|codebase|pipelines|product)\b|"
        r"\b(?:for|on|onto|in|with) (?:the|my|our) team\b|\bthe team'?s\b|\bteammates\b|"
        r"\bmy manager\b",
    ),
    # a bullet that opens on leading the author's own people ("Led 35 relationship directors",
    # "Coached and trained newly hired engineers", "Built and scaled a global engineering team"):
    # those people are the author's reports, not others reached
    (
        "reach:leads_own_people",
        r"^(?:[\w-]+ )?(?:i )?(?:led|lead|leading|managed|manage|managing|guide|guided|coached|"
        r"mentored|trained|hired|supervised|oversaw|overseeing|built|grew|scaled|directed|headed)"
        r"(?:(?:,| &|,? and) [\w-]+){0,3} "
        r"(?:a |an |the |my |our |multiple |several |\d+\+? |two |three |four |five |six )?"
        r"(?:(?!(?:for|with|to|by|across|from|at|in|on|into)\b)[\w&/-]+ ){0,4}"
        r"(?:teams?|engineers|staff|employees|members|developers|technicians|analysts|reports|"
        r"people|professionals|directors|managers|juniors|interns)\b",
    ),
    ("reach:users", r"\b(?:users|customers|members|subscribers|visitors)\b(?!')"),
    # the product people who set the author's own features: the author's own line ("our PM")
    (
        "reach:own_product_people",
        r"\b(?:with|for|from|alongside) (?:the |our |my |a )?(?:[\w-]+ )?(?:product owners?|"
        r"product managers?|pms?|pos)\b",
    ),
    ("reach:unnamed", r"\b(?:stakeholders|cross[- ]functional partners|partners)\b"),
]
RULES = [(name, compiled(p, re.IGNORECASE)) for name, p in _RULES]


def reach_signals(text: str) -> dict[str, str]:
    """Every reach signal of one bullet, with the words that raised it.

    Words naming others count only outside a unit the author leads or belongs to ("managed
    the payments team", "our team") and outside a function named as a domain ("for the
    pricing tables") or a contest ("out of 60 teams"): the team one runs is not reach."""
    held = held_spans(text) + [m.span() for m in _DOMAIN.finditer(text)]
    held += [m.span() for m in _RANKED.finditer(text)]
    found: dict[str, str] = {}
    for name, pattern in RULES:
        for match in pattern.finditer(text):
            inside = any(a <= match.start() < b or a < match.end() <= b for a, b in held)
            if name not in _HELD_AWARE or not inside:
                found[name] = match.group(0)
                break
        else:
            first = pattern.search(text) if name in _HELD_AWARE else None
            if first:
                found["reach:held_only"] = first.group(0)
    if any(n in found for n in _BEYOND) and "reach:own_team" not in found:
        found["reach:beyond_only"] = found[next(n for n in _BEYOND if n in found)]
    return found


_DOMAIN = dict(RULES)["reach:function_as_domain"]


_BEYOND = (
    "reach:clients_served",
    "reach:units_served",
    "reach:partnered",
    "reach:it_or_sites",
    "reach:client_org",
    "reach:function_list",
    "reach:open_source",
    "reach:vendor",
    "reach:executives",
    "reach:function_unit",
    "reach:with_functions",
    "reach:named_teams",
    "reach:team_count",
    "reach:other_possessive",
    "reach:whole_company",
    "reach:outside",
    "reach:with_function",
    "reach:taken_up",
    "reach:the_x_team",
    "reach:others_act",
    "reach:trade_acts",
)
# the people of a trade the author leads are the author's own ("Coached two new data analysts")
_HELD_AWARE = (*_BEYOND, "reach:beneficiaries")
