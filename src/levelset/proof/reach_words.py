"""The words levelset.proof.reach builds its patterns from: partner functions, the units they
come in, people named by their trade, and counts."""

from __future__ import annotations

# partner functions and outside groups, as nouns that name who was reached
FUNCTIONS = (
    r"finance|legal|sales|marketing|support|customer (?:support|success|service)|operations|ops|"
    r"hr|people|recruiting|procurement|compliance|security|sre|policy|privacy|risk|tax|treasury|"
    r"controlling|accounting|audit|payroll|logistics|supply[- ]chain|fulfil?ment|merchandising|"
    r"trust and safety|trust & safety|fraud|payments?|billing|product|design|ux|research|"
    r"analytics|data engineering|data science|data platform|platform|infrastructure|infra|"
    r"mobile|web|backend|front[- ]?end|ads|search|growth|ranking|feeds?|checkout|marketplace|"
    r"pricing|seller[- ]success|actuarial|clinical|editorial|content|locali[sz]ation|qa|"
    r"executive|leadership|engineering|applied[- ]science|ml|devops|networking|hardware|robotics|"
    r"gtm|go-to-market|revenue|retention|claims|underwriting|call[- ]cent(?:re|er)|"
    r"financial operations?|finance operations?"
)
UNITS = (
    r"teams?|orgs?|organi[sz]ations?|groups?|departments?|divisions?|offices?|councils?|guilds?|"
    r"functions?|units?|squads?|partners|counterparts|stakeholders|leads|leaders|planners|"
    r"reviewers|analysts|engineers|cent(?:re|er)s?"
)
# people named by their trade or kind, as those the work was for
TRADES = (
    # one "analyst" is most often the author's own role ("Worked as data analyst"), and bare
    # "agents" the software kind ("RAG architecture and Agents"): people of those trades are
    # named in the plural, by their hours or their desk ("each analyst", "analyst-hours")
    r"analysts|analyst[- ]hours|(?<=each )analyst|(?<=every )analyst|(?<=the )analyst|"
    r"clinicians|planners|reps|(?:support|sales|service|field|claims|insurance|"
    r"booking|travel|customer|call[- ]cent(?:re|er)) agents|accountants|recruiters|designers|"
    r"marketers|lawyers|doctors|nurses|merchants|sellers|drivers|underwriters|editors|"
    r"moderators|operators|dispatchers|controllers|adjusters|traders|pharmacists|"
    r"caseworkers|translators|merchandisers|buyers|brokers|actuaries|auditors|teachers|"
    r"physicians|underwriter|inspectors?|schedulers|clerks|cashiers|technicians|mechanics|"
    r"farmers|growers|librarians|paralegals|tellers|claims handlers|case managers|social workers|"
    r"pickers|packers|couriers|store managers|franchisees|distributors|resellers|retailers|"
    r"surgeons|radiologists|dentists|therapists|midwives|paramedics|statisticians|economists|"
    r"bookkeepers|treasurers|journalists|reporters|producers|curators|archivists|graders|"
    r"examiners|account managers|success managers|brand managers|loan officers|field staff|"
    r"warehouse staff|night crew|supervisors|reception staff|service desk|front desk"
)
COUNT = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|dozens? of|several|multiple|many|other|every|all(?: the)?|\d[\d,]*\+?"
)
# a field's or a project's community outside the employer ("the open data community",
# "co-authored community papers", "used by the inference team and the community"); not the
# audience of the author's own organisation ("the student community", "TiA's startup community",
# RULES.md 2026-12-06r) nor a word of a name ("community pharmacy", "community-level
# influence"): 12 of 17 tuning rows naming a community were not reach. levelset.proof.reach and
# levelset.proof.party read a community by this one rule.
COMMUNITY = (
    r"(?:open[- ]source|open[- ]data|research|scientific|academic|developer|python|rust|"
    r"data science|machine learning|ml|ai|oss|maintainer) communit(?:y|ies)|"
    r"\bthe communit(?:y|ies)\b(?![ -](?:[\w-]+ )?(?:foundation|pharmacy|"
    r"outreach|college|cent(?:re|er)|hall|garden|level|health|service))|"
    r"communit(?:y|ies) (?:papers?|contributions?|processes|standards?|contributors)"
)
