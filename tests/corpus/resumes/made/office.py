"""Writes files/office/*.docx: ten résumés written for the corpus, each laid out the way
people lay out a résumé in an office suite (tables with the dates in a right cell, tab-aligned
dates, "Company — City" lines, the title above or below its company, "Title | Company | dates"
on one line, bullets typed as "•", "-" or "–", numbered lists, prose paragraphs, skills grids,
a sidebar table, every section in a Word content control, a sidebar in a text box, a functional
résumé with the name in the page header), with dated
lines that are no jobs (education, projects, certificates, talks, volunteering). Each is then
printed to PDF by LibreOffice Writer (files/office-pdf/*.pdf):

    python tests/corpus/resumes/made/office.py
    cd tests/corpus/resumes/files/office && soffice --headless --convert-to pdf \
        --outdir ../office-pdf NAME.docx

The people, companies' work and numbers are made up for this corpus.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt

OUT = Path(__file__).resolve().parents[1] / "files" / "office"
RIGHT = Inches(6.5)


@dataclass(frozen=True)
class Job:
    company: str
    city: str
    title: str
    dates: str
    bullets: list[str] = field(default_factory=list)


def _tabbed(
    document: Document, left: str, right: str, bold: bool = True, stop: object = RIGHT
) -> None:
    line = document.add_paragraph()
    line.paragraph_format.tab_stops.add_tab_stop(stop, WD_TAB_ALIGNMENT.RIGHT)
    line.add_run(left).bold = bold
    line.add_run(f"\t{right}")


def _heading(document: Document, text: str, caps: bool = True) -> None:
    run = document.add_paragraph().add_run(text.upper() if caps else text)
    run.bold, run.font.size = True, Pt(12)


def _borderless(document: Document, rows: int, cols: int) -> object:
    table = document.add_table(rows=rows, cols=cols)
    table.autofit = True
    return table


# 1. A table per job: company and title on the left, place and dates in the right cell.
def table_right(document: Document) -> None:
    document.add_heading("Ingrid Solberg", level=0)
    document.add_paragraph("Machine Learning Engineer · Oslo, Norway · ingrid.s@example.no")
    _heading(document, "Summary")
    document.add_paragraph(
        "ML engineer with seven years in recommendation and search, most of it shipping "
        "ranking models to tens of millions of users."
    )
    _heading(document, "Work Experience")
    jobs = [
        Job(
            "Schibsted",
            "Oslo, Norway",
            "Senior Machine Learning Engineer",
            "Aug 2021 – Present",
            [
                "Rebuilt the classifieds recommender on two-tower retrieval; +9% replies.",
                "Mentor three engineers and run the team's model review.",
            ],
        ),
        Job(
            "Cognite",
            "Lysaker, Norway",
            "Machine Learning Engineer",
            "Jan 2019 – Jul 2021",
            ["Forecast pump failures from sensor data for four offshore operators."],
        ),
        Job(
            "DNB",
            "Oslo, Norway",
            "Data Scientist",
            "Sep 2017 – Dec 2018",
            ["Scored card transactions for fraud; cut false alarms by a fifth."],
        ),
    ]
    for job in jobs:
        table = _borderless(document, 2, 2)
        table.cell(0, 0).text, table.cell(0, 1).text = job.company, job.city
        table.cell(1, 0).text, table.cell(1, 1).text = job.title, job.dates
        table.cell(0, 0).paragraphs[0].runs[0].bold = True
        for bullet in job.bullets:
            document.add_paragraph(f"• {bullet}")
    _heading(document, "Education")
    table = _borderless(document, 1, 2)
    table.cell(0, 0).text = "M.Sc. Informatics, University of Oslo"
    table.cell(0, 1).text = "2015 – 2017"
    _heading(document, "Certifications")
    _tabbed(document, "AWS Certified Machine Learning – Specialty", "Mar 2022", bold=False)
    _heading(document, "Skills")
    grid = _borderless(document, 2, 3)
    for cell, text in zip(
        [c for row in grid.rows for c in row.cells],
        ["Python", "PyTorch", "Spark", "SQL", "Kubernetes", "Airflow"],
        strict=True,
    ):
        cell.text = text


# 2. "Company — City" with the dates pushed right by a tab; the title on the line below.
def tab_dates(document: Document) -> None:
    document.add_heading("Tomás Ferreira", level=0)
    document.add_paragraph("Lisbon | tomas.ferreira@example.pt | github.com/tferreira")
    document.add_heading("Professional Experience", level=1)
    jobs = [
        Job(
            "Feedzai",
            "Lisbon",
            "Staff Machine Learning Engineer",
            "March 2022 – Present",
            [
                "Own the feature store that serves 4 billion transactions a year.",
                "Led the move from batch to streaming features with a team of six.",
            ],
        ),
        Job(
            "Talkdesk",
            "Porto",
            "Senior Software Engineer, ML Platform",
            "June 2019 – February 2022",
            ["Built the model-serving layer behind real-time call transcription."],
        ),
        Job(
            "Unbabel",
            "Lisbon",
            "Software Engineer",
            "October 2016 – May 2019",
            ["Maintained the translation quality estimation pipeline."],
        ),
    ]
    for job in jobs:
        _tabbed(document, f"{job.company} — {job.city}", job.dates)
        document.add_paragraph().add_run(job.title).italic = True
        for bullet in job.bullets:
            document.add_paragraph(f"- {bullet}")
    document.add_heading("Projects", level=1)
    _tabbed(document, "streamfeat — open-source streaming feature library", "2021 – 2023")
    document.add_paragraph("- 800 stars; adopted by two payment companies.")
    document.add_heading("Education", level=1)
    _tabbed(document, "Instituto Superior Técnico — Lisbon", "2011 – 2016")
    document.add_paragraph("MSc Computer Science and Engineering")


# 3. The title above its company, dates by a tab on the title's line; Word list bullets.
def title_above(document: Document) -> None:
    document.add_heading("Priya Raghunathan", level=0)
    document.add_paragraph("Bengaluru, India • priya.r@example.in • +91 98450 00000")
    document.add_heading("Experience", level=1)
    jobs = [
        Job(
            "Flipkart",
            "Bengaluru",
            "Principal Data Scientist",
            "Apr 2020 – Current",
            [
                "Set the search relevance roadmap for a team of eleven.",
                "Shipped query rewriting that lifted add-to-cart by 3.1%.",
            ],
        ),
        Job(
            "Swiggy",
            "Bengaluru",
            "Senior Data Scientist",
            "Jul 2017 – Mar 2020",
            ["Built delivery-time estimates used on every order."],
        ),
        Job(
            "Mu Sigma",
            "Bengaluru",
            "Decision Scientist",
            "Jun 2014 – Jun 2017",
            ["Built demand forecasts for two US retailers."],
        ),
    ]
    for job in jobs:
        _tabbed(document, job.title, job.dates)
        document.add_paragraph().add_run(f"{job.company}, {job.city}").italic = True
        for bullet in job.bullets:
            document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", level=1)
    _tabbed(document, "B.Tech, Computer Science", "2010 – 2014")
    document.add_paragraph().add_run("National Institute of Technology, Trichy").italic = True
    document.add_heading("Talks", level=1)
    _tabbed(document, "Query understanding at scale, PyData Bengaluru", "Nov 2022", bold=False)


# 4. "Title | Company | dates" on one line; bullets typed as en dashes.
def pipe_line(document: Document) -> None:
    document.add_heading("Daniel Okafor", level=0)
    document.add_paragraph("Software engineer, computer vision. Toronto, ON. dokafor@example.ca")
    document.add_heading("EXPERIENCE", level=1)
    jobs = [
        Job(
            "Waabi",
            "Toronto",
            "Senior Computer Vision Engineer",
            "2021 - Present",
            [
                "Trained lidar segmentation models on 40,000 hours of driving logs.",
                "Wrote the evaluation harness every perception change now runs through.",
            ],
        ),
        Job(
            "Shopify",
            "Ottawa",
            "Software Engineer",
            "2018 - 2021",
            ["Built image deduplication for 2 million merchant catalogues."],
        ),
        Job(
            "Kinaxis",
            "Ottawa",
            "Junior Developer",
            "2016 - 2018",
            ["Kept the nightly supply-planning builds green."],
        ),
    ]
    for job in jobs:
        document.add_paragraph().add_run(f"{job.title} | {job.company} | {job.dates}").bold = True
        for bullet in job.bullets:
            document.add_paragraph(f"– {bullet}")
    document.add_heading("EDUCATION", level=1)
    document.add_paragraph("BASc Computer Engineering | University of Waterloo | 2011 - 2016")
    document.add_heading("VOLUNTEERING", level=1)
    document.add_paragraph("Mentor | Black Code Collective | 2019 - Present")


# 5. "Title at Company (dates)" with numbered achievements.
def title_at(document: Document) -> None:
    document.add_heading("Hannah Kowalczyk", level=0)
    document.add_paragraph("Kraków, Poland — hannah.k@example.pl — linkedin.com/in/hkowalczyk")
    document.add_heading("Career", level=1)
    jobs = [
        Job(
            "Allegro",
            "",
            "Lead MLOps Engineer",
            "Jan 2022 – present",
            [
                "Moved 60 models onto one training and deployment pipeline.",
                "Hired and lead a team of four platform engineers.",
            ],
        ),
        Job(
            "Sabre",
            "",
            "Machine Learning Engineer",
            "May 2019 – Dec 2021",
            ["Served fare-prediction models at 20,000 requests a second."],
        ),
        Job(
            "Motorola Solutions",
            "",
            "Software Developer",
            "Feb 2017 – Apr 2019",
            ["Wrote device provisioning services in Java."],
        ),
    ]
    for job in jobs:
        document.add_paragraph().add_run(f"{job.title} at {job.company} ({job.dates})").bold = True
        for bullet in job.bullets:
            document.add_paragraph(bullet, style="List Number")
    document.add_heading("Education", level=1)
    document.add_paragraph("MSc Applied Computer Science, AGH University of Kraków (2015 – 2017)")
    document.add_heading("Certificates", level=1)
    document.add_paragraph("Certified Kubernetes Administrator (CKA), 2021")


# 6. Employers in capitals, "Title, MM/YYYY - MM/YYYY" below, a prose paragraph per job.
def prose(document: Document) -> None:
    document.add_heading("Marcus Lindgren", level=0)
    document.add_paragraph("Data Engineer — Gothenburg, Sweden — marcus@example.se")
    _heading(document, "Profile")
    document.add_paragraph(
        "Data engineer who likes boring, reliable pipelines. Nine years of batch and streaming "
        "work in logistics and automotive, since 2020 mostly on ML feature pipelines."
    )
    _heading(document, "Employment History")
    jobs = [
        Job(
            "VOLVO CARS",
            "Gothenburg",
            "Senior Data Engineer",
            "03/2020 - Present",
            [
                "I lead the pipelines that turn vehicle telemetry into training data for the "
                "battery-health models, about 3 TB a day. I moved them from hand-run Spark jobs "
                "to scheduled, tested workflows and cut late data from weekly to rare."
            ],
        ),
        Job(
            "DB SCHENKER",
            "Gothenburg",
            "Data Engineer",
            "08/2016 - 02/2020",
            [
                "Built the shipment-event warehouse used by forty analysts, and the alerts that "
                "told them when a feed stopped."
            ],
        ),
        Job(
            "ERICSSON",
            "Stockholm",
            "Software Engineer (Graduate Programme)",
            "09/2014 - 07/2016",
            ["Two rotations in network test tooling, written in Python and C++."],
        ),
    ]
    for job in jobs:
        document.add_paragraph().add_run(f"{job.company}, {job.city}").bold = True
        document.add_paragraph(f"{job.title}, {job.dates}")
        for text in job.bullets:
            document.add_paragraph(text)
    _heading(document, "Education")
    document.add_paragraph("CHALMERS UNIVERSITY OF TECHNOLOGY, Gothenburg")
    document.add_paragraph("MSc Computer Systems and Networks, 09/2012 - 06/2014")
    _heading(document, "Skills")
    grid = _borderless(document, 3, 2)
    for row, (label, value) in zip(
        grid.rows,
        [
            ("Languages", "Python, Scala, SQL"),
            ("Data", "Spark, Kafka, dbt, BigQuery"),
            ("Ops", "Airflow, Terraform, GCP"),
        ],
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = label, value


# 7. A sidebar table: contact, skills and education on the left, experience on the right.
def sidebar(document: Document) -> None:
    document.add_heading("Lucía Navarro", level=0)
    document.add_paragraph("NLP ENGINEER")
    table = _borderless(document, 1, 2)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.width, right.width = Inches(2.0), Inches(4.5)
    side = [
        "CONTACT",
        "Madrid, Spain",
        "lucia.navarro@example.es",
        "SKILLS",
        "Python",
        "Hugging Face",
        "LLM evaluation",
        "EDUCATION",
        "MSc Artificial Intelligence",
        "Universidad Politécnica de Madrid",
        "2016 - 2018",
        "LANGUAGES",
        "Spanish, English, French",
    ]
    left.text = side[0]
    for text in side[1:]:
        left.add_paragraph(text)
    right.text = "WORK EXPERIENCE"
    jobs = [
        Job(
            "Cabify",
            "Madrid",
            "Senior NLP Engineer",
            "Feb 2022 - Present",
            [
                "Built the support-ticket router that answers 40% of rider tickets.",
                "Set up offline evaluation for every LLM prompt change.",
            ],
        ),
        Job(
            "BBVA AI Factory",
            "Madrid",
            "NLP Engineer",
            "Oct 2018 - Jan 2022",
            ["Classified 3 million customer messages a month for the complaints team."],
        ),
        Job(
            "Telefónica I+D",
            "Barcelona",
            "Research Intern",
            "Jun 2017 - Sep 2017",
            ["Prototyped intent detection for the Aura assistant."],
        ),
    ]
    for job in jobs:
        right.add_paragraph().add_run(job.title).bold = True
        right.add_paragraph(f"{job.company} | {job.dates}")
        for bullet in job.bullets:
            right.add_paragraph(f"• {bullet}")


# 8. Dates in a narrow left column, title over company and city in the right column.
def dates_left(document: Document) -> None:
    document.add_heading("Kenji Watanabe", level=0)
    document.add_paragraph("Tokyo, Japan · kenji.w@example.jp · Research Engineer, Speech")
    document.add_heading("Experience", level=1)
    jobs = [
        Job(
            "LINE Corporation",
            "Tokyo",
            "Research Engineer",
            "2020 – now",
            [
                "Trained the Japanese speech recognizer behind the voice keyboard.",
                "Cut word error rate on noisy calls from 14% to 9%.",
            ],
        ),
        Job(
            "Preferred Networks",
            "Tokyo",
            "Software Engineer",
            "2017 – 2020",
            ["Wrote distributed data loaders for the in-house deep learning cluster."],
        ),
        Job(
            "Rakuten",
            "Tokyo",
            "Engineering Intern",
            "Summer 2016",
            ["Built a price-anomaly dashboard for the marketplace team."],
        ),
    ]
    table = _borderless(document, len(jobs), 2)
    for row, job in zip(table.rows, jobs, strict=True):
        row.cells[0].text = job.dates
        row.cells[1].text = job.title
        row.cells[1].paragraphs[0].runs[0].bold = True
        row.cells[1].add_paragraph(f"{job.company}, {job.city}")
        for bullet in job.bullets:
            row.cells[1].add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", level=1)
    table = _borderless(document, 1, 2)
    table.cell(0, 0).text = "2012 – 2017"
    table.cell(0, 1).text = "BEng and MEng Information Science, Kyoto University"
    document.add_heading("Publications", level=1)
    document.add_paragraph("Robust ASR for call audio. Interspeech 2022.")


def _wrapped(document: Document, build: Callable[[Document], None]) -> None:
    """What `build` adds to the body, moved into a content control (w:sdt), as Word's own
    résumé templates wrap each section."""
    body = document.element.body
    before = len(body)
    build(document)
    added = list(body)[before:]
    added = [element for element in added if not element.tag.endswith("}sectPr")]
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(OxmlElement("w:sdtPr"))
    sdt.append(content)
    added[0].addprevious(sdt)
    for element in added:
        content.append(element)


# 9. Word's template habit: every section in a content control, jobs as "Title, Company" over
# a line of dates in capitals, the skills in a table of their own.
def content_controls(document: Document) -> None:
    def top(d: Document) -> None:
        d.add_heading("Aisha Bello", level=0)
        d.add_paragraph("Manchester, UK · aisha.bello@example.co.uk · 07700 900123")

    def jobs(d: Document) -> None:
        d.add_heading("Experience", level=1)
        for title, company, dates, bullets in (
            (
                "Senior Machine Learning Engineer",
                "Auto Trader UK",
                "JAN 2021 – PRESENT",
                ["Built the vehicle valuation model behind 500,000 valuations a day."],
            ),
            (
                "Data Scientist",
                "The Hut Group",
                "SEP 2018 – DEC 2020",
                ["Forecast warehouse demand for beauty brands; stock-outs down 15%."],
            ),
            (
                "Graduate Analyst",
                "Co-op Group",
                "SEP 2016 – AUG 2018",
                ["Wrote the weekly store sales report in SQL and R."],
            ),
        ):
            d.add_paragraph().add_run(f"{title}, {company}").bold = True
            d.add_paragraph(dates)
            for bullet in bullets:
                d.add_paragraph(bullet, style="List Bullet")

    def schooling(d: Document) -> None:
        d.add_heading("Education", level=1)
        d.add_paragraph().add_run("MSc Data Science, University of Manchester").bold = True
        d.add_paragraph("SEP 2015 – SEP 2016")

    def skills(d: Document) -> None:
        d.add_heading("Skills", level=1)
        grid = _borderless(d, 2, 2)
        for cell, text in zip(
            [c for row in grid.rows for c in row.cells],
            ["Python · SQL", "PyTorch · XGBoost", "GCP · BigQuery", "dbt · Airflow"],
            strict=True,
        ):
            cell.text = text

    for part in (top, jobs, schooling, skills):
        _wrapped(document, part)


# 10. A sidebar in a text box beside the main text (contact, skills, certificates with years).
def text_box(document: Document) -> None:
    document.add_heading("Mateo Rossi", level=0)
    anchor = document.add_paragraph("Data Platform Engineer")
    side = [
        "CONTACT",
        "Milan, Italy",
        "mateo.rossi@example.it",
        "SKILLS",
        "Kafka, Flink, Spark",
        "Kubernetes, Terraform",
        "CERTIFICATES",
        "Confluent Certified Developer, 2022",
        "CKAD, 2021",
    ]
    paragraphs = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in side)
    box = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        '<v:shape style="position:absolute;margin-left:360pt;margin-top:0;width:140pt;'
        'height:300pt;z-index:1"><v:textbox><w:txbxContent>'
        f"{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    anchor._p.append(box)
    document.add_heading("Work Experience", level=1)
    for company, title, dates, bullets in (
        (
            "Satispay",
            "Senior Data Platform Engineer",
            "2021 – present",
            ["Run the streaming platform behind every payment event."],
        ),
        (
            "Prima Assicurazioni",
            "Data Engineer",
            "2018 – 2021",
            ["Moved quote pricing data from nightly batches to Kafka."],
        ),
        ("Accenture", "Software Engineer", "2016 – 2018", ["Java services for a bank."]),
    ):
        document.add_paragraph().add_run(company.upper()).bold = True
        _tabbed(document, title, dates, bold=False, stop=Inches(4.7))
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", level=1)
    _tabbed(document, "Politecnico di Milano, MSc", "2014 – 2016", bold=False, stop=Inches(4.7))


# 11. A functional résumé: achievements grouped by skill first, then a short employment
# history of one line a job, "Company, City — Title (dates)"; the name in the page header and a
# footer on every page.
def functional(document: Document) -> None:
    section = document.sections[0]
    section.header.paragraphs[0].text = "Nadia Haddad · Data Engineer · Montréal, QC"
    section.footer.paragraphs[0].text = "nadia.haddad@example.ca · References available on request"
    document.add_heading("Nadia Haddad", level=0)
    document.add_heading("Relevant Experience", level=1)
    document.add_paragraph().add_run("Data pipelines").bold = True
    for text in (
        "Built the claims warehouse loads that 60 actuaries query daily (2020 – 2023).",
        "Cut the nightly batch from six hours to forty minutes.",
    ):
        document.add_paragraph(text, style="List Bullet")
    document.add_paragraph().add_run("Machine learning support").bold = True
    for text in (
        "Served fraud-scoring features to two model teams since 2021.",
        "Wrote the data-quality checks every training set now passes.",
    ):
        document.add_paragraph(text, style="List Bullet")
    document.add_heading("Employment History", level=1)
    for line in (
        "Intact Financial, Montréal — Senior Data Engineer (2021 – Present)",
        "Desjardins, Lévis — Data Engineer (2018 – 2021)",
        "CGI, Québec City — Programmer Analyst (2016 – 2018)",
    ):
        document.add_paragraph(line)
    document.add_heading("Education", level=1)
    document.add_paragraph("Université Laval, Québec City — B.Sc. Computer Science (2012 – 2016)")
    for _ in range(25):  # a second page, so the header and footer repeat
        document.add_paragraph("")
    document.add_heading("Volunteering", level=1)
    document.add_paragraph("Montréal Python, Montréal — Meetup Organiser (2019 – Present)")


LAYOUTS: dict[str, Callable[[Document], None]] = {
    "solberg": table_right,
    "ferreira": tab_dates,
    "raghunathan": title_above,
    "okafor": pipe_line,
    "kowalczyk": title_at,
    "lindgren": prose,
    "navarro": sidebar,
    "watanabe": dates_left,
    "bello": content_controls,
    "rossi": text_box,
    "haddad": functional,
}


NEW = {"haddad"}  # the last one written (batch 2026-12-05zf); the others are kept as measured


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime(2026, 12, 5, tzinfo=dt.UTC)
    for name, layout in LAYOUTS.items():
        if (OUT / f"{name}.docx").exists() and name not in NEW:
            continue  # python-docx stamps its zip entries with the time: keep the files measured
        document = docx.Document()
        layout(document)
        document.core_properties.created = document.core_properties.modified = stamp
        document.save(str(OUT / f"{name}.docx"))


if __name__ == "__main__":
    main()
