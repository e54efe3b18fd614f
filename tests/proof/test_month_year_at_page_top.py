"""An entry heading at the top of a page whose dates end in "MM/YYYY" ("CREATEME TECHNOLOGIES
07/2022 - 01/2023") is no running footer numbered "1/2": it stays. Written after a Google Docs
résumé of the tuning part (2026-12-05r); the page is made up."""

from __future__ import annotations

from levelset.proof.layout import Box, Page, read_pages


def _page(*rows: tuple[float, str]) -> Page:
    return Page(600, 800, tuple(Box(58, y, 58 + 5 * len(t), y + 10, t, 10.0) for y, t in rows))


def test_a_heading_with_month_year_dates_at_the_top_of_a_page_stays() -> None:
    first = _page((40, "Ada Nwosu"), (100, "Experience"), (130, "Engineer at Kobo"), (770, "1/2"))
    second = _page(
        (45, "PALM RETAIL GROUP  07/2022 - 01/2023"),
        (70, "Senior Software Engineer"),
        (95, "Built the stock service."),
        (770, "2/2"),
    )
    texts = [[line.text for line in page] for page in read_pages([first, second])]
    assert "1/2" not in texts[0] and "2/2" not in texts[1]  # the page numbers still go
    assert texts[1][0].startswith("PALM RETAIL GROUP")
