"""Generated LCA disclosure files for the import benchmark: the full record layout users
import, and the narrow file of the earlier benchmark.

`LAYOUT` is the FY2024 Q4 record layout of the DOL's LCA disclosure file (97 columns, in
their order): DOL OFLC, "LCA_Record_Layout_FY2024_Q4.pdf" at
https://www.dol.gov/agencies/eta/foreign-labor/performance, as listed field by field in public
GitHub documents comparing the FY2020-FY2026 layouts (FY2020 to FY2024 Q3: 96 columns;
EMPLOYER_FEIN added after EMPLOYER_PHONE_EXT in FY2024 Q4; LAWFIRM_BUSINESS_FEIN after
LAWFIRM_NAME_BUSINESS_NAME in FY2025 Q4). The 96 shared columns agree in name and order with
another public project's staging table of FY2024 files.

Every value is made up by DuckDB from the row number (the same file every run): names,
addresses, phones, e-mails, dates and codes of realistic length, blank where real files are
mostly blank. The 16 columns of the narrow file (the 11 the import reads among them) have the
same values in both files.
"""

from __future__ import annotations

from pathlib import Path

LAYOUT = (
    "CASE_NUMBER", "CASE_STATUS", "RECEIVED_DATE", "DECISION_DATE", "ORIGINAL_CERT_DATE",
    "VISA_CLASS", "JOB_TITLE", "SOC_CODE", "SOC_TITLE", "FULL_TIME_POSITION", "BEGIN_DATE",
    "END_DATE", "TOTAL_WORKER_POSITIONS", "NEW_EMPLOYMENT", "CONTINUED_EMPLOYMENT",
    "CHANGE_PREVIOUS_EMPLOYMENT", "NEW_CONCURRENT_EMPLOYMENT", "CHANGE_EMPLOYER",
    "AMENDED_PETITION", "EMPLOYER_NAME", "TRADE_NAME_DBA", "EMPLOYER_ADDRESS1",
    "EMPLOYER_ADDRESS2", "EMPLOYER_CITY", "EMPLOYER_STATE", "EMPLOYER_POSTAL_CODE",
    "EMPLOYER_COUNTRY", "EMPLOYER_PROVINCE", "EMPLOYER_PHONE", "EMPLOYER_PHONE_EXT",
    "EMPLOYER_FEIN", "NAICS_CODE", "EMPLOYER_POC_LAST_NAME", "EMPLOYER_POC_FIRST_NAME",
    "EMPLOYER_POC_MIDDLE_NAME", "EMPLOYER_POC_JOB_TITLE", "EMPLOYER_POC_ADDRESS1",
    "EMPLOYER_POC_ADDRESS2", "EMPLOYER_POC_CITY", "EMPLOYER_POC_STATE",
    "EMPLOYER_POC_POSTAL_CODE", "EMPLOYER_POC_COUNTRY", "EMPLOYER_POC_PROVINCE",
    "EMPLOYER_POC_PHONE", "EMPLOYER_POC_PHONE_EXT", "EMPLOYER_POC_EMAIL",
    "AGENT_REPRESENTING_EMPLOYER", "AGENT_ATTORNEY_LAST_NAME", "AGENT_ATTORNEY_FIRST_NAME",
    "AGENT_ATTORNEY_MIDDLE_NAME", "AGENT_ATTORNEY_ADDRESS1", "AGENT_ATTORNEY_ADDRESS2",
    "AGENT_ATTORNEY_CITY", "AGENT_ATTORNEY_STATE", "AGENT_ATTORNEY_POSTAL_CODE",
    "AGENT_ATTORNEY_COUNTRY", "AGENT_ATTORNEY_PROVINCE", "AGENT_ATTORNEY_PHONE",
    "AGENT_ATTORNEY_PHONE_EXT", "AGENT_ATTORNEY_EMAIL_ADDRESS", "LAWFIRM_NAME_BUSINESS_NAME",
    "STATE_OF_HIGHEST_COURT", "NAME_OF_HIGHEST_STATE_COURT", "WORKSITE_WORKERS",
    "SECONDARY_ENTITY", "SECONDARY_ENTITY_BUSINESS_NAME", "WORKSITE_ADDRESS1",
    "WORKSITE_ADDRESS2", "WORKSITE_CITY", "WORKSITE_COUNTY", "WORKSITE_STATE",
    "WORKSITE_POSTAL_CODE", "WAGE_RATE_OF_PAY_FROM", "WAGE_RATE_OF_PAY_TO", "WAGE_UNIT_OF_PAY",
    "PREVAILING_WAGE", "PW_UNIT_OF_PAY", "PW_TRACKING_NUMBER", "PW_WAGE_LEVEL", "PW_OES_YEAR",
    "PW_OTHER_SOURCE", "PW_OTHER_YEAR", "PW_SURVEY_PUBLISHER", "PW_SURVEY_NAME",
    "TOTAL_WORKSITE_LOCATIONS", "AGREE_TO_LC_STATEMENT", "H-1B_DEPENDENT", "WILLFUL_VIOLATOR",
    "SUPPORT_H1B", "STATUTORY_BASIS", "APPENDIX_A_ATTACHED", "PUBLIC_DISCLOSURE",
    "PREPARER_LAST_NAME", "PREPARER_FIRST_NAME", "PREPARER_MIDDLE_INITIAL",
    "PREPARER_BUSINESS_NAME", "PREPARER_EMAIL",
)  # fmt: skip

# The narrow file's columns, each as the earlier benchmark wrote it: a mix of titles, SOC
# codes, states, yearly and hourly wages (row i; its employer e = i % 5000).
NARROW = {
    "CASE_NUMBER": "'I-200-' || lpad(CAST(i AS VARCHAR), 9, '0')",
    "CASE_STATUS": "CASE WHEN i % 10 = 0 THEN 'Withdrawn' ELSE 'Certified' END",
    "RECEIVED_DATE": "CAST(DATE '2023-10-01' + CAST(i % 360 AS INTEGER) AS VARCHAR)",
    "DECISION_DATE": "CAST(DATE '2023-10-08' + CAST(i % 360 AS INTEGER) AS VARCHAR)",
    "VISA_CLASS": "'H-1B'",
    "JOB_TITLE": "['MACHINE LEARNING ENGINEER', 'DATA SCIENTIST', 'SOFTWARE ENGINEER', "
    "'APPLIED SCIENTIST'][i % 4 + 1]",
    "SOC_CODE": "['15-2051.00', '15-2051.00', '15-1252.00', '15-1221.00'][i % 4 + 1]",
    "SOC_TITLE": "['Data Scientists', 'Data Scientists', 'Software Developers', "
    "'Computer and Information Research Scientists'][i % 4 + 1]",
    "FULL_TIME_POSITION": "'Y'",
    "EMPLOYER_NAME": "'EMPLOYER ' || CAST(i % 5000 AS VARCHAR) || ', INC.'",
    "WORKSITE_CITY": "['San Francisco', 'Seattle', 'New York', 'Austin', 'Boston'][i % 5 + 1]",
    "WORKSITE_STATE": "['CA', 'WA', 'NY', 'TX', 'MA'][i % 5 + 1]",
    "WAGE_RATE_OF_PAY_FROM": "CASE WHEN i % 7 = 0 THEN CAST(40 + i % 60 AS VARCHAR) "
    "ELSE CAST(90000 + (i * 37) % 150000 AS VARCHAR) END",
    "WAGE_RATE_OF_PAY_TO": "''",
    "WAGE_UNIT_OF_PAY": "CASE WHEN i % 7 = 0 THEN 'Hour' ELSE 'Year' END",
    "PW_WAGE_LEVEL": "['I', 'II', 'III', 'IV'][i % 4 + 1]",
}

# Lists the other columns pick from: offices (city, state, ZIP code, phone area code and the
# state's highest court), streets, people's names.
_OFFICES = (
    ("San Francisco", "CA", "94105", "415", "Supreme Court of California"),
    ("Mountain View", "CA", "94043", "650", "Supreme Court of California"),
    ("Seattle", "WA", "98109", "206", "Washington Supreme Court"),
    ("Redmond", "WA", "98052", "425", "Washington Supreme Court"),
    ("New York", "NY", "10001", "212", "New York Court of Appeals"),
    ("Jersey City", "NJ", "07310", "201", "Supreme Court of New Jersey"),
    ("Austin", "TX", "78701", "512", "Supreme Court of Texas"),
    ("Dallas", "TX", "75201", "214", "Supreme Court of Texas"),
    ("Boston", "MA", "02110", "617", "Massachusetts Supreme Judicial Court"),
    ("Chicago", "IL", "60606", "312", "Supreme Court of Illinois"),
    ("Edison", "NJ", "08837", "732", "Supreme Court of New Jersey"),
    ("Atlanta", "GA", "30303", "404", "Supreme Court of Georgia"),
)
_STREETS = ("Market Street", "Main Street", "Broadway", "Park Avenue", "Mission Street",
            "Congress Avenue", "Pine Street", "Madison Avenue", "North Wacker Drive",
            "Peachtree Street NE", "Technology Drive", "Innovation Way")  # fmt: skip
_FIRST = ("James", "Maria", "Wei", "Priya", "Michael", "Jennifer", "Rajesh", "Elizabeth",
          "David", "Anjali", "Robert", "Sarah", "Hiroshi", "Olga", "Carlos", "Fatima", "Thomas",
          "Mei", "Daniel", "Lakshmi", "Andrew", "Katherine", "Sergei", "Ngozi")  # fmt: skip
_LAST = ("Smith", "Garcia", "Chen", "Patel", "Johnson", "Williams", "Kumar", "Nguyen",
         "Brown", "Rodriguez", "Zhang", "Sharma", "Miller", "Davis", "Kim", "Martinez",
         "Anderson", "Reddy", "Taylor", "Thomas", "Hernandez", "Moore", "Wang", "Jackson",
         "Lee", "Gonzalez", "Singh", "Harris", "Clark", "Lewis", "Robinson", "Okafor")  # fmt: skip
_POC_TITLES = ("Senior Manager, Global Immigration", "HR Director",
               "Immigration Program Manager", "Vice President, People Operations",
               "Talent Acquisition Manager", "General Counsel")  # fmt: skip


def _list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def _pick(values: tuple[str, ...], index: str) -> str:
    """SQL of the value of `values` at `index` (a 0-based SQL expression, taken modulo)."""
    return f"{_list(values)}[({index}) % {len(values)} + 1]"


def _office(field: int, index: str) -> str:
    return _pick(tuple(o[field] for o in _OFFICES), index)


def _phone(area: str, number: str) -> str:
    return (
        f"'+1 (' || {area} || ') ' || CAST(200 + ({number}) % 800 AS VARCHAR) || '-' || "
        f"lpad(CAST(({number}) * 7 % 10000 AS VARCHAR), 4, '0')"
    )


def _email(first: str, last: str, domain: str) -> str:
    return f"lower({first}) || '.' || lower({last}) || '@' || {domain}"


def _date(days: str) -> str:
    return f"CAST(DATE '2023-10-01' + CAST({days} AS INTEGER) AS VARCHAR)"


def _if(condition: str, value: str) -> str:
    return f"CASE WHEN {condition} THEN {value} END"  # else NULL: written as a blank field


# The people and places of a row: e its employer, a the employer's attorney (a = e % 400),
# t its kind of petition (new, continued, changed employer...).
_POC_FIRST, _POC_LAST = _pick(_FIRST, "e * 11"), _pick(_LAST, "e * 7")
_ATT_FIRST, _ATT_LAST = _pick(_FIRST, "a * 17"), _pick(_LAST, "a * 13")
_PREP_FIRST, _PREP_LAST = _pick(_FIRST, "a * 23 + 5"), _pick(_LAST, "a * 19 + 3")
_FIRM = (
    f"CASE WHEN a % 3 = 0 THEN {_pick(_LAST, 'a * 5')} || ' Immigration Law Group, PC' "
    f"ELSE {_pick(_LAST, 'a * 5')} || ', ' || {_pick(_LAST, 'a * 3 + 1')} || ' & ' || "
    f"{_pick(_LAST, 'a + 7')} || ' LLP' END"
)
_FIRM_DOMAIN = f"lower({_pick(_LAST, 'a * 5')}) || 'law.com'"
_EMPLOYER_DOMAIN = "'employer' || CAST(e AS VARCHAR) || '.com'"
_AGENT = "e % 5 <> 4"
_WORKERS = "CAST(CASE WHEN i % 50 = 0 THEN 2 + i % 9 ELSE 1 END AS VARCHAR)"
_DEPENDENT = "e % 10 = 0"
_SURVEY = "i % 25 = 0"
_HOURLY = "i % 7 = 0"

OTHERS = {
    "ORIGINAL_CERT_DATE": _if("i % 10 = 0", _date("i % 360 - 20")),
    "BEGIN_DATE": _date("i % 360 + 30"),
    "END_DATE": _date("i % 360 + 30 + 1094"),
    "TOTAL_WORKER_POSITIONS": _WORKERS,
    "NEW_EMPLOYMENT": f"CASE WHEN i % 6 < 2 THEN {_WORKERS} ELSE '0' END",
    "CONTINUED_EMPLOYMENT": f"CASE WHEN i % 6 = 2 THEN {_WORKERS} ELSE '0' END",
    "CHANGE_PREVIOUS_EMPLOYMENT": f"CASE WHEN i % 6 = 3 THEN {_WORKERS} ELSE '0' END",
    "NEW_CONCURRENT_EMPLOYMENT": "'0'",
    "CHANGE_EMPLOYER": f"CASE WHEN i % 6 = 4 THEN {_WORKERS} ELSE '0' END",
    "AMENDED_PETITION": f"CASE WHEN i % 6 = 5 THEN {_WORKERS} ELSE '0' END",
    "TRADE_NAME_DBA": _if("e % 7 = 0", "'EMPLOYER ' || CAST(e AS VARCHAR) || ' TECHNOLOGIES'"),
    "EMPLOYER_ADDRESS1": f"CAST(100 + e * 37 % 8900 AS VARCHAR) || ' ' || {_pick(_STREETS, 'e')}",
    "EMPLOYER_ADDRESS2": _if("e % 3 = 0", "'Suite ' || CAST(100 + e % 40 * 10 AS VARCHAR)"),
    "EMPLOYER_CITY": _office(0, "e"),
    "EMPLOYER_STATE": _office(1, "e"),
    "EMPLOYER_POSTAL_CODE": _office(2, "e"),
    "EMPLOYER_COUNTRY": "'UNITED STATES OF AMERICA'",
    "EMPLOYER_PROVINCE": "NULL",
    "EMPLOYER_PHONE": _phone(_office(3, "e"), "e"),
    "EMPLOYER_PHONE_EXT": _if("e % 9 = 0", "CAST(100 + e % 900 AS VARCHAR)"),
    "EMPLOYER_FEIN": "CAST(10 + e % 89 AS VARCHAR) || '-' || "
    "lpad(CAST(e * 7919 % 10000000 AS VARCHAR), 7, '0')",
    "NAICS_CODE": _pick(
        ("541511", "541512", "541519", "518210", "513210", "523150", "611310", "334413"), "e"
    ),
    "EMPLOYER_POC_LAST_NAME": _POC_LAST,
    "EMPLOYER_POC_FIRST_NAME": _POC_FIRST,
    "EMPLOYER_POC_MIDDLE_NAME": f"CASE e % 4 WHEN 0 THEN {_pick(_FIRST, 'e * 5')} "
    "WHEN 1 THEN 'A' END",
    "EMPLOYER_POC_JOB_TITLE": _pick(_POC_TITLES, "e"),
    "EMPLOYER_POC_ADDRESS1": f"CAST(100 + e * 37 % 8900 AS VARCHAR) || ' ' || "
    f"{_pick(_STREETS, 'e')}",
    "EMPLOYER_POC_ADDRESS2": _if("e % 3 = 0", "'Suite ' || CAST(100 + e % 40 * 10 AS VARCHAR)"),
    "EMPLOYER_POC_CITY": _office(0, "e"),
    "EMPLOYER_POC_STATE": _office(1, "e"),
    "EMPLOYER_POC_POSTAL_CODE": _office(2, "e"),
    "EMPLOYER_POC_COUNTRY": "'UNITED STATES OF AMERICA'",
    "EMPLOYER_POC_PROVINCE": "NULL",
    "EMPLOYER_POC_PHONE": _phone(_office(3, "e"), "e + 1"),
    "EMPLOYER_POC_PHONE_EXT": "NULL",
    "EMPLOYER_POC_EMAIL": _email(_POC_FIRST, _POC_LAST, _EMPLOYER_DOMAIN),
    "AGENT_REPRESENTING_EMPLOYER": f"CASE WHEN {_AGENT} THEN 'Yes' ELSE 'No' END",
    "AGENT_ATTORNEY_LAST_NAME": _if(_AGENT, _ATT_LAST),
    "AGENT_ATTORNEY_FIRST_NAME": _if(_AGENT, _ATT_FIRST),
    "AGENT_ATTORNEY_MIDDLE_NAME": _if(f"{_AGENT} AND a % 2 = 0", _pick(_FIRST, "a * 3")),
    "AGENT_ATTORNEY_ADDRESS1": _if(
        _AGENT, f"CAST(1 + a * 53 % 2000 AS VARCHAR) || ' ' || {_pick(_STREETS, 'a + 5')}"
    ),
    "AGENT_ATTORNEY_ADDRESS2": _if(
        f"{_AGENT} AND a % 2 = 0", "'Floor ' || CAST(2 + a % 40 AS VARCHAR)"
    ),
    "AGENT_ATTORNEY_CITY": _if(_AGENT, _office(0, "a")),
    "AGENT_ATTORNEY_STATE": _if(_AGENT, _office(1, "a")),
    "AGENT_ATTORNEY_POSTAL_CODE": _if(_AGENT, _office(2, "a")),
    "AGENT_ATTORNEY_COUNTRY": _if(_AGENT, "'UNITED STATES OF AMERICA'"),
    "AGENT_ATTORNEY_PROVINCE": "NULL",
    "AGENT_ATTORNEY_PHONE": _if(_AGENT, _phone(_office(3, "a"), "a + 3")),
    "AGENT_ATTORNEY_PHONE_EXT": _if(f"{_AGENT} AND a % 8 = 0", "CAST(200 + a AS VARCHAR)"),
    "AGENT_ATTORNEY_EMAIL_ADDRESS": _if(_AGENT, _email(_ATT_FIRST, _ATT_LAST, _FIRM_DOMAIN)),
    "LAWFIRM_NAME_BUSINESS_NAME": _if(_AGENT, _FIRM),
    "STATE_OF_HIGHEST_COURT": _if(_AGENT, _office(1, "a")),
    "NAME_OF_HIGHEST_STATE_COURT": _if(_AGENT, _office(4, "a")),
    "WORKSITE_WORKERS": _WORKERS,
    "SECONDARY_ENTITY": "CASE WHEN i % 6 = 0 THEN 'Yes' ELSE 'No' END",
    "SECONDARY_ENTITY_BUSINESS_NAME": "CASE WHEN i % 36 = 0 THEN 'CLIENT ' || "
    "CAST(i % 700 AS VARCHAR) || ' \"BLUE\" BANK, N.A.' WHEN i % 6 = 0 THEN 'CLIENT ' || "
    "CAST(i % 700 AS VARCHAR) || ' HOLDINGS, INC.' END",
    "WORKSITE_ADDRESS1": f"CAST(1 + i * 31 % 9000 AS VARCHAR) || ' ' || {_pick(_STREETS, 'i * 7')}",
    "WORKSITE_ADDRESS2": _if("i % 4 = 0", "'Floor ' || CAST(1 + i % 30 AS VARCHAR)"),
    "WORKSITE_COUNTY": "['SAN FRANCISCO', 'KING', 'NEW YORK', 'TRAVIS', 'SUFFOLK'][i % 5 + 1]",
    "WORKSITE_POSTAL_CODE": "['94105', '98109', '10001', '78701', '02110'][i % 5 + 1]",
    "PREVAILING_WAGE": f"CASE WHEN {_HOURLY} THEN printf('%.2f', (40 + i % 60) * 0.9) "
    "ELSE printf('%.2f', (90000 + (i * 37) % 150000) * 0.88) END",
    "PW_UNIT_OF_PAY": f"CASE WHEN {_HOURLY} THEN 'Hour' ELSE 'Year' END",
    "PW_TRACKING_NUMBER": _if(
        _SURVEY,
        "'P-100-23' || lpad(CAST(1 + i % 365 AS VARCHAR), 3, '0') || '-' || "
        "lpad(CAST(i * 7 % 1000000 AS VARCHAR), 6, '0')",
    ),
    "PW_OES_YEAR": f"CASE WHEN {_SURVEY} THEN NULL WHEN i % 360 >= 274 "
    "THEN '7/1/2024 - 6/30/2025' ELSE '7/1/2023 - 6/30/2024' END",
    "PW_OTHER_SOURCE": _if(_SURVEY, "'Survey'"),
    "PW_OTHER_YEAR": _if(_SURVEY, "'2023'"),
    "PW_SURVEY_PUBLISHER": _if(_SURVEY, "'Aon Radford'"),
    "PW_SURVEY_NAME": _if(_SURVEY, "'Radford Global Technology Survey'"),
    "TOTAL_WORKSITE_LOCATIONS": "CASE WHEN i % 11 = 0 THEN '2' ELSE '1' END",
    "AGREE_TO_LC_STATEMENT": "'Yes'",
    "H-1B_DEPENDENT": f"CASE WHEN {_DEPENDENT} THEN 'Yes' ELSE 'No' END",
    "WILLFUL_VIOLATOR": "'No'",
    "SUPPORT_H1B": _if(_DEPENDENT, "'Yes'"),
    "STATUTORY_BASIS": _if(_DEPENDENT, "'$60,000 or higher annual wage'"),
    "APPENDIX_A_ATTACHED": _if(_DEPENDENT, "'Yes'"),
    "PUBLIC_DISCLOSURE": _pick(
        ("Disclose Business", "Disclose Employment", "Disclose Business and Employment"), "i"
    ),
    "PREPARER_LAST_NAME": _PREP_LAST,
    "PREPARER_FIRST_NAME": _PREP_FIRST,
    "PREPARER_MIDDLE_INITIAL": f"NULLIF({_pick(('', 'A', 'M', 'J', 'R'), 'a')}, '')",
    "PREPARER_BUSINESS_NAME": f"CASE WHEN {_AGENT} THEN {_FIRM} "
    "ELSE 'EMPLOYER ' || CAST(e AS VARCHAR) || ', INC.' END",
    "PREPARER_EMAIL": f"CASE WHEN {_AGENT} THEN {_email(_PREP_FIRST, _PREP_LAST, _FIRM_DOMAIN)} "
    f"ELSE {_email(_PREP_FIRST, _PREP_LAST, _EMPLOYER_DOMAIN)} END",
}

WIDE = tuple(LAYOUT)
NARROW_COLUMNS = tuple(NARROW)


def generate_sql(columns: tuple[str, ...]) -> str:
    """The COPY statement writing `columns` (each from NARROW or OTHERS) for rows 0 to ?-1
    into '{file}'."""
    expressions = NARROW | OTHERS
    selected = ",\n    ".join(f'{expressions[c]} AS "{c}"' for c in columns)
    return (
        f"COPY (\n  SELECT {selected}\n  FROM (SELECT i, i % 5000 AS e, i % 5000 % 400 AS a "
        "FROM range(?) t(i))\n) TO '{file}' (HEADER, DELIMITER ',')"
    )


def generate(file: Path, rows: int, columns: tuple[str, ...]) -> None:
    """Write the CSV of `columns` for `rows` rows (DuckDB writes 1M rows in a few seconds)."""
    import duckdb

    with duckdb.connect() as con:
        sql = generate_sql(columns).replace("{file}", str(file).replace("'", "''"))
        con.execute(sql, [rows])
