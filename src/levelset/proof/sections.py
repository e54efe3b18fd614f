"""Section headings of a résumé, in the many ways templates word and case them."""

from __future__ import annotations

import re

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
}


def section_of(text: str) -> str | None:
    """The section a heading line opens, or None if it is not a heading."""
    key = re.sub(r"\s+", " ", text.lstrip("#").strip().rstrip(":").strip().lower())
    if re.fullmatch(r"(?:\S ){3,}\S", key):
        key = key.replace(" ", "")  # "E X P E R I E N C E": a heading set letter-spaced
    elif re.fullmatch(r"(?:\S\S? ){5,}\S\S?", key):
        # "E M P L OY M E N T H I S TO RY": letter-spaced, with some letters kerned together
        # and the gap between words lost; read back as the known heading words it spells
        key = " ".join(_spelt(key.replace(" ", "")) or [key])
    if len(key.split()) > 4 or not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    words = re.findall(r"[a-z&]+", key)
    if not words or re.search(r"\d", key):
        return None
    known = _EXPERIENCE_WORDS | _OTHER_WORDS | _FILLER | set(_EXACT)
    if not all(w in known for w in words):
        return None
    if any(w in _OTHER_WORDS for w in words) and "experience" not in words:
        return "other"
    if any(w in _EXPERIENCE_WORDS for w in words):
        return "experience"
    if any(w in _EXACT for w in words):
        return next(_EXACT[w] for w in words if w in _EXACT)
    return None


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
