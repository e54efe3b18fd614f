"""A title read among O*NET's titles when the curated map has no reading: as written or with
"IT" spelled out, as a federal job, by a posting's parts, or with qualifying words set aside."""

from __future__ import annotations

from levelset.market.onet_titles import match_onet
from levelset.market.roles import TEACHING, Fetcher, RoleMatch, match_curated, read_as
from levelset.market.trade_guards import bare_job_of_tech as _bare_job_of_tech
from levelset.market.trade_guards import department_job
from levelset.market.trade_guards import other_engineering as _other_engineering


def onet_role(text: str, store: Fetcher) -> RoleMatch:
    """O*NET: the title as written, then with "IT" spelled out (_reading); else the closest
    spelling (match_onet), which refuses with suggestions."""
    from levelset.market.title_parts import posting_tails
    from levelset.market.title_tech import ending_reading

    found = _reading(text, store) or _it_generic(text, store) or ending_reading(text, store)
    if found is not None:
        return found
    # a close spelling of the title without the board's words ("Data Modeller Role")
    plain = next(iter([*_board_plain(text), *posting_tails(text)]), None)
    return match_onet(text, store, plain=plain)


def _it_generic(text: str, store: Fetcher) -> RoleMatch | None:
    """An IT job read nowhere else by its generic job word ("IT Asset Management Specialist"
    is an IT specialist), its level words kept ("IT Customer Solutions Intern")."""

    from levelset.market.federal_titles import it_generic_job
    from levelset.market.onet_titles import exact_onet
    from levelset.market.title_clean import clean_title

    job = it_generic_job(text)
    found = exact_onet(job, store) if job else None
    if found is None:
        return None
    why = f"{found.why} (read from {text!r}: an IT job named by its job word)"
    return read_as(found, text, why, clean_title(text).level_words)


def _reading(text: str, store: Fetcher) -> RoleMatch | None:
    """The title as written, then with "IT" spelled out: a federal reading (_federal), else
    O*NET's (_onet_reading)."""
    from dataclasses import replace

    from levelset.market.federal_titles import spelled_out

    for reading in [text, *spelled_out(text)]:
        found = _federal(reading, store) or _onet_reading(reading, store)
        if found is not None and reading != text:
            why = f"{found.why} (read with IT spelled out: {reading!r})"
            return replace(found, text=text, why=why)
        if found is not None:
            return found
    return None


def _federal(text: str, store: Fetcher) -> RoleMatch | None:
    """A supervisory computer job (an IT manager), or an IT specialist by OPM's code."""

    from levelset.market.federal_titles import specialty_job, supervised
    from levelset.market.onet_titles import exact_onet

    found = supervised(text, store, _reading)
    if found is not None:
        return found
    job = specialty_job(text)
    found = exact_onet(job, store) if job else None
    if found is not None:
        from levelset.market.title_clean import clean_title

        why = f"{found.why} (read from {text!r}: {job!r} is OPM's specialty in brackets)"
        # the title's own level words: "Senior IT Specialist (...)"
        return read_as(found, text, why, clean_title(text).level_words)
    return None


def _onet_reading(text: str, store: Fetcher) -> RoleMatch | None:
    """O*NET: the title exactly; else a posting's title without its office, grade or remark,
    its opening job ("Executive Assistant - ..."), one of the jobs a slash lists, or the known
    title that opens it ("Security Engineer Technical Expert"); else the title without one
    qualifying word, or the computer job that ends it, when that lands in a computer occupation
    ("Security Compliance Architect", "Hearings Operation IT Specialist"); None otherwise."""
    from dataclasses import replace

    from levelset.market.onet_titles import exact_onet
    from levelset.market.title_clean import clean_title
    from levelset.market.title_language import english_readings
    from levelset.market.title_parts import (
        leading_titles,
        opening_title,
        posting_tails,
        slash_jobs,
        specialty_head,
        title_endings,
    )
    from levelset.market.title_qualifiers import without_one_word, without_two_words
    from levelset.market.title_tools import as_database_job
    from levelset.market.title_words import as_engineer, without_field
    from levelset.market.trade_guards import first_field_job, first_field_of_trade

    found = exact_onet(text, store)
    if found is not None:
        return found
    for reading in english_readings(text):  # "Analista de Datos" is O*NET's data analyst
        found = exact_onet(reading, store)
        if found is not None:
            why = f"{found.why} (read from {text!r} in English as {reading!r})"
            return replace(found, text=text, why=why)
    # "Recruiter - Machine Learning Engineering": the job, never the department after it
    department = department_job(text)
    openings = [
        *opening_title(text),
        *_specialty_opening(text),
        *_after_opening(text, posting_tails(text)),
        *slash_jobs(text),
        *leading_titles(text),
    ]
    for part in [department] if department else openings:
        if not clean_title(part).core or TEACHING & set(clean_title(text).core.split()):
            continue  # "IT Support - Intern": a level alone after the job is no job
        found = match_curated(part) or exact_onet(part, store)
        if found is not None and _other_engineering(text, part):
            continue
        if found is not None and not _bare_job_of_tech(text, part, found):
            why = f"{found.why} (read from {text!r} as {part!r}: office, grade or remark set aside)"
            return replace(found, text=text, why=why, level_hint=_level_after(found, text, part))
    if department:  # a job the title names in a department, read above or not
        return None
    found = _operations_research(text, store)
    if found is not None:
        return found
    readings = [text, *posting_tails(text), *opening_title(text), *_board_plain(text)]
    readings += _specialty_opening(text)  # "Research Computer Engineer, AST, Data Systems"
    readings += english_readings(text)  # "Cloud IT support engineer F/H" without its mark
    for reading in _opening_job(text) or readings:
        clean = clean_title(reading)
        if TEACHING & set(clean.core.split()):
            continue  # "Assistant Professor Data Science" is no data scientist
        if first_field_of_trade(clean.core.split()):  # "Mechanical and Data Engineer"
            return first_field_job(text, clean.core, store)
        # a job that ends the title, never one in a remark in brackets ("... Lead (IT Specialist)")
        endings = title_endings(clean.core) if "(" not in reading else []
        aside = [*without_one_word(clean.core), *endings, *_support_job(clean.core)]
        for part in [*aside, *without_two_words(clean.core)]:
            found = match_curated(part) or exact_onet(part, store)
            if found is not None and _other_engineering(clean.core, part):
                continue  # "Oil Platform Engineer" works on an oil platform
            if part == "product engineer" and clean.core != part:
                continue  # "Test Product Engineer", "Product Implementation Engineer": no SWE
            if part.endswith((" specialist", " expert")) and found and found.key == _PLATFORM:
                continue  # "Cloud Adoption Specialist" advises; only a "Cloud Specialist" builds
            if "operations research" in clean.core and "operations" not in part:
                continue  # "Operations Research Scientist": a field of its own, no ML research
            if found is not None and _science_work_set_aside(clean.core, part):
                continue  # "Clinical Data Monitoring Scientist" monitors a trial's data
            if found is not None and _head_set_aside(clean.full, part):
                continue  # "Director, Clinical Data Science" does no data science
            # a guess is taken only inside the computer occupations: "Research Operations
            # Coordinator" is no "Research Coordinator" (natural sciences managers)
            if found is not None and found.socs[0].soc.startswith("15-"):
                why = f"{found.why} (read from {text!r} as {part!r}: qualifying words set aside)"
                # "Mobile App Developer - Intern": a level after the job read is the job's
                return read_as(found, text, why, clean.level_words or clean_title(text).level_words)
    for part in as_engineer(text):
        found = exact_onet(part, store)
        if found is not None and found.socs[0].soc.startswith("15-"):
            why = f"{found.why} (read from {text!r} as {part!r}: a developer of that job)"
            return read_as(found, text, why, clean_title(text).level_words)
    from levelset.market.title_it_fields import it_field_role
    from levelset.market.title_leads import function_manager

    clean = clean_title(text)
    found = it_field_role(text, store) or function_manager(text, clean, store)
    if found is not None:
        return found
    stores = [clean.core, *(clean_title(t).core for t in posting_tails(text))]
    for part in [job for core in stores for job in as_database_job(core)]:
        found = exact_onet(part, store)
        if found is not None:  # "Elasticsearch Administrator": a database administrator
            why = f"{found.why} (read from {text!r} as {part!r}: a data store's or tool's job)"
            return read_as(found, text, why, clean.level_words)
    from levelset.market.title_tech import tech_reading

    # "AI Product Lead": its "lead" is the job's ("product lead"), not a level
    led = without_field(f"{clean.core} lead") if "lead" in clean.level_words else []
    for part in [*specialty_head(text), *without_field(clean.core), *led]:
        # a tech reading before O*NET's: "AI Program Manager" is tech's program manager
        found = match_curated(part) or tech_reading(part, store) or exact_onet(part, store)
        if found is not None and (
            _bare_job_of_tech(text, part, found) or _other_engineering(text, part)
        ):
            continue
        if found is not None:  # "AI Product Manager", "Product Manager, AI": a product manager
            why = f"{found.why} (read from {text!r} as {part!r}: its field set aside)"
            levels = clean.level_words if part not in led else _less_lead(clean.level_words)
            return read_as(found, text, why, levels)
    from levelset.market.title_products import product_developer

    return product_developer(text, store)


_PLATFORM = "platform_engineer"


def _operations_research(text: str, store: Fetcher) -> RoleMatch | None:
    """The engineer, scientist or specialist of operations research ("Operations Research
    Scientist") is O*NET's operations research analyst (15-2031), at the title's level words:
    the field optimises operations, no ML research."""
    from levelset.market.onet_titles import exact_onet
    from levelset.market.title_clean import clean_title
    from levelset.market.title_words import JOB_NOUNS

    clean = clean_title(text)
    words = clean.core.split()
    if words[:2] != ["operations", "research"] or words[-1:][0] not in JOB_NOUNS:
        return None
    found = exact_onet("operations research analyst", store)
    if found is None:
        return None
    why = f"{found.why} (read from {text!r}: a job of operations research)"
    return read_as(found, text, why, clean.level_words)


def _head_set_aside(core: str, part: str) -> bool:
    """Whether reading `part` for a title sets aside the rank of its head: a director, head or
    VP of a field is never the field's own job."""
    return bool((set(core.split()) - set(part.split())) & _HEAD_RANKS)


_HEAD_RANKS = frozenset(("director", "head", "vp", "chief", "president"))


def _less_lead(levels: tuple[str, ...]) -> tuple[str, ...]:
    """A title's level words less the "lead" its job's name holds."""
    return tuple(w for w in levels if w != "lead")


def _after_opening(text: str, tails: list[str]) -> list[str]:
    """The readings of a posting's title, only those that keep its opening when it opens with
    a job ("Senior Content Developer - Data Science" is no data scientist)."""
    head = _opening_job(text)
    return [t for t in tails if t.startswith(head[0])] if head else tails


def _specialty_opening(text: str) -> list[str]:
    """The job before a specialty's separator, when the title reads whole nowhere: "Senior IT
    Analyst-CMDB Administrator" is an IT analyst."""
    from levelset.market.title_specialty import SEPARATOR

    cut = SEPARATOR.search(text)
    head = text[: cut.start()].strip() if cut else ""
    return [head] if len(head.split()) >= 2 else []


def _support_job(core: str) -> list[str]:
    """ "technical support specialist", "support specialist" for "IT Technical Support": a
    support desk named without its job word is its specialist (a guess, taken only in the
    computer occupations like the others)."""
    from levelset.market.title_parts import title_endings

    words = core.split()
    if set(words) & _SERVED:
        return []
    if words[-2:] == ["support", "analyst"] and set(words[:-2]) & _SOFTWARE_SUPPORTED:
        return ["technical support analyst"]  # "Application Support Analyst", "Production ..."
    if words[-1:] not in (["support"], ["helpdesk"], ["desk"]):
        return []
    named = f"{core} specialist"
    return [named, *title_endings(named)]


# what a support analyst of software supports: its applications, systems or production runs
_SOFTWARE_SUPPORTED = frozenset((
    "application", "applications", "app", "production", "software", "system", "systems", "it",
    "information", "erp", "sap", "platform",
))  # fmt: skip


# people a support desk serves outside tech: "Customer Support" is customer service
_SERVED = frozenset(("customer", "customers", "client", "clients", "member", "guest", "sales"))


def _opening_job(text: str) -> list[str]:
    """The job a posting's title opens with, alone, when its opening ends in a job word."""
    from levelset.market.title_parts import opening_title
    from levelset.market.title_words import JOB_NOUNS

    head = opening_title(text)
    return head if head and head[0].split()[-1].lower() in JOB_NOUNS else []


def _board_plain(text: str) -> list[str]:
    """The title without a job board's additions ("Data Platform Architect for ... Market")."""
    from levelset.market.title_noise import without_board_noise

    plain = without_board_noise(text)
    return [plain] if plain else []


def _level_after(found: RoleMatch, text: str, part: str) -> str | None:
    """The level a title states right after the job it opens with ("Data Scientist Standard
    II"), or before the job read when that comes later ("Senior ML/NLP Researcher"), when the
    job read has none of its own."""
    from levelset.market.title_clean import clean_title
    from levelset.market.title_levels import named_level

    at = text.find(part)
    if found.level_hint or at < 0:
        return found.level_hint
    if at > 0:  # "Senior ML/NLP Researcher": the level before a listed job is the job's
        return " ".join(clean_title(text).level_words) or None
    rest = clean_title(text[len(part) :]).full.split()
    level = next((w for w in rest[:2] if w in _GRADE_LEVELS), None)
    # a level named as one anywhere after the job ("... Developer-Bilingual Mid level-Canada")
    level = level or named_level(rest)
    # never a rank of a head that follows ("Data Engineer Lead Manager")
    return level if level and not set(rest[:3]) & _HEAD_WORDS else None


_HEAD_WORDS = frozenset(("manager", "director", "head", "vp", "chief"))


# the levels a posting writes after its job: a grade ("Standard II", "Analyst III") or a level
# word after a tool or before a remark ("Data Engineer Python Senior", "Data Scientist Lead/ W2")
_GRADE_LEVELS = frozenset((
    "i", "ii", "iii", "iv", "v", "senior", "sr", "snr", "junior", "jr", "lead", "staff",
    "principal", "intern",
))  # fmt: skip


def _science_work_set_aside(core: str, part: str) -> bool:
    """Whether a scientist was read by setting aside a word of a title of a health or lab
    science: the word says that trade's work ("Clinical Data Monitoring Scientist" is no data
    scientist, while "Clinical Data Scientist" is one)."""
    from levelset.market.title_words import _OTHER_SCIENCES

    words = core.split()
    found = "scientist" in part.split()
    return part != core and found and bool(_OTHER_SCIENCES & set(words))
