"""The sources of scripts/make_title_sample.py: where each lies, its files' SHA-256, and the
reading of its titles (data_jobs postings, JobBERT vacancies, USAJOBS announcements); see
make_title_sample.py's head for what each source is."""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from pathlib import Path

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
FILES["datajobs24k"] = FILES["datajobs24"]
FILES["datajobs24l"] = FILES["datajobs24"]
FILES["datajobs24m"] = FILES["datajobs24"]
FILES["datajobs24n"] = FILES["datajobs24"]
FILES["datajobs24o"] = FILES["datajobs24"]
JOBBERT = {
    "titles.csv": "8b9e62f4d61c997533f9cfb8010c8808a3b54afea6cfbced23a83703d042e556",
    "titles.test.csv": "05fe0204860547417d6c1f787577c694ba5fcd107735d266797f10eaefc5cd6b",
}
# a JobBERT title's class: tech when it has a word of the tech trades, else other
TECH_WORD = re.compile(
    r"\b(engineer|developer|programmer|data|software|it|scientist|machine|ai|cloud|devops|network"
    r"|system|systems|analyst|architect|web|mobile|security|database|technical|tech|qa|test)\b",
    re.IGNORECASE,
)
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
USAJOBS_SERIES = ("2210", "1550", "1560", "0854", "1515")
# company job boards (Greenhouse, Ashby, Lever, Workable) of sixteen AI companies as
# stapply-ai/jobs (MIT) collected them: job-map/public/jobs_minimal.csv at commit d018251
BOARDS = {"jobs_minimal.csv": "2e0b5f167afa984420d051ff90e912ee6769c9805ee12179674fd70145f14d96"}


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


def board_titles(folder: Path) -> list[tuple[str, str]]:
    """(title as written, spaces collapsed; tech or other) of every company-board posting of
    stapply-ai/jobs' job map, in file order."""
    found = []
    for file, sha256 in BOARDS.items():
        path = folder / file
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != sha256:
            sys.exit(f"{path}: SHA-256 {digest} is not the one SOURCES.md names")
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                title = " ".join(row["title"].split())
                if title:
                    found.append((title, "tech" if TECH_WORD.search(title) else "other"))
    return found
