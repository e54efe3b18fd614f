"""Families of posted titles read in the eleventh session of issue 13 (titles13): a ladder's name
for every engineer followed by the job it is ("Member of Technical Staff, MLE"), a team's
engineering of three words after "Manager," and fields listed before one job word, whose first
field is the job's, read by the words they share ("Integration, Data & Process Cloud Engineer")
and never as a tech job when the first field is another trade's ("Mechanical and Data
Engineer"), gender marks or not; trust and safety's engineers (fraud, abuse, spam), and a tech
reading's name with a specialty before it and a team or place after it ("GPU Kernel Engineer
(London, Berlin)"). Every title here is written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from levelset.market.store import MarketStore
from tests.market.market_home import clock, market_paths
from tests.market.market_home import title_reading as _read


@pytest.fixture
def market(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


@pytest.mark.parametrize(
    ("title", "read"),
    [
        # a ladder's name for every engineer, then the job it is
        ("Member of Technical Staff, MLE", ("ml_engineer", None)),
        ("Senior Member of Technical Staff, Data Engineer (Remote)", ("data_engineer", "senior")),
        ("MTS - Site Reliability Engineer", ("platform_engineer", None)),
        ("Principal Member of Technical Staff, Data Scientist", ("data_scientist", "principal")),
        # a team's engineering of three words after the manager
        ("Manager, Digital Workplace Engineering", ("engineering_manager", None)),
        ("Senior Manager, Core Payments Engineering", ("engineering_manager", "senior")),
        # fields listed before one job word: the first, with the words every field shares
        ("Integration, Data & Process Cloud Engineer", ("platform_engineer", None)),
        # trust and safety's engineers build a platform's defences
        ("Senior Anti-Abuse Engineer", ("software_engineer", "senior")),
        ("Payments Fraud Engineer", ("software_engineer", None)),
        ("Trust & Safety Engineer", ("software_engineer", None)),
        # a tech reading's name after a specialty, a team or place after it
        ("GPU Kernel Engineer (London, Berlin)", ("software_engineer", None)),
        ("Anti-Spam & Abuse Engineer (Remote, EU)", ("software_engineer", None)),
    ],
)
def test_a_posted_form_reads_as_its_role(
    market: MarketStore, title: str, read: tuple[str, str | None]
) -> None:
    assert _read(market, title) == read


@pytest.mark.parametrize(
    "title",
    [
        "Mechanical and Data Engineer",  # a mechanical engineer
        "Manufacturing & Data Analytics Engineer",
        "Advanced Process Control & Analytics Engineer",  # controls a plant's processes
        "Advanced Process Control & Analytics Engineer (F/M/X)",
        "Senior Electrical & Software Engineer (m/w/d)",
    ],
)
def test_a_first_field_of_another_trade_is_never_read_into_tech(
    market: MarketStore, title: str
) -> None:
    key, _ = _read(market, title)
    assert key == "refused" or (key.startswith("onet:") and not key.startswith("onet:15-"))
