"""`levelset range`, `levelset roles`, `levelset levels`, `levelset places`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from levelset.patterns import compiled

if TYPE_CHECKING:
    from levelset.app.workspace import Progress, Workspace
    from levelset.coach.offer_book import OfferBook

JSON = typer.Option(False, "--json", help="Print JSON.")


def range_command(
    title: str | None = typer.Argument(
        None,
        metavar="TITLE",
        help='Job title, e.g. "Machine Learning Engineer", "MLE" (default: your profile\'s '
        "target, with its level and first place unless given).",
    ),
    level: str | None = typer.Option(
        None,
        "--level",
        "-l",
        metavar="LEVEL",
        help='Level: "senior", "L5", "E5", "SDE II", "IC4", "staff"...',
    ),
    location: list[str] | None = typer.Option(
        None,
        "--location",
        "-p",
        metavar="PLACE",
        help='Place: "San Francisco", "NYC", "Texas", "London", '
        '"Remote". Repeat to compare places side by side.',
    ),
    company: str | None = typer.Option(
        None,
        "--company",
        "-c",
        metavar="COMPANY",
        help="Company: reads company levels (L5 at Amazon) and filters LCA.",
    ),
    source: str = typer.Option(
        "all", "--source", metavar="SOURCE", help="oews, crowd, lca or all."
    ),
    year: int | None = typer.Option(
        None,
        "--year",
        metavar="YEAR",
        help="Crowd work year or LCA fiscal year (default: the crowd's last two years, the "
        "latest LCA fiscal year).",
    ),
    offer: str | None = typer.Option(
        None,
        "--offer",
        metavar="AMOUNT",
        help="An annual amount in USD (185000, 185k, $185,000, 1.2m): shows the percentile it "
        "sits at in each range.",
    ),
    json_output: bool = JSON,
) -> None:
    """Base-salary ranges (P10-P90; no stock or bonus) for a role, level and place from every
    source, with sample sizes, dates, caveats and a blended headline range."""
    from levelset.app import market
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import market_progress, workspace

    ws, progress = workspace(), market_progress()
    title, level, places = market.target_query(ws, title, level, location or [])
    amount, source = _amount(offer), source.lower()
    if len(places) > 1:
        reports = market.compare_places(
            ws,
            title,
            level,
            places,
            company=company,
            source=source,
            year=year,
            offer=amount,
            progress=progress,
        )
        if json_output:
            print_json({"reports": [r.to_dict() for r in reports]})
            return
        from levelset.cli.market_view import render_comparison

        console().print(render_comparison(reports, console().width))
        return
    place = places[0] if places else None
    report = market.market_range(
        ws,
        title,
        level,
        place,
        company=company,
        source=source,
        year=year,
        offer=amount,
        progress=progress,
    )
    book = _book(ws, level, place, company, source, progress)
    if json_output:
        print_json(report.to_dict() | ({"clients_offers": book.to_dict()} if book else {}))
        return
    from levelset.cli.market_view import render_report

    console().print(render_report(report, console().width))
    if book is not None:
        from levelset.cli.offer_book_view import render_book

        console().print(render_book(book, console().width))


def _book(
    ws: Workspace,
    level: str | None,
    place: str | None,
    company: str | None,
    source: str,
    progress: Progress,
) -> OfferBook | None:
    """The coach's own offer book, beside the public sources (never for one client)."""
    if source != "all":
        return None
    from levelset.app.offer_book import clients_offers

    return clients_offers(ws, level, place, company=company, progress=progress)


_SPACES = compiled(r"\s+")
_NOT_USD = compiled(r"[€£¥₹]|eur|gbp|cad|inr|chf")  # another currency's sign or code
_USD_MARK = compiled(r"^(usd|us\$|\$)|usd$")


def _amount(text: str | None) -> float | None:
    """An annual USD amount as people write it: 185000, 185k, $185,000, 1.2m, 150 000."""
    if text is None:
        return None
    from levelset.errors import InputError
    from levelset.money import to_salary

    typed = text.strip()
    cleaned = _SPACES.sub("", typed.lower())
    if _NOT_USD.search(cleaned):
        raise InputError(f"--offer: the ranges are in USD; give {typed!r} in US dollars")
    cleaned = _USD_MARK.sub("", cleaned)
    if cleaned.startswith("-"):
        raise InputError(f"--offer: must not be negative, got {typed!r}")
    try:
        amount = float(to_salary(cleaned, field="--offer"))  # reads 185k and 1.2m too
    except InputError:
        raise InputError(
            f"--offer: {typed!r} is not an amount", hint="e.g. 185000, 185k or $185,000"
        ) from None
    if amount <= 0:
        raise InputError(f"--offer: must be more than 0, got {typed!r}")
    return amount


def roles_command(
    title: str = typer.Argument(
        ..., help='A job title, e.g. "Sr. ML Eng" or "Applied Scientist II".'
    ),
    json_output: bool = JSON,
) -> None:
    """How a job title maps to a role and SOC codes, and why."""
    from levelset.app import market
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import market_progress, workspace
    from levelset.market.oews_source import occupation_names

    role = market.resolve_role(workspace(), title, market_progress())
    names = occupation_names(workspace().market(market_progress()), role.soc_codes)
    if json_output:
        data = role.to_dict()
        for soc in data["socs"]:
            soc["occupation"] = names.get(soc["soc"])
        print_json(data)
        return
    from levelset.cli.market_names_view import render_role

    console().print(render_role(role, names))


def levels_command(
    text: str | None = typer.Argument(
        None, help='A level to read, e.g. "L5", "SDE II", "IC4"; omit for the whole table.'
    ),
    company: str | None = typer.Option(
        None, "--company", "-c", metavar="COMPANY", help="Read the level on this company's ladder."
    ),
    json_output: bool = JSON,
) -> None:
    """The band scale and the cross-company level table (community-reported)."""
    from levelset import market
    from levelset.app.market import level_table
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import market_progress, workspace

    if text:
        match = market.parse_level(text, company)
        if json_output:
            print_json(match.to_dict())
            return
        from levelset.cli.market_names_view import render_level

        console().print(render_level(match))
        return
    rows = level_table(workspace(), market_progress())
    if json_output:
        print_json({"community_reported": True, "levels": [r.to_dict() for r in rows]})
        return
    from levelset.cli.market_names_view import render_level_table

    console().print(render_level_table(rows, console().width))


def places_command(
    text: str = typer.Argument(
        ..., help='A place: "SF", "Bay Area", "NYC", "Texas", "London", "Remote".'
    ),
    json_output: bool = JSON,
) -> None:
    """How a place name is understood, and which area each source uses for it."""
    from levelset.app import market
    from levelset.cli.output import console, print_json
    from levelset.cli.workspace import market_progress, workspace
    from levelset.market.areas import oews_areas
    from levelset.market.widening import area_chain

    place = market.resolve_place(workspace(), text, market_progress())
    chain = [s.name for s in area_chain(place, oews_areas(workspace().market(market_progress())))]
    if json_output:
        print_json(place.to_dict() | {"oews_widening": chain})
        return
    from levelset.cli.market_names_view import render_place

    console().print(render_place(place, chain))
