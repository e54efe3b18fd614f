"""Titles written in French, German, Spanish, Italian or Portuguese, or with gender markers, read
in English.

"un·e développeur·se full stack expérimenté(e)" -> "senior full stack developer"; "Ingénieur
données" -> "data engineer"; "Senior Softwareentwickler (m/w/d)" -> "senior software developer";
"Científico de Datos" -> "data scientist"; "Sviluppatore Java" -> "java developer";
"Engenheiro de Dados" -> "data engineer". Only job words, their fields and level words are
translated: a title whose job word is unknown here ("chargé·e de développement", business
development) keeps its own words, and the reader refuses it or reads it in O*NET.
"""

from __future__ import annotations

import re
import unicodedata

from levelset.patterns import compiled

# gender and inclusive-writing marks: "(m/w/d)", "F/H", "(e)", "·e", ".se", "‧rice"
_GENDER_TAGS = compiled(r"\(?\b(?:[mwfhdx])\s*/\s*[mwfhdx](?:\s*/\s*[mwfhdx])?\b\)?", re.I)
_PAREN_ENDINGS = compiled(r"\((?:e|s|es|fe|ne|le|euse|rice|trice|in|innen)\)", re.I)
_DOT_R = compiled(r"(\w)[.·‧•]r\b")  # "développeu·r·se" keeps its r
_DOT_ENDINGS = compiled(r"(?<=\w)[.·‧•](?:e|es|se|ses|euse|euses|rice|trice|ne|fe|le|s)\b", re.I)
# a person named before the job: "un·e", "une ou un", "deux", "une personne"
_OPENERS = compiled(
    r"^(?:(?:un|une|deux|les|des|la|le|el|una|uno|ein|eine)\s+(?:(?:ou|o|oder)\s+)?"
    r"(?:(?:un|une|uno|una|ein|eine)\s+)?)?(?:personne\s+|persona\s+)?",
)
_CONTRACTS = compiled(
    r"\s+(?:en|in|im)\s+(?:cdd|cdi|alternance|stage|teilzeit|vollzeit)\b.*$", re.I
)
# job and level words (accents dropped, lowercase, singular) -> English
_WORDS = {
    "developpeur": "developer", "developpeuse": "developer", "developpeu": "developer",
    "developeur": "developer", "dev": "developer", "entwickler": "developer",
    "softwareentwickler": "software developer", "desarrollador": "developer",
    "desarrolladora": "developer", "programmeur": "programmer", "programador": "programmer",
    "ingenieur": "engineer", "ingenieure": "engineer", "ingeniero": "engineer",
    "ingeniera": "engineer", "softwareingenieur": "software engineer",
    "scientifique": "scientist", "cientifico": "scientist", "cientifica": "scientist",
    "wissenschaftler": "scientist", "chercheur": "researcher", "chercheuse": "researcher",
    "forscher": "researcher", "investigador": "researcher", "analyste": "analyst",
    "analista": "analyst", "architecte": "architect", "arquitecto": "architect",
    "donnees": "data", "datos": "data", "daten": "data", "logiciel": "software",
    "apprentissage automatique": "machine learning", "aprendizaje automatico":
    "machine learning", "maschinelles lernen": "machine learning",
    "intelligence artificielle": "ai", "inteligencia artificial": "ai",
    "kunstliche intelligenz": "ai",
    "experimente": "senior", "experimentee": "senior", "confirme": "senior",
    "confirmee": "senior", "erfahrener": "senior", "erfahrene": "senior",
    "leitender": "lead", "leitende": "lead", "lider": "lead",
    # Italian and Portuguese
    "sviluppatore": "developer", "sviluppatrice": "developer", "programmatore": "programmer",
    "ingegnere": "engineer", "scienziato": "scientist", "scienziata": "scientist",
    "ricercatore": "researcher", "ricercatrice": "researcher", "architetto": "architect",
    "dati": "data", "intelligenza artificiale": "ai", "apprendimento automatico":
    "machine learning", "desenvolvedor": "developer", "desenvolvedora": "developer",
    "engenheiro": "engineer", "engenheira": "engineer", "cientista": "scientist",
    "pesquisador": "researcher", "dados": "data", "aprendizado de maquina": "machine learning",
    # the middle of Brazil's junior-pleno-senior ladder and of Argentina's junior-semi
    # senior-senior one
    "pleno": "mid", "plena": "mid", "semi senior": "mid", "semisenior": "mid", "ssr": "mid",
}  # fmt: skip
_JOBS = {
    "developer", "programmer", "engineer", "scientist", "researcher", "analyst", "architect",
    "administrator",
}  # fmt: skip
_LINKS = {"de", "des", "du", "en", "d", "von", "fur", "der", "del", "di", "dei", "do", "da"}
_LEVELS = {"senior", "lead", "junior", "principal", "staff", "mid"}
_OR = {"ou", "o", "oder"}
_ENGLISH = {"dev"}  # translated in a marked title, but no sign of another language
_ARTICLES = {"un", "une", "uno", "una", "ein", "eine", "le", "la"}


def english_readings(text: str) -> list[str]:
    """The title read in English, when it has gender marks or non-English job words: the job
    word with its field before it ("data engineer"), then with the rest as a specialty
    ("developer, django"); none when there is nothing to translate."""
    if not _foreign(text):
        return []
    plain = _unmarked(text)
    words = [
        _compound(w) or _WORDS.get(w, _WORDS.get(w.rstrip("s"), w)) for w in _phrases(plain).split()
    ]
    words = " ".join(words).split()
    if " ".join(words) == _plain(text) or not any(w in _JOBS for w in words):
        return []
    levels = [w for w in words if w in _LEVELS]
    rest = [w for w in words if w not in _LEVELS]
    job = next(i for i, w in enumerate(rest) if w in _JOBS)
    before, after = rest[:job], [w for w in rest[job + 1 :] if w not in _LINKS]
    head = [*levels, *before]
    readings = [" ".join([*head, *after, rest[job]]), " ".join([*head, rest[job]])]
    if len(after) > 1:  # "Ingénieur Cloud GCP": qualifiers after the job, the nearest first
        readings.insert(1, " ".join([*head, *reversed(after), rest[job]]))
    if after:
        readings.append(f"{' '.join([*head, rest[job]])}, {' '.join(after)}")
    return list(dict.fromkeys(r for r in readings if r.strip()))


def _foreign(text: str) -> bool:
    """Whether the title has a gender mark, an accented letter or a word of another language:
    an English title ("Dev Tools Engineer") is never translated."""
    # a letter of another alphabet or an accent, never a typographic dash or quote ("–")
    foreign_letter = any(ch.isalpha() and not ch.isascii() for ch in text)
    if foreign_letter or any(
        mark.search(text) for mark in (_GENDER_TAGS, _PAREN_ENDINGS, _DOT_R, _DOT_ENDINGS)
    ):
        return True
    plain = f" {_plain(text)} "
    opener = _OPENERS.match(plain.strip())
    if opener and opener.group(0):  # "un ou une dev web": a person named first
        return True
    if any(_compound(word) for word in plain.split()):
        return True
    return any(f" {word} " in plain for word in _WORDS if word not in _ENGLISH)


# German writes a job's field and its job as one word ("Datenwissenschaftler", "Dateningenieur",
# "Datenbankadministratorin"): the fields and the jobs such words join, as English
_DE_FIELDS = {
    "daten": "data", "datenbank": "database", "software": "software", "system": "systems",
    "systems": "systems", "netzwerk": "network", "ki": "ai", "web": "web", "cloud": "cloud",
    "it": "it", "bi": "bi",
}  # fmt: skip
_DE_JOBS = {
    "wissenschaftler": "scientist", "ingenieur": "engineer", "entwickler": "developer",
    "analyst": "analyst", "architekt": "architect", "administrator": "administrator",
}  # fmt: skip


def _compound(word: str) -> str | None:
    """A German word joining a field and a job, in English ("datenwissenschaftlerin" -> "data
    scientist"); None for any other word."""
    for job, english in _DE_JOBS.items():
        for ending in (job, f"{job}in"):
            field = word.removesuffix(ending)
            if field != word and field in _DE_FIELDS:
                return f"{_DE_FIELDS[field]} {english}"
    return None


def _unmarked(text: str) -> str:
    """The title without gender marks, a person named before it, a pair of its own forms
    ("développeur ou développeuse") and its contract ("en CDD de 3 ans"), in plain letters."""
    out = _GENDER_TAGS.sub(" ", text)
    out = _PAREN_ENDINGS.sub("", _DOT_R.sub(r"\1r", out))
    out = _DOT_ENDINGS.sub("", _DOT_ENDINGS.sub("", out))
    out = _plain(_AMPERSAND.sub(" and ", out))  # "Control & Analytics": two fields joined
    out = _CONTRACTS.sub("", out)
    out = _OPENERS.sub("", out)
    return _one_form(out)


# "&" between words (never inside initials: "R&D")
_AMPERSAND = compiled(r"(?<=\w\w)\s*&\s*(?=\w\w)")


def _one_form(text: str) -> str:
    """ "developpeur ou une developpeuse web" -> "developpeur web", "lead developpeur ou une lead
    developpeuse" -> "lead developpeur": a word's other form after "ou" (or beside it) is
    dropped, with the article and the level word it repeats."""
    words, i = text.split(), 0
    out: list[str] = []
    while i < len(words):
        if words[i] in _OR and out:
            j = i + 1
            while j < len(words) and (words[j] in _ARTICLES or words[j] in out):
                j += 1
            if j < len(words) and any(_same_word(words[j], w) for w in out):
                i = j + 1
                continue
        out.append(words[i])
        i += 1
    return " ".join(w for k, w in enumerate(out) if not (k and _same_word(w, out[k - 1])))


def _same_word(one: str, other: str) -> bool:
    return len(one) >= 5 and len(other) >= 5 and one[:5] == other[:5]


# the multi-word terms, in _WORDS's order, each with its English joined by "_"
_PHRASES = tuple(
    (compiled(rf"\b{phrase}\b"), english.replace(" ", "_"))
    for phrase, english in _WORDS.items()
    if " " in phrase
)


def _phrases(text: str) -> str:
    """Multi-word terms joined before word-by-word translation."""
    for phrase, english in _PHRASES:
        text = phrase.sub(english, text)
    return text.replace("_", " ")


_NOT_WORD = compiled(r"[^a-z0-9+#]+")


def _plain(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(_NOT_WORD.sub(" ", ascii_text.lower()).split())
