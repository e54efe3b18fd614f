"""Sample real job-posting titles from the data_jobs dataset for hand labelling.

    PYTHONPATH=src:. python scripts/make_title_sample.py [SOURCE]

SOURCE is one of datajobs (the default), datajobs24, datajobs24b, datajobsb, datajobs24c,
datajobs24d, datajobs24e, datajobs24f, datajobs24g, datajobs24h, datajobs24i, datajobs24j,
jobbert, jobbertb, jobbertc, jobbertd, jobberte, jobbertf, jobbertg, jobberth, jobberti,
jobbertj, usajobs4, usajobs5, usajobs8 and usajobs9.

Luke Barousse's data_jobs dataset (Apache-2.0), as the author's course repositories ship it, at
the commits and SHA-256 named in tests/corpus/titles/SOURCES.md, in
~/.cache/levelset-corpus/data_jobs (not in this repository): `datajobs` (the default) is the
2023 salaried postings (data_jobs_salary_all.xlsx), `datajobs24` the postings of September to
December 2024 (job_postings_MM-2024.xlsx), `datajobs24b` and `datajobsb` second draws from those
files by other bytes of the hash (`datajobs24c` a third, `datajobs24d` to `j` more;
`f`, `g` and `h` are all tuning). `jobbert` is
the JobBERT evaluation set's vacancy titles (MIT, in ~/.cache/levelset-corpus/jobbert),
`jobbertb` to `jobberti` more draws of them (`jobberti` all tuning). `usajobs4`
(and `usajobs5`, a second draw) is the USAJOBS postings of abigailhaddad/usajobs_historical
(public domain; ~/.cache/levelset-corpus/usajobs, the files and SHA-256 in USAJOBS); `usajobs8`
is the same collection's files of four more departments, read at the older commits whose copies
the snapshot still holds (~/.cache/levelset-corpus/usajobs_more, USAJOBS_MORE), `usajobs9` a
second draw of them. The script
checks each file's SHA-256 and writes NAME_sample.tsv (title, split, the source's own class) to
~/.cache/levelset-corpus/titles. It reads no title with levelset: the sample is drawn and
split before any reading, by SHA-256 of the title alone.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from pathlib import Path

from tests.corpus.market_names import CORPUS

CACHE = Path.home() / ".cache" / "levelset-corpus"
FILES = {
    "datajobs": {
        "data_jobs_salary_all.xlsx": (
            "8cce18c42efea76adc5f895b66450dcb3146b34fa18f7619aa88c6969ea025c5"
        )
    },
    "datajobs24": {
        "job_postings_09-2024.xlsx": (
            "32e8eb1c7fe9d0a15d5dbc113832aa47166b0875be8df9685142aed08d8a4dfa"
        ),
        "job_postings_10-2024.xlsx": (
            "8e84a2302ffd3ac6bb7968e4e05f86204bb7206f47a43ced192ee133ffd88468"
        ),
        "job_postings_11-2024.xlsx": (
            "983590d28450e5a85f2b7cb7f757bba22363599521dd845a68c2b6bf5741462c"
        ),
        "job_postings_12-2024.xlsx": (
            "7aa9733867594d40f13c7d4e1bd1816a920fd35639ab7fc40276fb8092a7956b"
        ),
    },
}
FILES["datajobs24b"] = FILES["datajobs24"]
FILES["datajobsb"] = FILES["datajobs"]
FILES["datajobs24c"] = FILES["datajobs24"]
FILES["datajobs24d"] = FILES["datajobs24"]
FILES["datajobs24e"] = FILES["datajobs24"]
FILES["datajobs24f"] = FILES["datajobs24"]
FILES["datajobs24g"] = FILES["datajobs24"]
FILES["datajobs24h"] = FILES["datajobs24"]
FILES["datajobs24i"] = FILES["datajobs24"]
FILES["datajobs24j"] = FILES["datajobs24"]
JOBBERT = {
    "titles.csv": "8b9e62f4d61c997533f9cfb8010c8808a3b54afea6cfbced23a83703d042e556",
    "titles.test.csv": "05fe0204860547417d6c1f787577c694ba5fcd107735d266797f10eaefc5cd6b",
}
# a title is kept when the first byte (datajobs) or the first two bytes (datajobs24, ten times
# the titles) of its SHA-256 are below its class's threshold: ML and software titles more often
# than the data analysts that fill the files
THRESHOLDS = {
    "Machine Learning Engineer": 40,
    "Software Engineer": 20,
    "Cloud Engineer": 20,
    "Data Scientist": 3,
    "Senior Data Scientist": 3,
    "Data Engineer": 3,
    "Senior Data Engineer": 3,
    "Data Analyst": 2,
    "Senior Data Analyst": 2,
    "Business Analyst": 2,
}
THRESHOLDS_24 = {
    "Machine Learning Engineer": 3072,
    "Software Engineer": 768,
    "Cloud Engineer": 1024,
    "Data Scientist": 256,
    "Senior Data Scientist": 256,
    "Data Engineer": 256,
    "Senior Data Engineer": 256,
    "Data Analyst": 128,
    "Senior Data Analyst": 128,
    "Business Analyst": 128,
}

# the second draw reads bytes 3-4 of the hash, so it is independent of the first (bytes 1-2)
THRESHOLDS_24B = {
    "Machine Learning Engineer": 2048,
    "Software Engineer": 512,
    "Cloud Engineer": 768,
    "Data Scientist": 128,
    "Senior Data Scientist": 128,
    "Data Engineer": 128,
    "Senior Data Engineer": 128,
    "Data Analyst": 64,
    "Senior Data Analyst": 64,
    "Business Analyst": 64,
}
# JobBERT has no class of its own: a title with a word of the tech trades is drawn nine times as
# often as the rest (cooks, clerks, drivers), which stay in to test that none is read as tech
TECH_WORD = re.compile(
    r"\b(engineer|developer|programmer|data|software|it|scientist|machine|ai|cloud|devops|network"
    r"|system|systems|analyst|architect|web|mobile|security|database|technical|tech|qa|test)\b",
    re.IGNORECASE,
)
THRESHOLDS_JOBBERT = {"tech": 1100, "other": 120}
# a second draw of the JobBERT titles, by bytes 3-4 of the hash
THRESHOLDS_JOBBERT_B = {"tech": 800, "other": 80}
# a second draw of the 2023 postings, by bytes 3-4 of the hash like datajobs24b
THRESHOLDS_B = {
    "Machine Learning Engineer": 4096,
    "Software Engineer": 2048,
    "Cloud Engineer": 4096,
    "Data Scientist": 160,
    "Senior Data Scientist": 160,
    "Data Engineer": 160,
    "Senior Data Engineer": 160,
    "Data Analyst": 96,
    "Senior Data Analyst": 96,
    "Business Analyst": 96,
}
# third draws (titles): bytes 5-6 of the hash, independent of the earlier draws' bytes
THRESHOLDS_24C = {
    "Machine Learning Engineer": 1536,
    "Software Engineer": 384,
    "Cloud Engineer": 512,
    "Data Scientist": 96,
    "Senior Data Scientist": 96,
    "Data Engineer": 96,
    "Senior Data Engineer": 96,
    "Data Analyst": 48,
    "Senior Data Analyst": 48,
    "Business Analyst": 48,
}
THRESHOLDS_JOBBERT_C = {"tech": 1000, "other": 60}
# fourth draws (mk-titles): bytes 7-8 of the hash, independent of every earlier draw's bytes
THRESHOLDS_24D = dict(THRESHOLDS_24C)
THRESHOLDS_JOBBERT_D = {"tech": 700, "other": 40}
# fifth draws (mk-titles, second batch): bytes 9-10 of the hash
THRESHOLDS_24E = dict(THRESHOLDS_24C)
THRESHOLDS_JOBBERT_E = {"tech": 700, "other": 40}
# sixth draw (titles, 2026-12-06): bytes 11-12 of the hash
THRESHOLDS_JOBBERT_F = {"tech": 700, "other": 40}
# a sixth draw of the 2024 postings (titles, second session of 2026-12-06): bytes 13-14 of the
# hash, software, ML and cloud titles (those that name a team after a dash or comma) drawn more
# often; all of it tuning (the held-out parts stay as they were)
THRESHOLDS_24F = {
    "Machine Learning Engineer": 2048,
    "Software Engineer": 1024,
    "Cloud Engineer": 1024,
    "Data Scientist": 64,
    "Senior Data Scientist": 64,
    "Data Engineer": 64,
    "Senior Data Engineer": 64,
    "Data Analyst": 24,
    "Senior Data Analyst": 24,
    "Business Analyst": 24,
}
# a seventh draw (mk-titles, fourth session of 2026-12-06): bytes 17-18 of the hash, the sixth
# draw's thresholds; all tuning, drawn because the tuning parts were nearly all read right
THRESHOLDS_24G = dict(THRESHOLDS_24F)
# an eighth, drawn after the seventh's rules to check that they carry: bytes 19-20 of the hash,
# half the seventh's thresholds; all tuning
THRESHOLDS_24H = {kind: n // 2 for kind, n in THRESHOLDS_24F.items()}
TUNING_ONLY = ("datajobs24f", "datajobs24g", "jobberti", "datajobs24h")
# a ninth draw of the 2024 postings (mk-titles, fifth session): bytes 21-22 of the hash, five
# times the sixth draw's thresholds for the ML, software and cloud engineers (job-board forms:
# glued words, ladder codes, teams after a dash or comma), twice for the rest; a third held out
THRESHOLDS_24I = {
    kind: n * 5 if "Engineer" in kind and "Data" not in kind else n * 2
    for kind, n in THRESHOLDS_24F.items()
}
# a seventh JobBERT draw (titles, third session of 2026-12-06): bytes 13-14 of the hash
THRESHOLDS_JOBBERT_G = {"tech": 700, "other": 40}
# an eighth, drawn after the seventh's rules: bytes 15-16 of the hash
THRESHOLDS_JOBBERT_H = {"tech": 700, "other": 40}
# a ninth, all tuning, drawn with datajobs24g: bytes 17-18 of the hash
THRESHOLDS_JOBBERT_I = {"tech": 500, "other": 30}
# a tenth, drawn with datajobs24i: bytes 21-22 of the hash; a third held out, set aside unread
# (labelled later, blind, as heldout_jobbertj and heldout_datajobs24i: mk-fresh)
THRESHOLDS_JOBBERT_J = {"tech": 1400, "other": 60}
# a tenth draw of the 2024 postings (mk-titles, sixth session): bytes 23-24 of the hash, the
# ninth draw's thresholds, a third held out
THRESHOLDS_24J = dict(THRESHOLDS_24I)
# USAJOBS: the raw_jobs files of abigailhaddad/usajobs_historical at 94a310f (MIT; the postings
# are public domain) that the snapshot holds (the departments' files of 4 MiB or more are not)
USAJOBS = {
    "jobs_court_services_and_offender_supervision_agency_for_dc.json": (
        "46ad1a79d1067b28167263fb0bec4a0020f554a653ab962b1f2a7105407167f3"
    ),
    "jobs_department_of_commerce.json": (
        "362e429b8a06ed62f250ce955ac458084ebcb57f8bf4eb0fbc38cfb851478581"
    ),
    "jobs_department_of_education.json": (
        "c276de3b56caed943fde5577de98a44cbbeaeffadcd32d8542e47a979e0caf9d"
    ),
    "jobs_department_of_energy.json": (
        "19cca2fe6abc6a40c526b5a280073ba9113d5d2e837828233862e279fbd9a37a"
    ),
    "jobs_department_of_housing_and_urban_development.json": (
        "56ade564adc9058cb62c1b955aea986c2195ee6390401ff933e36e3aedd2bf82"
    ),
    "jobs_department_of_labor.json": (
        "0c6294436e9a42d2c1635dfbef072f2d0aece3c30b00395fd78b10c1c3288bd3"
    ),
    "jobs_department_of_state.json": (
        "131f8a0c9f0be00a9df920a9474a4c726184a8017824faa957d20dafb446e683"
    ),
    "jobs_executive_office_of_the_president.json": (
        "134a13d5afcf63fb792a6e223161f1d2468983f1b98916e78d1e80bce4151f5d"
    ),
    "jobs_general_services_administration.json": (
        "2e6a9a481c45bc2afd59c38b614ab6f1f7f56248a6c17907ba549a5cb3822d6e"
    ),
    "jobs_judicial_branch.json": (
        "c07f3e4173b84dce85c4ba4a6bb87b19fcd68090fd7509cc73c2e8491b448525"
    ),
    "jobs_legislative_branch.json": (
        "9e5454ef399f6a51198d64e2ad444439ca16728fe7a8c56caae447b43a09edc4"
    ),
    "jobs_national_aeronautics_and_space_administration.json": (
        "72cbc7e22d42adc324edc5f30a2ae997d78f7ccbdc8ffde855bd01b63bd13d1c"
    ),
    "jobs_national_foundation_on_the_arts_and_the_humanities.json": (
        "33ef04c0fe3f51867e34042b07b791cfbe00bd042d0f550476f3812c38796794"
    ),
    "jobs_unknown.json": ("f314dd1239014ec160649b60c6f8aca766f6d9574a4c00e455137d7c70f93f22"),
}
# the departments' files the snapshot lacks, at the newest commit of the same repository whose
# copy it holds (commit, SHA-256); their postings were never drawn before (usajobs8)
USAJOBS_MORE = {
    "jobs_department_of_the_treasury.json": (
        "d04c0effe7c24e398a14fb9bdf7fdca8433fc9f7",
        "f5c79446d5df5af9b1122a99088a54843e8ae009db3137537fb1f8322f7424ac",
    ),
    "jobs_department_of_agriculture.json": (
        "41ad2dcc946e1520cb918446c736395bc0db8c29",
        "f6e309de3d30580ea71798c83fea013e244ee5f1bd2d5faef37c7a2da3b31b18",
    ),
    "jobs_department_of_transportation.json": (
        "5641119284b10481371dd0189ff978b48a3903c6",
        "851b22f2e2ea38ca411ede690cf10d44d31c7bf7670a897b023c119780d705db",
    ),
    "jobs_department_of_health_and_human_services.json": (
        "7df6cfa3ec0468f82c2ab1a91aa7796c2d48fdfc",
        "eaa10237b9f46629d77f3b744864f2324c3e7430504eab6571932c035441f95a",
    ),
}
# usajobs8 keeps a title whose fifth byte of the hash is under this
THRESHOLD_USAJOBS8 = 40
# usajobs9, drawn after usajobs8's rules, keeps a title whose sixth byte of the hash is under this
THRESHOLD_USAJOBS9 = 40
USAJOBS_SERIES = ("2210", "1550", "1560", "0854", "1515")
# the first draw (usajobs2) took every title whose hash opens with a byte under 48; this one
# takes those whose second byte is under 56
THRESHOLD_USAJOBS4 = 56
# the third (usajobs5) takes those whose third byte is under 40
THRESHOLD_USAJOBS5 = 40
# a third of each new draw is held out (the last byte of the hash modulo 3 is 0)
THIRDS = (
    "datajobs24b",
    "jobbert",
    "datajobsb",
    "jobbertb",
    "datajobs24c",
    "jobbertc",
    "usajobs4",
    "datajobs24d",
    "jobbertd",
    "usajobs5",
    "datajobs24e",
    "jobberte",
    "jobbertf",
    "jobbertg",
    "usajobs8",
    "jobberth",
    "usajobs9",
    "datajobs24i",
    "jobbertj",
    "datajobs24j",
)


# the corpus files each source's sample was drawn after: its own and later ones left out, so
# the sample is drawn again the same
NEW = ("datajobs24b", "jobbert", "datajobsb")
THIRD = ("datajobs24c", "jobbertc", "usajobs4")  # drawn together, none left out for another
FOURTH = ("datajobs24d", "jobbertd", "usajobs5")  # drawn together (mk-titles)
FIFTH = ("datajobs24e", "jobberte")  # drawn together after the fourth draws' rules
SIXTH = ("jobbertf",)  # drawn after the fifth draws' rules (titles)
SEVENTH = ("datajobs24f",)  # tuning only, drawn after the sixth draws' rules
EIGHTH = ("jobbertg", "usajobs8")  # drawn together (titles, third session)
NINTH = ("jobberth", "usajobs9")  # drawn together after the eighth draws' rules
TENTH = ("datajobs24g", "jobberti")  # drawn together, all tuning (mk-titles, fourth session)
ELEVENTH = ("datajobs24h",)  # drawn after the tenth draws' rules, all tuning
TWELFTH = ("datajobs24i", "jobbertj")  # drawn together (mk-titles, fifth session)
# a tenth draw of the 2024 postings (mk-titles, sixth session): bytes 23-24 of the hash, the
# ninth draw's thresholds; a third held out, labelled by hand before any row was run
THIRTEENTH = ("datajobs24j",)
# the draws in the order they were made: a draw leaves out every corpus file but its own group's
# and the later groups' (a group was drawn together, none left out for another), so each sample
# is drawn again the same. datajobs24b and jobbert came before datajobsb, which came before
# jobbertb. (A hand-written list per draw left datajobs24h out of three of them.)
ORDER = (
    ("datajobs",),
    ("datajobs24",),
    ("datajobs24b", "jobbert"),
    ("datajobsb",),
    ("jobbertb",),
    THIRD,
    FOURTH,
    FIFTH,
    SIXTH,
    SEVENTH,
    EIGHTH,
    NINTH,
    TENTH,
    ELEVENTH,
    TWELFTH,
    THIRTEENTH,
)
LATER = {
    name: tuple(later for group in ORDER[at:] for later in group)
    for at, names in enumerate(ORDER)
    for name in names
}


def known_titles(name: str) -> set[str]:
    """Every title already in the corpus when the source was sampled, case folded and spaces
    collapsed."""
    found: set[str] = set()
    for path in (CORPUS / "titles").glob("*.tsv"):
        if path.stem.split("_", 1)[-1] in LATER[name]:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                found.add(_key(line.split("\t")[0]))
    return found


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


def postings(path: Path, sha256: str) -> list[tuple[str, str]]:
    """(title as written, spaces collapsed; the source's class) of every row, in file order."""
    import openpyxl

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        sys.exit(f"{path}: SHA-256 {digest} is not the one SOURCES.md names")
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows)
    short, full = header.index("job_title_short"), header.index("job_title")
    return [(" ".join(str(r[full]).split()), str(r[short])) for r in rows if r[full]]


def sample(rows: list[tuple[str, str]], known: set[str], name: str) -> list[tuple[str, str, str]]:
    """(title, split, class): the first spelling of each title (case folded), titles cut short
    by the source ("...") and titles already in the corpus left out, kept by bytes of SHA-256 of
    the title against its class's threshold, split by the hash's last byte (its lowest bit for
    the first draws, 0 tuning and 1 held out; a third held out for the newer ones)."""
    seen: set[str] = set()
    out = []
    for title, kind in rows:
        key = _key(title)
        if key in seen or key in known or title.endswith(("...", "…")):
            continue
        seen.add(key)
        digest = hashlib.sha256(title.encode("utf-8")).digest()
        if _drawn(digest, name) < _threshold(name, kind):
            held = digest[-1] % 3 == 0 if name in THIRDS else digest[-1] & 1
            held = held and name not in TUNING_ONLY
            out.append((title, "heldout" if held else "tuning", kind))
    return out


def _drawn(digest: bytes, name: str) -> int:
    if name == "datajobs":
        return digest[0]
    if name == "usajobs4":
        return digest[1]
    if name == "usajobs5":
        return digest[2]
    if name in ("datajobs24d", "jobbertd"):
        return int.from_bytes(digest[6:8])
    if name in ("datajobs24e", "jobberte"):
        return int.from_bytes(digest[8:10])
    if name == "jobbertf":
        return int.from_bytes(digest[10:12])
    if name in ("datajobs24f", "jobbertg"):
        return int.from_bytes(digest[12:14])
    if name == "usajobs8":
        return digest[4]
    if name == "usajobs9":
        return digest[5]
    if name == "jobberth":
        return int.from_bytes(digest[14:16])
    if name in ("datajobs24g", "jobberti"):
        return int.from_bytes(digest[16:18])
    if name == "datajobs24h":
        return int.from_bytes(digest[18:20])
    if name in ("datajobs24i", "jobbertj"):
        return int.from_bytes(digest[20:22])
    if name == "datajobs24j":
        return int.from_bytes(digest[22:24])
    if name in ("datajobs24c", "jobbertc"):
        return int.from_bytes(digest[4:6])
    later = ("datajobs24b", "datajobsb", "jobbertb")
    return int.from_bytes(digest[2:4] if name in later else digest[:2])


def _threshold(name: str, kind: str) -> int:
    table = {
        "datajobs": THRESHOLDS,
        "datajobs24": THRESHOLDS_24,
        "datajobs24b": THRESHOLDS_24B,
        "jobbert": THRESHOLDS_JOBBERT,
        "datajobsb": THRESHOLDS_B,
        "jobbertb": THRESHOLDS_JOBBERT_B,
        "datajobs24c": THRESHOLDS_24C,
        "jobbertc": THRESHOLDS_JOBBERT_C,
        "usajobs4": {"series": THRESHOLD_USAJOBS4},
        "datajobs24d": THRESHOLDS_24D,
        "jobbertd": THRESHOLDS_JOBBERT_D,
        "datajobs24e": THRESHOLDS_24E,
        "jobberte": THRESHOLDS_JOBBERT_E,
        "jobbertf": THRESHOLDS_JOBBERT_F,
        "datajobs24f": THRESHOLDS_24F,
        "usajobs5": {"series": THRESHOLD_USAJOBS5},
        "jobbertg": THRESHOLDS_JOBBERT_G,
        "usajobs8": {"series": THRESHOLD_USAJOBS8},
        "jobberth": THRESHOLDS_JOBBERT_H,
        "usajobs9": {"series": THRESHOLD_USAJOBS9},
        "datajobs24g": THRESHOLDS_24G,
        "jobberti": THRESHOLDS_JOBBERT_I,
        "datajobs24h": THRESHOLDS_24H,
        "datajobs24i": THRESHOLDS_24I,
        "jobbertj": THRESHOLDS_JOBBERT_J,
        "datajobs24j": THRESHOLDS_24J,
    }[name]
    return table.get(kind, 0)


def vacancies(folder: Path) -> list[tuple[str, str]]:
    """(title as written, spaces collapsed; tech or other) of every JobBERT vacancy, in order."""
    found = []
    for file, sha256 in JOBBERT.items():
        path = folder / file
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha256:
            sys.exit(f"{path}: SHA-256 {digest} is not the one SOURCES.md names")
        with path.open(encoding="utf-8", newline="") as handle:
            for row in list(csv.reader(handle))[1:]:
                title = " ".join(row[1].split())
                if title:
                    found.append((title, "tech" if TECH_WORD.search(title) else "other"))
    return found


def announcements(folder: Path, files: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(title as written, spaces collapsed; "series") of every USAJOBS posting of the IT, computer
    science, data science, computer engineering or computer clerk series, files in name order."""
    import json

    found = []
    for file, sha256 in sorted((files or USAJOBS).items()):
        path = folder / file
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha256:
            sys.exit(f"{path}: SHA-256 {digest} is not the one SOURCES.md names")
        for job in json.loads(path.read_text(encoding="utf-8")):
            series = job.get("occupation_series") or []
            if any(code[:4] in USAJOBS_SERIES for code in series):
                found.append((" ".join(job["position_title"].split()), "series"))
    return found


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "datajobs"
    jobbert = (
        "jobbert",
        "jobbertb",
        "jobbertc",
        "jobbertd",
        "jobberte",
        "jobbertf",
        "jobbertg",
        "jobberth",
        "jobberti",
        "jobbertj",
    )
    others = (*jobbert, "usajobs4", "usajobs5", "usajobs8", "usajobs9")
    if name not in (*FILES, *others):
        sys.exit(f"no source {name!r}: one of {', '.join((*FILES, *others))}")
    if name in ("usajobs8", "usajobs9"):
        more = {file: sha256 for file, (_, sha256) in USAJOBS_MORE.items()}
        found = announcements(CACHE / "usajobs_more", more)
    elif name.startswith("usajobs"):
        found = announcements(CACHE / "usajobs")
    elif name.startswith("jobbert"):
        found = vacancies(CACHE / "jobbert")
    else:
        found = [
            row
            for file, sha256 in FILES[name].items()
            for row in postings(CACHE / "data_jobs" / file, sha256)
        ]
    rows = sample(found, known_titles(name), name)
    out = CACHE / "titles" / f"{name}_sample.tsv"
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# title\tsplit\tthe source's class (job_title_short; jobbert: tech or other)"]
    lines += ["\t".join(r) for r in sorted(rows, key=lambda r: (r[1], r[2], r[0]))]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tuning = sum(r[1] == "tuning" for r in rows)
    print(f"{out}: {tuning} tuning, {len(rows) - tuning} held out")


if __name__ == "__main__":
    main()
