"""Section headings of a résumé, in the many ways templates word and case them."""

from __future__ import annotations

from levelset.patterns import compiled
from levelset.proof.headers import names_role, role_score
from levelset.proof.section_words import EXACT as _EXACT
from levelset.proof.section_words import EXPERIENCE_WORDS as _EXPERIENCE_WORDS
from levelset.proof.section_words import FILLER as _FILLER
from levelset.proof.section_words import OTHER_WORDS as _OTHER_WORDS

_MARK = compiled(r"^(?:#+|/{1,2}|>{1,2}|»)\s*")  # a heading's mark before its words
# "Work experience (continued):", "Experience (cont'd)": a section taken up again on a new page
_CONTINUED = compiled(r"(?:\s+|\s*[(\[]\s*)(?:continued|cont(?:[’'`]?d)?\.?)\s*[)\]]?\s*[.:]?$")


_WHITESPACE = compiled(r"\s+")
_LETTER_SPACED = compiled(r"(?:\S ){3,}\S")
_WORDS_AMP = compiled(r"[a-z&]+")
_KERNED_LETTERS = compiled(r"(?:\S\S? ){5,}\S\S?")
_DIGIT = compiled(r"\d")
_NOT_HEADING_LETTER = compiled(r"[^a-z&]")


def section_of(text: str) -> str | None:
    """The section a heading line opens, or None if it is not a heading."""
    stripped = _MARK.sub("", text.strip())  # "# Skills", "/ W O R K  E X P E R I E N C E"
    if stripped[:1].islower() and stripped.endswith("."):
        return None  # "recommendations.": the last word of a wrapped sentence, no heading
    key = _WHITESPACE.sub(" ", stripped.rstrip(":").strip().lower())
    key = _CONTINUED.sub("", key) if key.count(" ") < 6 else key
    if _LETTER_SPACED.fullmatch(key):
        key = key.replace(" ", "")  # "E X P E R I E N C E": a heading set letter-spaced
        if key not in _EXACT:  # "W O R K E X P E R I E N C E": the gap between words lost too
            key = " ".join(_spelt(key) or [key])
    elif _KERNED_LETTERS.fullmatch(key):
        # "E M P L OY M E N T H I S TO RY": letter-spaced, with some letters kerned together
        # and the gap between words lost; read back as the known heading words it spells
        key = " ".join(_spelt(key.replace(" ", "")) or [key])
    elif _SPLIT_WORD.fullmatch(key) and key not in _EXACT and not _words_known(key):
        # "Pr ojects", "W ork Experience": a heading whose letter spacing split a word; read
        # back only when its letters spell fewer known heading words than it has pieces
        spelt = _spelt(key.replace(" ", "").replace("&", ""))
        key = " ".join(spelt) if spelt and len(spelt) < len(key.split()) else key
    elif _SHOUTED.fullmatch(text.strip()) and key not in _EXACT and not _words_known(key):
        # "EXP ERIENCE", "CERT IF ICA T IO NS": a capital heading whose letter spacing split
        # its words at random places; read back when its letters spell known heading words
        key = " ".join(_spelt(_NOT_HEADING_LETTER.sub("", key)) or [key])
    if _RECOMMENDED.fullmatch(key):
        return "other"  # LinkedIn's "3 people have recommended Dana": quotes, no jobs
    if _mentoring(key):
        return "other"  # "Mentoring Experience": the students the author mentored, no jobs
    if not key or len([w for w in key.split() if w != "&"]) > 4 + _named_experience(text, key):
        return None
    if key in _EXACT:
        return _EXACT[key]
    words = _WORDS_AMP.findall(key)
    if not words or _DIGIT.search(key) or words[-1] == "student":
        return None  # "Research Student", "PhD Student": a title ("Student Activities" heads)
    known = _EXPERIENCE_WORDS | _OTHER_WORDS | _FILLER | set(_EXACT)
    if not all(w in known for w in words):
        if not _SHOUTED.fullmatch(text.strip()):
            return None
        # "CERTIFCATE/ EDUCATION": a heading set in capitals, read through a typo or two
        # (a word alone must be long: "PATIENTS" is no typo of "patents")
        heading_words = _EXPERIENCE_WORDS | _OTHER_WORDS
        alone = not any(w in heading_words for w in words)
        words = [w if w in known else _nearest(w, 9 if alone else 6) for w in words]
        if "" in words and not _named_experience(text, key):
            return None
        words = [w for w in words if w]
    posts = "experience" in words or ("teaching" in words and _POSTS & set(words))
    if any(w in _OTHER_WORDS for w in words) and not posts:  # "Teaching Appointments": posts
        return "other"
    if _PROJECTS & set(words) and not _JOBS & set(words) and not _MIXED.search(key):
        return "projects"  # "Project Experience", "Projects Experience": the projects
    if any(w in _EXPERIENCE_WORDS for w in words):
        return "experience"
    if any(w in _EXACT for w in words):
        return next(_EXACT[w] for w in words if w in _EXACT)
    return None


# capitalised words (or "&", "and") before "Projects": "Data Science & ML Projects"
_FIELD_PROJECTS = compiled(r"(?:(?:[A-Z][\w+#./-]*|&|and)\s+){1,4}(?:Projects|PROJECTS)")


def field_projects(text: str) -> bool:
    """ "Data Science & ML Projects": a heading of projects named by their field, not an office
    that runs them ("Capital Projects"); a heading only where it is set apart like one (a
    team's "Special Projects" under a title is a line of its entry), and a loose one: its
    entries are jobs only where their titles name a role."""
    return bool(_FIELD_PROJECTS.fullmatch(text.strip().rstrip(":"))) and role_score(text) >= 0


def _named_experience(text: str, key: str) -> bool:
    """ "CORE ENGINEERING EXPERIENCE", "AI SYSTEMS & AUTOMATION EXPERIENCE": a heading set in
    capitals that ends in the word experience after words of its own field; the jobs follow."""
    words = _WORDS_AMP.findall(key)
    return (
        bool(_SHOUTED.fullmatch(text.strip()))
        and 1 < len(words) <= 6
        and words[-1] == "experience"
        and not {"of", "years", "my"} & set(words)  # "YEARS OF EXPERIENCE": a count, no heading
        and not _DIGIT.search(key)
    )


_VOLUNTEER = {"volunteer", "volunteering"}
# "3 people have recommended Dana", "1 person has recommended Sam" (and LinkedIn's other
# languages: "personas han recomendado a", "personnes ont recommandé", "Personen haben ...
# empfohlen", "pessoas recomendaram", "persone hanno consigliato", "mensen hebben ... aanbevolen")
_RECOMMENDED = compiled(
    r"\d+ (?:people|person|personas?|personnes?|personen|pessoas?|persone?|mensen|persoon)\b.*"
    r"(?:recommended|recomend|recommand|empfohlen|consigliat|segnalat|aanbevolen).*"
)
_SHOUTED = compiled(r"[#\s]*[A-Z][A-Z&/,:\s-]*")
_SPLIT_WORD = compiled(r"[a-z&]+(?: [a-z&]+){1,4}")  # letters and spaces alone, a few pieces


_JOB_HEADING_WORDS = _EXPERIENCE_WORDS - {"research", "involvement"}
_PROJECTS = {"project", "projects"}
_JOBS = _JOB_HEADING_WORDS - {"experience", "experiences"}
_MIXED = compiled(r"&|\band\b|,|/|\+")  # "Experience & Projects": jobs and projects together


_LOWER_WORDS = compiled(r"[a-z]+")


def loose_heading(text: str) -> bool:
    """An experience heading that names no jobs ("Research", "Involvement", "Volunteer
    Experience"), or names projects beside them ("Internships & Projects"): its entries may be
    projects or unpaid help; only those whose title names a role are positions ("Volunteer
    Swim Coach", not "Mentor" or "Offline RL for HVAC")."""
    key = text.strip().lower()
    if _LETTER_SPACED.fullmatch(key):  # "R E S E A R C H", set letter-spaced
        key = " ".join(_spelt(key.replace(" ", "")) or [key.replace(" ", "")])
    words = set(_LOWER_WORDS.findall(key))
    loose = words & {"research", "involvement"} and not words & _JOB_HEADING_WORDS
    mixed = words & _PROJECTS  # "Internships & Projects": only entries naming a role are jobs
    return volunteering(text) or bool(loose) or bool(mixed)


def volunteering(text: str) -> bool:
    """A heading of unpaid roles ("Volunteer Experience"): positions on a student's résumé,
    but a section apart from the jobs in LinkedIn's profile."""
    return bool(_VOLUNTEER & set(_LOWER_WORDS.findall(text.lower())))


def shouted_heading(text: str) -> str | None:
    """ "INDEPENDENT DEVELOPMENT, CONSULTING, & RESEARCH": a line in capitals listing a few
    parts, a word of the jobs' headings among them, that names no role beside it; the jobs'
    section it opens when the résumé sets it in its headings' own size (else it is a name).
    (Other sections' words are left alone: a wrong end to the jobs would lose all below.)"""
    words = _WORDS_AMP.findall(text.lower())
    if not _SHOUTED.fullmatch(text.strip()) or not 1 < len(words) <= 8 or _DIGIT.search(text):
        return None
    if not _MIXED.search(text.lower()):
        return None  # "KAPLAN EDUCATION", "MICROSOFT RESEARCH": a name; a heading lists parts
    if names_role(" ".join(w for w in words if w != "research")):
        return None  # "SENIOR ENGINEER, RESEARCH": an entry's title
    return "experience" if _EXPERIENCE_WORDS & set(words) else None


_POSTS = {"appointments", "positions", "employment"}  # held, beside teaching: the author's own
_MENTORING_WORDS = {"mentoring", "mentored", "mentees", "supervision", "supervised"}
_MENTORING_FILLER = {"student", "students", "experience", "and", "&", "research", "graduate"}


def _mentoring(key: str) -> bool:
    """ "Mentoring Experience", "Student Mentoring", "Mentoring & student supervision",
    "Students Supervised": a heading over the people the author mentored or supervised, listed
    with their own titles and dates, which are no jobs of the author's. (A heading that names
    teaching beside it, "Teaching & Mentoring Experience", holds the author's own assistantships
    and stays a heading of the jobs.)"""
    words = set(_WORDS_AMP.findall(key))
    return bool(words & _MENTORING_WORDS) and words <= _MENTORING_WORDS | _MENTORING_FILLER


def leadership(text: str) -> bool:
    """ "Leadership Experience": a heading of the roles held in clubs, councils and teams; after
    the jobs' own section, its dated entries are no jobs."""
    return "leadership" in _LOWER_WORDS.findall(text.lower())


def _nearest(word: str, shortest: int) -> str:
    """The heading word nearest `word`, one edit away (two for a long one), or "" (none, or
    two as near, or another form of it: "researcher" is not "research" misspelt)."""
    if len(word) < shortest:
        return ""
    most = 2 if len(word) >= 10 else 1
    known = _EXPERIENCE_WORDS | _OTHER_WORDS | _FILLER
    near = sorted(
        (_edits(word, w, most), w)
        for w in known
        if len(w) >= 5 and not word.startswith(w) and not w.startswith(word)
    )
    if not near or near[0][0] > most or (len(near) > 1 and near[1][0] == near[0][0]):
        return ""
    return near[0][1]


def _edits(a: str, b: str, most: int) -> int:
    """Levenshtein distance between a and b, or most + 1 once it is sure to exceed most."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
        if min(row) > most:
            return most + 1
    return row[-1]


def _words_known(key: str) -> bool:
    known = _EXPERIENCE_WORDS | _OTHER_WORDS | _FILLER | set(_EXACT)
    return all(w in known for w in _WORDS_AMP.findall(key))


def _spelt(joined: str) -> list[str] | None:
    """ "employmenthistory" as ["employment", "history"]: known heading words, end to end."""
    known = _EXPERIENCE_WORDS | _OTHER_WORDS | _FILLER | {k for k in _EXACT if " " not in k}
    best: list[list[str] | None] = [[]] + [None] * len(joined)
    for end in range(1, len(joined) + 1):
        for start in range(max(0, end - 20), end):
            head = best[start]
            if head is not None and joined[start:end] in known:
                best[end] = [*head, joined[start:end]]
                break
    return best[-1]
