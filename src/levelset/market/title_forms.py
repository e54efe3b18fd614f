"""A posting title's form put right before it is read: words a board glued together split
("SeniorSoftware Engineer", "MachineLearning Engineer"), a level written as a segment of its own
moved beside the job ("E6, Machine Learning", "Machine Learning - Senior", "Software Engineer-
III-Cassandra"), and a bank's corporate rank after a job set aside ("Software Developer, Vice
President")."""

from __future__ import annotations

import re

from levelset.patterns import compiled

# a level word glued to the capitalised word after it: "SeniorSoftware", "SrData", "JuniorJava"
_GLUED_LEVEL = compiled(r"\b(Senior|Sr|Snr|Junior|Jr|Staff|Principal|Lead)(?=[A-Z][a-z])")
# capitalised words written together: "MachineLearning", "DataEngineer", "SoftwareDeveloper"
_CAMEL = compiled(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
_CAMEL_PART = compiled(r"[A-Z][a-z]+")
# "Bigdata Developer": one word for "big data"
_BIGDATA = compiled(r"\bbig\s?data\b", re.I)

# the title words a glued word is split into only when every part is one of them, so that
# product and tool names ("DevOps", "JavaScript", "PyTorch", "DataOps") stay whole
_TITLE_WORDS = frozenset((
    "senior", "junior", "staff", "principal", "lead", "software", "data", "machine", "learning",
    "engineer", "engineering", "developer", "development", "scientist", "science", "analyst",
    "analytics", "architect", "manager", "cloud", "platform", "research", "applied", "backend",
    "frontend", "full", "stack", "deep", "computer", "vision", "mobile", "web", "security",
    "systems", "system", "infrastructure", "reliability", "site", "business", "intelligence",
    "artificial", "product", "program", "project", "technical", "tech", "team",
))  # fmt: skip


def unglued(text: str) -> str:
    """The title with glued words apart: a level word glued to the next word, and capitalised
    title words written together; tool and product names (DevOps, JavaScript) kept whole."""
    text = _GLUED_LEVEL.sub(r"\1 ", text)
    text = _BIGDATA.sub("Big Data", text)
    return _CAMEL.sub(_split_camel, text)


def _split_camel(match: re.Match[str]) -> str:
    parts = _CAMEL_PART.findall(match.group())
    if all(part.lower() in _TITLE_WORDS for part in parts):
        return " ".join(parts)
    return match.group()


# a segment that holds only a level: words ("Senior", "Sr.", "Senior Associate", "Mid-Level"),
# a Roman or Arabic grade ("III", "Level II", "Level 3"), or a company ladder's code ("E6",
# "L5", "IC4"); "Lead", "Intern" and "Associate" alone are read by their own rules
_LEVEL_WORD = r"(?:senior|sr\.?|snr\.?|junior|jr\.?|staff|principal|mid[- ]level|entry[- ]level)"
_GRADE = r"(?:(?:level\s+)?(?:i{1,3}|iv|v)|level\s+[1-5]|l(?:[3-9]|10)|ic[1-9]|e[3-9])"
_LEVEL_SEGMENT = rf"(?:{_LEVEL_WORD}(?:\s+associate)?|{_GRADE})"
# a segment's separator: a comma or bar, or a dash with a space on either side; a hyphen alone
# ends a grade's segment when words follow it ("Software Engineer- III-Cassandra")
_SEP = r"(?:\s*[,|]\s*|\s+[-–—]\s*|\s*[-–—]\s+)"
_LEVEL_ALONE = compiled(rf"(?:^|{_SEP})({_LEVEL_SEGMENT})(?={_SEP}|$|-(?=[A-Za-z]))", re.I)
_WORDS_LEVEL = compiled(_LEVEL_WORD + r"(?:\s+associate)?", re.I)
_FIRST_SEP = compiled(f"({_SEP})")
_DOUBLE_SEP = compiled(r"\s*-\s*(?:-\s*)+")

# a bank's corporate rank after a job ("Software Developer, Vice President (SRE / DevOps)"):
# the job's, not a vice president's
_RANK_AFTER_JOB = compiled(
    r"\b(engineer|developer|scientist|analyst|architect|programmer)"
    r"\s*(?:,|\s[-–—|])\s*(?:assistant\s+|associate\s+|senior\s+)?(?:vice\s+president|vp|avp)\b",
    re.I,
)


def level_moved(text: str) -> str:
    """The title with a level written as a segment of its own beside its job: a level word
    before the rest ("Machine Learning - Senior" -> "Senior Machine Learning"), a grade or a
    ladder code after the first segment ("Software Engineer- III-Cassandra" -> "Software
    Engineer III - Cassandra", "E6, Machine Learning" -> "Machine Learning E6"); a title that
    is only a level, or whose level segments are several, is left as written."""
    found = list(_LEVEL_ALONE.finditer(text))
    if len(found) != 1 or (found[0].start() == 0 and text[found[0].end() :].startswith("-")):
        return text  # several levels, or a word opening with a hyphen ("I-9 Specialist")
    level = found[0].group(1).strip()
    rest = _DOUBLE_SEP.sub(" - ", text[: found[0].start()] + " - " + text[found[0].end() :])
    rest = rest.strip(" ,|-–—")
    if not rest:
        return text
    if _WORDS_LEVEL.fullmatch(level):
        return f"{level} {rest}"
    parts = _FIRST_SEP.split(rest, maxsplit=1)
    if len(parts) == 3:
        return f"{parts[0]} {level}{parts[1]}{parts[2]}"
    return f"{rest} {level}"


# a bare job word and the language, framework or tool it works "with" or "in": "Developer with
# Angular (Junior)" is an Angular developer
_JOB_WITH = compiled(
    r"^((?:(?:senior|sr\.?|junior|jr\.?|lead|staff)\s+)?)(developer|engineer|programmer)"
    r"\s+(?:with|in)\s+([\w#+.]+(?:\s[\w#+.]+)?)(.*)$",
    re.I,
)


def tool_first(text: str) -> str:
    """ "Angular Developer (Junior)" for "Developer with Angular (Junior)": the tool a bare job
    word works with put before it, when it is a known language, framework or tool."""
    from levelset.market.title_tools import tool_named

    found = _JOB_WITH.match(text)
    if found is None:
        return text
    level, job, tool, rest = found.groups()
    for words in (tool, tool.split()[0]):
        if tool_named(words):
            rest = tool[len(words) :] + rest
            return f"{level}{words} {job}{rest}"
    return text


# "Expert" after a job names no other job ("IT Systems Analyst Expert"), and what a team or tech
# lead leads "in" is its setting ("Machine Learning Team Lead in Cloud Analytics")
_EXPERT_AFTER_JOB = compiled(
    r"\b(engineer|developer|analyst|architect|consultant)\s+expert\b", re.I
)
_LEAD_IN = compiled(r"\b((?:team|tech|technical)\s+lead)\s+in\s+\w.*$", re.I)

# the same rank before the job, after which a comma names it ("Analyst, Python Developer, Global
# Markets", "Vice President, Software Engineer"); never a job of its own ("Vice President,
# Engineering" heads engineering)
_RANK_BEFORE_JOB = compiled(
    r"^(?:analyst|(?:assistant\s+|senior\s+)?(?:vice\s+president|vp)|avp)\s*,\s*"
    r"(?=[^,]*\b(?:engineer|developer|scientist|architect|programmer)\b)",
    re.I,
)


def without_remark_words(text: str) -> str:
    """The title less "Expert" after its job and what a team or tech lead leads "in"."""
    return _LEAD_IN.sub(r"\1", _EXPERT_AFTER_JOB.sub(r"\1", text))


def without_rank(text: str) -> str:
    """The title less a bank's corporate rank written after its job, or before it."""
    return _RANK_BEFORE_JOB.sub("", _RANK_AFTER_JOB.sub(r"\1", text))


# fields listed before one job word, the first alone before a comma ("Software, Controls and
# Analytics Engineer"): the first field is the job's, as of two joined by "and"
_FIELD_LIST = compiled(
    r"^([A-Za-z][\w+#]*(?: [A-Za-z][\w+#]*)?),\s+[A-Za-z][\w ]*?\s(?:and|&)\s([\w ]+?)\s"
    r"(engineer|developer|scientist|architect)$",
    re.I,
)


def first_listed_field(text: str) -> str:
    """ "Software Engineer" for "Software, Controls and Analytics Engineer", "Integration Cloud
    Engineer" for "Integration, Data & Process Cloud Engineer" (the last field's words beyond
    the first field's length are every field's: "Cloud"); any other title as it is."""
    found = _FIELD_LIST.match(text)
    if found is None:
        return _first_slashed_tool(text)
    first, last, job = found.groups()
    shared = last.split()[len(first.split()) :]
    return _first_slashed_tool(" ".join([first, *shared, job]))


# a data or BI tool, a slash and a field before one job word ("Power BI / Data Analytics
# Developer", "Snowflake/Data Engineer"): the tool named first is the job's
_TOOL_SLASH = compiled(
    r"^([A-Za-z][\w.+#]*(?: [A-Za-z][\w.+#]*)?)\s*/\s*[A-Za-z][\w ]*?\s(developer|engineer)\b",
    re.I,
)


def _first_slashed_tool(text: str) -> str:
    from levelset.market.title_clean import clean_title
    from levelset.market.title_tools import BI_TOOLS, DATA_TOOLS

    found = _TOOL_SLASH.match(text)
    if found is None or clean_title(found.group(1)).full not in (*BI_TOOLS, *DATA_TOOLS):
        return text
    return f"{found.group(1)} {found.group(2)}{text[found.end() :]}"


def posting_form(text: str) -> str:
    """A posting title as it is read: its quotes, a board's sentence after it, an opening tag
    and a dangling separator gone, its words apart, its level beside its job and a bank's rank
    set aside."""
    text = _compatible(text).strip().strip('"“”')  # a title pasted with its quotes
    text = _FULL_STOP.sub("", text)  # "Pega Developer/Senior Developer." ends a sentence
    text = _SENTENCE_AFTER.sub(r"\1", text)  # "DevOps Engineer. Job in Berlin News10 Jobs"
    text = _OPENING_TAG.sub("", text)  # "[BDO] Data Analyst": the employer or a board's tag
    text = _URGENT.sub("", text)  # "Urgent!! Programmer - ASP.NET": the board's call
    text = _IT_LEAD.sub("", text)  # "IT Technical Lead": the department of a tech lead
    text = _UNDERSCORE.sub(" - ", text)  # "Software Developer_Oracle": a separator
    text = without_posting_codes(text)  # "Java Developer- Engineer II IRC220660", "Engineer||..."
    text = _FOUNDING.sub("", text)  # "Founding Solutions Engineer" is a solutions engineer
    text = _APACHE.sub("", text)  # "Apache Spark Module Lead": the tool is Spark
    text = _IT_SCOPE.sub("", text)  # "Global IT Engineer": where IT serves, not the job
    text = storage_spelled(text)  # "SAN Engineer" is a storage area network's engineer
    text = _GROUP_HEAD.sub(r"\1", text)  # "Group Manager, Data Science": a manager of managers
    text = _GLUED_GRADE.sub(r"\1 \2", text)  # "SDE2", "Engineer3": a grade glued to its job
    text = _TEAM_LEADER.sub(r"\1 Lead", text)  # "ML Team Leader" is an ML team lead
    text = without_remark_words(tool_first(unglued(_cut_short(text))))
    return level_moved(first_listed_field(without_rank(text)))


# a board's requisition code: letters glued to four digits or more ("IRC220660", "R12345",
# "JR-104233" is left: a hyphen may be a pay plan's, "ZP-1550"), "Req 1234", "Job ID: 1291152",
# or a number of five digits or more alone ("(32018)", "- 30720"); and a letter glued after a
# closing bracket at the end ("(US Hybrid)i"), which would read as the grade "I"
_POSTING_CODE = compiled(
    r"\b(?:req(?:uisition)?|job\s*id|id)\s*[#:.]?\s*[a-z]{0,4}-?\d{3,}\b"
    r"|\b[A-Za-z]{1,4}\d{4,}[A-Za-z]{0,3}\b|\b\d{5,}[A-Za-z]{0,3}\b|(?<=\))[a-z]$",
    re.I,
)
# two bars or more as one separator: "Oracle Database Engineer||Locals from ..."
_BARS = compiled(r"\s*\|{2,}\s*")


def without_posting_codes(text: str) -> str:
    """The title less a board's requisition code and a stray letter after its last bracket,
    its doubled bars one separator; a title that is nothing else is left as written."""
    plain = _BARS.sub(" | ", _POSTING_CODE.sub(" ", text))
    if plain == text:
        return text
    plain = _EMPTY_BRACKETS.sub(" ", plain)
    plain = _SEPS_LEFT.sub(lambda m: f" {m.group(0).split()[-1]} ", plain)
    plain = " ".join(plain.split()).rstrip(" -–—|,:/")
    return plain if any(ch.isalpha() for ch in plain) else text


_EMPTY_BRACKETS = compiled(r"\(\s*\)|\[\s*\]")
# the separators a code left side by side: "Data Engineer - 30720 - Remote"
_SEPS_LEFT = compiled(r"(?:\s+[-–—|]){2,}\s+")


# "founding" before a job of two words or more says when one joins, not what the job is: a
# "Founding Solutions Engineer" is a solutions engineer; "Founding Engineer" stays a name
_FOUNDING = compiled(
    r"\bfounding\s+(?!(?:engineer|engineers|developer|scientist|member)\b)(?=\S+\s+\S)", re.I
)


# a grade of one digit glued to a job word or its short form: "SDE2", "SWE3", "Developer2";
# never to a tool ("Python3", "Web3", "HTML5")
_GLUED_GRADE = compiled(
    r"\b(SDE|SWE|SDET|MLE|Engineer|Developer|Scientist|Analyst|Programmer)([1-5])\b", re.I
)
# a team's or tech leader is its lead, a level of the job (staff): "Data Engineering Team Leader"
_TEAM_LEADER = compiled(r"\b(team|tech|technical)\s+leader\b", re.I)
# the Apache foundation's name before its tool: "Apache Spark", "Apache Kafka", "Apache Druid"
_APACHE = compiled(r"\bapache\s+(?=[A-Z])", re.I)
# "Group" before a manager's or director's word ranks them over several teams; the job is the
# manager's ("Group Manager, Data Science"), never O*NET's "Group Manager" of any trade
_GROUP_HEAD = compiled(r"^((?:(?:senior|sr\.?)\s+)?)group\s+(?=(?:manager|director)\b)", re.I)
# storage networks' short forms in capitals, alone or paired, before a job word: "SAN Engineer",
# "SAN/NAS Administrator" (never "San Jose" nor "SAN JOSE", which no job word follows)
_STORAGE_SHORT = compiled(
    r"\b(SAN|NAS)(?:\s*/\s*(?:SAN|NAS))?\s+(?=(?:Storage\s+)?(?i:engineer|administrator|admin"
    r"|architect|specialist|analyst|consultant|lead)\b)"
)
_STORAGE_NAMES = {"SAN": "Storage Area Network ", "NAS": "Network Attached Storage "}


def storage_spelled(text: str) -> str:
    """The title with a storage network's short form written out ("SAN Engineer" is a storage
    area network engineer, a computer network's job; of two paired, the first)."""
    return _STORAGE_SHORT.sub(lambda m: _STORAGE_NAMES[m.group(1)], text)


# the reach or side of the business an IT department serves, before "IT" written in capitals:
# "Digital IT Engineer", "Corporate IT Support Analyst" are that IT job
_IT_SCOPE = compiled(
    r"\b(?i:digital|global|corporate|enterprise|regional|group|internal|local|national"
    r"|international)\s+(?=IT\b)"
)


# a full stop after a word, not after a short form ("Data Engineer - Sr." keeps its "Sr.")
_FULL_STOP = compiled(r"(?<=[A-Za-z]{4})\.$")

# a board's sentence after a job word's full stop: "Cloud/ DevOps Engineer. Job in Berlin"
_SENTENCE_AFTER = compiled(
    r"\b(engineer|developer|scientist|analyst|architect|manager|designer)\.\s+\S.*$", re.I
)

# a tag in square brackets opening a title, before its job: "[BDO] Data Analyst"
_OPENING_TAG = compiled(r"^\[[^\]]{1,30}\]\s*(?=\S)")
# a board's call for haste before the title, closed by "!", ":" or a dash ("Urgent!! Programmer",
# "Urgently Hiring: Data Engineer"); never "Hiring Manager", a job
_URGENT = compiled(
    r"^\s*(?:urgent(?:ly)?(?:\s+(?:hiring|required|needed|opening|vacancy))?|hiring\s+now"
    r"|immediate\s+(?:hiring|joiners?|opening))\s*(?:!+\s*|:\s*|\s[-–—]\s+)(?=\S)",
    re.I,
)
# "IT" in capitals before a lead's words names the lead's department: "IT Technical Lead" is a
# tech lead, "IT Senior Lead - Power BI" a senior lead of Power BI
_IT_LEAD = compiled(
    r"^IT\s+(?=(?i:(?:(?:senior|sr\.?|principal)\s+)?(?:tech(?:nical)?\s+)?lead)\b)"
)


def _compatible(text: str) -> str:
    """Letters styled with Unicode's compatibility forms ("𝐃𝐚𝐭𝐚 𝐄𝐧𝐠𝐢𝐧𝐞𝐞𝐫", full-width "Ｄａｔａ") as
    plain letters, and invisible format characters (zero-width spaces) dropped."""
    import unicodedata

    if text.isascii():
        return text
    plain = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in plain if unicodedata.category(ch) != "Cf")


# an underscore between words, as some boards write a separator ("Data Analyst_W2_CA")
_UNDERSCORE = compiled(r"(?<=[A-Za-z])_(?=[A-Za-z])")

# a link word or separator a title cut short ends on: "Ingeniero de datos con", "Data Engineer -"
_DANGLING = compiled(
    r"(?:\s+(?:with|for|and|of|in|at|to|on|by|from|con|de|del|en|para|y|mit|und|avec|pour|et)"
    r"|\s*[&,/|:+–—-])+\s*$",
    re.I,
)


def _cut_short(text: str) -> str:
    """A title a board or form cut short read as far as it goes: its dangling link word or
    separator dropped, a bracket left open closed ("IT Specialist (APPSW" -> "... (APPSW)")."""
    text = _DANGLING.sub("", text)
    if text.count("(") > text.count(")"):
        text = text.rstrip() + ")"
    return text
