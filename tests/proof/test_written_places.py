"""A written place is a place the words name: a state, province or country, or a city the
reader knows (from the market's GeoNames and US town tables, copied by
scripts/make_city_names.py), not any "Word, Word"."""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path

from levelset.proof.cities import NAMES_FILE, is_city
from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.locations import is_aside, is_location

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_city_names.py"


def test_a_division_after_the_employer_is_no_place() -> None:
    assert not is_location("Microsoft, Azure ML")
    assert not is_location("Deutsche Bank, Corporate Banking")
    assert not is_location("Stripe, Payments Infrastructure")


def test_places_name_a_region_or_a_known_city() -> None:
    assert is_location("Lake Forest, California")
    assert is_location("Tuas, Singapore")
    assert is_location("Bengaluru, IN")
    assert is_location("Pune, Maharashtra")
    assert is_location("Makati City, Metro Manila")  # a city the reader knows, then its region
    assert is_location("Hyderabad – India")
    assert is_location("Remote")


def test_an_employer_and_its_city_still_stand_beside_an_entry() -> None:
    assert is_aside("Netzdaten AG, Dresden") is False  # an organisation's name, as before
    assert is_aside("DB Systel, Frankfurt")  # set in a margin the way a place is
    assert is_aside("Okt. 2017 – Feb. 2019")


def test_city_names_by_their_common_forms() -> None:
    assert is_city("São Paulo") and is_city("Sao Paulo") and is_city("München")
    assert is_city("Frankfurt")  # "Frankfurt am Main" by its short name
    assert is_city("Huntington Beach")
    assert not is_city("Corporate Banking") and not is_city("New Relic")


def test_the_shipped_city_names_are_what_the_script_writes() -> None:
    spec = importlib.util.spec_from_file_location("make_city_names", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    shipped = resources.files("levelset.proof").joinpath(NAMES_FILE).read_bytes()
    assert shipped == script.written(script.city_names())


def _place_of(heading: str) -> tuple[str, str, str]:
    text = f"Experience\n{heading}\nMar 2021 – Present\n• Shipped the ranker.\n"
    lines = [Line(i, t) for i, t in enumerate(text.splitlines(), start=1)]
    (position,) = parse_resume(lines, "resume.md").positions
    return position.title, position.company, position.location or ""


def test_an_employers_division_before_the_title_gives_no_place() -> None:
    title, _, place = _place_of("Microsoft, Azure ML — Applied Scientist")
    assert title == "Applied Scientist" and place == ""
    title, _, place = _place_of("Deutsche Bank, Corporate Banking — Analyst")
    assert title == "Analyst" and place == ""


def test_an_employers_city_before_the_title_is_its_place() -> None:
    assert _place_of("Kuda, Lagos — Backend Engineer") == ("Backend Engineer", "Kuda", "Lagos")


def test_a_club_post_written_like_a_place_is_none() -> None:
    assert not is_location("Vice Chairman, IBM Technical Club, TJU")
    assert not is_location("Chair, Kestrel Robotics Club, MIT")
    assert is_location("Austin, TX") and is_location("Tokyo, JPN")
