"""Word-level reading of titles the exact and typo matches miss.

A role name at the end of a longer title ("Quantum Software Engineer", "NLP Research
Scientist") and an ML field before a generic role word ("Deep Learning Researcher"); the parts
of a posting's title tried as its job (office prefixes, pay grades, openings, slash lists) are
in title_parts.
"""

from __future__ import annotations

from levelset.market.title_tools import (
    _BI_ROLES,
    _DATA_ROLES,
    _LANGUAGES,
    _PLATFORM_ROLES,
    _SOFTWARE_ROLES,
    BI_TOOLS,
    DATA_TOOLS,
    INTEGRATION_TOOLS,
    MLOPS_FIELDS,
    MLOPS_ROLES,
    PLATFORM_TOOLS,
    SOFTWARE_STACKS,
    listed_tools,
)

# words that name a field of machine learning, as clean_title writes them
ML_FIELDS = (
    "machine learning", "ml", "ai", "artificial intelligence", "deep learning", "nlp",
    "natural language processing", "computer vision", "cv", "llm", "genai", "generative ai",
    "speech", "reinforcement learning", "rl", "multimodal", "recommender systems",
    "algorithm", "algorithms", "chatbot", "conversational ai", "agentic ai", "ai agent",
    "ai agents", "machine vision", "conversational bot", "chat bot",
    # a robot's or vehicle's sense of where it is: "SLAM Engineer", "State Estimation Engineer"
    "slam", "visual slam", "state estimation",
    # robots that learn; a bare "Robotics Engineer" is O*NET's robotics engineer (17-2199.08),
    # whose work is mechanical, electrical and controls design, and "Robotics Software
    # Engineer" a software engineer
    "robot learning", "robotic learning", "embodied ai",
    # the stages of a model's life that AI labs name teams after ("Inference Engineer", "Evals
    # Engineer", "Pretraining Research Engineer")
    "inference", "model serving", "evals", "model evaluation", "pretraining", "post training",
    "fine tuning", "ai safety", "interpretability",
    # a model's use named for what it does
    "predictive modeling", "predictive modelling",
    # the ranking models of search, feeds and shops: "Search Relevance Engineer", "Ranking
    # Engineer", "Personalization Engineer", "Recommendations Engineer"
    "ranking", "relevance", "search relevance", "search ranking", "personalization",
    "personalisation", "recommendation", "recommendations", "recommender", "recsys",
    # language models and what is built on them: "RAG Engineer", "Agentic Engineer", "Large
    # Language Model Engineer", "Foundation Models Research Scientist"
    "rag", "retrieval augmented generation", "agentic", "agentic systems", "llms",
    "large language model", "large language models", "foundation model", "foundation models",
    "gen ai",
    # the frameworks models are built in: "PyTorch Engineer", "TensorFlow Developer"
    "pytorch", "tensorflow", "keras", "jax", "scikit learn", "hugging face", "langchain",
    # the protocol that gives language-model agents their tools: "MCP Engineer"
    "mcp", "model context protocol",
)  # fmt: skip
# a generic role word after an ML field -> the curated role it makes
FIELD_ROLES = {
    "researcher": "research_scientist",
    "scientist": "research_scientist",
    "research scientist": "research_scientist",
    "research engineer": "research_scientist",
    "research": "research_scientist",  # what "AI Research Intern" leaves without its level word
    "engineer": "ml_engineer",
    "developer": "ml_engineer",
    "software engineer": "ml_engineer",
    "software developer": "ml_engineer",
    "software development engineer": "ml_engineer",
    # an engineer of data science in an ML field builds the models: "Machine Learning Data
    # Science Engineer" (a data scientist names the job without the field)
    "data science engineer": "ml_engineer",
    "modeler": "data_scientist",
    "modeller": "data_scientist",
    "infrastructure engineer": "mlops_engineer",
    "infra engineer": "mlops_engineer",
    "platform engineer": "mlops_engineer",
    "ops engineer": "mlops_engineer",
    "architect": "ml_engineer",
    "programmer": "ml_engineer",
    # what "tech lead" leaves once its level word is set aside ("Machine Learning Tech Lead")
    "tech": "ml_engineer",
    "technical": "ml_engineer",
    "expert": "ml_engineer",
    "technology expert": "ml_engineer",
    "technical expert": "ml_engineer",
}
# nouns that end the name of a job, in tech or not: a posting title opening with one names
# its job first ("Executive Assistant - Chief Technology Officer")
JOB_NOUNS = frozenset((
    "engineer", "manager", "scientist", "analyst", "developer", "architect", "director",
    "designer", "researcher", "administrator", "consultant", "specialist", "assistant",
    "coordinator", "officer", "advisor", "adviser", "recruiter", "writer", "translator",
    "clerk", "technician", "representative", "strategist", "intern", "associate",
))  # fmt: skip
# the words that end a job title ("... Engineer", "... Manager")
ROLE_WORDS = frozenset((
    "engineer", "engineering", "manager", "scientist", "analyst", "developer", "architect",
    "director", "designer", "researcher", "administrator", "consultant", "specialist", "lead",
    "head",
))  # fmt: skip


_FAMILIES = (
    (MLOPS_FIELDS, MLOPS_ROLES),
    (ML_FIELDS, FIELD_ROLES),
    (DATA_TOOLS, _DATA_ROLES),
    (BI_TOOLS, _BI_ROLES),
    (SOFTWARE_STACKS, _SOFTWARE_ROLES),
    (PLATFORM_TOOLS, _PLATFORM_ROLES),
)


def by_field(core: str) -> tuple[str, str] | None:
    """(role key, field) when the title is an ML field, a data, BI or platform tool, and a
    generic role word."""
    words = core.split()
    tool = analysed_tool(words)
    if tool is not None:  # "Informatica MDM Analyst", "ETL Analyst"
        return "data_engineer", tool
    if len(words) > 2 and words[0] in _LANGUAGES:
        core = " ".join(words[1:])
    # a tool named before another of its family says which ("Snowflake ETL Expert")
    if len(words) > 2 and words[0] in DATA_TOOLS and " ".join(words[1:]).startswith(DATA_TOOLS):
        core = " ".join(words[1:])
    for fields, roles in _FAMILIES:
        for field in sorted(fields, key=len, reverse=True):
            rest = core[len(field) :].strip() if core.startswith(field + " ") else ""
            if rest in roles:
                return roles[rest], field
    return listed_tools(core)


def analysed_tool(words: list[str]) -> str | None:
    """The data integration tool whose analyst a title names, alone or before other data tools
    ("Informatica MDM Analyst", "ETL Analyst", "Azure Synapse Analyst"): the analyst of such a
    tool builds its pipelines, a data engineer's work. None for any other title ("MDM Analyst",
    a business's master-data steward, or "ETL Test Analyst", a tester)."""
    if len(words) < 2 or words[-1] != "analyst":
        return None
    named = " ".join(words[:-1])
    for tool in sorted(INTEGRATION_TOOLS, key=len, reverse=True):
        rest = named.removeprefix(tool).strip() if (named + " ").startswith(tool + " ") else None
        if rest is not None and (not rest or rest in DATA_TOOLS):
            return tool
    return None


def role_suffix(core: str, aliases: dict[str, str]) -> str | None:
    """The longest role name of two words or more that ends the title, if any; else a job's
    short name before a generic "developer" or "engineer" ("Covid Alert SRE Developer")."""
    words = core.split()
    for start in range(1, len(words) - 1):
        tail = " ".join(words[start:])
        # "Project Manager with Data Science": what follows a link word is no job's name
        if tail in aliases and words[start - 1] not in _LINKED:
            return None if _other_trade(words[:start], tail, aliases[tail]) else tail
    from levelset.market.title_tools import PLATFORM_TOOLS

    role = words[-1] if len(words) >= 2 and words[-1] not in JOB_NOUNS else ""
    if role in aliases and " ".join(words[:-1]) in PLATFORM_TOOLS:
        return role  # "GCP MLOps", "AWS DevOps": a one-word role (no job word) on a platform
    if len(words) >= 2 and words[-1] in ("developer", "engineer"):
        for start in range(len(words) - 1):
            name = " ".join(words[start:-1])
            if name in aliases and len(name) >= 3 and name in _JOB_NAMES:
                return name
    return None


def _other_trade(before: list[str], tail: str, key: str) -> bool:
    """Whether the words before a role's name make it another trade's job: a science of health
    or matter before a scientist or an engineering manager ("Clinical Research Scientist",
    "Clinical Engineering Manager"), a new product's engineer (manufacturing's NPI engineer)."""
    from levelset.market.trade_guards import first_field_of_trade, other_engineering

    if first_field_of_trade(before):
        return True  # "Process Control & Analytics Engineer" controls a plant's processes
    if before[-1:] == ["operations"] and tail.split()[0] == "research":
        return True  # "Operations Research Engineer" optimises operations: no ML research
    if key in _SCIENCE_ROLES and set(before) & (_OTHER_SCIENCES | BUSINESS_FUNCTIONS):
        return True  # "Marketing Analytics Manager" manages no engineers
    if other_engineering(" ".join([*before, tail]), tail):
        return True  # "Oil Platform Engineer" works on an oil platform
    from levelset.market.title_tech import _OTHER_TRADE

    if key == "engineering_manager" and set(before) & _OTHER_TRADE:
        return True  # "Process Engineering Manager" manages no software engineers
    # "New Product Engineer" (manufacturing's NPI), "Test Product Engineer" tests products
    return tail == "product engineer" and bool(set(before[-1:]) & {"new", *TESTING})


_SCIENCE_ROLES = frozenset(("research_scientist", "applied_scientist", "engineering_manager"))
# sciences of health and matter, whose research scientists and engineering heads are not tech's
_OTHER_SCIENCES = frozenset((
    "clinical", "medical", "biomedical", "pharmaceutical", "pharmacy", "nursing", "chemical",
    "chemistry", "biology", "biological", "materials", "laboratory", "veterinary",
))  # fmt: skip


# short names that are a whole job on their own, so "<name> Developer" is that job
_JOB_NAMES = frozenset(("sre", "devops", "mlops", "site reliability", "dev ops"))


_LINKS = frozenset(("of", "for", "to", "and", "&", "in", "at", "on", "with"))
_LINKED = _LINKS - {"and", "&"}


# the functions of a business outside tech, as clean_title writes them
BUSINESS_FUNCTIONS = frozenset((
    "marketing", "sales", "finance", "financial", "accounting", "accounts", "legal", "hr",
    "payroll", "procurement", "purchasing", "recruitment", "recruiting", "advertising",
    "communications", "editorial", "clinical", "medical", "nursing", "retail", "consulting",
    "content", "campaign", "campaigns", "brand", "pricing", "commercial",
))  # fmt: skip


def managed_field(form: str, heads: tuple[str, ...]) -> tuple[str, str] | None:
    """(head, field) of a management title: "director of data engineering", or the comma form
    read without its comma, "vp machine learning" (a posting's "VP, Machine Learning")."""
    for head in heads:
        for opening in (f"{head} of ", f"{head} "):
            if form.startswith(opening) and len(form) > len(opening):
                return head, form[len(opening) :]
    return None


def ml_field_opening(words: str) -> bool:
    """Whether a specialty opens with a field of machine learning ("generative ai products",
    "llm evaluation"), as clean_title writes it."""
    return any(words == f or words.startswith(f + " ") for f in ML_FIELDS)


def without_field(core: str) -> list[str]:
    """A title without the ML field that opens it, when a job of two words or more is left:
    "ai product manager" -> "product manager" (the field says what the product is)."""
    for field in sorted(ML_FIELDS, key=len, reverse=True):
        rest = core.removeprefix(field + " ")
        if rest != core and len(rest.split()) >= 2:
            # the tester of an ML field tests software ("Algorithm Validation Engineer", "AI
            # Test Engineer"): never another engineering's validation or test engineer
            tests = rest.split()[0] in TESTING and rest.split()[1:] == ["engineer"]
            return ["software test engineer"] if tests else [rest]
    return []


# words that name testing: a job they open tests its field ("Validation Engineer")
TESTING = frozenset(("test", "testing", "tester", "validation", "verification", "qa"))


def as_engineer(text: str) -> list[str]:
    """ "test automation engineer" for "Test Automation Developer (Python) - Machine Learning": a
    developer's job under the name O*NET gives its engineer, for the title and its openings."""
    from levelset.market.title_clean import clean_title
    from levelset.market.title_parts import _PARENS, opening_title, posting_tails

    parts = [text, *posting_tails(text)]
    parts += [head for part in parts for head in opening_title(part)]
    out = []
    for part in parts:
        words = clean_title(_PARENS.sub(" ", part)).core.split()
        if len(words) >= 2 and words[-1] == "developer":
            out.append(" ".join([*words[:-1], "engineer"]))
    return list(dict.fromkeys(out))
