"""Section headings of a résumé, in the many ways templates word and case them."""

from __future__ import annotations

import re

from levelset.patterns import compiled

_EXACT = {
    "summary": "summary",
    "profile": "summary",
    "about": "summary",
    "about me": "summary",
    "objective": "summary",
    "professional summary": "summary",
    "skills": "skills",
    "technical skills": "skills",
    "core skills": "skills",
    "skills & expertise": "skills",
    "skills and expertise": "skills",
    "top skills": "skills",
    "strengths": "skills",
    "projects": "projects",
    "selected projects": "projects",
    "personal projects": "projects",
    "project": "projects",
    "publications": "projects",
    "open source": "projects",
    "achievements": "projects",
    "accomplishments": "projects",  # alone; "Experience and Accomplishments" is an experience
    "open source contributions": "projects",
    "projects & open source": "projects",
    "projects and open source": "projects",
    "notable projects": "projects",
    "key projects": "projects",
    "key achievements": "projects",
    "tools": "skills",
    "tech stack": "skills",
    "technologies": "skills",
    "core competencies": "skills",
    "competencies": "skills",
    "professional background": "experience",
    "academic background": "other",
    "professional development": "other",  # not "development" alone: "Research and Development"
    # LinkedIn's profile PDF in Spanish
    "experiencia": "experience",
    "extracto": "summary",
    "aptitudes principales": "skills",
    "educación": "other",
    "contactar": "other",
    "idiomas": "other",
    "certificaciones": "other",
    "publicaciones": "projects",
    # ... in French, German, Portuguese, Italian and Dutch: "Experience", "Summary",
    # "Top Skills", "Education", "Contact", "Languages", "Certifications", "Publications"
    "expérience": "experience",
    "expériences": "experience",
    "résumé": "summary",
    "principales compétences": "skills",
    "formation": "other",
    "coordonnées": "other",
    "langues": "other",
    "distinctions": "other",
    "berufserfahrung": "experience",
    "erfahrung": "experience",
    "zusammenfassung": "summary",
    "top-kenntnisse": "skills",
    "top kenntnisse": "skills",
    "ausbildung": "other",
    "kontakt": "other",
    "sprachen": "other",
    "zertifizierungen": "other",
    "auszeichnungen": "other",
    "veröffentlichungen": "projects",
    "experiência": "experience",
    "resumo": "summary",
    "principais competências": "skills",
    "formação acadêmica": "other",
    "formação académica": "other",
    "contato": "other",
    "contacto": "other",
    "certificações": "other",
    "publicações": "projects",
    "esperienza": "experience",
    "esperienze": "experience",
    "riepilogo": "summary",
    "competenze principali": "skills",
    "formazione": "other",
    "contatti": "other",
    "lingue": "other",
    "certificazioni": "other",
    "pubblicazioni": "projects",
    "ervaring": "experience",
    "werkervaring": "experience",
    "samenvatting": "summary",
    "belangrijkste vaardigheden": "skills",
    "opleiding": "other",
    "talen": "other",
    "certificeringen": "other",
    "publicaties": "projects",
    # ... and the rest of LinkedIn's sections in those languages (both layouts): volunteering,
    # skills, projects, courses, honours, patents, organisations, test scores, interests
    "experiencia de voluntariado": "other",
    "voluntariado": "other",
    "aptitudes y conocimientos": "skills",
    "aptitudes": "skills",
    "proyectos": "projects",
    "cursos": "other",
    "reconocimientos y premios": "other",
    "premios y reconocimientos": "other",
    "patentes": "other",
    "organizaciones": "other",
    "puntuaciones de examen": "other",
    "intereses": "other",
    "licencias y certificaciones": "other",
    "resumen": "summary",
    "expérience de bénévolat": "other",
    "bénévolat": "other",
    "compétences et expertise": "skills",
    "compétences": "skills",
    "projets": "projects",
    "cours": "other",
    "prix et distinctions": "other",
    "distinctions et prix": "other",
    "brevets": "other",
    "organisations": "other",
    "résultats aux tests": "other",
    "centres d'intérêt": "other",
    "licences et certifications": "other",
    "ehrenamtliche tätigkeit": "other",
    "ehrenamtliche tätigkeiten": "other",
    "freiwilligenarbeit": "other",
    "kenntnisse und fähigkeiten": "skills",
    "kenntnisse und fertigkeiten": "skills",
    "kurse": "other",
    "auszeichnungen und preise": "other",
    "ehrungen und auszeichnungen": "other",
    "patente": "other",
    "organisationen": "other",
    "testergebnisse": "other",
    "lizenzen und zertifizierungen": "other",
    "experiência de voluntariado": "other",
    "experiência voluntária": "other",
    "trabalho voluntário": "other",
    "competências e especialidades": "skills",
    "competências": "skills",
    "projetos": "projects",
    "prêmios e reconhecimentos": "other",
    "prémios e reconhecimentos": "other",
    "honras e prêmios": "other",
    "organizações": "other",
    "resultados de testes": "other",
    "interesses": "other",
    "licenças e certificados": "other",
    "formação": "other",
    "esperienze di volontariato": "other",
    "volontariato": "other",
    "competenze e conoscenze": "skills",
    "competenze ed esperienze": "skills",
    "competenze": "skills",
    "progetti": "projects",
    "corsi": "other",
    "riconoscimenti e premi": "other",
    "premi e riconoscimenti": "other",
    "brevetti": "other",
    "organizzazioni": "other",
    "punteggi dei test": "other",
    "interessi": "other",
    "licenze e certificazioni": "other",
    "istruzione": "other",
    "vrijwilligerswerk": "other",
    "vrijwilligerservaring": "other",
    "vaardigheden en expertise": "skills",
    "vaardigheden": "skills",
    "projecten": "projects",
    "cursussen": "other",
    "prijzen en onderscheidingen": "other",
    "onderscheidingen en prijzen": "other",
    "patenten": "other",
    "organisaties": "other",
    "testscores": "other",
    "licenties en certificaten": "other",
    # German CVs (techcv and others)
    "berufliche erfahrung": "experience",
    "beruflicher werdegang": "experience",
    "werdegang": "experience",
    "praktische erfahrung": "experience",
    "praktika": "experience",
    "profil": "summary",
    "über mich": "summary",
    "kurzprofil": "summary",
    "kenntnisse": "skills",
    "fähigkeiten": "skills",
    "projekte": "projects",
    "publikationen": "projects",
    "studium": "other",
    "bildung": "other",
    "zertifikate": "other",
    "ehrenamt": "other",
    "ehrenamtliches engagement": "other",
    "sprachkenntnisse": "other",
    "interessen": "other",
    "hobbys": "other",
    "vorträge": "other",
    "weiterbildung": "other",
}
# A heading is made only of these words; one of the first group makes it an experience section.
_EXPERIENCE_WORDS = {
    "experience",
    "experiences",
    "employment",
    "career",
    "work",
    "positions",
    "involvement",
    "research",
    "internships",
    "history",
    "appointments",
}
_OTHER_WORDS = {
    "education",
    "certifications",
    "certificates",
    "certificate",
    "certification",
    "awards",
    "honors",
    "honours",
    "interests",
    "hobbies",
    "languages",
    "contact",
    "references",
    "referees",
    "activities",
    "activity",
    "extracurricular",
    "community",
    "organizations",
    "volunteering",
    "talks",
    "presentations",
    "patents",
    "coursework",
    "courses",
    "writing",
    "committees",
    "leadership",
    "links",
    "teaching",
    "service",
    "memberships",
    "miscellaneous",
    "recommendations",
    "training",
    "symposia",
    "panels",
    "media",
    "appearances",
    "admissions",
    "bar",
    "scores",  # LinkedIn's "Test Scores"
    "licenses",  # "Licenses & Certifications"
    "licences",
    "causes",
    # sections whose entries are dated like jobs but are none
    "extracurriculars",
    "hackathons",
    "affiliations",
    "speaking",
    "workshops",
    "competitions",
    "scholarships",
    "fellowships",
    "grants",
    "conferences",
    "bootcamps",
}
_FILLER = {
    "professional",
    "relevant",
    "selected",
    "other",
    "additional",
    "and",
    "&",
    "on",
    "campus",
    "volunteer",
    "industry",
    "academic",
    "program",
    "invited",
    "domestic",
    "international",
    "honors",
    "related",
    "technical",
    "my",
    "work",
    "previous",
    "earlier",
    "past",
    "prior",
    "recent",
    "full",
    "part",
    "time",
    "legal",
    "paper",
    "popular",
    "test",
    "supported",  # LinkedIn's "Supported Organizations"
    "side",  # "Side Projects"
    "personal",
    "online",  # "Online Courses"
}


def section_of(text: str) -> str | None:
    """The section a heading line opens, or None if it is not a heading."""
    stripped = text.lstrip("#").strip()
    if stripped[:1].islower() and stripped.endswith("."):
        return None  # "recommendations.": the last word of a wrapped sentence, no heading
    key = re.sub(r"\s+", " ", stripped.rstrip(":").strip().lower())
    if re.fullmatch(r"(?:\S ){3,}\S", key):
        key = key.replace(" ", "")  # "E X P E R I E N C E": a heading set letter-spaced
        if key not in _EXACT:  # "W O R K E X P E R I E N C E": the gap between words lost too
            key = " ".join(_spelt(key) or [key])
    elif re.fullmatch(r"(?:\S\S? ){5,}\S\S?", key):
        # "E M P L OY M E N T H I S TO RY": letter-spaced, with some letters kerned together
        # and the gap between words lost; read back as the known heading words it spells
        key = " ".join(_spelt(key.replace(" ", "")) or [key])
    elif _SHOUTED.fullmatch(text.strip()) and key not in _EXACT and not _words_known(key):
        # "EXP ERIENCE", "CERT IF ICA T IO NS": a capital heading whose letter spacing split
        # its words at random places; read back when its letters spell known heading words
        key = " ".join(_spelt(re.sub(r"[^a-z&]", "", key)) or [key])
    if _RECOMMENDED.fullmatch(key):
        return "other"  # LinkedIn's "3 people have recommended Dana": quotes, no jobs
    if len(key.split()) > 4 or not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    words = re.findall(r"[a-z&]+", key)
    if not words or re.search(r"\d", key):
        return None
    known = _EXPERIENCE_WORDS | _OTHER_WORDS | _FILLER | set(_EXACT)
    if not all(w in known for w in words):
        if not _SHOUTED.fullmatch(text.strip()):
            return None
        # "CERTIFCATE/ EDUCATION": a heading set in capitals, read through a typo or two
        # (a word alone must be long: "PATIENTS" is no typo of "patents")
        heading_words = _EXPERIENCE_WORDS | _OTHER_WORDS
        alone = not any(w in heading_words for w in words)
        words = [w if w in known else _nearest(w, 9 if alone else 6) for w in words]
        if "" in words:
            return None
    if any(w in _OTHER_WORDS for w in words) and "experience" not in words:
        return "other"
    if any(w in _EXPERIENCE_WORDS for w in words):
        return "experience"
    if any(w in _EXACT for w in words):
        return next(_EXACT[w] for w in words if w in _EXACT)
    return None


_VOLUNTEER = {"volunteer", "volunteering"}
# "3 people have recommended Dana", "1 person has recommended Sam" (and LinkedIn's other
# languages: "personas han recomendado a", "personnes ont recommandé", "Personen haben ...
# empfohlen", "pessoas recomendaram", "persone hanno consigliato", "mensen hebben ... aanbevolen")
_RECOMMENDED = compiled(
    r"\d+ (?:people|person|personas?|personnes?|personen|pessoas?|persone?|mensen|persoon)\b.*"
    r"(?:recommended|recomend|recommand|empfohlen|consigliat|segnalat|aanbevolen).*"
)
_SHOUTED = compiled(r"[#\s]*[A-Z][A-Z&/,:\s-]*")


_JOB_HEADING_WORDS = _EXPERIENCE_WORDS - {"research", "involvement"}


def loose_heading(text: str) -> bool:
    """An experience heading that names no jobs ("Research", "Involvement", "Volunteer
    Experience"): its entries may be projects or unpaid help; only those whose title names a
    role are positions ("Volunteer Swim Coach", not "Mentor" or "Offline RL for HVAC")."""
    key = text.strip().lower()
    if re.fullmatch(r"(?:\S ){3,}\S", key):  # "R E S E A R C H", set letter-spaced
        key = " ".join(_spelt(key.replace(" ", "")) or [key.replace(" ", "")])
    words = set(re.findall(r"[a-z]+", key))
    loose = words & {"research", "involvement"} and not words & _JOB_HEADING_WORDS
    return volunteering(text) or bool(loose)


def volunteering(text: str) -> bool:
    """A heading of unpaid roles ("Volunteer Experience"): positions on a student's résumé,
    but a section apart from the jobs in LinkedIn's profile."""
    return bool(_VOLUNTEER & set(re.findall(r"[a-z]+", text.lower())))


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
    return all(w in known for w in re.findall(r"[a-z&]+", key))


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
