"""A generated LCA disclosure file shaped like a real year of data-scientist filings.

Shaped like the DOL files, not copied from them: a few large employers filing under several
spellings and entities ("Amazon.com Services LLC", "AMAZON WEB SERVICES, INC."), consulting
and finance firms, and a long tail of small employers whose names share words ("Data",
"Labs", "Analytics", "AI"), so company strings overlap the way free text does; filings
concentrated in a dozen metros with a spread over principal and non-principal cities and
small places; a company town (TOWN); wage level II the most common; a few filings that are
not counted (withdrawn, part time, another title). A fixed seed: the same file every run.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

HEADER = ["CASE_NUMBER", "CASE_STATUS", "DECISION_DATE", "JOB_TITLE", "SOC_CODE",
          "FULL_TIME_POSITION", "EMPLOYER_NAME", "WORKSITE_CITY", "WORKSITE_STATE",
          "WAGE_RATE_OF_PAY_FROM", "WAGE_UNIT_OF_PAY", "PW_WAGE_LEVEL"]  # fmt: skip

# (spellings, filings, the cities it files in) for the employers with many filings
LARGE = (
    (("Amazon.com Services LLC", "AMAZON.COM SERVICES LLC", "Amazon Web Services, Inc.",
      "Amazon Development Center U.S., Inc."), 260,
     ("SEATTLE", "BELLEVUE", "NEW YORK", "SAN FRANCISCO", "AUSTIN", "BOSTON", "ARLINGTON")),
    (("Meta Platforms, Inc.", "META PLATFORMS INC"), 150,
     ("MENLO PARK", "NEW YORK", "SEATTLE", "BELLEVUE", "SAN FRANCISCO")),
    (("Google LLC", "GOOGLE LLC", "Google, Inc."), 140,
     ("MOUNTAIN VIEW", "SUNNYVALE", "NEW YORK", "SEATTLE", "KIRKLAND", "SAN FRANCISCO")),
    (("Microsoft Corporation", "MICROSOFT CORP"), 110,
     ("REDMOND", "BELLEVUE", "SEATTLE", "NEW YORK", "CAMBRIDGE")),
    (("Apple Inc.", "APPLE INC"), 70, ("CUPERTINO", "SUNNYVALE", "SEATTLE", "AUSTIN")),
    (("Walmart Associates, Inc.", "Walmart Inc."), 60,
     ("SUNNYVALE", "HOBOKEN", "DALLAS")),
    (("JPMorgan Chase & Co.", "JPMORGAN CHASE AND CO"), 55,
     ("NEW YORK", "JERSEY CITY", "PLANO", "CHICAGO", "COLUMBUS")),
    (("Capital One Services, LLC",), 45, ("MCLEAN", "RICHMOND", "NEW YORK", "PLANO")),
    (("Deloitte Consulting LLP", "DELOITTE CONSULTING LLP"), 45,
     ("ARLINGTON", "CHICAGO", "ATLANTA", "DALLAS", "NEW YORK", "BOSTON")),
    (("Tata Consultancy Services Limited",), 40,
     ("EDISON", "DALLAS", "CHARLOTTE", "PHOENIX", "NEW YORK")),
    (("Cognizant Technology Solutions US Corp",), 30, ("TEANECK", "DALLAS", "CHICAGO")),
    (("Uber Technologies, Inc.",), 30, ("SAN FRANCISCO", "NEW YORK", "SEATTLE")),
    (("Airbnb, Inc.",), 18, ("SAN FRANCISCO", "SEATTLE")),
    (("Example Labs, Inc.", "EXAMPLE LABS INC"), 24, ("SAN FRANCISCO", "BOSTON", "AUSTIN")),
    (("Scale Data Labs LLC",), 14, ("SAN FRANCISCO", "NEW YORK")),
    (("Bright AI Systems Corp.",), 12, ("AUSTIN", "SEATTLE")),
)  # fmt: skip
# Arkansas, a company town: two employers file every Level II filing of the Fayetteville
# metro (Springdale, Rogers), and a third employer 2 more elsewhere in the state
TOWN = (("Tyson Foods, Inc.", "SPRINGDALE", 7), ("Walmart Inc.", "ROGERS", 8),
        ("Natural State Analytics LLC", "LITTLE ROCK", 2))  # fmt: skip
SMALL_WORDS = (("Data", "Quant", "Blue", "North", "Bright", "Pioneer", "Cedar", "Vertex"),
               ("Analytics", "Labs", "AI", "Systems", "Health", "Insights", "Solutions"),
               ("LLC", "Inc.", "Corp.", "Co.", "Ltd"))  # fmt: skip
SMALL_EMPLOYERS = 300
# (city, state, weight): metro principal cities, cities outside them, small places
CITIES = (
    ("SAN FRANCISCO", "CA", 12), ("OAKLAND", "CA", 2), ("SAN JOSE", "CA", 3),
    ("SUNNYVALE", "CA", 3), ("MOUNTAIN VIEW", "CA", 2), ("MENLO PARK", "CA", 2),
    ("CUPERTINO", "CA", 1), ("LOS ANGELES", "CA", 3), ("SAN DIEGO", "CA", 2), ("FRESNO", "CA", 1),
    ("SEATTLE", "WA", 8), ("BELLEVUE", "WA", 3), ("REDMOND", "WA", 2), ("KIRKLAND", "WA", 1),
    ("SPOKANE", "WA", 1),
    ("NEW YORK", "NY", 10), ("ROCHESTER", "NY", 1), ("JERSEY CITY", "NJ", 2),
    ("HOBOKEN", "NJ", 1), ("EDISON", "NJ", 1), ("BOSTON", "MA", 4), ("CAMBRIDGE", "MA", 3),
    ("AUSTIN", "TX", 4), ("DALLAS", "TX", 3), ("PLANO", "TX", 2), ("HOUSTON", "TX", 2),
    ("CHICAGO", "IL", 4), ("ATLANTA", "GA", 3), ("ARLINGTON", "VA", 2), ("MCLEAN", "VA", 2),
    ("RICHMOND", "VA", 1), ("DENVER", "CO", 2), ("RALEIGH", "NC", 1), ("CHARLOTTE", "NC", 2),
    ("PHOENIX", "AZ", 1), ("COLUMBUS", "OH", 1), ("PITTSBURGH", "PA", 1),
    ("BOISE", "ID", 1), ("TEANECK", "NJ", 1),
)  # fmt: skip
STATE_OF = {city: state for city, state, _ in CITIES} | {c: "AR" for _, c, _ in TOWN}
LEVELS = (("I", 15), ("II", 44), ("III", 23), ("IV", 12), ("", 6))
TITLES = ("DATA SCIENTIST", "SENIOR DATA SCIENTIST", "DATA SCIENTIST II", "LEAD DATA SCIENTIST",
          "PRINCIPAL DATA SCIENTIST", "DATA SCIENTIST, MACHINE LEARNING")  # fmt: skip
BASE = {"I": 105_000, "II": 130_000, "III": 160_000, "IV": 190_000, "": 140_000}


def filings(seed: int = 2024) -> list[dict[str, str]]:
    """Every filing of the sample, counted or not, as the CSV's rows."""
    pick = random.Random(seed)
    rows: list[dict[str, str]] = []
    for spellings, count, cities in LARGE:
        for _ in range(count):
            city = pick.choice(cities) if pick.random() < 0.85 else _any_city(pick)
            rows.append(_filing(pick, pick.choice(spellings), city, len(rows)))
    for employer, city, count in TOWN:
        for _ in range(count):
            rows.append(_filing(pick, employer, city, len(rows), "II"))
    for i in range(SMALL_EMPLOYERS):
        name = " ".join(pick.choice(words) for words in SMALL_WORDS) + f" {i}" * (i % 3 == 0)
        home = _any_city(pick)
        for _ in range(min(int(pick.paretovariate(1.3)), 12)):
            city = home if pick.random() < 0.8 else _any_city(pick)
            rows.append(_filing(pick, name, city, len(rows)))
    for row in pick.sample(rows, len(rows) // 20):
        if row["WORKSITE_STATE"] == "AR":
            continue  # the town stays as built
        uncounted = pick.choice((
            {"CASE_STATUS": "Withdrawn"}, {"FULL_TIME_POSITION": "N"},
            {"JOB_TITLE": "STATISTICIAN", "SOC_CODE": "15-2041.00"},
        ))  # fmt: skip
        row.update(uncounted)
    return rows


def counted(row: dict[str, str]) -> bool:
    """Whether an LCA range counts the filing: certified, full time, a data-scientist title."""
    return (row["CASE_STATUS"] == "Certified" and row["FULL_TIME_POSITION"] == "Y"
            and "DATA SCIENTIST" in row["JOB_TITLE"])  # fmt: skip


def write(folder: Path, rows: list[dict[str, str]]) -> Path:
    """The rows as a DOL disclosure file in `folder`."""
    file = folder / "LCA_Disclosure_Data_FY2024_Q4.csv"
    with file.open("w", newline="") as out:
        writer = csv.DictWriter(out, HEADER)
        writer.writeheader()
        writer.writerows(rows)
    return file


def _any_city(pick: random.Random) -> str:
    return pick.choices([c for c, _, _ in CITIES], [w for _, _, w in CITIES])[0]


def _filing(
    pick: random.Random, employer: str, city: str, number: int, level: str | None = None
) -> dict[str, str]:
    level = level or pick.choices([lv for lv, _ in LEVELS], [w for _, w in LEVELS])[0]
    wage = BASE[level] * pick.uniform(0.8, 1.35)
    return {
        "CASE_NUMBER": f"I-200-24{number:06d}", "CASE_STATUS": "Certified",
        "DECISION_DATE": "2024-06-01", "JOB_TITLE": pick.choice(TITLES),
        "SOC_CODE": "15-2051.00", "FULL_TIME_POSITION": "Y", "EMPLOYER_NAME": employer,
        "WORKSITE_CITY": city, "WORKSITE_STATE": STATE_OF[city],
        "WAGE_RATE_OF_PAY_FROM": str(int(round(wage, -2))), "WAGE_UNIT_OF_PAY": "Year",
        "PW_WAGE_LEVEL": level,
    }  # fmt: skip
