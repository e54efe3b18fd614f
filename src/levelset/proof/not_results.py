"""Numbers that are not results: targets, frequencies, level codes, funding rounds, dates,
versions, model names, attributes ("two-week sprints"), tenure and team sizes."""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.alternatives import Alternatives
from levelset.proof.numbers import ABOUT, CODES, CUR_AFTER, CUR_BEFORE, NUMBER, ROUND, WORDS

_PERIOD = r"(?:day|week|month|quarter|year|sprint|release|shift)"
_WHOSE = r"(?:(?:the|my|our|their|his|her|its)\s)"  # whose span: "within their first six months"
# the people of one's own team, and the words that may come before their number
_STAFF = (
    r"engineers|scientists|analysts|people|interns|reports|hires|candidates|managers|researchers|"
    r"contributors|volunteers|baristas|juniors|new grads|students|data scientists|ML engineers|"
    r"nurses|technicians|operators|workers|cooks|chefs|drivers|reps"
)
# a sum of money: "$600 million", "~$100 million", "USD 40k"
_MONEY = rf"{ABOUT}(?:{CUR_BEFORE}\s?){NUMBER}\+?(?:\s?{CUR_AFTER})?"
_OVER = r"(?:about |around |roughly |over |nearly |some |more than |in excess of |~)?"
_HEADS = (
    rf"(?:a\s|the\s)?(?:first\s)?(?:team\sof\s)?(?:over\s|about\s)?(?:{NUMBER})\s"
    r"(?:[\w-]+\s){0,2}?"
)

_NOT_RESULTS: list[tuple[str, str]] = [
    (
        "target",
        r"\b(?:target(?:ed|ing)?|goal|aim(?:ed|ing)?|plan(?:ned|ning)? to|objective|okr|"
        r"projected|expected to|hop(?:e|ing) to|on track to|committed to|pledged|promised|"
        # a saving estimated for a project is projected, not observed (RULES.md, 2026-12-07t)
        r"(?:is |are |was |were )?estimated to)\b[^.;]*",
    ),
    (
        "standard",  # "ISO 27001", "ISO/IEC 27001:2022", "IEC 62304", "RFC 7231", "SOC 2"
        r"(?-i:\b(?:ISO|IEC|IEEE|RFC|PEP|NIST|EN|DIN|BS|SOC|PCI DSS|HIPAA|SIL|ASIL|DO)"
        r"(?:/IEC)?[- ]?\d+(?:[-.:]\d+)*[a-z]{0,2}\b(?:\s(?:Type\s)?(?:I{1,3}|[1-4])\b)?)",
    ),
    (
        "phone",  # "+44 20 7946 0958", "(415) 555-0132", "415-555-0132"
        r"(?<![\w+])(?:\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}|(?:\(\d{2,4}\)\s?|\d{3}[.-])\d{3}[.-]"
        r"\d{4})\b",
    ),
    (
        "frequency",
        rf"\b\d+:\d+s?\b|\bone[- ]on[- ]ones?\b|\b24/7\b|\b\d+FA\b|"
        rf"\b(?:\d+|{WORDS})[- ]?fold cross|"
        # "three times a day", "one week in six": how often, not how much
        r"\b(?:once|twice|thrice|(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|"
        rf"a few|several) times) (?:a|an|per|each|every) {_PERIOD}\b|"
        rf"\bone (?:day|week|weekend|month|shift|night) in (?:{NUMBER})\b",
    ),
    (
        # a budget the author holds is the size of a job, not a result: "managed a budget of $2M",
        # "own a $5M annual budget"; not one others allocate with the author's work
        "budget",
        # the size of what was led, before it: "Led a $5M modernisation programme", "ran a
        # €2M ERP project" (its scope, as a budget held); not what a deal or the work earned
        r"\b(?:led|lead|leads|leading|headed|directed|delivered|steered|managed|manages|ran|runs|"
        r"owned|owns|oversaw|oversees|coordinated)\s(?:an?\s|the\s|our\s)?(?:multi-)?"
        rf"(?:{CUR_BEFORE}\s?){NUMBER}\+?(?:\s?{CUR_AFTER})?\s(?:[\w-]+\s){{0,2}}?(?:programmes?|"
        r"programs?|projects?|portfolios?|initiatives?|transformations?|engagements?)\b|"
        # any piece of work sized by its money after "a", its length or kind before it: "oversaw a
        # $12M renovation", "led a 3-year, £2.4M research programme"; not a change of that size
        # ("delivered a $2M cost reduction", "a £300k annual saving": results)
        r"\b(?:led|headed|directed|steered|managed|oversaw|ran|owned|coordinated|supervised|"
        r"planned|scoped|ran|delivered)\s(?:an?\s)(?:[\w-]+,?\s){0,2}?"
        rf"(?:{CUR_BEFORE}\s?){NUMBER}\+?(?:\s?{CUR_AFTER})?\s"
        r"(?!(?:[\w-]+\s){0,2}?(?:sav\w*|reductions?|cuts?|increases?|uplifts?|gains?|growth|"
        r"improvements?|decreases?|drops?|wins?|revenue|profits?|returns?|turnaround)\b)"
        r"(?:[\w-]+\s){0,2}?[a-z][\w-]+\b|"
        r"\b(?:manag\w*|own(?:ed|s|ing)?|ran|run(?:s|ning)?|held|hold(?:s|ing)?|oversaw|"
        r"(?:budget\s)?(?:holder|owner) (?:for|of)|"
        r"overs(?:ee|ees|eeing)|responsible for|controll?(?:ed|ing|s)?|accountable for|with)\s"
        rf"(?:an?\s|the\s|my\s|our\s)?(?:[\w-]+['’]s\s)?(?:(?:[\w-]+\s)?(?:budgets?|P&L|portfolios?|"
        rf"accounts|assets) (?:of|worth|"
        rf"valued at) (?:about |over |"
        rf"up to |~)?(?:{CUR_BEFORE}\s?)?{NUMBER}(?:\s?{CUR_AFTER})?"
        # the clients of a portfolio and what they are worth: "a portfolio of 25 SME clients
        # worth about €4M"
        r"(?:\s(?:[\w-]+\s)?(?:accounts|clients|customers|brands|stores)"
        rf"(?:,?\s(?:worth|valued at)\s(?:about |around |over |some |~)?{_MONEY})?)?|"
        rf"(?:{CUR_BEFORE}\s?){NUMBER}\+?\s(?:(?:annual|yearly|quarterly|monthly|weekly|marketing|"
        r"media|ad|advertising|campaign|cloud|project|opex|"
        r"capex|hiring|training|R&D|travel|tooling|software|infrastructure|operating)\s){0,2}"
        r"(?:budgets?|P&L)\b|"
        # the size of what was run, in brackets: "managed multiple projects (~$2M)"
        r"(?:[\w-]+\s){0,3}?(?:projects?|programmes?|programs?|portfolios?|contracts?|accounts?)\s"
        r"\((?:about |over |up to |~|approx\.?\s?)?"
        rf"(?:{CUR_BEFORE}\s?){NUMBER}\+?(?:\s?{CUR_AFTER})?)",
    ),
    (
        # the size of a deal, of money received or of what was held, not what the work earned:
        # "following $600 million acquisition", "acquired by Anthropic for $300 million",
        # "securing $340 million in debt financing", "received $750 in funding", "personal
        # responsibility of $4 million of equipment", "billed to the City in excess of $100
        # million" (RULES.md, has_metric: funding rounds, budgets and assets held)
        "deal",
        rf"{_MONEY}\s(?:[\w-]+\s){{0,2}}?(?:acquisitions?|mergers?|buy-?outs?|takeovers?|"
        r"valuations?|buyouts?)\b|"
        rf"\b(?:acquired|bought|purchased)\s(?:by\s)?(?:[\w&.'’-]+\s){{1,4}}?for\s{_OVER}{_MONEY}|"
        # money raised, not loans the work made: "$74.3 million in funded loans" stays a result
        rf"{_MONEY}\sin\s(?:(?:debt|equity|seed|venture|early-stage|bridge|series [a-f]|grant|"
        r"external|new)\s)?(?:financing|funding|grants?|investments?)\b|"
        rf"\b(?:received|raised|obtained)\s{_OVER}{_MONEY}\s(?:in|of)\s(?:[\w-]+\s)?"
        r"(?:funding|financing|grants?|investment|seed money)\b|"
        rf"\bresponsib\w+\s(?:of|for)\s{_OVER}{_MONEY}\s(?:of|in|worth)\b|"
        rf"\bbilled\b[^.;]{{0,50}}?\s(?:in excess of|over|of|at|for)\s{_OVER}{_MONEY}|"
        # money raised from investors: "helped the startup raise $8M from angel investors", "a
        # Series A raise of $8M"; not money raised from donors or for a cause
        rf"\b(?:series [a-f]|seed|pre-seed|startup|company|funding)\sraise\s(?:of\s)?"
        rf"{_OVER}{_MONEY}(?!\w)|"
        rf"\b(?:raise|raised|raising|raises)\s{_OVER}{_MONEY}(?![\w.,]?\d|\w)"
        r"(?=[^.;]{0,60}\b(?:investors?|angels?|VCs?|venture|backers)\b)|"
        # money a company the author founded raised: "Co-founded the company and raised $3M"
        r"\b(?:co-?)?founded\b[^.;$€£¥₹\d]{0,60}?\b(?:raised|raising|secured)\s"
        rf"{_OVER}{_MONEY}(?![\w.,]?\d|\w)",
    ),
    (
        # what a thing handled is worth, not what the work earned: "handled 5 enterprise accounts
        # worth $2M", "awarded five contracts ... each valued between $50 - $100MM", "credit
        # requests in the excess amount of $100K" (RULES.md: assets held); deals the author
        # closed, won or sold at that worth are results (_EARNED_WORTH)
        "valued",
        r"\b(?:worth|valued (?:at|between)|with an? (?:total |combined )?value of|"
        rf"in the (?:excess |total )?amount of|amounting to)\s{_OVER}{_MONEY}"
        rf"(?:\s?(?:[-–]|to|and)\s?{_MONEY})?(?!\w)",
    ),
    (
        # a state kept, not a change measured: "ensuring 100% data consistency", "ensuring 100%
        # compliance", "achieving 100% objectives" (a plan met, as a target)
        "assured",
        r"\b(?:ensur\w+|guarantee\w*|assur\w+)\s(?:a\s|an?\s)?100\s?%|"
        r"\b(?:achiev\w+|meet\w*|met|hit\w*|fulfill?\w*)\s100\s?%\s(?:of\s)?(?:the\s|all\s|its\s)?"
        r"(?:[\w-]+\s)?(?:objectives|goals|requirements|deadlines|milestones|deliverables)\b",
    ),
    (
        # the author's own workload in a period: "answered about 30 support tickets a day",
        # "roughly 6 pages a week"; not a figure reached ("down to 2 pages a week")
        "workload",
        r"(?<!to )(?<!from )(?<!under )(?<!below )(?<!than )"
        r"\b(?:about |around |roughly |some |over |~)?"
        rf"(?:{NUMBER})(?:\s?(?:to|-|–)\s?(?:{NUMBER}))?\s(?:[\w-]+\s)?(?:tickets|pages|cases|"
        r"calls|pull requests|code reviews|reviews|emails|issues|bugs|alerts|support requests)\s"
        r"(?:a|per|each|every)\s(?:day|week|month|quarter|shift|night)\b",
    ),
    (
        # what the author was given or held rather than what the work achieved: a grant won
        # ("a two-year grant ... (NOK 4.1 million)"), a book of accounts or a community's members,
        # the compute a model was trained on ("on 256 GPUs", "a 1.3B-parameter model")
        "held",
        r"\b(?:won|awarded|secured|received|holds?|held)\s(?:an?\s|the\s)?(?:[\w'’-]+\s){0,3}?"
        r"(?:grant|fellowship|scholarship)\b(?:[^.;]|\.(?=\d)){0,80}|"
        # its sum before it: "Secured $8,000 NASA Space Grant Fellowship"
        rf"{_MONEY}\s(?:[\w'’-]+\s){{0,4}}?(?:grant|fellowship|scholarship|stipend)\b|"
        # a size said only as a scale word: "on million scale datasets" (RULES.md, 2026-12-07u)
        r"\b(?:million|billion|thousand|trillion)[- ]scale\b|"
        rf"\b(?:portfolio|book) of (?:about |around |over |some |~)?(?:{NUMBER})\+?\s(?:[\w-]+\s)?"
        r"(?:accounts|clients|customers|brands|stores)\b"
        # and what they are worth: "a portfolio of 25 SME clients worth about €4M"
        rf"(?:,?\s(?:worth|valued at)\s(?:about |around |over |some |~)?{_MONEY})?|"
        # accounts the author looks after: "monthly check-ins with 50+ accounts", "managed 40 key
        # accounts" (RULES.md, has_metric: accounts held)
        r"\b(?:manag\w+|maintain\w*|handl\w+|look\w* after|servic\w+|own\w*|cover\w*|"
        r"check-ins with|relationships? with)\s(?:[\w-]+\s){0,4}?(?:with\s|for\s)?"
        rf"(?:about |around |over |some |~)?(?:{NUMBER})\+?\s(?:[\w-]+\s)?accounts\b|"
        rf"\b(?:community|circle|network|forum|channel|chapter|club) of (?:about |over |~)?"
        rf"(?:{NUMBER})\+?\s?(?:[\w-]+\s)?members\b|\((?:{NUMBER})\+?\smembers\b|"
        rf"\b(?:on|across|using)\s(?:{NUMBER})\+?\s(?:[\w-]+\s)?(?:GPUs|TPUs|nodes|cores)\b|"
        r"\b\d+(?:\.\d+)?\s?[MBK][-‑ ]param(?:eter)?s?\b",
    ),
    (
        # the author's share of their own work: "writing ~60% of the code", "keeping a third of
        # my time for code", "hit 100% of sprint commitments"; not one freed or cut (not_results),
        # nor the same work done "in half of the time" (a before-and-after pair)
        "own share",
        rf"(?<!\bin )(?<!\bin a )(?<!\bin one )(?:(?:{NUMBER})\s?(?:%|percent\b|per cent\b)|"
        r"\b(?:a|one|two) (?:half|third|quarter|"
        r"fifth)s?|\bhalf) of (?:my |our |the team's |the |all )?(?:own )?(?:sprint |assigned |"
        r"planned |committed |weekly |working )?(?:time|week|hours|code|codebase|commitments|"
        r"story points|tickets|tasks|deadlines|deliverables|milestones)\b",
    ),
    (
        # a promise, not a result: "an SLA of 99.9%", "SLOs of 99.95% availability"
        "promise",
        r"\b(?:SLAs?|SLOs?|service[- ]level (?:agreements?|objectives?|targets?))"
        r"\s(?:of|at|for)?\s?"
        rf"(?:about |~)?(?:{NUMBER})\s?(?:%|ms\b|s\b|seconds?\b|minutes?\b)"
        # the figures listed with it: "SLOs of 99.9% availability and 300 ms p99"
        rf"(?:(?:\s[\w-]+)?(?:,\s|\sand\s|,\sand\s)(?:a\s)?(?:{NUMBER})\s?(?:%|ms\b|s\b|"
        r"seconds?\b|minutes?\b))*",
    ),
    (
        "hyperparameter",  # "a learning rate of 3e-4", "lr=1e-5", "dropout 0.1": settings chosen
        r"\b(?:learning[- ]rates?|lr|weight[- ]decay|dropout|batch[- ]sizes?|epsilon|eps|momentum|"
        r"beta[12]?|temperature|warm-?up(?: steps)?|label smoothing|top-p|top-k|seed)"
        r"(?:\s(?:of|was|set to|to|at|from|between|in)\b)?\s?[=:]?\s?(?:[~≈]\s?)?\d+(?:\.\d+)?"
        r"(?:e[-−]?\d+|\s?[×x*]\s?10"
        r"(?:\^\(?[-−]?\d+\)?|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))?(?:\s?(?:to|-|–|and)\s?\d+(?:\.\d+)?(?:e[-−]?\d+)?)?",
    ),
    (
        # the machines' size, not what they handled: "512 GB RAM", "A100 80GB cards", "8× H100
        # nodes", "3x headroom" (a margin sized, not a multiple reached)
        "hardware",
        rf"(?:{NUMBER})\s?(?:GB|TB|MB|PB|GiB|TiB)\s(?:of\s)?(?:[\w-]+\s)?(?:RAM|memory|VRAM|HBM\d?|"
        r"NVMe|SSDs?|HDDs?|disks?|drives?|microSD|SD cards?|cards?|DIMMs?|GPUs?|storage|swap)\b|"
        r"(?-i:\b[AHVLT]\d{2,3}S?)\s?\d+\s?GB\b|"
        r"\b\d+\s?[x×]\s?(?:(?-i:[A-Z]+\d+\w*)|GPUs?|nodes?|machines?|servers?|CPUs?|TPUs?|"
        r"instances?|boxes|replicas)\b|"
        rf"(?:{NUMBER})\s?[x×]\s(?:headroom|redundancy|replication|over-?provisioning|"
        r"oversubscription)\b",
    ),
    ("level code", r"(?-i:\b(?:L|E|IC|SDE|SWE|M)\d{1,2}s?\b)(?!\s?(?:%|x|ms))"),
    (
        "funding round",  # "a $20M Series B", "a €2M seed round", "the Series A round of €5M"
        rf"(?:{CUR_BEFORE}\s?{NUMBER}\s)?(?:\bSeries [A-F]\b|\b(?:pre-)?seed (?:round|funding)\b)"
        rf"(?:\s(?:round|funding))?(?:\s(?:of|at)\s{CUR_BEFORE}\s?{NUMBER})?",
    ),
    (
        "date",
        r"\b(?:Q[1-4]|H[12]|FY)\s?'?\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
        r"nov|dec)[a-z]*\.? (?:19|20)\d{2}\b|\b(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2})?\b"
        r"(?!\s?(?:%|x|ms|users|requests|[kmb]\b))",
    ),
    (
        "version",
        r"\bv\d+(?:\.\d+)*\b|\b(?:version|release|python|java|node|kubernetes|k8s|postgresql|"
        r"postgres|mysql|spark|airflow|dbt|tensorflow|torch|pytorch|pandas|scikit-learn|react|"
        r"angular|vue|ios|android|jenkins|tableau|elasticsearch|django|rails|go|gpt|gemini|"
        r"claude|llama|mistral|phi|bert|t5|torchserve|ipv)[- ]?\d+(?:\.\d+|\.x)*\w*\b"
        r"(?:\s\d+(?:\.\d+)*\w*\b)?(?: (?:and|to|→|->) \d+(?:\.\d+)*\b)?|\b\d+\.\d+\.\d+\b|"
        r"\b\d+\.x\b|"
        # "the PyTorch version from 1.13 to 2.1": two versions, not a change measured
        r"\bversions?\s(?:from\s)?\d+(?:\.\d+)+\s(?:to|→|->)\s\d+(?:\.\d+)+\b|"
        # "version three", "phase two": a number in words naming a part, not counting one
        r"\b(?:version|generation|gen|phase|stage|season|tier|chapter|part|episode)\s"
        rf"(?:{WORDS})\b(?!\s?(?:%|x\b|times\b))",
    ),
    (
        "name",
        r"\b[A-Za-z]+-?\d+[A-Za-z]?(?:[-/]\w+)*\b|\b\d+[A-Za-z]+\d\w*\b|\bH2O\b|"
        # lists and methods named by a number: "Fortune 500 clients", "FTSE 100", "Six Sigma",
        # "5S workshops"; no count of anything the work reached
        r"(?<![\d,] )\b(?:Fortune|Forbes|Global|FTSE|S&P|Russell|Inc\.?|Nikkei|DAX|CAC)\s?\d+\b|"
        r"\b(?:lean )?six sigma\b|(?-i:\b5S\b)|\b5s\b(?=\s(?:lean|methodology|method|system|"
        r"audits?|practices?|principles?|workplace))|(?<=\blean )5s\b|"
        # a group of firms named by its size: "a Big 4 firm", "the Big Three automakers"
        r"(?-i:\bBig[- ](?:[2-9]|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|two|three|four|"
        r"five)\b)",
    ),
    (
        "attribute",  # "2-week sprints", "a forty-page document"; not "forty-two", "two-thirds"
        # the length of a session held, not time saved: "two 1.5 hour lectures per semester"
        rf"(?:{NUMBER})\s?(?:hours?|hr|h|minutes?|min)\s(?:long\s)?(?:lectures?|sessions?|"
        r"meetings?|classes|class|talks?|workshops?|seminars?|webinars?|tutorials?|shifts?|calls?)\b|"
        r"(?<![\d.,])\b\d+[-‑](?!fold|point|x\b|stars?\b)[a-z]+\b(?!\s+(?:of|to)\b)|"
        rf"\b(?:{WORDS})[-‑](?!(?:{WORDS})\b|fold\b|point\b|figures?\b|thirds?\b|quarters?\b|fifths?\b|"
        r"tenths?\b|times\b|on[- ]ones?\b|person\b|(?:to|and|or|in|at|by|for)\b)[a-z]+\b"
        r"(?!\s+(?:of|to)\b)",
    ),
    (
        "tenure",
        rf"\b(?:(?:for|after|over|during|within|spent|worked)\s{_WHOSE}?(?:(?:past|first|last)\s)?|"
        rf"in\s{_WHOSE}?(?:first|last)\s)(?:{NUMBER}|a|one)\s(?:\w+\s)?"
        r"(?:years?|months?|weeks?|summers?|sprints?)\b|"
        rf"\b(?:{NUMBER})\s(?:years?|months?)\s(?:on|at|as|in)\b|"
        # a span of records, "three years of distribution spreadsheets"
        rf"\b(?:{NUMBER})\s(?:years?|months?|decades?)\sof\s(?:[\w-]+\s){{0,2}}?(?:data|records|"
        r"spreadsheets|articles|logs|history|archives?|transactions|files|documents|e-?mails|"
        r"tickets|claims|notes|reports)\b|"
        rf"\b(?:{NUMBER})\+?\s(?:years?|months?)(?:['’]s?)?\s(?:of\s)?(?:[\w-]+\s)?"
        r"(?:experience|expertise|service)\b",
    ),
    (
        "team size",
        rf"\b(?:grew|growing|built|scaled|took) (?:the |my |a |our )?(?:\w+ )?(?:team|org\w*|"
        rf"function|group|department)(?! output)[^.;]{{0,40}}?from (?:{NUMBER}) to (?:{NUMBER})|"
        rf"\bfrom (?:{NUMBER}) to (?:{NUMBER}) (?:people|engineers|researchers|staff|employees)\b|"
        rf"\b(?:teams?|groups?|squads?|cohorts?|org(?:ani[sz]ation)?) of (?:about |over |up to )?"
        rf"(?:{NUMBER})(?:[-–](?:{NUMBER}))?|\b(?:{NUMBER})[- ]person\b|"
        rf"\b(?:{NUMBER}) direct reports\b|"
        # "people lead for the five engineers of the mobile squad"
        rf"\b(?:lead|manager|head)\s(?:for|of)\sthe\s(?:{NUMBER})\s(?:[\w-]+\s){{0,2}}?(?:{_STAFF})\b"
        r"(?!\s(?:who|whom|each|later))|"
        rf"\b(?:managed|manag\w+|led|lead|leading|hired|hiring|mentored|mentoring|coached|"
        r"supervised|line-managed|interviewed|reports?|managers?|"
        rf"(?<!out )(?<!\d(?:st|nd|rd|th) )(?<!couple )(?<!handful )(?<!scores )of)\s{_HEADS}"
        rf"(?:{_STAFF}|teams?)"
        rf"\b(?!\s(?:who|whom|each|later))|"
        # the team's size in brackets after it: "manager for the payments team (8 people)"
        rf"\b(?:team|squad|group|crew|org(?:ani[sz]ation)?)\b[^.;()]{{0,40}}\((?:{NUMBER})\s"
        rf"(?:{_STAFF}|FTEs?)\)|\((?:{NUMBER})\s(?:hires|reports|direct reports)\)|"
        # teams onboarded took the work up (adoption); people onboarded joined the author's team
        rf"\bonboarded\s{_HEADS}(?:{_STAFF})\b(?!\s(?:who|whom|each|later))",
    ),
]
NOT_RESULTS = [(kind, Alternatives(p)) for kind, p in _NOT_RESULTS]
_NOT_A_NAME = compiled(
    # money with its code glued on ("USD40k", "Rs18") is a sum, not a model's name
    rf"(?:p\d{{2}}|top-\d+|f1|l\d+s?|e\d+|ic\d+|x\d+|(?-i:(?:{CODES}|Rs))\d.*)$",
    re.IGNORECASE,
)
_FIT_VALUE = compiled(r"r2\s?(?:=|:|of)\s?(?:about\s|~)?[01]?\.\d", re.IGNORECASE)
_HAS_NUMBER = compiled(
    rf"\d|\b(?:{WORDS})\b|{ROUND}|\b(?:half|halve\w*|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?|twice|doubl\w*|tripl\w*|"
    r"\w+fold)\b",
    re.IGNORECASE,
)
_MACHINE = compiled(
    r"\b(?:bots?|chatbot|automat\w*|models?|classifier|auto-\w+|self-serve)\b",
    re.IGNORECASE,
)
_MET = compiled(
    r"\b(?:reached|achieved|met|beat|exceeded|ending|ended|hit|surpassed|ahead)\b", re.IGNORECASE
)

_EARNED_WORTH = compiled(
    r"\b(?:closed|closing|won|winning|signed|signing|sold|selling|generat\w+|sav\w+|booked|"
    r"brought in|landed|secur\w+|recover\w+|negotiat\w+|acquired|raised|added|delivered)\b",
    re.IGNORECASE,
)
_SHARE = compiled(r"^of\b", re.IGNORECASE)
_TEAMS = compiled(r"^of\b.*\bteams?$", re.IGNORECASE)
# "one of five engineers" (a member), "led 4 of the 9 engineers" (a team led): no share
_MEMBER_OR_LED = compiled(
    rf"(?:\b(?:one|1)|\b(?:led|lead|leading|managed|managing|mentored|coached|supervised|hired|"
    rf"line-managed)\s(?:about\s|over\s)?(?:{NUMBER}))\s$",
    re.IGNORECASE,
)
_COUNTED_OF = compiled(rf"\b(?:{NUMBER})\s$", re.IGNORECASE)
_FREED = compiled(
    r"\b(?:freed|free[sd]?|sav\w+|cut|cutting|reduc\w+|removed|deleted|eliminat\w+|automat\w+|"
    r"shrank|dropped|gave back|won back|recover\w+)\b",
    re.IGNORECASE,
)


def not_results(text: str) -> list[tuple[str, re.Match[str]]]:
    """Each number of the text that is not a result, with its kind, in the rules' order and
    without overlaps."""
    found: list[tuple[str, re.Match[str]]] = []
    for kind, pattern in NOT_RESULTS:
        for m in pattern.finditer(text):
            clause = text[text.rfind(".", 0, m.start()) + 1 : m.end()]
            if kind == "target" and _MET.search(clause):
                continue  # a target the bullet says was reached: its numbers are results
            if kind == "promise" and _MET.search(clause):
                continue  # "beat the SLA of 99.9% every month": a promise kept is a result
            if (
                kind == "team size"
                and _SHARE.search(m.group(0))
                and _COUNTED_OF.search(text, 0, m.start())
                and (_TEAMS.search(m.group(0)) or not _MEMBER_OR_LED.search(text, 0, m.start()))
            ):
                continue  # "two of the three teams", "five of the eight interns": a share
            if kind == "own share" and _FREED.search(clause):
                continue  # "freed a third of my time": time gained is a result
            if kind == "name" and _NOT_A_NAME.match(m.group(0)):
                continue
            if kind == "name" and _FIT_VALUE.match(text, m.start()):
                continue  # "R2 = 0.89": a fit measured, read by the quality rule
            if kind == "valued" and _EARNED_WORTH.search(clause):
                continue  # "closed deals worth $3.4 million": what the work earned
            if kind == "workload" and _MACHINE.search(text):
                continue  # tickets a bot or a model handles are volume served, not a workload
            overlaps = any(m.start() < n.end() and n.start() < m.end() for _, n in found)
            if not overlaps and _HAS_NUMBER.search(m.group(0)):
                found.append((kind, m))
    return found
