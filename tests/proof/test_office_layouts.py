"""Office-suite layouts written for the corpus's batch 2026-12-05zb (tests/corpus/resumes/made/
office.py): a job per table with its dates in the right cell, dates in a left column, a company
line "Name, City" under its title, and bullets whose marks the PDF lost. Names are made up."""

from __future__ import annotations

from pathlib import Path

import docx

from levelset.proof.importers.text import parse_resume
from levelset.proof.importing import import_file
from levelset.proof.lines import Line
from levelset.proof.sections import section_of


def _read(rows: list[str]) -> list[tuple[str, str, str, str]]:
    doc = parse_resume([Line(i, t, "p1", "") for i, t in enumerate(rows, 1)], "cv.pdf")
    return [(p.title, p.company, f"{p.start:%Y-%m}", p.location or "") for p in doc.positions]


def test_a_job_per_table_stays_under_its_section_heading(tmp_path: Path) -> None:
    """Each job a two-by-two table (company | city, title | dates) between the paragraphs: the
    tables are read where they stand, each row as one tab-set line."""
    document = docx.Document()
    document.add_paragraph("Ines Varga")
    document.add_paragraph("Work Experience")
    for company, city, title, dates in (
        ("Nordlys Data", "Tromsø, Norway", "Senior Data Engineer", "Aug 2021 – Present"),
        ("Fjordbank", "Bergen, Norway", "Data Engineer", "Jan 2019 – Jul 2021"),
    ):
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = company, city
        table.cell(1, 0).text, table.cell(1, 1).text = title, dates
        document.add_paragraph("• Kept the nightly loads on time.")
    document.add_paragraph("Education")
    document.add_paragraph("MSc Informatics, University of Bergen, 2018")
    path = tmp_path / "tables.docx"
    document.save(str(path))
    found = [(p.title, p.company, f"{p.start:%Y-%m}") for p in import_file(path).positions]
    assert found == [
        ("Senior Data Engineer", "Nordlys Data", "2021-08"),
        ("Data Engineer", "Fjordbank", "2019-01"),
    ]


def test_dates_in_a_left_cell_join_the_title_beside_them(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Experience")
    table = document.add_table(rows=2, cols=2)
    for row, (dates, title, company) in zip(
        table.rows,
        [("2020 – now", "Speech Engineer", "Kumo Labs, Osaka"), ("Summer 2016", "Intern", "Acme")],
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = dates, title
        row.cells[1].add_paragraph(company)
        row.cells[1].add_paragraph("Trained acoustic models.", style="List Bullet")
    path = tmp_path / "left.docx"
    document.save(str(path))
    found = [(p.title, p.company, f"{p.start:%Y-%m}") for p in import_file(path).positions]
    assert found == [("Speech Engineer", "Kumo Labs", "2020-01"), ("Intern", "Acme", "2016-06")]


def test_a_company_and_city_under_the_title_are_told_apart() -> None:
    rows = [
        "Experience",
        "Principal Data Scientist\tApr 2020 – Current",
        "Quillmart, Pune",
        "- Set the search roadmap.",
        "Data Scientist\tJul 2017 – Mar 2020",
        "Tessera Foods, Chennai",
        "- Estimated delivery times.",
    ]
    assert _read(rows) == [
        ("Principal Data Scientist", "Quillmart", "2020-04", "Pune"),
        ("Data Scientist", "Tessera Foods", "2017-07", "Chennai"),
    ]


def test_a_bullet_without_its_mark_does_not_head_the_next_job() -> None:
    """A Word or LibreOffice PDF whose bullet glyphs were not kept: the last line of a job's
    description, a short sentence, is not the company of the title below it."""
    rows = [
        "Experience",
        "Senior Data Scientist\tJul 2017 – Mar 2020",
        "Tessera Foods, Chennai",
        "Built delivery-time estimates used on every order.",
        "Decision Scientist\tJun 2014 – Jun 2017",
        "Orbis Analytics, Chennai",
        "Built demand forecasts for two retailers.",
    ]
    assert _read(rows) == [
        ("Senior Data Scientist", "Tessera Foods", "2017-07", "Chennai"),
        ("Decision Scientist", "Orbis Analytics", "2014-06", "Chennai"),
    ]


def test_a_season_after_a_tab_dates_the_heading() -> None:
    rows = ["Experience", "Engineering Intern\tSummer 2016", "Acme Robotics", "- Built a tool."]
    assert _read(rows)[0][:3] == ("Engineering Intern", "Acme Robotics", "2016-06")


def _read_set(rows: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """Lines with their right-set dates apart, as a PDF's layout gives them."""
    lines = [Line(i, text, "p1", dates) for i, (text, dates) in enumerate(rows, 1)]
    doc = parse_resume(lines, "cv.pdf")
    return [(p.title, p.company, f"{p.start:%Y-%m}", p.location or "") for p in doc.positions]


def test_letter_spaced_headings_whose_word_gap_was_lost() -> None:
    assert section_of("W O R K E X P E R I E N C E") == "experience"
    assert section_of("C O U R S E S") == "other"


def test_sections_of_dated_entries_that_are_no_jobs() -> None:
    for heading in ("Hackathons", "Speaking", "Affiliations", "Scholarships", "Tech Stack"):
        assert section_of(heading) in {"other", "skills"}, heading
    assert section_of("Open Source Contributions") == "projects"
    assert section_of("Professional Development") == "other"
    assert section_of("Professional Background") == "experience"
    assert section_of("Research and Development") is None  # a department under its employer
    rows = [
        ("Professional Background", ""),
        ("Machine Learning Engineer — Halden Systems", "Jan 2022 – Present"),
        ("• Tuned extraction models.", ""),
        ("Hackathons", ""),
        ("Winner — Smart City Hackathon", "Aug 2019"),
        ("Speaking", ""),
        ("Speaker — PyData Pune", "Oct 2022"),
    ]
    assert [p[:2] for p in _read_set(rows)] == [("Machine Learning Engineer", "Halden Systems")]


def test_company_and_city_before_the_title_over_the_dates() -> None:
    rows = [
        ("Experience", ""),
        ("Kuda, Lagos — Backend Engineer", ""),
        ("January 2020 - June 2022", ""),
        ("• Wrote the savings service.", ""),
    ]
    assert _read_set(rows) == [("Backend Engineer", "Kuda", "2020-01", "Lagos")]


def test_a_team_under_title_and_company_is_no_employer() -> None:
    rows = [
        ("Experience", ""),
        ("Staff Machine Learning Engineer, Halcyon", "Feb 2021 – Present"),
        ("Radar (fraud)", ""),
        ("- Own the training pipeline.", ""),
        ("Software Engineer, Yelp", "Aug 2014 – Jun 2017"),
        ("Ads", ""),
        ("- Built click features.", ""),
    ]
    assert [p[:2] for p in _read_set(rows)] == [
        ("Staff Machine Learning Engineer", "Halcyon"),
        ("Software Engineer", "Yelp"),
    ]


def test_the_terms_of_the_work_beside_an_employer_keep_it_an_employer() -> None:
    rows = [
        ("Experience", ""),
        ("Staff Engineer, Payments", "Feb 2022 – Present"),
        ("Paystack (remote)", ""),
        ("- Cut failed payments.", ""),
    ]
    assert _read_set(rows)[0][:2] == ("Staff Engineer, Payments", "Paystack (remote)")


def test_dated_lines_inside_a_job_are_its_description() -> None:
    """Bullets that open with their dates, and pieces of work dated in brackets under a
    "Client engagements:" lead-in, with their bullet marks lost: none is a position."""
    rows = [
        ("Experience", ""),
        ("Safari Data PLC, Nairobi", ""),
        ("Lead Data Scientist", "April 2021 – Present"),
        ("2021 – 2022: rebuilt the overdraft credit-limit model; defaults down 11%.", ""),
        ("Since 2023, run the model-risk review for every lending product.", ""),
        ("Client engagements:", ""),
        ("Banana supply pilot with a Kisii cooperative (Jun 2016 – Dec 2016)", ""),
        ("Route optimisation study, Mombasa depot (2017)", ""),
        ("Kenya Bureau of Statistics, Nairobi", "July 2014 – December 2015"),
        ("Statistical Officer", ""),
        ("Cleaned the survey data.", ""),
    ]
    assert _read_set(rows) == [
        ("Lead Data Scientist", "Safari Data PLC", "2021-04", "Nairobi"),
        ("Statistical Officer", "Kenya Bureau of Statistics", "2014-07", "Nairobi"),
    ]


def test_the_city_beside_the_employer_is_kept_as_its_place() -> None:
    """ "Feedzai — Lisbon" beside its dates over the title, and "Indeed, Austin, TX — Title"
    over its dates: the city is the job's place, not lost with the split."""
    rows = [
        ("Experience", ""),
        ("Corvo Labs — Lisbon", "March 2022 – Present"),
        ("Staff Machine Learning Engineer", ""),
        ("- Own the feature store.", ""),
        ("Talkbird — Porto", "June 2019 – February 2022"),
        ("Software Engineer", ""),
        ("- Built serving.", ""),
    ]
    assert [p[3] for p in _read_set(rows)] == ["Lisbon", "Porto"]
    rows = [
        ("Experience", ""),
        ("Quarry, Austin, TX — Senior Machine Learning Engineer", ""),
        ("MARCH 2022 - PRESENT", ""),
        ("• Built salary estimates.", ""),
    ]
    assert _read_set(rows) == [
        ("Senior Machine Learning Engineer", "Quarry", "2022-03", "Austin, TX")
    ]


def test_content_controls_and_text_boxes_are_read(tmp_path: Path) -> None:
    """Word's own templates wrap each section in a content control (w:sdt); a sidebar may be a
    text box. Both were read as nothing."""
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Ada Okonjo")
    anchor = document.add_paragraph("Data Engineer")
    box = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape>'
        "<v:textbox><w:txbxContent><w:p><w:r><w:t>SKILLS</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Kafka, Flink</w:t></w:r></w:p></w:txbxContent></v:textbox>"
        "</v:shape></w:pict></w:r>"
    )
    anchor._p.append(box)
    body = document.element.body
    before = len(body)
    document.add_paragraph("Experience")
    document.add_paragraph("Senior Data Engineer, Lakehouse Ltd")
    document.add_paragraph("JAN 2021 – PRESENT")
    document.add_paragraph("Moved pricing data to streams.", style="List Bullet")
    added = [e for e in list(body)[before:] if not e.tag.endswith("}sectPr")]
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(content)
    added[0].addprevious(sdt)
    for element in added:
        content.append(element)
    path = tmp_path / "controls.docx"
    document.save(str(path))
    doc = import_file(path)
    assert [(p.title, p.company) for p in doc.positions] == [
        ("Senior Data Engineer", "Lakehouse Ltd")
    ]
    assert set(doc.skills) >= {"Kafka", "Flink"}


def test_a_skills_grid_reads_each_cell(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Skills")
    grid = document.add_table(rows=2, cols=2)
    grid.cell(0, 0).text, grid.cell(0, 1).text = "Languages", "Python, SQL"
    grid.cell(1, 0).text, grid.cell(1, 1).text = "PyTorch", "Airflow"
    path = tmp_path / "grid.docx"
    document.save(str(path))
    assert import_file(path).skills == ("Python", "SQL", "PyTorch", "Airflow")


def test_a_sidebar_of_word_pairs_is_still_a_column() -> None:
    """A slide's left frame of skills written "Python, PyTorch" (shaped like "City, Region")
    beside the jobs' frames: read as a column of its own, not merged line by line."""
    from levelset.proof.columns import reading_order
    from levelset.proof.page import Segment, VisualLine

    left = [
        "SKILLS",
        "Python, PyTorch",
        "MLflow, Kubeflow",
        "SQL, Spark",
        "EDUCATION",
        "MSc Computer Science",
        "ELTE Budapest",
        "2013 – 2015",
        "LANGUAGES",
        "Hungarian, English, German",
    ]
    right = [
        "EXPERIENCE",
        "Senior ML Engineer",
        "Prezi, Budapest",
        "• Ranked presentation templates.",
        "• Led the move to Kubeflow.",
        "Machine Learning Engineer",
        "LogMeIn, Budapest",
        "• Built speech features.",
        "Software Developer",
        "Ericsson Hungary, Budapest",
    ]
    lines = [
        VisualLine(100 + 12 * i, 10, (Segment(42, 150, a), Segment(213, 400, b)))
        for i, (a, b) in enumerate(zip(left, right, strict=True))
    ]
    order = [line.text for line in reading_order(lines, 595).lines]
    assert order == left + right


def test_dates_first_then_title_then_employer_and_city() -> None:
    """A design tool's timeline: the dates alone, the title, then "Company, City" (a company
    line, not a place, while the entry has no company); "Systems Engineer" is a title though
    "Systems" names firms too; "Kochi, Kerala" is a place (Kerala a state)."""
    rows = [
        ("Work History", ""),
        ("JUNE 2022 – PRESENT", ""),
        ("MLOps Engineer", ""),
        ("Coastline Digital, Thiruvananthapuram", ""),
        ("Run the model registry for twelve teams.", ""),
        ("JULY 2017 – JULY 2019", ""),
        ("Systems Engineer", ""),
        ("Meridian Consultancy Services, Kochi", ""),
        ("Automated server patching.", ""),
    ]
    assert _read_set(rows) == [
        ("MLOps Engineer", "Coastline Digital", "2022-06", "Thiruvananthapuram"),
        ("Systems Engineer", "Meridian Consultancy Services", "2017-07", "Kochi"),
    ]
    from levelset.proof.places import is_region

    assert is_region("Kerala") and is_region("Tamil Nadu")


def test_achievements_grouped_by_skill_open_no_job() -> None:
    """A functional résumé: achievements under skill names before the employment history, their
    bullet marks lost, one with its dates wrapped onto the next line, one "since 2021"."""
    rows = [
        ("Relevant Experience", ""),
        ("Data pipelines", ""),
        ("Built the claims warehouse loads that 60 actuaries query daily (2020 –", ""),
        ("2023).", ""),
        ("Cut the nightly batch from six hours to forty minutes.", ""),
        ("Machine learning support", ""),
        ("Served fraud-scoring features to two model teams since 2021.", ""),
        ("Employment History", ""),
        ("Halyard Insurance, Montréal — Senior Data Engineer (2021 – Present)", ""),
        ("Caisse Lévis, Lévis — Data Engineer (2018 – 2021)", ""),
    ]
    assert [p[:3] for p in _read_set(rows)] == [
        ("Senior Data Engineer", "Halyard Insurance", "2021-01"),
        ("Data Engineer", "Caisse Lévis", "2018-01"),
    ]


def test_pandoc_headings_with_the_city_beside_the_dates() -> None:
    """Markdown through pandoc: "### Title — Company" over "*City · dates*"; a bullet's last
    word wrapped alone ("recommendations.") is no section heading."""
    rows = [
        ("Experience", ""),
        ("Senior Machine Learning Engineer — Fjordmusic", ""),
        ("Stockholm · Mar 2021 – present", ""),
        ("Own the candidate-generation stage of home-screen", ""),
        ("recommendations.", ""),
        ("Data Scientist — H&M Group", ""),
        ("Stockholm · Sep 2016 – Jul 2018", ""),
        ("Forecast size curves.", ""),
        ("Technical Program Manager — Data Platform", ""),
        ("Wells Fargo · Mar 2016 – Sep 2017", ""),
    ]
    assert _read_set(rows) == [
        ("Senior Machine Learning Engineer", "Fjordmusic", "2021-03", "Stockholm"),
        ("Data Scientist", "H&M Group", "2016-09", "Stockholm"),
        ("Technical Program Manager", "Wells Fargo", "2016-03", ""),  # a team above: the employer
    ]
    assert section_of("recommendations.") is None


def test_a_table_header_row_heads_no_job(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Work experience")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("Dates", "Role", "Company"),
            ("2022 – present", "Staff Data Engineer", "Pampa Logistics"),
            ("2019 – 2022", "Data Engineer", "Andes Travel"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "table.docx"
    document.save(str(path))
    found = [(p.title, p.company, f"{p.start:%Y}") for p in import_file(path).positions]
    assert found == [
        ("Staff Data Engineer", "Pampa Logistics", "2022"),
        ("Data Engineer", "Andes Travel", "2019"),
    ]
