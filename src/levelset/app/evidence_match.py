"""Which of the user's saved postings, comps and offers belong to one query: the same role
(by the title), the same band (when the query names a level) and the same place (when it
names one), as levelset reads each; and the user's offers as yearly total pay."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from levelset.app.workspace import Workspace
from levelset.errors import LevelsetError
from levelset.market.evidence import Comp, Point, SavedPosting

if TYPE_CHECKING:
    from levelset.bands import Band
    from levelset.market.report import RangeReport


def offer_points(ws: Workspace, match: Matcher, leave_out: str | None = None) -> list[Point]:
    """The user's stored offers (their own and competing ones) as yearly total pay."""
    from levelset.app.offer_records import list_offers, rates
    from levelset.negotiation.total_pay import offer_total

    table = rates(ws)
    found = []
    for stored in list_offers(ws):
        offer = stored.offer
        if leave_out and offer.company.strip().lower() == leave_out.strip().lower():
            continue
        if not match.fields(offer.title, offer.level, offer.location, offer.company):
            continue
        day = stored.created_at.date() if stored.created_at else None
        found.append(
            Point("your offers", offer_total(offer, offer.base, table), day, offer.currency)
        )
    return found


class Matcher:
    """Whether a saved title, level and place are one query's role, band and place."""

    def __init__(self, ws: Workspace, role_key: str, band: Band | None, place: str | None):
        self.ws, self.role_key, self.band, self.place = ws, role_key, band, place
        self.area = place or "all your places"
        self._places: dict[str, str | None] = {}

    @classmethod
    def of_report(cls, ws: Workspace, report: RangeReport) -> Matcher:
        band = report.level.band if report.level else None
        return cls(ws, report.role.key, band, report.place.name if report.place else None)

    @classmethod
    def of_query(
        cls, ws: Workspace, title: str, level: str | None, place: str | None, company: str | None
    ) -> Matcher | None:
        from levelset.app.market_names import resolve_role
        from levelset.market.levels import parse_level

        try:
            role = resolve_role(ws, title)
            band = parse_level(level, company).band if level else None
        except LevelsetError:  # a title or level levelset cannot read has no evidence
            return None
        matcher = cls(ws, role.key, band, None)
        if place:
            matcher.place = matcher._resolved(place)
            matcher.area = matcher.place or place
        return matcher

    def posting(self, saved: SavedPosting) -> bool:
        p = saved.posting
        return self.fields(p.title, p.level, p.location, p.company)

    def comp(self, comp: Comp) -> bool:
        return self.fields(comp.title, comp.level, comp.location, comp.company)

    def fields(self, title: str | None, level: str | None, place: str | None, company: Any) -> bool:
        return self._role(title) and self._level(title, level, company) and self._place(place)

    def _role(self, title: str | None) -> bool:
        from levelset.app.market_names import resolve_role

        if not title:
            return False
        try:
            return resolve_role(self.ws, title).key == self.role_key
        except LevelsetError:  # a title levelset cannot read matches no range
            return False

    def _level(self, title: str | None, level: str | None, company: str | None) -> bool:
        from levelset.market.levels import parse_level
        from levelset.market.postings import level_of

        if self.band is None:
            return True
        text = level or level_of(title)
        try:
            return text is not None and parse_level(text, company).band == self.band
        except LevelsetError:
            return False

    def _place(self, text: str | None) -> bool:
        if self.place is None:
            return True
        return text is not None and self._resolved(text) == self.place

    def _resolved(self, text: str) -> str | None:
        from levelset.app.market_names import resolve_place

        if text not in self._places:
            first = text.split(";")[0].strip()
            try:
                self._places[text] = resolve_place(self.ws, first).name
            except LevelsetError:
                self._places[text] = None
        return self._places[text]
