"""The tables of the market store: their columns are the contract with the range engine."""

from __future__ import annotations

PERCENTILES = ("p10", "p25", "p50", "p75", "p90")

_OEWS_WAGES = ",\n    ".join(
    [f"a_{p} DOUBLE" for p in PERCENTILES]
    + [f"a_{p}_topcoded BOOLEAN" for p in PERCENTILES]
    + [f"h_{p} DOUBLE" for p in PERCENTILES]
)

OEWS = f"""
CREATE TABLE oews (
    release VARCHAR NOT NULL,
    soc VARCHAR NOT NULL,
    occupation VARCHAR,
    display_level INTEGER,
    areatype VARCHAR NOT NULL,
    area_code VARCHAR NOT NULL,
    state_code VARCHAR,
    area_name VARCHAR,
    industry_code VARCHAR NOT NULL,
    industry_name VARCHAR,
    employment DOUBLE,
    emp_rse DOUBLE,
    h_mean DOUBLE,
    a_mean DOUBLE,
    wage_rse DOUBLE,
    {_OEWS_WAGES},
    emp_per_1000 DOUBLE,
    loc_quotient DOUBLE,
    dataset VARCHAR NOT NULL
)"""

CROWD = """
CREATE TABLE crowd (
    work_year INTEGER NOT NULL,
    experience_level VARCHAR NOT NULL,
    employment_type VARCHAR NOT NULL,
    job_title VARCHAR NOT NULL,
    salary DOUBLE NOT NULL,
    salary_currency VARCHAR NOT NULL,
    salary_in_usd DOUBLE NOT NULL,
    employee_residence VARCHAR,
    remote_ratio INTEGER,
    company_location VARCHAR,
    company_size VARCHAR,
    copies INTEGER NOT NULL,
    snapshot VARCHAR NOT NULL,
    dataset VARCHAR NOT NULL
)"""

ONET_OCCUPATIONS = """
CREATE TABLE onet_occupations (
    onet_soc VARCHAR NOT NULL,
    soc VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    description VARCHAR,
    dataset VARCHAR NOT NULL
)"""

# `key` and `bare` are the title as matching reads it (market/onet_titles.py: lower case, words
# only; `bare` also without a parenthesis), kept at load so a look-up compares stored text
ONET_TITLES = """
CREATE TABLE onet_titles (
    onet_soc VARCHAR NOT NULL,
    soc VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    short_title VARCHAR,
    dataset VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    bare VARCHAR NOT NULL
)"""

# One row per filing, only what a range, a company answer or a later import reads (typed
# narrowly: storing a column costs import time). `counted` is the filings every LCA range
# counts: certified, full-time, with a wage; `soc` the six digits of the SOC code (15-2051 ->
# 152051); `city` the worksite city in capitals; `wage_level` 1-4 for Level I-IV. Case numbers
# are stored uncompressed: each differs from every other, and compressing them took a tenth of
# an import's CPU time (1M rows: 0.68 -> 0.50 s to store the rows).
LCA = """
CREATE TABLE lca (
    case_number VARCHAR USING COMPRESSION uncompressed,
    counted BOOLEAN NOT NULL,
    fiscal_year SMALLINT,
    soc INTEGER,
    job_title VARCHAR,
    employer_name VARCHAR,
    city VARCHAR,
    worksite_state VARCHAR,
    wage_level UTINYINT,
    annual_wage DOUBLE,
    dataset VARCHAR NOT NULL
)"""

# Count and percentiles of every LCA cell a range query can ask for (see lca_cells.py):
# `role` is the role's SOC codes and title words, `area` the widening step, `wage_level` ''
# across levels; `cuts` are P10, P25, P50, P75 and P90.
LCA_CELLS = """
CREATE TABLE lca_cells (
    role VARCHAR NOT NULL,
    fiscal_year INTEGER NOT NULL,
    area VARCHAR NOT NULL,
    wage_level VARCHAR NOT NULL,
    n BIGINT NOT NULL,
    cuts DOUBLE[],
    dataset VARCHAR NOT NULL
)"""

# What the cells were built for: key 'role' (one row per role) and 'metros' (a stamp).
LCA_CELL_META = "CREATE TABLE lca_cell_meta (key VARCHAR NOT NULL, value VARCHAR NOT NULL)"

# The LCA answers without a company that a fiscal year's span withholds (market/lca_span.py),
# computed at import: `role` a role id ('soc:152051' or a curated role's key), `area` and
# `wage_level` as in lca_cells. A row whose role is '' marks the year's span as stored (a year
# may withhold nothing).
LCA_SPANS = """
CREATE TABLE lca_spans (
    fiscal_year INTEGER NOT NULL,
    role VARCHAR NOT NULL,
    area VARCHAR NOT NULL,
    wage_level VARCHAR NOT NULL
)"""

LEVEL_MAP = """
CREATE TABLE level_map (
    band INTEGER NOT NULL,
    generic_title VARCHAR NOT NULL,
    typical_yoe VARCHAR,
    google VARCHAR,
    meta VARCHAR,
    amazon VARCHAR,
    microsoft VARCHAR,
    apple VARCHAR,
    confidence VARCHAR,
    notes VARCHAR,
    dataset VARCHAR NOT NULL
)"""

DATASETS = """
CREATE TABLE datasets (
    name VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    publisher VARCHAR NOT NULL,
    licence VARCHAR NOT NULL,
    release VARCHAR NOT NULL,
    "rows" BIGINT NOT NULL,
    citation VARCHAR NOT NULL,
    notice VARCHAR,
    source_file VARCHAR NOT NULL,
    loaded_at TIMESTAMP NOT NULL
)"""

META = "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)"

ALL = (
    OEWS,
    CROWD,
    ONET_OCCUPATIONS,
    ONET_TITLES,
    LCA,
    LCA_CELLS,
    LCA_CELL_META,
    LCA_SPANS,
    LEVEL_MAP,
    DATASETS,
    META,
)

# Bump when a table changes shape: stores built by an older version are rebuilt on open.
# 3: the lca table narrowed to what is read; 4: case numbers uncompressed; 5: lca_spans;
# 6: onet_titles' matching keys
SCHEMA_VERSION = "6"
