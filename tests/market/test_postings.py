"""Reading a job posting: the pay range in the forms postings write it, and the fields.

The sentences here are written for these tests in the forms pay-transparency postings use.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from levelset.market.pay_text import read_pay
from levelset.market.postings import read_posting

CASES = [
    ("The base salary range for this role is $180,000 - $240,000.", 180000, 240000, "USD", "year"),
    ("Pay: $85/hr", 85, 85, "USD", "hour"),
    ("Compensation: 180k–240k plus equity", 180000, 240000, "USD", "year"),
    ("USD 150,000 to 200,000 per year", 150000, 200000, "USD", "year"),
    ("Hourly rate: $40 - $55 per hour", 40, 55, "USD", "hour"),
    ("Salary between $120,000 and $150,000 annually", 120000, 150000, "USD", "year"),
    ("Salary: £70,000-£90,000", 70000, 90000, "GBP", "year"),
    ("Gehalt: €65.000 - €80.000 per year", 65000, 80000, "EUR", "year"),
    ("Salary $180-240k", 180000, 240000, "USD", "year"),
    ("Range: GS-15 Step 1 - $128,078 to GS-15 Step 10 $172,500", 128078, 172500, "USD", "year"),
    ("We raised $50M in 2023. The hiring range is $150k-$190k + a bonus of $20,000",
     150000, 190000, "USD", "year"),
    ("Salary range $180,000 to $240,000 USD ($175,000 to $245,000 CAD) per year",
     180000, 240000, "USD", "year"),
    ("Salary range: GS-15 ($136,908 to $183,500). The maximum salary for the GS pay system "
     "is $183,500.", 136908, 183500, "USD", "year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "low", "high", "currency", "period"), CASES)
def test_pay_ranges_as_postings_write_them(
    text: str, low: int, high: int, currency: str, period: str
) -> None:
    pay = read_pay(text)
    assert pay is not None, text
    assert (pay.low, pay.high) == (Decimal(low), Decimal(high))
    assert (pay.currency, pay.period) == (currency, period)


def test_no_pay_range_is_none_not_a_guess() -> None:
    assert read_pay("We raised $40M from investors in 2024 and serve 2,000 customers.") is None
    assert read_pay("Competitive salary and great benefits.") is None


def test_hourly_pay_becomes_yearly_at_2080_hours() -> None:
    pay = read_pay("$85/hr")
    assert pay is not None and pay.yearly() == (Decimal(176800), Decimal(176800))


def test_pasted_text_fields() -> None:
    text = (
        "Staff Machine Learning Engineer\nCompany: Acme Robotics\nLocation: Seattle, WA\n\n"
        "The salary range for this position is $210,000 to $280,000 per year."
    )
    posting = read_posting(text).to_dict()
    assert posting["title"] == "Staff Machine Learning Engineer"
    assert posting["company"] == "Acme Robotics"
    assert posting["location"] == "Seattle, WA"
    assert posting["level"] == "Staff"
    assert (posting["min"], posting["max"], posting["currency"], posting["period"]) == (
        Decimal(210000), Decimal(280000), "USD", "year")  # fmt: skip


def test_json_resume_job_description() -> None:
    data = {"title": "Senior ML Engineer", "company": "Acme", "type": "Full-time",
            "location": {"city": "Austin", "region": "TX", "countryCode": "US"},
            "salary": "$160k - $200k"}  # fmt: skip
    posting = read_posting(json.dumps(data))
    assert posting.format == "json"
    assert (posting.company, posting.title, posting.location) == ("Acme", "Senior ML Engineer",
                                                                  "Austin, TX, US")  # fmt: skip
    assert posting.pay is not None and posting.pay.high == Decimal(200000)


def test_saved_page_with_a_json_ld_job_posting() -> None:
    ld = {"@context": "https://schema.org", "@type": "JobPosting", "title": "ML Engineer",
          "hiringOrganization": {"@type": "Organization", "name": "Acme"},
          "jobLocation": {"@type": "Place", "address": {"addressLocality": "Denver",
                                                        "addressRegion": "CO"}},
          "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {
              "minValue": 150000, "maxValue": 190000, "unitText": "YEAR"}}}  # fmt: skip
    page = f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
    posting = read_posting(page + "<body><h1>ML Engineer</h1></body></html>")
    assert (posting.format, posting.company, posting.location) == ("html", "Acme", "Denver, CO")
    assert posting.pay is not None and (posting.pay.low, posting.pay.period) == (150000, "year")


def test_saved_page_without_structured_data_reads_its_text() -> None:
    page = ("<html><head><title>Jobs</title></head><body><h1>Senior Data Scientist</h1>"
            "<p><strong>Location:</strong> Boston, MA</p><p>Pay range: $140,000&ndash;$175,000"
            " a year</p></body></html>")  # fmt: skip
    posting = read_posting(page)
    assert (posting.title, posting.location, posting.level) == (
        "Senior Data Scientist", "Boston, MA", "Senior")  # fmt: skip
    assert posting.pay is not None and posting.pay.high == Decimal(175000)


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        ("We're hiring a Data Scientist in the Office of Northwind Labs at the GS-14 level.",
         "Northwind Labs"),
        ("Acme Robotics will soon be accepting applications for the Data Scientist role.",
         "Acme Robotics"),
        ("Contoso is accepting applications for a Staff ML Engineer.", "Contoso"),
    ],
)  # fmt: skip
def test_the_company_in_a_posting_s_opening_sentence(opening: str, company: str) -> None:
    text = f"Senior Data Scientist\n\n{opening}\n\nPay: $150,000 - $190,000 per year\n"
    assert read_posting(text).company == company


@pytest.mark.parametrize(
    ("opening", "company"),
    [
        ("The Northwind Digital Service (NDS) builds services people use.",
         "Northwind Digital Service"),
        ("The TTS Centers of Excellence (CoE) office is hiring.", "Centers of Excellence"),
        ("The Northwind Digital Service makes services simple.\n\nAt NDS, we ship often.",
         "Northwind Digital Service"),
        ("See the [General Schedule (GS) Salary Calculator](https://example.org).", None),
    ],
)  # fmt: skip
def test_an_organisation_named_with_its_initials_is_the_company(
    opening: str, company: str | None
) -> None:
    assert read_posting(f"Data Engineer\n\n{opening}\n").company == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a parent department named once, the employer's initials said throughout
        ("## About NDS\n\nWe build services. Support the Treasury Board Secretariat's IT team "
         "with TBS staff.\n\nAt NDS we ship; NDS's teams are small; NDS works in the open.",
         "NDS"),
        ("NDS's policy team works in the Treasury Board Secretariat of Canada. Join NDS today: "
         "NDS's teams ship often, and TBS pays.", "NDS"),
        # the department is the employer when nobody else is
        ("The Treasury Board Secretariat sets policy; TBS staff work in Ottawa.",
         "Treasury Board Secretariat"),
        # another body's page in a link is not the employer
        ("See [OPM's pay page](https://example.org), [OPM's tables](https://example.org) and "
         "[OPM's calculator](https://example.org).", None),
    ],
)  # fmt: skip
def test_a_parent_body_named_in_passing_is_not_the_employer(text: str, company: str | None) -> None:
    assert read_posting(f"Policy Advisor\n\n{text}\n").company == company


def test_a_canadian_classification_is_the_level_and_a_placeholder_no_value() -> None:
    text = "---\ntitle: Data Engineer\nlocation: '{{ page.location }}'\n---\nClassified as IT-03.\n"
    posting = read_posting(text)
    assert (posting.level, posting.location) == ("IT-03", None)
    assert read_posting("Chief of Staff\n\nSupport our CEO.\n").level is None
