"""The words a candidate bullet's kind and field of work are read by, for scripts/draw_bullets.py.

A line's kind (KINDS: numbers, leading words, other people named, else plain) and its field of
work (FIELDS, and from batch 2026-12-06s the product's first users' fields first, ENGINEERING)
are what the draw takes lines in turn over; the first pattern that matches names them.
"""

from __future__ import annotations

import re

# The product's first users' fields (batch 2026-12-06s on): a line naming one is of that field
# whatever else it names; lines naming none are read by FIELDS, "other" by default.
ENGINEERING = (
    (
        "ml",
        re.compile(
            r"\b(?:machine learning|ML|MLOps|deep learning|neural|models?|modell?ing|NLP|LLMs?|"
            r"GPT\w*|transformers?|PyTorch|TensorFlow|Keras|scikit-learn|classif\w*|"
            r"regression|computer vision|reinforcement|embeddings?|fine-tun\w*|inference|RAG|"
            r"generative|GenAI|AI|artificial intelligence|recommend\w*|predictive|agents?)\b",
            re.I,
        ),
    ),
    (
        "data",
        re.compile(
            r"\b(?:data|datasets?|SQL|ETL|ELT|pipelines?|warehous\w*|Spark|Hadoop|Airflow|"
            r"Kafka|analytics|dashboards?|Tableau|Power BI|BI|Snowflake|BigQuery|Databricks|"
            r"dbt|statistic\w*|A/B)\b",
            re.I,
        ),
    ),
    (
        "software",
        re.compile(
            r"\b(?:software|APIs?|REST|backend|back-end|frontend|front-end|full-stack|"
            r"websites?|web|apps?|microservices?|Kubernetes|Docker|AWS|Azure|GCP|cloud|"
            r"deploy\w*|CI/CD|DevOps|SRE|infrastructure|servers?|code|coding|codebase|React|"
            r"Node(?:\.js)?|Java|Python|JavaScript|TypeScript|C\+\+|Golang|Rust|mobile|iOS|"
            r"Android|unit tests?|debug\w*|Git|GitHub|Linux|scalab\w*|latency|databases?|"
            r"programm\w*|developer\w*|open[- ]source)\b",
            re.I,
        ),
    ),
)
# Fields of work, by words of the line; the first that matches names it, "software" by default.
FIELDS = (
    (
        "health",
        re.compile(
            r"\b(?:patients?|clinic\w*|hospital\w*|medic\w*|nurs\w*|health\w*|care|"
            r"pharma\w*|surg\w*|diagnos\w*|therap\w*)\b",
            re.I,
        ),
    ),
    (
        "teaching",
        re.compile(
            r"\b(?:students?|teach\w*|taught|tutor\w*|lectur\w*|curricul\w*|classes|"
            r"course\w*|school|pupils?|grading|lessons?)\b",
            re.I,
        ),
    ),
    (
        "finance",
        re.compile(
            r"\b(?:financ\w*|accounting|accounts?|audit\w*|budget\w*|invest\w*|tax\w*|"
            r"revenue|portfolio|ledger|payroll|bank\w*|loans?|valuation|fund\w*)\b",
            re.I,
        ),
    ),
    (
        "sales",
        re.compile(
            r"\b(?:sales|sell\w*|sold|clients?|customers?|marketing|campaigns?|brand\w*|"
            r"leads|accounts|quota|partnerships?|social media|seo)\b",
            re.I,
        ),
    ),
    (
        "research",
        re.compile(
            r"\b(?:research\w*|stud(?:y|ies|ied)|experiments?|laborator\w*|lab|papers?|"
            r"publish\w*|thesis|analy[sz]\w*|survey\w*|hypothes\w*|grant)\b",
            re.I,
        ),
    ),
    (
        "design",
        re.compile(
            r"\b(?:design(?:ed|er|ers|s)?|ux|ui|figma|prototyp\w*|wirefram\w*|visual\w*|"
            r"illustrat\w*|graphic\w*|layouts?|typograph\w*)\b",
            re.I,
        ),
    ),
    (
        "operations",
        re.compile(
            r"\b(?:operations?|logistic\w*|inventory|supply|vendors?|procure\w*|schedul\w*|"
            r"staff\w*|hir\w*|recruit\w*|events?|office|warehouse|shifts?|compliance)\b",
            re.I,
        ),
    ),
)
KINDS = (
    ("number", re.compile(r"\d|\b(?:half|double|twice|triple|tenfold|percent|dozens?)\b", re.I)),
    (
        "leading",
        re.compile(
            r"\b(?:led|lead|leading|manag\w*|mentor\w*|coach\w*|supervis\w*|oversaw|overs\w+|"
            r"spearhead\w*|direct\w*|own\w*|initiat\w*|train\w*|taught|teach\w*|hired?|head\w*)\b",
            re.I,
        ),
    ),
    (
        "others",
        re.compile(
            r"\b(?:teams?|clients?|customers?|partners?|stakeholders?|department\w*|"
            r"executives?|board|company|cross|across|with)\b",
            re.I,
        ),
    ),
)
