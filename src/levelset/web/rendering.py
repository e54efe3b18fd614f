"""Jinja templates of the web app: the environment, its filters, and the layout's context."""

from __future__ import annotations

import html
import itertools
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from levelset import __version__
from levelset.money import format_money, format_short
from levelset.patterns import compiled
from levelset.web.context import AppContext
from levelset.web.flash import saved_said, undo_offered

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

# Page, label, and the capability it needs (None: always there).
NAVIGATION = (
    ("/", "Dashboard"),
    ("/market", "Market"),
    ("/offers", "Offers"),
    ("/ladder", "Ladder"),
    ("/equity", "Equity"),
    ("/negotiation", "Negotiation"),
    ("/proof", "Proof"),
    ("/tracking", "Tracking"),
    ("/board", "Board"),
    ("/plan", "Plan"),
    ("/practice", "Practice"),
    ("/playbook", "Playbook"),
)

# What a form just saved, shown once after its redirect (`?saved=key`).
SAVED = {
    "profile": "Your target is saved.",
    "offer": "The offer is saved.",
    "offers": "The offer files are saved.",
    "event": "The event is logged.",
    "import": "The spreadsheet is imported.",
    "experiment": "The experiment is started.",
    "closed": "The experiment is closed.",
    "negotiation": "The negotiation is started.",
    "anchor": "The anchor is set.",
    "draft": "A new version of the draft is saved.",
    "plan": "A new plan is made; your ticks are kept.",
    "item": "The plan item is updated.",
    "review": "The review is saved.",
    "proof": "The files are read.",
    "removed": "Removed.",
    "deleted": "Deleted.",
    "restored": "Restored.",
    "moved": "The card is moved.",
    "card": "The card is saved.",
    "posting": "The posting is kept.",
    "comp": "The comp is kept.",
    "practice": "The practice session is kept.",
    "practice-kept": "This practice session was already kept: it is stored once.",
}

_SVG_ROOT = compiled(r"<svg\b[^>]*>")
_STYLE_ATTR = compiled(r'\sstyle="[^"]*"')
_ID_ATTR = compiled(r'\b(id|aria-labelledby)="([^"]*)"')
_counter = itertools.count(1)


def inline_svg(chart: str | None) -> Markup:
    """A chart ready to sit in a page: unique ids (many charts per page), no inline style
    (the CSP forbids it; the stylesheet sizes charts)."""
    if not chart:
        return Markup("")
    prefix = f"c{next(_counter)}-"

    def rename(match: re.Match[str]) -> str:
        ids = " ".join(prefix + part for part in match.group(2).split())
        return f'{match.group(1)}="{ids}"'

    root = _SVG_ROOT.search(chart)
    if root is not None:
        clean_root = _STYLE_ATTR.sub("", root.group(0))
        chart = chart[: root.start()] + clean_root + chart[root.end() :]
    return Markup(_ID_ATTR.sub(rename, chart))


_FOCUS_MARK = compiled(r'<g data-value="([^"]*)" tabindex="0"')


def chart_values(chart: str | None) -> list[tuple[str, str]]:
    """The values a chart's marks name (each tab stop's data-value), as (what, value) rows for
    the table beside the chart."""
    rows = []
    for match in _FOCUS_MARK.finditer(chart or ""):
        said = html.unescape(match.group(1))
        name, colon, value = said.partition(": ")
        if not colon:  # "Your offer $197k": the mark's name, then its amount
            name, _, value = said.rpartition(" ")
        rows.append((name, value))
    return rows


def percent(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.{digits}f}%" if abs(value) <= 1.5 else f"{value:.{digits}f}%"


def number(value: float | int | None, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"


def label(value: Any) -> str:
    """A machine name as words: senior_staff -> senior staff."""
    if value is None:
        return "—"
    text = getattr(value, "label", None) or getattr(value, "value", None) or str(value)
    return _WORDS.get(str(text), str(text).replace("_", " "))


# Machine names whose words are not the name with spaces.
_WORDS = {
    "sign_on": "sign-on",
    # the profile's essentials as its form names them ("target band" was no word of the page)
    "target_title": "target job title",
    "target_band": "target level",
    "locations": "places",
}


# Problem fields whose machine name is not what the form's label says.
_FIELD_WORDS = {
    "place[1]": "compare with",
    "living_place": "cost of living place",
    "living": "cost of living ratio",
}


def field_words(field: Any) -> str:
    """A problem's field as the form names it: place[1] -> compare with."""
    name = str(field or "")
    return (
        _FIELD_WORDS.get(name) or _FIELD_WORDS.get(name.split("[")[0]) or label(name.split("[")[0])
    )


def sentence(text: Any) -> str:
    """First letter upper case, the rest untouched (error messages start lower case)."""
    value = str(text or "")
    return value[:1].upper() + value[1:]


def when(value: Any) -> str:
    """An ISO date or timestamp as "2026-11-23" or "2026-11-23 18:14"."""
    text = str(value or "")
    return text[:16].replace("T", " ") if "T" in text else text[:10]


# A command named in the core's text becomes a link to the page that does the same.
COMMAND_PAGES = (
    ("levelset market comp", "/market/evidence#comps", "Add a comp"),
    ("levelset market posting", "/market/evidence#postings", "Paste a posting"),
    ("market comp add", "/market/evidence#comps", "Add a comp"),
    ("levelset level", "/proof#level", "the level estimate"),
    ("levelset proof", "/proof", "the Proof page"),
    ("levelset score", "/negotiation#free-text", "the message score box"),
    ("levelset range", "/market", "the Market page"),
    ("levelset experiment", "/tracking#experiments", "Experiments"),
    ("levelset track", "/tracking#add", "Log an event"),
    ("levelset metrics", "/tracking", "the Tracking page"),
    ("levelset negotiate", "/negotiation", "the Negotiation page"),
    ("levelset plan", "/plan", "the Plan page"),
    ("levelset profile", "/#target", "your target"),
    ("levelset offer", "/offers", "the Offers page"),
)
_BACKTICKS = compiled(r"`([^`]+)`")
_CODE = compiled(r"<code>([^<]+)</code>")


def _command_link(command: str) -> str:
    """A link for a command (its text already escaped), else the text as code."""
    for prefix, href, name in COMMAND_PAGES:
        if command.startswith(prefix):
            return f'<a href="{href}">{name}</a>'
    return f"<code>{command}</code>"


def commands(text: Any) -> Markup:
    """Text from the core with each `levelset ...` command as a link to its page and any
    other `code` as code, never raw backticks."""
    escaped = str(Markup.escape(str(text or "")))
    return Markup(_BACKTICKS.sub(lambda m: _command_link(m.group(1)), escaped))


def command_links(html: str) -> str:
    """The same for HTML where commands are already <code>: the playbook's own rendering."""
    return _CODE.sub(
        lambda m: _command_link(m.group(1)) if m.group(1).startswith("levelset ") else m[0], html
    )


def problems_for(error: Any, name: str, nth: int | None = None) -> list[dict[str, Any]]:
    """The problems of a refused form that concern one of its fields (`nth`: the one of that
    name, the first when a problem's field names no index: "place", "place[1]")."""
    if not error:
        return []
    found = [
        p for p in error.get("problems") or () if _concerns(str(p.get("field") or ""), name, nth)
    ]
    if len(found) == 1 and error.get("suggestions") and not found[0].get("suggestions"):
        return [{**found[0], "suggestions": error["suggestions"]}]  # the closest known values
    return found


def _concerns(field: str, name: str, nth: int | None) -> bool:
    head, _, index = field.split(".")[0].partition("[")
    if head != name:
        return False
    return nth is None or (int(index.rstrip("]")) if index.rstrip("]").isdigit() else 0) == nth


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters.update(
        money=lambda v, c="USD": format_money(v, c),
        short=lambda v, c="USD": format_short(v, c),
        percent=percent,
        number=number,
        label=label,
        field_words=field_words,
        sentence=sentence,
        when=when,
        svg=inline_svg,
        chart_values=chart_values,
        commands=commands,
        segment=lambda v: quote(str(v), safe=""),  # one path segment: "A/B" stays one name
    )
    env.globals["version"] = __version__
    env.globals["problems_for"] = problems_for
    return env


class Renderer:
    """Renders pages inside the layout, with the navigation and this session's form token."""

    def __init__(self, context: AppContext, token_for: Any) -> None:
        self.env = make_environment()
        self.context = context
        self.token_for = token_for

    def navigation(
        self, path: str, workspace: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """The main links; a coach with clients also gets the roster first, and on their own
        pages the dashboard at /you (their "/" opens the roster)."""
        items = list(NAVIGATION)
        if workspace is not None and workspace.get("client"):
            items.insert(0, ("/c", "Coach"))  # /c is never prefixed: it leads back to the roster
        elif workspace is not None:
            items[0] = ("/you", "Dashboard")
            items.insert(0, ("/coach", "Coach"))
        return [
            {"href": href, "label": text, "current": _current(path, href)} for href, text in items
        ]

    def page(self, request: Request, template: str, data: dict[str, Any]) -> str:
        session = request.scope.get("state", {}).get("session") or ""
        root = request.scope.get("root_path", "")
        workspace = self._workspace() if _switches(request) else None
        client = workspace.get("client") if workspace else None
        layout = {
            # whose pages: a coach on a client's reads "Sam Lee's search", not "your search"
            "your": f"{client}'s" if client else "your",
            "Your": f"{client}'s" if client else "Your",
            "owner": client,
            "nav": self.navigation(request.url.path.removeprefix(root) or "/", workspace),
            "root": quote(root, safe="/"),  # as it is written in addresses
            "workspace": workspace,
            "csrf_token": self.token_for(session),
            "path": request.url.path,
            "query": dict(request.query_params),
            "back": _back(request),
            "form_state": {},  # the form being drawn, set by the token macro
            "saved": SAVED.get(saved_said(request)),
            "undo": undo_offered(request),
        }
        return self.env.get_template(template).render({**layout, **data})

    def _workspace(self) -> dict[str, Any] | None:
        """Whose pages these are and the coach's active clients (None: no clients)."""
        from levelset.app.clients import switcher

        try:
            found = self.context.memo("switcher", (), lambda: switcher(self.context.workspace))
        except Exception:  # an unreadable store must not stop the page saying so
            return None
        return found.to_dict() if found.clients else None

    def error(self, request: Request, status: int, body: dict[str, Any]) -> HTMLResponse:
        data = {"title": _error_title(status), "status": status, "body": body}
        return HTMLResponse(self.page(request, "error.html", data), status_code=status)


def _switches(request: Request) -> bool:
    """Only the local practice's pages switch between clients (never a coaching server's)."""
    return bool(getattr(request.app.state, "switcher", False))


def _back(request: Request) -> str:
    """This page's address as sent (still percent-encoded), where a refused form returns."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    path = raw.decode("latin-1").split("?", 1)[0]
    return f"{path}?{request.url.query}" if request.url.query else path


def _current(path: str, href: str) -> bool:
    return path == href if href == "/" else path == href or path.startswith(href + "/")


def _error_title(status: int) -> str:
    return {
        400: "Something in the form needs fixing",
        403: "Refused",
        404: "Not found",
        409: "That clashes with what is stored",
        413: "Too large",
        503: "Data not available",
    }.get(status, "Something went wrong")
