"""The practice's offer book: the rules on pure values, then `levelset range` for the coach
(the book beside the public sources) and for a client (no book)."""

from __future__ import annotations

import datetime as dt
import statistics
from decimal import Decimal
from pathlib import Path

import pytest

from levelset.bands import Band
from levelset.coach.offer_book import SignedOffer, offer_book
from tests.cli.runner import run_cli
from tests.coach.signed import sign

D = Decimal


def signed(k: int, base: int, band: Band = Band.SENIOR, area: str = "seattle") -> SignedOffer:
    day = dt.date(2026, 11, k)
    return SignedOffer(f"c{k}", day, "USD", D(base), D(base) / 10, D(40_000), band, area)


def cell(book, label):  # type: ignore[no-untyped-def]
    return next(c for c in book.cells if c.label.startswith(label))


def test_a_cell_needs_five_clients_and_no_dominant_client() -> None:
    four = offer_book([signed(k, 200_000) for k in range(1, 5)], Band.SENIOR, "seattle")
    assert {c.hidden for c in four.cells} == {"fewer than 5 clients"}
    dominant = [signed(k, 150_000) for k in range(1, 6)] + [signed(6, 900_000)]
    base = cell(offer_book(dominant, None, None), "every level").figures[0]
    assert base.values is None and "25%" in base.hidden


def test_a_narrow_cell_is_hidden_when_a_wider_one_differs_by_a_few_clients() -> None:
    six = [signed(k, 200_000 + 1_000 * k) for k in range(1, 7)]
    two_more = [signed(k, 300_000, Band.STAFF) for k in (7, 8)]
    book = offer_book(six + two_more, Band.SENIOR, "seattle", "Seattle")
    assert cell(book, "senior, Seattle").hidden.startswith("the few clients outside")
    assert cell(book, "senior, every place").hidden.startswith("the few clients outside")
    assert cell(book, "every level").n == 8 and not cell(book, "every level").hidden


def test_each_client_counts_once_with_their_latest_signature() -> None:
    offers = [signed(k, 200_000) for k in range(1, 6)]
    offers.append(
        SignedOffer("c1", dt.date(2026, 11, 30), "USD", D(250_000), D(0), D(0), None, None)
    )
    book = offer_book(offers, None, None)
    assert book.cells[0].n == 5 and book.cells[0].last == dt.date(2026, 11, 30)


@pytest.mark.usefixtures("market")
def test_range_for_the_coach_shows_the_clients_offers_beside_the_public_sources(
    tmp_path: Path,
) -> None:
    seattle = [181_000, 190_000, 204_000, 215_000, 222_000, 236_000]
    for k, base in enumerate(seattle):
        sign(tmp_path, f"S{k}", base=base, day=f"2026-11-{20 + k}")
    for k, base in enumerate([260_000, 270_000, 280_000, 290_000, 300_000]):
        sign(tmp_path, f"F{k}", base=base, level="staff", place="San Francisco, CA")
    query = ("range", "Machine Learning Engineer", "--level", "senior", "--location", "Seattle")
    book = run_cli(*query, "--json").json()["clients_offers"]
    assert book["source"] == "your clients' offers" and book["clients"] == 11
    here, level, everyone = book["cells"]
    assert here["label"].startswith("senior, Seattle") and here["n"] == 6
    assert (here["first"], here["last"]) == ("2026-11-20", "2026-11-25")
    q1, median, q3 = statistics.quantiles(seattle, n=4, method="inclusive")
    assert here["figures"][0]["values"] == {"q1": q1, "median": median, "q3": q3}
    assert level["n"] == 6 and everyone["n"] == 11 and not everyone["hidden"]
    text = run_cli(*query).stdout
    assert "Your clients' offers" in text and "$210k" in text  # the Seattle median, 209,500
    for_client = run_cli("--client", "S0", *query, "--json").json()
    assert "clients_offers" not in for_client


def test_a_slice_holding_offers_signed_over_a_year_ago_is_flagged() -> None:
    """The book gave each slice's first and last signature but never said a year-old offer
    was old, while every market source is flagged past 12 months (issue 13)."""
    offers = [signed(k, 200_000 + 1_000 * k) for k in range(1, 7)]  # 2026-11-01 to -06
    fresh = cell(offer_book(offers, None, None, today=dt.date(2027, 11, 30)), "every level")
    assert fresh.oldest_months == 12 and not fresh.dated and fresh.to_dict()["dated"] is False
    old = cell(offer_book(offers, None, None, today=dt.date(2027, 12, 2)), "every level")
    assert old.oldest_months == 13 and old.dated and old.to_dict()["dated"] is True
    hidden = cell(offer_book(offers[:3], None, None, today=dt.date(2028, 6, 1)), "every level")
    assert hidden.hidden and hidden.to_dict()["dated"] is False  # a hidden slice says nothing


@pytest.mark.usefixtures("market")
def test_range_flags_the_books_old_offers(tmp_path: Path) -> None:
    for k, base in enumerate([181_000, 190_000, 204_000, 215_000, 222_000]):
        sign(tmp_path, f"S{k}", base=base, day=f"2026-11-{20 + k}")
    query = ("range", "Machine Learning Engineer", "--level", "senior", "--location", "Seattle")
    now = run_cli(*query, "--json").json()["clients_offers"]["cells"]
    assert not any(c["dated"] for c in now)
    later = ("--today", "2028-01-10", *query)
    (everyone,) = [c for c in run_cli(*later, "--json").json()["clients_offers"]["cells"]
                   if c["label"] == "every level and place"]  # fmt: skip
    assert everyone["dated"] and everyone["oldest_months"] == 13
    text = " ".join(run_cli(*later).stdout.split())
    assert "Older than 12 months: offers signed up to 13 months ago are in" in text
    assert "'every level and place'; pay has likely moved since" in text


def _rendered(offers: list[SignedOffer]) -> str:
    from rich.console import Console

    from levelset.cli.offer_book_view import render_book

    console = Console(width=100, record=True)
    console.print(render_book(offer_book(offers, None, None, today=dt.date(2026, 12, 1))))
    return " ".join(console.export_text().split())


def test_a_book_without_signed_offers_is_one_line_not_an_empty_table() -> None:
    """A coach whose clients have signed nothing yet saw a table of one hidden slice and
    '0 client(s) signed in USD'; one client is 'client', several 'clients'."""
    empty = _rendered([])
    assert empty.startswith("Your clients' offers: none signed in USD yet")
    assert "slice" not in empty and "client(s)" not in empty
    assert "1 client signed in USD" in _rendered([signed(1, 200_000)])
    assert "2 clients signed in USD" in _rendered([signed(1, 200_000), signed(2, 210_000)])
