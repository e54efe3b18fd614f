"""Leading people: a leading role the author holds or somebody else holds, and growing people.

"As tech lead for checkout, ...", "On-call lead for ...", "Mentor to four junior engineers" show
the author in a leading role; "worked under the tech lead", "shadowed the on-call lead" and
"promoted to tech lead" name a leader who is somebody else, or a title alone. "Coached three
data scientists" and "five direct reports" show the author growing or managing people; "trained
a logistic regression baseline" and "was mentored by" do not. levelset.proof.lead gathers these
with the other kinds of leading.
"""

from __future__ import annotations

import re

from levelset.once import once
from levelset.patterns import compiled
from levelset.proof.who import word_classes, words

# a leading role: "tech lead", "engineering manager", "sole owner", "release captain", "DRI"
_ROLE = (
    r"(?:co-)?(?:(?:tech(?:nical)?|team|on-call|release|project|program(?:me)?|research|"
    # the lead of a part of the stack or of a trade's work ("Frontend lead for Linkpop")
    r"front-?end|back-?end|full-?stack|mobile|ios|android|web|qa|ux|ui|devops|infra(?:structure)?|"
    r"security|analytics|firmware|hardware|"
    r"engineering|volunteer|"
    r"interim|acting|design|data|ml|incident|squad|workstream|area|lead|people|arch(?:itecture)?|"
    r"platform|system|domain|shift|site|section|desk|crew|night|weekend|store|ward|kitchen|"
    r"lab)[ -])?"
    r"(?:lead|leader|manager|owner|captain|commander|maintainer|dri|head|director|chair|"
    r"chairperson|organi[sz]er|host|steward|gatekeeper|mentor|coach|tutor|supervisor|"
    r"advis[eo]r|sponsor|champion|founder|co-founder|point person|go-to (?:person|engineer)|"
    r"person (?:[\w-]+ ){1,3}(?:were|was|got|are|is) sent to|"
    r"product owner|line manager|people manager|first (?:\w+ )?hire|foreman|forewoman|"
    # the first of a function, who starts it alone ("As the first data engineer"), an editor in
    # chief, the escalation point others call
    r"first (?:[a-z-]+ )?(?:engineer|employee|scientist|analyst)|(?:chief|managing) editor|"
    r"editor-in-chief|escalation (?:point|contact)s?|"
    r"charge nurse|principal investigator|moderator|c[eot]o|chief [\w-]+ officer|vp|authority|"
    r"referent|liaison|interlocutor|coordinator|crew chief|head chef|sous-chef|"
    # the architect over all others of a system (a scrum master facilitates: RULES.md)
    r"chief architect|"
    r"[\w-]+-in-charge)"
)
# the role opens the bullet ("On-call lead for", "Sole owner of", "Mentor to"), perhaps after
# another title ("Core contributor/Co-tech lead of"), or follows a word that gives it to the
# author ("as", "served as", "named", "became", "stepped in as", "I was co-owner of")
OWN_ROLE = compiled(
    rf"^(?:(?:(?!(?:the|with|and|for|to|of|under|by)\b)[\w-]+ ?){{1,3}}/\s*)?"
    rf"(?:(?:sole|primary|first|interim|acting|de facto|founding|lead|senior|principal|"
    rf"staff|single-threaded|hands-on|working|the|a|main)\s+)*{_ROLE}\b|"
    rf"^(?:[\w-]+ ){{1,3}}(?:and|&|/) (?:the )?(?:[\w-]+ )?{_ROLE} (?:of|for|on|at)\b|"
    # a role in brackets after what was done: "2nd place of 48 teams (team captain)"
    rf"\((?:[\w-]+ )?{_ROLE}\)|"
    rf"\b(?:as|named|became|become|appointed|elected|acted as|serve[ds]? as|served as|"
    rf"stepped (?:in|up|into [\w ]{{0,20}}?) as|was the|I (?:was|am|became))\s+"
    rf"(?:the |a |an |its |their |our )?"
    rf"(?:(?:sole|primary|first|interim|acting|de facto|founding|lead|senior|principal|staff|"
    rf"\w+-facing|[\w-]+)\s+){{0,2}}{_ROLE}\b",
    re.IGNORECASE,
)
# a leader who is someone else: "the tech lead", "my manager", "under the", "her"
THEIR_ROLE = compiled(
    rf"\b(?:the|my|our|his|her|their|a|an|its|\w+['’]s)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}s?\b|"
    r"\b(?:(?:worked|working|served|interned) under|shadow(?:ed|ing)|assist(?:ed|ing) the|"
    r"reported to|reporting to|covered for|stood in for|promoted to|nominated for)\b",
    re.IGNORECASE,
)
# managing and growing people: "people management", "performance reviews", "five reports"
PEOPLE_WORK = compiled(
    r"\b(?:people management|performance reviews?|promotion (?:cases|packets)|"
    r"promotions? (?:of|for) (?:my |our |the |their )?(?:[\w-]+ )?(?:reports|engineers|people|"
    r"staff|"
    r"team)|(?:their|my reports['’]?) promotions|"
    r"skip-levels?|skip-level meetings|headcount|career (?:ladder|paths?|growth)|"
    r"calibrat(?:ed|ing) (?:the )?(?:\w+ )?(?:promotions|ratings|reviews|levels|interviewers)|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:direct )?reports|"
    r"interview loop|hiring (?:plan|bar|for|manager)|"
    # hiring among a manager's duties: "interviewing, hiring, onboarding", "Recruit, hire, develop"
    r"(?:interviewing|recruiting|recruit),? (?:and )?hir(?:ing|e)|hir(?:ing|e),? (?:and )?"
    r"(?:onboarding|onboard|develop|training|firing)|"
    r"(?:career|professional) (?:advice|guidance|mentoring|coaching)|"
    r"ran hiring|on my watch|buddy system|onboarding (?:programme|program|plan)|"
    # people developed: "Developed junior engineers through pairing", not "developer tools"
    r"develop(?:ed|ing|s)? (?:our |the |my |\d+ |two |three |four |five |six )?(?:junior |new |"
    r"young |high-potential |local )?(?:engineers|developers|analysts|talent|juniors|"
    r"team members|people|staff|leaders)\b(?!['’])|"
    r"(?:my|our) (?:two|three|four|several) teams|direct reports?|(?:each|every) report|"
    r"(?:1:1s|one-on-ones|1-on-1s) (?:(?:every|each) \w+ \w+ )?with (?!my |our )|"
    r"(?:held|hold|holds|ran|run|runs) (?:\w+ ){0,2}?(?:1:1s|one-on-ones|1-on-1s)|"
    r"(?:growth|development|career) plans? for (?:each|every|all|my|their)|"
    # a manager's duties in other words: "interviews to hire two people", "projects under my
    # portfolio", "Responsible for roadmaps, ... budget justification, ... and hiring"
    r"interview(?:s|ed)? to hire|under my (?:portfolio|leadership|management|supervision|"
    r"direction)|responsible for (?:[\w ,/&-]{0,120}?)\b(?:hiring|budgets?|headcount)"
    r"(?=\s*(?:[.,;)]|$|and\b))|"
    # work run with others, held as a responsibility (RULES.md, 2026-12-06j): "Responsible for
    # European Funded projects", "Responsible for HW and SW Suppliers engagement"; not "for a
    # tool" or "for my own deployments"
    r"responsible for (?!my |our own )(?:the |all |several |multiple |two |three )?"
    r"(?:(?![\w-]+ing\b)[\w‘’'-]+ ){0,4}?(?:projects|programmes|programs|engagements?|"
    r"initiatives|roll-?outs?|"
    r"field tests?|pilots)\b|"
    # a leading role held, named by what it manages: "Performed delivery management role",
    # "Performed PMO role"
    r"(?:performed|held|took on|played|assumed|had|in) (?:the |a |an )?(?:[\w&-]+ ){0,3}"
    r"(?:management|pmo|leadership) role)\b",
    re.IGNORECASE,
)
# the verbs of growing people, when their object is people ("trained 120 support agents",
# "coached three data scientists"), not a thing ("trained a logistic regression baseline")
_GROW = compiled(
    r"\b(?:coach(?:ed|ing|es)?|mentor(?:ed|ing|s)?|train(?:ed|ing)|taught|teach(?:ing|es)?|"
    r"educat(?:e|es|ed|ing)|"
    r"onboard(?:ed|ing)|supervis(?:e|es|ed|ing|ion of)|oversight of|promot(?:ed|ing)|"
    r"tutor(?:ed|ing)|guid(?:e|es|ed|ing)|strengthen(?:ed|s|ing)?|"
    r"line-manag(?:ed|ing)|manag(?:e|es|ed|ing)|hir(?:ed|ing)|grew|grow(?:ing)?|rallied|"
    r"recruited|led|lead|directed|direct|oversaw|oversee|headed)\b",
    re.IGNORECASE,
)
_INTO = compiled(r"\b(?:into|to become)\b", re.IGNORECASE)
_OBJECT_ENDS = words("on in to through for with from at of into during while and who by")
_PEOPLE = words(
    "engineers engineer interns intern analysts analyst agents scientists scientist students "
    "student hires volunteers contractors people researchers juniors designers managers leads "
    "members reps staff teammates newcomers apprentices graduates grads pms interviewers "
    "annotators labellers labelers developers devs testers operators nurses teachers team teams "
    "squad squads colleagues peers mentees reports them others everyone writers freelancers "
    "employees baristas joiners freshers trainees recruits crew cohorts fellows learners "
    "barista commis picker pickers packer packers driver drivers worker workers "
    "colleague newcomer volunteer member developer designer operator tellers cashier "
    "cashiers crews hire committee committees department departments division divisions"
)


@once
def _people() -> frozenset[str]:
    data = word_classes()
    return _PEOPLE | frozenset(data["role"]) | frozenset(data["person"])


def grew_people(text: str) -> str:
    """The words of the first verb of growing people whose object is people, or ""."""
    for match in _GROW.finditer(text):
        rest = text[match.end() :]
        # "grew the marketplace's sellers tenfold" counts people, "grew three leads into" grows them
        if match.group(0).lower().startswith("grew") and not _INTO.search(rest):
            continue
        grown = _people_grown(rest.split()[:5])
        if grown and not _passive(text, match.start()):
            return f"{match.group(0)} {grown}"
    return ""


def _people_grown(after: list[str]) -> str:
    """The object's words up to the people it names ("three data scientists"), or ""."""
    people = _people()
    taken: list[str] = []
    for word in after:
        bare = word.lower().strip(",;:.()")
        if bare in _OBJECT_ENDS:
            return ""
        taken.append(word.strip(",;:.()"))
        if bare in people:
            machine = _a_machine(bare, taken)
            return "" if machine or _names_a_thing(after, len(taken)) else " ".join(taken)
        if word[-1:] in ",;:." and bare:
            return ""  # the object ended before any people: "managed RDS databases, set them up"
    return ""


def _a_machine(bare: str, taken: list[str]) -> bool:
    """Machines trained, not people: "Trained SVM classifiers" (a classifier is a person only in a
    dictionary), "Trained agents using PPO", "trained RL agents" ("trained 120 support agents"
    and "trained the new agents" are people)."""
    if bare in _MACHINES:
        return True
    before = taken[-2].lower() if len(taken) > 1 else ""
    return bare in ("agent", "agents") and (not before or before in _MACHINE_KINDS)


_MACHINES = words("classifier classifiers regressor regressors detector detectors")
_MACHINE_KINDS = words("rl llm llms ai software autonomous multi-agent drl")


# nouns after a word for people that make it a thing's modifier: "managed employee accounts"
_THINGS = words(
    "accounts data records systems requests tickets feedback portal portals surveys questions "
    "experience engagement benefits payroll schedules projects files profiles access records "
    "satisfaction journeys directory"
)


def _names_a_thing(after: list[str], at: int) -> bool:
    """Whether the word after the people word at `at` makes it a modifier of a thing."""
    if at >= len(after) or after[at - 1][-1:] in ",;:.)":
        return False
    return after[at].lower().strip(",;:.()") in _THINGS


def _passive(text: str, at: int) -> bool:
    """Whether the verb at `at` is told of the author ("was mentored by", "coached by")."""
    before = text[max(0, at - 12) : at].lower().split()
    after = text[at:].split(None, 2)
    return bool(before and before[-1] in {"was", "were", "being", "got"}) or (
        len(after) > 1 and after[1].lower() == "by"
    )
